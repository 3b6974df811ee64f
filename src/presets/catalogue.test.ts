import { describe, expect, it } from 'vitest';
import { PRESET_CATALOGUE } from './catalogue.ts';
import { PRESETS } from './index.ts';

describe('preset catalogue', () => {
  it('lists every preset file with its id, title and side-by-side flag, in order', () => {
    expect(PRESET_CATALOGUE).toEqual(
      PRESETS.map((p) => ({ id: p.id, title: p.scenario.title, compare: p.compare })),
    );
  });
});
