import { useEffect, type RefObject } from 'react';
import { useLabStore } from '../../state/LabProvider.tsx';
import { labElement, toggleFullscreen } from './fullscreen.ts';
import { matchShortcut, type MatchOptions } from './shortcuts.ts';
import { singleKeysEnabled } from './single-key-setting.ts';

/** Marks the keyboard shortcuts dialog, the one modal dialog that leaves shortcuts working. */
export const HELP_DIALOG_ATTRIBUTE = 'data-shortcuts-help';

/** The modal dialog open on the page, if any: the shortcuts dialog or another one. */
function openDialog(): MatchOptions['dialog'] {
  let found: MatchOptions['dialog'] = null;
  for (const el of document.querySelectorAll('dialog[open], [aria-modal="true"]')) {
    const modal = el.getAttribute('aria-modal') === 'true' || el.matches(':modal');
    if (!modal) continue;
    if (!el.hasAttribute(HELP_DIALOG_ATTRIBUTE)) return 'other';
    found = 'help';
  }
  return found;
}

/**
 * Installs the shortcut table on the document for the lifetime of the component. `anchor`
 * is an element inside the lab (the element F makes full screen is found from it).
 */
export function useShortcuts(anchor: RefObject<Element | null>, enabled = true): void {
  const store = useLabStore();
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const shortcut = matchShortcut(event, {
        singleKeys: singleKeysEnabled(),
        dialog: openDialog(),
      });
      if (!shortcut) return;
      const { actions, presenter, helpOpen } = store.getState();
      const context = {
        actions,
        presenter,
        helpOpen,
        toggleFullscreen: () => toggleFullscreen(labElement(anchor.current)),
      };
      if (shortcut.when && !shortcut.when(context)) return;
      event.preventDefault();
      shortcut.run(context);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, anchor, enabled]);
}
