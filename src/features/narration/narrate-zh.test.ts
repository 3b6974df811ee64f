// The Chinese narration, sentence by sentence over every event of every built-in scenario
// (both protocols where the lab shows them side by side): every sentence is filled, and the
// only Latin-script words left are the ones Chinese courses keep as they are — flag and state
// names, RFC rule names, socket calls, "Linux", "SYN Cookie" — and the stale payload quoted
// from the file.
import { describe, expect, it } from 'vitest';
import { simulate, type Scenario } from '../../core/index.ts';
import { BUILT_IN_SCENARIOS } from '../../app/builtin-scenarios.ts';
import { scenariosFor } from '../../state/store.ts';
import { narrationMessagesEn } from './messages.en.ts';
import { narrationMessagesZhCN } from './messages.zh-CN.ts';
import { narrateAll } from './narrate.ts';

/** Latin-script words allowed in a Chinese sentence. */
function foreignWords(sentence: string): string[] {
  const withoutQuotes = sentence.replace(/“[^”]*”/g, '');
  const words = withoutQuotes.match(/[A-Za-z][A-Za-z0-9.\-/§]*(\(\))?/g) ?? [];
  return words.filter(
    (w) =>
      !/^[A-Z0-9][A-Z0-9\-/,.]*$/.test(w) && // SYN-ACK, FIN-WAIT-1, RFC, MSL, RTO, O-5, SS-1
      !/^[a-z]+\(\)$/.test(w) && // connect(), recv()
      w !== 'Linux' &&
      w !== 'Cookie', // "SYN Cookie", as Chinese courses name the defence
  );
}

const runs = BUILT_IN_SCENARIOS.flatMap((b) =>
  scenariosFor(b.scenario, b.compare).scenarios.map(
    (s: Scenario) => [`${b.id} (${s.protocol ?? 'three-way'})`, s] as const,
  ),
);

describe('narration in 简体中文', () => {
  it('has the same templates as English', () => {
    expect(Object.keys(narrationMessagesZhCN).sort()).toEqual(
      Object.keys(narrationMessagesEn).sort(),
    );
  });

  it.each(runs)('%s: every event gets a complete Chinese sentence', (_name, scenario) => {
    const trace = simulate(scenario);
    expect(trace.events.length).toBeGreaterThan(0);
    for (const numbers of ['absolute', 'relative'] as const) {
      const sentences = narrateAll(trace.events, {
        numbers,
        anomalies: trace.summary.anomalies,
        messages: narrationMessagesZhCN,
      });
      sentences.forEach((s, i) => {
        const where = `event ${i} (${trace.events[i]!.type}): ${s}`;
        expect(s, where).toMatch(/[\u4e00-\u9fff]/);
        expect(s, where).not.toMatch(/[{}]|undefined|NaN/);
        expect(foreignWords(s), where).toEqual([]);
      });
    }
  });

  it('catches an untranslated sentence (the check can fail)', () => {
    expect(foreignWords('客户端 sends SYN 100 to open the connection')).toEqual([
      'sends',
      'to',
      'open',
      'the',
      'connection',
    ]);
    expect(
      foreignWords('客户端发送 SYN-ACK 300/101（RFC 9293 O-5），connect() 返回“DEBIT 100”'),
    ).toEqual([]);
  });
});
