import { describe, expect, it } from 'vitest';
import { glossaryEn, glossaryIds, type GlossaryKey } from './messages.en.ts';
import { glossaryZhCN } from './messages.zh-CN.ts';
import { en } from '../../app/i18n/en.ts';
import { zhCN } from '../../app/i18n/zh-CN.ts';

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

  it('explains the two names on the header switch, and names the switch as it reads', () => {
    const terms = GLOSSARY_IDS.map((id) => glossaryEn[`term.${id}` as GlossaryKey]);
    expect(terms).toEqual(expect.arrayContaining(['RFC 9293', 'Linux']));
    expect(glossaryEn['meaning.linux']).toContain(en['compare.profilesToggle']);
    expect(glossaryZhCN['meaning.linux']).toContain(zhCN['compare.profilesToggle']);
  });
});
