// The keyboard map, in one table: it drives the key handler, the buttons' aria-keyshortcuts
// and the help list. Clickers send PageDown/PageUp, arrows and "." — all supported.
import type { MessageKey } from '../../app/i18n/en.ts';
import type { LabActions } from '../../state/store.ts';

export type ShortcutId =
  'togglePlay' | 'stepForward' | 'stepBack' | 'jumpStart' | 'jumpEnd' | 'slower' | 'faster';

export interface Shortcut {
  id: ShortcutId;
  /** KeyboardEvent.key values. */
  keys: readonly string[];
  /** What it does, for the help list. */
  labelKey: MessageKey;
  run: (actions: LabActions) => void;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'togglePlay', keys: [' '], labelKey: 'controls.play', run: (a) => a.togglePlay() },
  {
    id: 'stepForward',
    keys: ['ArrowRight', 'PageDown', '.'],
    labelKey: 'controls.stepForward',
    run: (a) => a.stepForward(),
  },
  {
    id: 'stepBack',
    keys: ['ArrowLeft', 'PageUp', ','],
    labelKey: 'controls.stepBack',
    run: (a) => a.stepBack(),
  },
  { id: 'jumpStart', keys: ['Home'], labelKey: 'controls.jumpStart', run: (a) => a.jumpToStart() },
  { id: 'jumpEnd', keys: ['End'], labelKey: 'controls.jumpEnd', run: (a) => a.jumpToEnd() },
  { id: 'slower', keys: ['['], labelKey: 'controls.slower', run: (a) => a.slower() },
  { id: 'faster', keys: [']'], labelKey: 'controls.faster', run: (a) => a.faster() },
];

/** The aria-keyshortcuts value for a control (ARIA names the space bar "Space"). */
export function ariaKeyShortcuts(id: ShortcutId): string {
  const shortcut = SHORTCUTS.find((s) => s.id === id);
  return shortcut ? shortcut.keys.map((k) => (k === ' ' ? 'Space' : k)).join(' ') : '';
}

/** Where a key belongs to the focused control, not to the lab: typing, choosing, sliding. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag === 'input') return true;
  return false;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

export function matchShortcut(event: KeyLike): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  const el = event.target as HTMLElement | null;
  const activates =
    el &&
    typeof el.closest === 'function' &&
    el.closest('button, [role="button"], a[href], summary');
  // Space on a button presses that button; the page shortcut would press Play as well.
  if (event.key === ' ' && activates) return null;
  return SHORTCUTS.find((s) => s.keys.includes(event.key)) ?? null;
}
