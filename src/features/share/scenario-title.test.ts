import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIns } from '../../app/builtin-catalogue.ts';
import { translator } from '../../app/i18n/i18n.tsx';
import { findPreset } from '../../presets/index.ts';
import { presetTextsZhCN } from '../../presets/i18n/zh-CN.ts';
import { zhCN } from '../../app/i18n/zh-CN.ts';
import { scenarioTitle } from './scenario-title.ts';

describe('what the experiment is called in a snippet or a file', () => {
  // The presets' contents load after the first frame (as in the page once the picker is used).
  beforeAll(() => loadBuiltIns());
  const preset = findPreset('old-duplicate-syn')!.scenario;
  const open = { scenarioId: 'old-duplicate-syn', scenario: preset };

  it('a built-in, in the page’s language (the embed snippet’s iframe title in 简体中文)', () => {
    expect(scenarioTitle(open, translator(zhCN), presetTextsZhCN)).toBe(
      presetTextsZhCN['old-duplicate-syn']!.title,
    );
    expect(scenarioTitle(open, translator('en'))).toBe(preset.title);
  });

  it('a built-in whose texts the user changed keeps the user’s title', () => {
    const edited = { ...open, scenario: { ...preset, title: 'Mein Versuch' } };
    expect(scenarioTitle(edited, translator(zhCN), presetTextsZhCN)).toBe('Mein Versuch');
  });
});
