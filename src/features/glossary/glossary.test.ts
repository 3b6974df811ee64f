import { describe, expect, it } from 'vitest';
import { glossaryEn, glossaryIds, type GlossaryKey } from './messages.en.ts';
import { glossaryZhCN } from './messages.zh-CN.ts';

const GLOSSARY_IDS = glossaryIds();

// (That 简体中文 has every key is the i18n parity test's.)
describe('the glossary', () => {
  it('lists every term it defines, each with a meaning', () => {
    const keys = GLOSSARY_IDS.flatMap((id) => [`term.${id}`, `meaning.${id}`]);
    expect(Object.keys(glossaryEn).sort()).toEqual(keys.sort());
    for (const words of [glossaryEn, glossaryZhCN])
      for (const id of GLOSSARY_IDS)
        expect(words[`meaning.${id}` as GlossaryKey].length).toBeGreaterThan(15);
  });

  it('explains the words the narration and the diagram use', () => {
    const terms = GLOSSARY_IDS.map((id) => glossaryEn[`term.${id}` as GlossaryKey]);
    for (const word of ['RTO', 'MSL', 'TIME-WAIT', 'RST', 'ISN', 'Challenge ACK', 'TCB'])
      expect(terms).toContain(word);
  });
});
