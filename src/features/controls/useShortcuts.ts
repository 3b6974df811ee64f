import { useEffect } from 'react';
import { useLabActions } from '../../state/LabProvider.tsx';
import { matchShortcut } from './shortcuts.ts';

/** Installs the shortcut table on the document for the lifetime of the component. */
export function useShortcuts(enabled = true): void {
  const actions = useLabActions();
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const shortcut = matchShortcut(event);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run(actions);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [actions, enabled]);
}
