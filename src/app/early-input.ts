// The prerendered first frame (vite.config.ts) is on screen before the app runs, and the app's
// first render is time-sliced (main.tsx), so someone can press a shortcut, click Play or tab to
// a control before the app has mounted. The prerendered markup has no handlers and is replaced
// by the app's at its first commit, so that input would be lost: it is kept here instead and
// replayed on the app once mounted (shortcuts, button clicks, choices in a <select>, and where
// the focus was).
//
// A control is found again by its kind and name (the nth of that name, in page order): the
// app renders the same components from the same state as the prerender. The timeline is left
// out (the prerender draws it once per window width; at t = 0 it has no segment to act on).
import { matchShortcut } from '../features/controls/shortcuts.ts';
import { singleKeysEnabled } from '../features/controls/single-key-setting.ts';

const CONTROLS = 'button, select, input, textarea, a[href], [tabindex]';
/** The timeline's viewport (and, in the prerender, its copies for other window widths). */
const LEFT_OUT = '.timeline-scroll, .prerendered-frame';

/** The controls in `root`, each with what identifies it to a person: kind and name. */
function controlsIn(root: Element): { el: Element; name: string }[] {
  return Array.from(root.querySelectorAll(CONTROLS))
    .filter((el) => !el.closest(LEFT_OUT))
    .map((el) => ({ el, name: el.tagName + (el.getAttribute('aria-label') ?? el.textContent) }));
}

/**
 * Starts keeping input that reaches the prerendered markup in `root`. Returns the replay: call
 * it once, after the app's first commit (its effects installed), to stop keeping input and
 * replay what was kept on the app's controls.
 */
export function holdEarlyInput(root: Element): () => void {
  const before = controlsIn(root);
  /** Kept input, each with the control it was on (-1: none): a key (its event's init), a
   * click (null) or a <select>'s new value. */
  const held: [KeyboardEventInit | null | string, number][] = [];
  let focused = -1;
  const indexOf = (target: EventTarget | null) =>
    before.findIndex((c) => target instanceof Node && c.el.contains(target));

  const listeners = {
    keydown: (e: KeyboardEvent) => {
      // The lab's shortcuts only, and instead of the browser's (Space scrolling), as in the app.
      if (e.defaultPrevented || !matchShortcut(e, { singleKeys: singleKeysEnabled() })) return;
      e.preventDefault();
      const { key, code, shiftKey, repeat } = e;
      held.push([
        { key, code, shiftKey, repeat, bubbles: true, cancelable: true },
        indexOf(e.target),
      ]);
    },
    click: (e: MouseEvent) => {
      const i = indexOf(e.target);
      // Buttons only: a <select> is kept by its change event, and a link follows itself.
      if (i >= 0 && before[i]!.el.tagName === 'BUTTON') held.push([null, i]);
    },
    change: (e: Event) => {
      const i = indexOf(e.target);
      if (e.target instanceof HTMLSelectElement && i >= 0) held.push([e.target.value, i]);
    },
    focusin: (e: FocusEvent) => {
      focused = indexOf(e.target);
    },
  };
  for (const [type, listener] of Object.entries(listeners))
    document.addEventListener(type, listener as EventListener, true);

  return () => {
    for (const [type, listener] of Object.entries(listeners))
      document.removeEventListener(type, listener as EventListener, true);
    const now = controlsIn(root);
    const same = (i: number): HTMLElement | null => {
      const name = before[i]?.name;
      const nth = before.slice(0, i).filter((c) => c.name === name).length;
      const el = now.filter((c) => c.name === name)[nth]?.el;
      return el instanceof HTMLElement ? el : null;
    };
    if (!root.contains(document.activeElement)) same(focused)?.focus();
    for (const [input, i] of held) {
      const el = same(i);
      if (input === null) el?.click();
      else if (typeof input !== 'string')
        (el ?? document.body).dispatchEvent(new KeyboardEvent('keydown', input));
      else if (el instanceof HTMLSelectElement) {
        // Through the prototype's setter: React keeps the value it last set on the element
        // itself, and would not take a plain assignment for a change.
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(el, input);
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    // Nothing of the prerendered markup is kept alive once replaced.
    held.length = before.length = 0;
  };
}
