// What is wrong with a scenario reads the same in the page's English as in the CLI, and in
// 简体中文 it is Chinese all the way down: the rule, the value found and the JSON position.
import { describe, expect, it } from 'vitest';
import { loadTranslations } from '../../app/i18n/translations.ts';
import { LIMITS } from '../../core/scenario.ts';
import { parseScenario, parseScenarioJson, type ScenarioError } from '../../scenario/index.ts';
import { SCENARIO_PHRASES } from '../../scenario/phrases.ts';
import { sayProblem } from './say-problem.ts';

const HAN = /[\u4e00-\u9fff]/;

/** Broken documents that reach every kind of problem the validator reports. */
const BROKEN_DOCUMENTS: unknown[] = [
  [],
  {},
  { version: 2 },
  { version: '1' },
  { version: 1, protocl: 'two-way', protocol: '3-way', seed: -1, lossRate: 1, jitterMs: 1.5 },
  { version: 1, latencyMs: 'fast', client: { port: 0, isn: [] }, server: { isn: [1, 'x'] } },
  { version: 1, latencyMs: { clientToServer: 5 }, sysctl: {}, until: null, title: 7 },
  { version: 1, profile: 'linux', synCookies: 'always', notes: 'x'.repeat(100_000) },
  {
    version: 1,
    actions: [
      { at: 0, host: 'client', call: 'send' },
      { at: 0, host: 'client', call: 'listen', peerPort: 80, bytes: 3 },
      { at: 0, host: 'server', call: 'crash', port: 80, backlog: 1 },
      { host: 'nobody' },
      'connect',
    ],
  },
  {
    version: 1,
    faults: [
      { match: { from: 'client', nth: 1 }, action: 'drop', ms: 5 },
      { match: { from: 'client', flags: [], nth: 1 }, action: 'delay' },
      { match: { flags: ['SYN', 'SYN', 'syn'] }, action: 'duplicate' },
      {},
    ],
    inject: [{ at: 0, to: 'server', flags: ['SYN', 'ACK'], seq: 1, spoofed: 'yes' }, {}],
    steps: [{}, { at: 0, note: [] }],
  },
  { version: 1, zzzzzzzz: 1, actions: {}, seed: {}, client: { isn: [undefined] }, mslMs: 1n },
  { version: 1, faults: Array.from({ length: LIMITS.maxFaults + 1 }, () => 0) },
  { version: 1, actions: [{ at: 0, call: 'connect' }] },
  {
    version: 1,
    faults: [{ match: { from: 'client', nth: 0 }, action: 'drop' }],
    inject: [{ at: 0, to: 'server', flags: ['SYN'], seq: 1, ack: 5 }],
  },
];

/**
 * Phrases no input reaches here: rules no field has today, and JSON that V8's reader refuses
 * only for its own limits (deep nesting), which the scanner then cannot explain.
 */
const UNREACHABLE = [
  'ruleWholeBelow',
  'ruleNumberAtLeast',
  'jsonUnreadable',
  'jsonNestedTooDeeply',
  'jsonRefused',
];

const BROKEN_TEXTS = [
  '',
  '{ "version": 1, }',
  '[1, 2,]',
  '{ "version": 1',
  '[1',
  '{ "version" 1 }',
  "{ 'version': 1 }",
  '{ "title": \'x\' }',
  '{ "version": 1 } // done',
  '{ "version": 1 } x',
  '{ "title": "a\nb" }',
  '{ "title": "\\u12" }',
  '{ "title": "\\q" }',
  '{ "title": "never',
  '{ "seed": 01 }',
  '{ "seed": - }',
  '[1 2]',
  '{ "a": 1 "b": 2 }',
  '{ 5: 1 }',
  '[// a comment\n1]',
  '{ "a": }',
  '{ "a"',
  '{ "title": "\\\n" }',
];

const problems = [
  ...BROKEN_DOCUMENTS.flatMap((d) => {
    const r = parseScenario(d);
    return r.ok ? [] : r.errors;
  }),
  ...BROKEN_TEXTS.flatMap((text) => {
    const r = parseScenarioJson(text);
    return r.ok ? [] : r.errors;
  }),
];

describe('a scenario problem said on the page', async () => {
  const zh = (await loadTranslations('zh-CN'))!;

  it('reaches every phrase (so each translation is checked below)', () => {
    const used = new Set<string>();
    const walk = (p: { id: string; values?: Readonly<Record<string, unknown>> }): void => {
      used.add(p.id);
      for (const v of Object.values(p.values ?? {}))
        if (typeof v === 'object' && v !== null) walk(v as typeof p);
    };
    problems.forEach((e) => walk(e.phrase));
    const unused = Object.keys(SCENARIO_PHRASES).filter((id) => !used.has(id));
    expect(unused).toEqual(UNREACHABLE);
  });

  it('in English is word for word what the CLI prints (the message)', () => {
    for (const e of problems) expect(sayProblem(e.phrase, null)).toBe(e.message);
  });

  it('in 简体中文 is Chinese, every placeholder filled, no English sentence left', () => {
    for (const e of problems) {
      const text = sayProblem(e.phrase, zh);
      expect(text, e.message).toMatch(HAN);
      expect(text, e.message).not.toMatch(/\{\w+\}/);
      // Field names, call names and JSON stay as written; the English wording does not.
      expect(text, e.message).not.toMatch(/\b(must|got|required|expected|found|number)\b/);
    }
  });

  it('says the nested parts in the same language: the rule, the value, the position', () => {
    const first = (r: { ok: boolean; errors?: ScenarioError[] }) => r.errors![0]!.phrase;
    expect(sayProblem(first(parseScenario({ version: 1, latencyMs: 'fast' })), zh)).toBe(
      '必须是 0 到 600000 之间的数，或 { "clientToServer": …, "serverToClient": … }，实际是 "fast"（文本）',
    );
    expect(sayProblem(first(parseScenarioJson('{\n  "version": 1,\n}')), zh)).toBe(
      "不是有效的 JSON：第 3 行，第 1 列：JSON 不允许在 '}' 前面加逗号：请删去最后一个逗号",
    );
  });
});
