// Every translated catalogue says the same things as the English one: the same keys (also a
// type error when missing) and, key by key, the same {placeholders}, so no sentence loses a
// number or shows a raw "{name}".
import { describe, expect, it } from 'vitest';
import { inspectorMessagesEn } from '../../features/inspector/messages.en.ts';
import { narrationMessagesEn } from '../../features/narration/messages.en.ts';
import { stateDiagramMessagesEn } from '../../features/state-diagram/messages.en.ts';
import { en } from './en.ts';
import { translator } from './i18n.tsx';
import { loadedTranslations, loadTranslations } from './translations.ts';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

const HAN = /[\u4e00-\u9fff]/;

describe('zh-CN catalogues', async () => {
  const zh = (await loadTranslations('zh-CN'))!;
  const pairs = [
    ['app', en, zh.app],
    ['narration', narrationMessagesEn, zh.narration],
    ['inspector', inspectorMessagesEn, zh.inspector],
    ['state diagram', stateDiagramMessagesEn, zh.stateDiagram],
  ] as const;

  it.each(pairs)('%s: the same keys as English', (_name, english, chinese) => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(pairs)('%s: every template has the same placeholders as its English one', (_n, e, c) => {
    const english = e as Record<string, string>;
    const chinese = c as Record<string, string>;
    for (const key of Object.keys(english))
      expect(placeholders(chinese[key] ?? ''), key).toEqual(placeholders(english[key]!));
  });

  it('is translated: every app string with English words in it has Chinese too', () => {
    // Left as written on purpose: call names, notation, numbers, profile names (RFC 9293,
    // Linux), and the bilingual picker name.
    const untranslated = Object.entries(zh.app).filter(
      ([key, text]) =>
        /[a-z]{3,}/i.test(text.replace(/\{\w+\}/g, '')) &&
        !HAN.test(text) &&
        !/^app\.call\.|^profile\.|^segment\.(label|ack|len)$|^timer\.time-wait$|^timeline\.timeWait$/.test(
          key,
        ),
    );
    expect(untranslated).toEqual([]);
  });

  it('fills placeholders the same way as English', () => {
    const t = translator(zh.app);
    expect(t('controls.scrubValue', { index: 2, total: 9, time: '0.05' })).toBe(
      '第 2 个事件，共 9 个，0.05 秒',
    );
    expect(translator()('controls.play')).toBe('Play');
  });

  it('is loaded once and kept (switching back is instant)', async () => {
    expect(loadedTranslations('zh-CN')).toBe(zh);
    expect(await loadTranslations('zh-CN')).toBe(zh);
    expect(loadedTranslations('en')).toBeNull();
  });
});
