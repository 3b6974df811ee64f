// The presenting buttons in the transport bar: predict mode, presenter mode, full screen and
// the keyboard shortcuts list. Their shortcuts come from the one table (shortcuts.ts).
import { useEffect, useRef } from 'react';
import { focusAfterRemoval } from '../../app/focus-after-removal.ts';
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import {
  fullscreenAvailable,
  labElement,
  toggleFullscreen,
  useIsFullscreen,
} from '../controls/fullscreen.ts';
import { Icon } from '../controls/icons.tsx';
import { ariaKeyShortcuts } from '../controls/shortcuts.ts';
import { Switch } from '../controls/Switch.tsx';

export function PresentTools() {
  const t = useT();
  const actions = useLabActions();
  const presenter = useLab((s) => s.presenter);
  const predict = useLab((s) => s.predict);
  const fullscreen = useIsFullscreen();
  const ref = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // Entering or leaving presenter mode (P, Escape) removes or brings back the header and the
  // side panel; focus on one of them would fall to <body>: it goes to this button instead.
  const wasPresenter = useRef(presenter);
  useEffect(() => {
    if (wasPresenter.current === presenter) return;
    wasPresenter.current = presenter;
    focusAfterRemoval(() => toggle.current);
  }, [presenter]);
  return (
    <div className="present-tools" role="group" aria-label={t('present.tools')} ref={ref}>
      <Switch on={predict} onToggle={() => actions.setPredict(!predict)}>
        {t('predict.toggle')}
      </Switch>
      <button
        type="button"
        className="tool"
        ref={toggle}
        aria-pressed={presenter}
        onClick={actions.togglePresenter}
        aria-label={t('present.presenterMode')}
        title={t('present.presenterMode')}
        aria-keyshortcuts={ariaKeyShortcuts(
          ...(presenter ? (['presenter', 'exitPresenter'] as const) : (['presenter'] as const)),
        )}
      >
        <Icon name="presenter" />
      </button>
      {fullscreenAvailable() && (
        <button
          type="button"
          className="tool"
          onClick={() => toggleFullscreen(labElement(ref.current))}
          aria-label={t(fullscreen ? 'present.exitFullscreen' : 'present.fullscreen')}
          title={t(fullscreen ? 'present.exitFullscreen' : 'present.fullscreen')}
          aria-keyshortcuts={ariaKeyShortcuts('fullscreen')}
        >
          <Icon name={fullscreen ? 'exitFullscreen' : 'fullscreen'} />
        </button>
      )}
      <button
        type="button"
        className="tool"
        onClick={() => actions.setHelpOpen(true)}
        aria-haspopup="dialog"
        aria-label={t('shortcuts.title')}
        title={t('shortcuts.title')}
        aria-keyshortcuts={ariaKeyShortcuts('help')}
      >
        <Icon name="keyboard" />
      </button>
    </div>
  );
}
