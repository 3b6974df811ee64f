// The keyboard map, in one table: it drives the key handler, the buttons' aria-keyshortcuts
// and the help dialog's list. Clickers send PageDown/PageUp, arrows and "." — all supported.
import type { MessageKey } from '../../app/i18n/en.ts';
import type { LabActions } from '../../state/store.ts';

export type ShortcutId =
  | 'togglePlay'
  | 'stepForward'
  | 'stepBack'
  | 'jumpStart'
  | 'jumpEnd'
  | 'slower'
  | 'faster'
  | 'fullscreen'
  | 'presenter'
  | 'exitPresenter'
  | 'help';

/** What a shortcut can reach: the store's actions, and the page's fullscreen state. */
export interface ShortcutContext {
  actions: LabActions;
  toggleFullscreen(): void;
  /** Whether presenter mode is on (Escape leaves it, and does nothing otherwise). */
  presenter: boolean;
  helpOpen: boolean;
}

export interface Shortcut {
  id: ShortcutId;
  /** KeyboardEvent.key values. */
  keys: readonly string[];
  /** What it does, for the help list. */
  labelKey: MessageKey;
  /** Also works while the keyboard shortcuts dialog is open (Escape there closes the dialog). */
  whileHelpOpen: boolean;
  /** When the key means something; otherwise it is left to the page (not prevented). */
  when?: (context: ShortcutContext) => boolean;
  run: (context: ShortcutContext) => void;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'togglePlay',
    keys: [' '],
    labelKey: 'shortcuts.togglePlay',
    whileHelpOpen: true,
    run: (c) => c.actions.togglePlay(),
  },
  {
    id: 'stepForward',
    keys: ['ArrowRight', 'PageDown', '.'],
    labelKey: 'controls.stepForward',
    whileHelpOpen: true,
    run: (c) => c.actions.stepForward(),
  },
  {
    id: 'stepBack',
    keys: ['ArrowLeft', 'PageUp', ','],
    labelKey: 'controls.stepBack',
    whileHelpOpen: true,
    run: (c) => c.actions.stepBack(),
  },
  {
    id: 'jumpStart',
    keys: ['Home'],
    labelKey: 'controls.jumpStart',
    whileHelpOpen: true,
    run: (c) => c.actions.jumpToStart(),
  },
  {
    id: 'jumpEnd',
    keys: ['End'],
    labelKey: 'controls.jumpEnd',
    whileHelpOpen: true,
    run: (c) => c.actions.jumpToEnd(),
  },
  {
    id: 'slower',
    keys: ['['],
    labelKey: 'controls.slower',
    whileHelpOpen: true,
    run: (c) => c.actions.slower(),
  },
  {
    id: 'faster',
    keys: [']'],
    labelKey: 'controls.faster',
    whileHelpOpen: true,
    run: (c) => c.actions.faster(),
  },
  {
    id: 'fullscreen',
    keys: ['f', 'F'],
    labelKey: 'shortcuts.fullscreen',
    whileHelpOpen: false,
    run: (c) => c.toggleFullscreen(),
  },
  {
    id: 'presenter',
    keys: ['p', 'P'],
    labelKey: 'present.presenterMode',
    whileHelpOpen: false,
    run: (c) => c.actions.togglePresenter(),
  },
  {
    id: 'exitPresenter',
    keys: ['Escape'],
    labelKey: 'shortcuts.exitPresenter',
    whileHelpOpen: false,
    when: (c) => c.presenter,
    run: (c) => c.actions.setPresenter(false),
  },
  {
    id: 'help',
    keys: ['?'],
    labelKey: 'shortcuts.help',
    whileHelpOpen: true,
    run: (c) => c.actions.setHelpOpen(!c.helpOpen),
  },
];

/**
 * A key that types a character (letter, digit, punctuation, the space bar): WCAG 2.1.4 lets
 * the user turn these off, since speech input and stray presses trigger them by accident.
 */
export function isCharacterKey(key: string): boolean {
  return [...key].length === 1;
}

/** The keys as ARIA names them: "Space" for the space bar, a letter once (not per case). */
export function ariaKeys(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const name = k === ' ' ? 'Space' : isCharacterKey(k) ? k.toUpperCase() : k;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** The aria-keyshortcuts value for a control that does what these shortcuts do. */
export function ariaKeyShortcuts(...ids: ShortcutId[]): string {
  return ids
    .flatMap((id) => {
      const shortcut = SHORTCUTS.find((s) => s.id === id);
      return shortcut ? ariaKeys(shortcut.keys) : [];
    })
    .join(' ');
}

/** A clicker's keys: the lab's, even over a menu or the scrub bar a mouse last touched. */
const CLICKER_KEYS: readonly string[] = ['PageDown', 'PageUp'];
/**
 * Over a closed menu, ← and → step too: a menu would take them as ↑ and ↓, so the first →
 * after choosing a scenario chose the next one instead of stepping. ↑ and ↓ still choose.
 */
const LAB_KEYS_OVER_MENU: readonly string[] = [...CLICKER_KEYS, 'ArrowLeft', 'ArrowRight'];
/** What a slider does itself (the scrub bar: one event per arrow, the ends on Home/End). */
const SLIDER_KEYS: readonly string[] = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
];

/**
 * Whether `key` belongs to the focused control, not to the lab: typing in a field, choosing in
 * a menu, sliding a slider. A clicker's PageDown/PageUp stays the lab's over a menu or a
 * slider (a slider would read PageDown as "back"), and in a one-line field, which has no use
 * for them (predict mode: the room's answer typed in, the clicker reveals it); so do ← and →
 * over a menu (↑ and ↓ choose in it); a slider leaves the lab every key it has no use for
 * ("." and "," step, the space bar plays).
 */
export function keyBelongsToControl(target: EventTarget | null, key: string): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || el.isContentEditable) return true;
  if (tag === 'select') return !LAB_KEYS_OVER_MENU.includes(key);
  if (tag === 'input')
    return (el as HTMLInputElement).type === 'range'
      ? SLIDER_KEYS.includes(key)
      : !CLICKER_KEYS.includes(key);
  return false;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

export interface MatchOptions {
  /** The user's setting: character keys on (default) or off. */
  singleKeys?: boolean;
  /** A modal dialog on the page: the shortcuts dialog, another one, or none. */
  dialog?: 'help' | 'other' | null;
}

export function matchShortcut(event: KeyLike, options: MatchOptions = {}): Shortcut | null {
  const { singleKeys = true, dialog = null } = options;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (dialog === 'other') return null;
  if (keyBelongsToControl(event.target, event.key)) return null;
  if (!singleKeys && isCharacterKey(event.key)) return null;
  const el = event.target as HTMLElement | null;
  const activates =
    el &&
    typeof el.closest === 'function' &&
    el.closest('button, [role="button"], [role="switch"], a[href], summary');
  // Space on a button presses that button; the page shortcut would press Play as well.
  if (event.key === ' ' && activates) return null;
  const shortcut = SHORTCUTS.find((s) => s.keys.includes(event.key)) ?? null;
  if (shortcut && dialog === 'help' && !shortcut.whileHelpOpen) return null;
  return shortcut;
}
