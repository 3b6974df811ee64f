// Every translated catalogue says the same things as the English one: the same keys (also a
// type error when missing) and, key by key, the same {placeholders}, so no sentence loses a
// number or shows a raw "{name}". Every feature's messages.en.ts must be paired here, so a
// new English-only catalogue fails this test until its translation is in the bundle.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { LINK_PROBLEMS } from '../../share/link-problems.en.ts';
import { translator, type Translations } from './i18n.tsx';
import { loadedTranslations, loadTranslations } from './translations.ts';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

const HAN = /[\u4e00-\u9fff]/;

type Strings = Readonly<Record<string, string>>;

/** Each feature folder with a messages.en.ts → where the bundle carries its translation. */
const FEATURE_CATALOGUES: Record<string, keyof Translations> = {
  capture: 'capture',
  'capture-problems': 'captureProblems',
  compare: 'diff',
  faults: 'faults',
  glossary: 'glossary',
  inspector: 'inspector',
  narration: 'narration',
  predict: 'predict',
  present: 'help',
  'scenario-problems': 'scenarioProblems',
  share: 'share',
  'state-diagram': 'stateDiagram',
};

/** The English catalogues, found on disk (each module exports one catalogue object). */
const featuresDir = new URL('../../features/', import.meta.url);
const englishByFeature = await Promise.all(
  readdirSync(featuresDir)
    .filter((feature) => existsSync(new URL(`${feature}/messages.en.ts`, featuresDir)))
    .map(async (feature) => {
      const module = (await import(`../../features/${feature}/messages.en.ts`)) as Record<
        string,
        unknown
      >;
      const catalogues = Object.values(module).filter((v) => typeof v === 'object' && v !== null);
      if (catalogues.length !== 1) throw new Error(`${feature}: expected one catalogue export`);
      return [feature, catalogues[0] as Strings] as const;
    }),
);

describe('zh-CN catalogues', async () => {
  const zh = (await loadTranslations('zh-CN'))!;
  const pairs: (readonly [string, Strings, Strings])[] = [
    ['app', en, zh.app],
    ['linkProblems', LINK_PROBLEMS, zh.linkProblems],
    ...englishByFeature.map(
      ([feature, english]) =>
        [
          feature,
          english,
          (zh[FEATURE_CATALOGUES[feature]!] as Strings | undefined) ?? {},
        ] as const,
    ),
  ];

  it('pairs every feature catalogue on disk with a translation in the bundle', () => {
    const features = englishByFeature.map(([feature]) => feature).sort();
    expect(features).toEqual(Object.keys(FEATURE_CATALOGUES).sort());
    for (const key of Object.values(FEATURE_CATALOGUES)) expect(zh[key], key).toBeTypeOf('object');
  });

  it.each(pairs)('%s: the same keys as English', (_name, english, chinese) => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(pairs)(
    '%s: every template has the same placeholders as its English one',
    (_n, english, chinese) => {
      for (const key of Object.keys(english))
        expect(placeholders(chinese[key] ?? ''), key).toEqual(placeholders(english[key]!));
    },
  );

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

  it('is translated: sharing, capture, help, predict, scenario- and capture-problem strings with English words have Chinese', () => {
    // Left as written on purpose: key names as printed on keycaps, and the product's name.
    const catalogues = {
      share: zh.share,
      capture: zh.capture,
      help: zh.help,
      predict: zh.predict,
      scenarioProblems: zh.scenarioProblems,
      captureProblems: zh.captureProblems,
    };
    const untranslated = Object.entries(catalogues).flatMap(([name, catalogue]) =>
      Object.entries(catalogue)
        .filter(
          ([key, text]) =>
            /[a-z]{3,}/i.test(text.replace(/\{\w+\}/g, '')) &&
            !HAN.test(text) &&
            !/^key\.|^share\.embedTitle$/.test(key),
        )
        .map(([key]) => `${name}: ${key}`),
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
