// The keyboard shortcuts dialog (loaded when first opened): every shortcut from the one table,
// and the switch for single-key shortcuts (WCAG 2.1.4). A modal <dialog>: the page behind is
// inert, Tab stays inside, Escape closes it, and focus goes back to where it was.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import { ariaKeys, SHORTCUTS } from '../controls/shortcuts.ts';
import { setSingleKeysEnabled, useSingleKeys } from '../controls/single-key-setting.ts';
import { HELP_DIALOG_ATTRIBUTE } from '../controls/useShortcuts.ts';
import { formatterFor } from '../narration/template.ts';
import { helpMessagesEn, type HelpCatalogue, type HelpKey } from './messages.en.ts';

/** Keys with a name of their own; any other key is shown as the character it types. */
const KEY_NAMES: Record<string, HelpKey> = {
  Space: 'key.space',
  ArrowRight: 'key.arrowRight',
  ArrowLeft: 'key.arrowLeft',
  PageDown: 'key.pageDown',
  PageUp: 'key.pageUp',
  Home: 'key.home',
  End: 'key.end',
  Escape: 'key.escape',
};

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

export default function HelpDialog({ messages = helpMessagesEn }: { messages?: HelpCatalogue }) {
  const t = useT();
  const m = formatterFor(messages);
  const { setHelpOpen, setStepBy } = useLabActions();
  const singleKeys = useSingleKeys();
  const bySegment = useLab((s) => s.stepBy === 'segment');
  const stepHintId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const hintId = useId();
  // Whatever had focus when the dialog was asked for gets it back when it closes.
  const [opener] = useState(() => document.activeElement);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal() focuses the first control, a checkbox, where Space (listed
    // here as Play/Pause) would silently turn the shortcuts off: start on Close instead,
    // without scrolling to it (on a 720 px projector the list opened at its end, its title
    // and first shortcuts scrolled away). Close is sticky at the foot, so it stays in view.
    closeRef.current?.focus({ preventScroll: true });
    if (dialog) dialog.scrollTop = 0;
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  // Tab and Shift+Tab wrap around inside the dialog instead of leaving for the browser's UI.
  const trapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby={titleId}
      {...{ [HELP_DIALOG_ATTRIBUTE]: '' }}
      onClose={() => setHelpOpen(false)}
      onKeyDown={trapTab}
    >
      <h2 id={titleId}>{t('shortcuts.title')}</h2>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{m('help.keyColumn')}</th>
            <th scope="col">{m('help.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <td>
                {ariaKeys(s.keys).map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="muted"> {m('help.or')} </span>}
                    <kbd>{KEY_NAMES[k] ? m(KEY_NAMES[k]) : k}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(s.labelKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* For a lecture with a clicker: arrow by arrow instead of event by event. */}
      <label className="help-setting">
        <input
          type="checkbox"
          checked={bySegment}
          onChange={(e) => setStepBy(e.currentTarget.checked ? 'segment' : 'event')}
          aria-describedby={stepHintId}
        />
        {m('help.stepBySegment')}
      </label>
      <p id={stepHintId} className="hint muted">
        {m('help.stepBySegmentHint')}
      </p>
      <label className="help-setting">
        <input
          type="checkbox"
          checked={singleKeys}
          onChange={(e) => setSingleKeysEnabled(e.currentTarget.checked)}
          aria-describedby={hintId}
        />
        {m('help.singleKeys')}
      </label>
      <p id={hintId} className="hint muted">
        {m('help.singleKeysHint')}
        {m('help.hintSeparator')}
        {m('help.typingHint')}
      </p>
      <form method="dialog">
        <button type="submit" className="tool" ref={closeRef}>
          {m('help.close')}
        </button>
      </form>
    </dialog>
  );
}
