import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import { translator } from '../../app/i18n/i18n.tsx';
import { indexTrace } from '../../state/trace-index.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { segmentAriaLabel, segmentName } from './segment-label.ts';

const t = translator('en');

describe('segment names (an accessibility contract)', () => {
  const index = indexTrace(simulate(handshake));
  const [syn, synAck, ack] = index.segments;

  it('start with the flags, then seq, ack and direction', () => {
    expect(segmentName(syn!, 'absolute', t)).toBe('SYN seq=100 client → server');
    expect(segmentName(synAck!, 'absolute', t)).toBe('SYN ACK seq=300 ack=101 server → client');
    expect(segmentName(ack!, 'absolute', t)).toBe('ACK seq=101 ack=301 client → server');
  });

  it('use relative numbers when asked', () => {
    expect(segmentName(synAck!, 'relative', t)).toBe('SYN ACK seq=0 ack=1 server → client');
  });

  it('say what became of the segment', () => {
    expect(segmentAriaLabel(syn!, 'absolute', t, false)).toBe(
      'SYN seq=100 client → server, in flight',
    );
    expect(segmentAriaLabel(syn!, 'absolute', t, true)).toBe(
      'SYN seq=100 client → server, delivered',
    );
    const lost = indexTrace(
      simulate({
        ...handshake,
        faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' }],
      }),
    ).segments[0]!;
    expect(segmentAriaLabel(lost, 'absolute', t, true)).toBe(
      'SYN seq=100 client → server, lost in the network',
    );
  });
});
