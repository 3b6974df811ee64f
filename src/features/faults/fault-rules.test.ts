import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import { translator } from '../../app/i18n/i18n.tsx';
import { indexTrace } from '../../state/trace-index.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { canTarget, describeFault, faultFor, occurrence, oldSynInjection } from './fault-rules.ts';

const t = translator('en');
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
