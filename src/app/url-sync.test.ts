// The language in the link: written only when it is not English, read back by applyLink, and
// a switch leaves the run and the playhead alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import { createInThreadWorker } from '../protocol/in-thread-worker.ts';
import { createSimClient } from '../protocol/sim-client.ts';
import { createLabStore } from '../state/store.ts';
import { loadBuiltIns } from './builtin-catalogue.ts';
import { findBuiltIn } from './builtin-scenarios.ts';
import { translator } from './i18n/i18n.tsx';
import { applyLink, describeLinkError, linkFor, loadLinkReader } from './url-sync.ts';
import { zhCN } from './i18n/zh-CN.ts';
import { loadTranslations } from './i18n/translations.ts';
import { decodeLink } from '../share/link-codec.ts';
import { linkLanguage } from '../share/link-format.ts';

function presetStore(locale?: 'en' | 'zh-CN') {
  const scenario = findBuiltIn('lost-syn')!.scenario;
  return createLabStore({
    client: createSimClient({ createWorker: () => createInThreadWorker() }),
    initial: {
      scenarioId: 'lost-syn',
      scenario,
      traces: [simulate(scenario)],
      ...(locale ? { locale } : {}),
    },
  });
}

// As in the page, where a link is read once the presets' contents and the reader have loaded.
beforeAll(() => Promise.all([loadBuiltIns(), loadLinkReader()]));

describe('the language in the link', () => {
  it('is absent for English (the default) and present for 简体中文', () => {
    const store = presetStore();
    expect(store.getState().locale).toBe('en');
    expect(linkFor(store.getState())).toBe('#v1.p=lost-syn');
    store.getState().actions.setLocale('zh-CN');
    expect(linkFor(store.getState())).toBe('#v1.p=lost-syn&l=zh-CN');
  });

  it('switching keeps the run and the playhead', () => {
    const store = presetStore();
    store.getState().actions.stepForward();
    store.getState().actions.stepForward();
    const before = store.getState();
    store.getState().actions.setLocale('zh-CN');
    const after = store.getState();
    expect([after.index, after.time, after.traces]).toEqual([
      before.index,
      before.time,
      before.traces,
    ]);
  });

  it('a link’s language wins; a link without one keeps the reader’s', async () => {
    const store = presetStore('en');
    applyLink(store, '#v1.p=lost-syn&l=zh-CN');
    expect(store.getState().locale).toBe('zh-CN');
    applyLink(store, '#v1.p=lost-syn');
    expect(store.getState().locale).toBe('zh-CN');
    // An unknown language costs the link only its language: the experiment opens.
    applyLink(store, '#v1.p=closed-port&l=fr&t=60');
    expect(store.getState()).toMatchObject({ locale: 'zh-CN', scenarioId: 'closed-port' });
    const notice = store.getState().notice;
    if (typeof notice !== 'function') throw new Error('the notice is not worded per language');
    expect(notice({ t: translator(), translations: null })).toBe(
      'This link is open; what could not be read in it is left at its usual setting: the language must be one of en, zh-CN.',
    );
    // Worded again in the language the page shows when it is read (a switch meanwhile).
    const zh = await loadTranslations('zh-CN');
    expect(notice({ t: translator(zhCN), translations: zh })).toMatch(
      /^已打开此链接；其中无法读取的部分保持默认设置：语言必须是以下之一：en, zh-CN/,
    );
  });

  it('a link whose view parts are all unreadable still opens its experiment, and says each', () => {
    const store = presetStore('en');
    applyLink(store, '#v1.p=closed-port&c=2&v=7&t=-5&k=x&l=fr');
    expect(store.getState()).toMatchObject({ scenarioId: 'closed-port', speed: 1, time: 0 });
    const notice = store.getState().notice;
    if (typeof notice !== 'function') throw new Error('the notice is not worded per language');
    const text = notice({ t: translator(), translations: null });
    for (const part of ['"c" must be', 'speed must be', 'moment "t"', 'step "k"', 'language must'])
      expect(text).toContain(part);
  });

  it('is read before the first render without the link reader: the "l" part alone', () => {
    expect(linkLanguage('#v1.p=lost-syn&l=zh-CN')).toBe('zh-CN');
    expect(linkLanguage('#v1.l=zh-CN&p=lost-syn&t=50')).toBe('zh-CN');
    // The rest of a link need not be readable yet (its presets load later) for its language.
    expect(linkLanguage('#v1.p=no-such-preset&l=zh-CN')).toBe('zh-CN');
    expect(linkLanguage('#v1.p=lost-syn')).toBeUndefined();
    expect(linkFor(presetStore('zh-CN').getState())).toMatch(/&l=zh-CN$/);
    for (const hash of [
      '#v1.p=lost-syn&l=fr',
      '#v1.p=lost-syn&xl=zh-CN',
      '#v2.l=zh-CN',
      '',
      '#l=zh-CN',
    ])
      expect(linkLanguage(hash), hash).toBeUndefined();
  });
});

describe('a broken link’s message', () => {
  const broken = [
    '#v1.p=nonexistent',
    '#v1',
    '#v1.p=lost-syn&L=abc',
    '#v1.p=lost-syn&f=zz',
    '#v1.p=lost-syn&f=cS0d',
    `#v1.s=${btoa('{"version":1,"seed":-1}').replace(/=+$/, '')}`,
  ];
  const errorOf = (hash: string) => {
    const r = decodeLink(hash, (id) => findBuiltIn(id)?.scenario);
    if (r.ok) throw new Error(`${hash} decoded`);
    return r.error;
  };

  it('is in English the codec’s own words', () => {
    for (const hash of broken) {
      const error = errorOf(hash);
      if (error.kind !== 'malformed') throw new Error(hash);
      const words = { t: translator('en'), translations: null };
      expect(describeLinkError(error, words)).toContain(error.detail);
    }
  });

  it('is in Chinese all Chinese, but for what it quotes from the link', async () => {
    const translations = (await loadTranslations('zh-CN'))!;
    const words = { t: translator(zhCN), translations };
    for (const hash of broken) {
      const error = errorOf(hash);
      if (error.kind !== 'malformed') throw new Error(hash);
      let text = describeLinkError(error, words);
      // A scenario's own problem is said in Chinese too (its field path is quoted as written).
      const { message: _english, ...quoted } = error.problem.values;
      for (const v of Object.values(quoted)) text = text.replaceAll(String(v), '');
      // Names stay as they are (RFC 9293, Linux, JSON); the link's keys ("c", "L") are letters.
      for (const name of ['RFC', 'Linux', 'JSON', 'base64url']) text = text.replaceAll(name, '');
      expect(text, hash).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
