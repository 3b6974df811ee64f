// Every built-in scenario has complete Chinese texts (title, notes when the file has them,
// one note per step), and they are shown only while the scenario still carries the file's texts.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS, findBuiltIn } from '../../app/builtin-scenarios.ts';
import { PRESETS } from '../index.ts';
import { scenarioTexts } from './preset-texts.ts';
import { presetTextsZhCN } from './zh-CN.ts';

const HAN = /[\u4e00-\u9fff]/;

describe('简体中文 preset texts', () => {
  it('cover exactly the built-in scenarios', () => {
    expect(Object.keys(presetTextsZhCN).sort()).toEqual(BUILT_IN_SCENARIOS.map((b) => b.id).sort());
    expect(PRESETS.length).toBe(15);
  });

  it.each(BUILT_IN_SCENARIOS.map((b) => [b.id, b] as const))('%s is complete', (id, b) => {
    const zh = presetTextsZhCN[id]!;
    const s = b.scenario;
    expect(zh.title).toMatch(HAN);
    expect(zh.notes !== undefined, 'notes exactly when the file has notes').toBe(
      s.notes !== undefined,
    );
    if (zh.notes) expect(zh.notes).toMatch(HAN);
    expect(zh.steps.length).toBe((s.steps ?? []).length);
    for (const note of zh.steps) expect(note).toMatch(HAN);
  });

  const preset = findBuiltIn('lost-syn')!.scenario;
  const zh = presetTextsZhCN['lost-syn'];

  it('shows the translation for the unmodified preset, at the file’s moments', () => {
    const texts = scenarioTexts(preset, preset, zh);
    expect(texts.title).toBe(zh!.title);
    expect(texts.notes).toBe(zh!.notes);
    expect(texts.steps.map((s) => s.at)).toEqual(preset.steps!.map((s) => s.at));
    expect(texts.steps.map((s) => s.note)).toEqual(zh!.steps);
  });

  it('still translates after faults or network changes (the texts are the file’s)', () => {
    const edited = { ...preset, latencyMs: 80, faults: [] };
    expect(scenarioTexts(edited, preset, zh).title).toBe(zh!.title);
  });

  it('shows a user’s own texts as written', () => {
    const retitled = { ...preset, title: 'My lost SYN' };
    expect(scenarioTexts(retitled, preset, zh).title).toBe('My lost SYN');
    expect(scenarioTexts(retitled, preset, zh).steps).toEqual(preset.steps);
    const renoted = { ...preset, steps: [{ at: 0, note: 'mine' }] };
    expect(scenarioTexts(renoted, preset, zh).steps).toEqual([{ at: 0, note: 'mine' }]);
    // No built-in (a scenario from a file or a link), or no translation (English).
    expect(scenarioTexts(preset, undefined, zh).title).toBe(preset.title);
    expect(scenarioTexts(preset, preset, undefined).title).toBe(preset.title);
  });
});
