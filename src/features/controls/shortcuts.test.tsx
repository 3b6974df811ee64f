// The one shortcut table: no key does two things, every shortcut is announced on a control
// (aria-keyshortcuts), and the filters (typing, dialogs, single keys) hold.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import { createInThreadWorker } from '../../protocol/in-thread-worker.ts';
import { createSimClient } from '../../protocol/sim-client.ts';
import { LabProvider } from '../../state/LabProvider.tsx';
import { createLabStore } from '../../state/store.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { PresentTools } from '../present/PresentTools.tsx';
import { Controls } from './Controls.tsx';
import {
  ariaKeys,
  ariaKeyShortcuts,
  isCharacterKey,
  matchShortcut,
  SHORTCUTS,
  type KeyLike,
} from './shortcuts.ts';

const press = (key: string, target: unknown = null): KeyLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: target as EventTarget | null,
});

describe('the shortcut table', () => {
  it('gives every key to one shortcut only', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the clicker keys and the ones the lab promises', () => {
    const idOf = (key: string) => SHORTCUTS.find((s) => s.keys.includes(key))?.id;
    expect(idOf('PageDown')).toBe('stepForward');
    expect(idOf('.')).toBe('stepForward');
    expect(idOf('ArrowRight')).toBe('stepForward');
    expect(idOf('PageUp')).toBe('stepBack');
    expect(idOf('ArrowLeft')).toBe('stepBack');
    expect(idOf(' ')).toBe('togglePlay');
    expect(idOf('Home')).toBe('jumpStart');
    expect(idOf('End')).toBe('jumpEnd');
    expect(idOf('[')).toBe('slower');
    expect(idOf(']')).toBe('faster');
    expect(idOf('f')).toBe('fullscreen');
    expect(idOf('?')).toBe('help');
    expect(idOf('p')).toBe('presenter');
    expect(idOf('Escape')).toBe('exitPresenter');
  });

  it('names keys as ARIA does: Space, one upper-case letter per key', () => {
    expect(ariaKeys([' '])).toEqual(['Space']);
    expect(ariaKeys(['f', 'F'])).toEqual(['F']);
    expect(ariaKeyShortcuts('stepForward')).toBe('ArrowRight PageDown .');
    expect(ariaKeyShortcuts('slower', 'faster')).toBe('[ ]');
  });
});

describe('every shortcut is announced on a control', () => {
  const saved = globalThis.document;
  beforeEach(() => {
    // Server rendering has no document; the full-screen button needs to see the API.
    (globalThis as { document?: unknown }).document = { fullscreenEnabled: true };
  });
  afterEach(() => {
    (globalThis as { document?: unknown }).document = saved;
  });

  it('in the transport bar and the presenting tools (presenter mode on)', () => {
    const store = createLabStore({
      client: createSimClient({ createWorker: () => createInThreadWorker() }),
      initial: {
        scenarioId: null,
        scenario: handshake,
        traces: [simulate(handshake)],
        modes: { presenter: true },
      },
    });
    const html = renderToStaticMarkup(
      <LabProvider store={store}>
        <Controls />
        <PresentTools />
      </LabProvider>,
    );
    const announced = [...html.matchAll(/aria-keyshortcuts="([^"]*)"/g)].flatMap((m) =>
      m[1]!.replace(/&quot;/g, '"').split(' '),
    );
    for (const s of SHORTCUTS)
      for (const k of ariaKeys(s.keys)) expect(announced, `${s.id}: ${k}`).toContain(k);
  });
});

describe('matching a key press', () => {
  it('ignores keys typed into fields', () => {
    const input = { tagName: 'INPUT', isContentEditable: false, closest: () => null };
    const editable = { tagName: 'DIV', isContentEditable: true, closest: () => null };
    expect(matchShortcut(press('.', input))).toBeNull();
    expect(matchShortcut(press('PageDown', editable))).toBeNull();
    expect(matchShortcut(press('.'))?.id).toBe('stepForward');
  });

  it('over the scrub bar, a menu or a field a clicker (and ← →, over a menu) still steps; the slider keeps its own keys', () => {
    const control = (tagName: string, type?: string) => ({
      tagName,
      type,
      isContentEditable: false,
      closest: () => null,
    });
    const slider = control('INPUT', 'range');
    const menu = control('SELECT');
    // A slider reads PageDown as "lower": the clicker meant "next".
    expect(matchShortcut(press('PageDown', slider))?.id).toBe('stepForward');
    expect(matchShortcut(press('PageUp', slider))?.id).toBe('stepBack');
    expect(matchShortcut(press('.', slider))?.id).toBe('stepForward');
    expect(matchShortcut(press('?', slider))?.id).toBe('help');
    expect(matchShortcut(press(' ', slider))?.id).toBe('togglePlay');
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End'])
      expect(matchShortcut(press(key, slider)), key).toBeNull();
    expect(matchShortcut(press('PageDown', menu))?.id).toBe('stepForward');
    // The arrows a lecturer steps with, right after choosing a scenario: not the menu's next.
    expect(matchShortcut(press('ArrowRight', menu))?.id).toBe('stepForward');
    expect(matchShortcut(press('ArrowLeft', menu))?.id).toBe('stepBack');
    for (const key of ['ArrowDown', 'ArrowUp', '.', ' '])
      expect(matchShortcut(press(key, menu)), key).toBeNull();
    // A one-line field keeps every key but a clicker's, which it has no use for.
    const field = control('INPUT', 'number');
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', '.', ' ', '?'])
      expect(matchShortcut(press(key, field)), key).toBeNull();
    expect(matchShortcut(press('PageDown', field))?.id).toBe('stepForward');
    expect(matchShortcut(press('PageUp', control('INPUT', 'text')))?.id).toBe('stepBack');
    expect(matchShortcut(press('PageDown', control('TEXTAREA')))).toBeNull();
  });

  it('ignores everything while another modal dialog is open; most keys work over the help', () => {
    expect(matchShortcut(press('PageDown'), { dialog: 'other' })).toBeNull();
    expect(matchShortcut(press('PageDown'), { dialog: 'help' })?.id).toBe('stepForward');
    expect(matchShortcut(press('?'), { dialog: 'help' })?.id).toBe('help');
    // Escape closes the help first; it must not also leave presenter mode.
    expect(matchShortcut(press('Escape'), { dialog: 'help' })).toBeNull();
  });

  it('with single-key shortcuts off, only named keys work', () => {
    const off = { singleKeys: false };
    for (const key of ['.', ',', ' ', '?', 'f', 'p', '[', ']'])
      expect(matchShortcut(press(key), off), key).toBeNull();
    for (const key of ['PageDown', 'PageUp', 'ArrowRight', 'Home', 'End', 'Escape'])
      expect(matchShortcut(press(key), off), key).not.toBeNull();
    expect(isCharacterKey('PageDown')).toBe(false);
  });

  it('leaves modified keys to the browser', () => {
    expect(matchShortcut({ ...press('f'), ctrlKey: true })).toBeNull();
  });
});
