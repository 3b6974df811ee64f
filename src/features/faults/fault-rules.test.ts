import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import { translator } from '../../app/i18n/i18n.tsx';
import { featureTranslator } from '../../app/i18n/feature-translate.ts';
import { faultsMessagesEn } from './messages.en.ts';
import { indexTrace } from '../../state/trace-index.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { canTarget, faultFor, occurrence } from './fault-rules.ts';
import { describeFault, describeTarget, oldSynInjection, oldSynMoment } from './fault-edits.ts';
import { DEFAULT_BUILT_IN } from '../../app/builtin-catalogue.ts';
import { PRESETS } from '../../presets/index.ts';
import type { Scenario } from '../../core/scenario.ts';

const t = featureTranslator(translator('en'), faultsMessagesEn);
const lostSyn = {
  ...handshake,
  faults: [
    {
      match: { from: 'client' as const, flags: ['SYN' as const], nth: 1 },
      action: 'drop' as const,
    },
  ],
};

describe('fault rules from pointing', () => {
  it('names a retransmitted SYN as the second SYN its sender sent', () => {
    const index = indexTrace(simulate(lostSyn));
    const syns = index.segments.filter(
      (s) => s.from === 'client' && s.segment.flags.join() === 'SYN',
    );
    expect(syns.map((s) => occurrence(index, s))).toEqual([1, 2]);
    expect(faultFor(index, syns[1]!, 'delay', 300)).toEqual({
      match: { from: 'client', flags: ['SYN'], nth: 2 },
      action: 'delay',
      ms: 300,
    });
  });

  it("tells an original from its retransmission in the rule's own words", () => {
    const index = indexTrace(simulate(lostSyn));
    const syns = index.segments.filter(
      (s) => s.from === 'client' && s.segment.flags.join() === 'SYN',
    );
    expect(syns.map((s) => describeTarget(index, s, t))).toEqual([
      'This is SYN #1 from the client, sent at 0.0 s.',
      'This is SYN #2 from the client, a retransmission sent at 1.0 s.',
    ]);
    // The rule added from the menu names the segment with the same words.
    expect(describeFault(faultFor(index, syns[1]!, 'delay', 500), t)).toContain(
      'SYN #2 from the client',
    );
  });

  it('makes rules that hit the segment pointed at when simulated again', () => {
    const index = indexTrace(simulate(handshake));
    const synAck = index.segments.find((s) => s.segment.flags.join() === 'SYN,ACK')!;
    const rerun = indexTrace(simulate({ ...handshake, faults: [faultFor(index, synAck, 'drop')] }));
    const dropped = rerun.segments.filter((s) => s.end === 'drop');
    expect(dropped.map((s) => [s.from, s.segment.flags.join(), s.segment.seq])).toEqual([
      ['server', 'SYN,ACK', 300],
    ]);
  });

  it('cannot target copies or injected segments', () => {
    const dup = indexTrace(
      simulate({
        ...handshake,
        faults: [
          { match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'duplicate', ms: 100 },
        ],
      }),
    );
    const copy = dup.segments.find((s) => s.segment.copyOf !== undefined)!;
    expect(canTarget(copy)).toBe(false);
    expect(canTarget(dup.segments[0]!)).toBe(true);
  });

  it('describes rules in words and makes an old SYN below the client ISN', () => {
    expect(
      describeFault(
        { match: { from: 'client', flags: ['SYN'], nth: 2 }, action: 'delay', ms: 300 },
        t,
      ),
    ).toBe('Delay SYN #2 from the client by 300 ms');
    const index = indexTrace(simulate(handshake));
    expect(oldSynInjection(index, 'server', 500)).toEqual({
      at: 500,
      to: 'server',
      flags: ['SYN'],
      seq: 90,
    });
  });
});

describe('the moment the form offers for an old SYN', () => {
  /** When each phantom connection of the run opened (ms). */
  const phantoms = (scenario: Scenario, protocol: 'two-way' | 'three-way') =>
    simulate({ ...scenario, protocol })
      .summary.anomalies.filter((a) => a.kind === 'phantom-connection')
      .map((a) => a.t);

  it('lies between the server listening and the client SYN arriving, on a 10 ms step', () => {
    expect(oldSynMoment(indexTrace(simulate(DEFAULT_BUILT_IN.scenario)))).toEqual({
      at: 20,
      listening: 0,
      synArrives: 50,
    });
    // The first SYN lost: its retransmission reaches the server 1.05 s in.
    expect(oldSynMoment(indexTrace(simulate(lostSyn)))).toEqual({
      at: 520,
      listening: 0,
      synArrives: 1050,
    });
  });

  it('tells the protocols apart wherever it is offered: a phantom under two-way only', () => {
    const offered = [DEFAULT_BUILT_IN.scenario, ...PRESETS.map((p) => p.scenario)].filter(
      (s) => oldSynMoment(indexTrace(simulate(s))) !== null,
    );
    expect(offered.length).toBeGreaterThan(3);
    for (const scenario of offered) {
      const index = indexTrace(simulate(scenario));
      const at = oldSynMoment(index)!.at;
      const inject = [...(scenario.inject ?? []), oldSynInjection(index, 'server', at)];
      const injected = { ...scenario, inject };
      // Two-way: a phantom opens the moment the old SYN arrives (among the forged SYNs'
      // phantoms, in a two-way flood). Three-way: never one.
      expect({ title: scenario.title, opened: phantoms(injected, 'two-way') }).toEqual({
        title: scenario.title,
        opened: expect.arrayContaining([at]),
      });
      expect({ title: scenario.title, opened: phantoms(injected, 'three-way') }).toEqual({
        title: scenario.title,
        opened: [],
      });
    }
  });

  it('is not offered where there is none: nobody listens, or the SYN comes at once', () => {
    const noListener = {
      ...handshake,
      actions: [{ at: 0, host: 'client' as const, call: 'connect' as const }],
    };
    expect(oldSynMoment(indexTrace(simulate(noListener)))).toBeNull();
    expect(oldSynMoment(indexTrace(simulate({ ...handshake, latencyMs: 10 })))).toBeNull();
  });
});
