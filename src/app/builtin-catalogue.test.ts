import { describe, expect, it } from 'vitest';
import { decodeLink } from '../share/link-codec.ts';
import {
  builtIn,
  builtInNow,
  BUILT_IN_ENTRIES,
  DEFAULT_SCENARIO_ID,
  loadBuiltIns,
} from './builtin-catalogue.ts';
import { BUILT_IN_SCENARIOS } from './builtin-scenarios.ts';
import { whenLinkReadable } from './url-sync.ts';

const lookup = (id: string) => builtInNow(id)?.scenario;

// One file, one order: the presets' contents start unloaded, as in a page that just opened.
describe('built-in scenarios for the first frame', () => {
  it('has the default scenario at once and the presets only once loaded', async () => {
    expect(builtInNow(DEFAULT_SCENARIO_ID)?.scenario).toEqual(
      BUILT_IN_SCENARIOS.find((b) => b.id === DEFAULT_SCENARIO_ID)!.scenario,
    );
    expect(builtInNow('lost-syn')).toBeUndefined();
    expect(decodeLink('#v1.p=lost-syn', lookup).ok).toBe(false);

    // A link is read once it can be: here, after the presets have loaded.
    const decoded = await new Promise<boolean>((resolve) =>
      whenLinkReadable('#v1.p=lost-syn', () => resolve(decodeLink('#v1.p=lost-syn', lookup).ok)),
    );
    expect(decoded).toBe(true);
  });

  it('lists every built-in scenario in the picker, and loads each one whole', async () => {
    await loadBuiltIns();
    expect(BUILT_IN_ENTRIES.map((e) => e.id)).toEqual(BUILT_IN_SCENARIOS.map((b) => b.id));
    for (const b of BUILT_IN_SCENARIOS) {
      expect(builtInNow(b.id)).toEqual(b);
      expect(await builtIn(b.id)).toEqual(b);
    }
    expect(await builtIn('no-such-preset')).toBeUndefined();
  });

  it('reads a page without a link at once', () => {
    let read = false;
    whenLinkReadable('', () => (read = true));
    expect(read).toBe(true);
  });
});
