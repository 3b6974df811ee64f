import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import type { Scenario } from '../../core/scenario.ts';
import { buildPlaybackModel, stepForward } from '../../state/playback-model.ts';
import { handshake } from '../../state/test-scenarios.ts';
import {
  expectedAnswer,
  grade,
  heldStop,
  holdBefore,
  mergedStops,
  parseAck,
  pointAtStop,
  predictionPoints,
} from './predict-model.ts';

const trace = simulate(handshake);
const model = buildPlaybackModel([trace]);
const stops = mergedStops([trace], model);

describe('prediction points', () => {
  it('are the arrivals the receiver answers: the SYN at the server, the SYN-ACK at the client', () => {
    const points = predictionPoints(trace);
    expect(
      points.map((p) => [p.receiver, p.arriving.flags.join('+'), p.reply.flags.join('+')]),
    ).toEqual([
      ['server', 'SYN', 'SYN+ACK'],
      ['client', 'SYN+ACK', 'ACK'],
    ]);
    for (const p of points) {
      expect(trace.events[p.deliverIndex]!.type).toBe('deliver');
      expect(p.replyIndex).toBeGreaterThan(p.deliverIndex);
    }
  });

  it('leave out arrivals nobody answers (the final ACK) and lost segments', () => {
    const lost: Scenario = {
      ...handshake,
      faults: [{ match: { from: 'client', nth: 1, flags: ['SYN'] }, action: 'drop' }],
      until: 2000,
    };
    const t = simulate(lost);
    const points = predictionPoints(t);
    // The dropped SYN is never delivered: the first question is about the retransmission.
    expect(points[0]!.arriving.retransmission).toBe(true);
    const finalAck = t.events.findIndex(
      (e) => e.type === 'deliver' && e.segment.flags.join() === 'ACK',
    );
    expect(points.some((p) => p.deliverIndex === finalAck)).toBe(false);
  });

  it('are found in merged order when two traces play side by side', () => {
    const two = simulate({ ...handshake, protocol: 'two-way' });
    const both = buildPlaybackModel([two, trace]);
    const merged = mergedStops([two, trace], both);
    expect(merged).toHaveLength(predictionPoints(two).length + predictionPoints(trace).length);
    for (const m of merged) expect(pointAtStop([two, trace], both, m)).not.toBeNull();
  });
});

describe('stopping', () => {
  const syn = stops[0]!;
  const at = (index: number, time: number, playing = false) => ({ index, time, playing });

  it('a single step forward stops just before the SYN arrives, then the next step applies it', () => {
    const before = at(syn, trace.events[syn - 1]!.t);
    const stepped = { ...stepForward(model.times, before), playing: false };
    const hold = holdBefore(stops, model.times, before, stepped);
    expect(hold).toEqual({ index: syn, time: trace.events[syn]!.t });
    expect(heldStop(stops, model.times, hold!)).toBe(syn);
    const next = { ...stepForward(model.times, hold!), playing: false };
    expect(holdBefore(stops, model.times, { ...hold!, playing: false }, next)).toBeNull();
  });

  it('playing across two questions stops at the first', () => {
    const hold = holdBefore(stops, model.times, at(0, 0, true), at(model.length, 400, true));
    expect(hold?.index).toBe(syn);
  });

  it('seeking, jumping and going back never stop', () => {
    expect(holdBefore(stops, model.times, at(0, 0), at(model.length, 150))).toBeNull();
    expect(holdBefore(stops, model.times, at(model.length, 150), at(syn - 1, 0))).toBeNull();
  });

  it('no question is open between events', () => {
    expect(heldStop(stops, model.times, { index: syn, time: 10 })).toBeNull();
  });
});

describe('the expected answer and grading', () => {
  const [synPoint, synAckPoint] = predictionPoints(trace);

  it('the server answers the SYN with SYN+ACK acknowledging the client ISN + 1 (absolute numbers)', () => {
    expect(expectedAnswer(trace, synPoint!, 'absolute')).toEqual({
      flags: ['SYN', 'ACK'],
      ack: 101,
    });
  });

  it('in relative numbers the same ack is 1 (ISN + 1 minus the ISN)', () => {
    expect(expectedAnswer(trace, synPoint!, 'relative')).toEqual({ flags: ['SYN', 'ACK'], ack: 1 });
  });

  it('the client answers the SYN-ACK with an ACK of the server ISN + 1', () => {
    expect(expectedAnswer(trace, synAckPoint!, 'absolute')).toEqual({ flags: ['ACK'], ack: 301 });
  });

  it('grades each field on its own, flags in any order', () => {
    const expected = expectedAnswer(trace, synPoint!, 'absolute');
    expect(grade({ flags: ['ACK', 'SYN'], ack: 101 }, expected)).toMatchObject({
      flagsCorrect: true,
      ackCorrect: true,
      correct: true,
    });
    expect(grade({ flags: ['SYN'], ack: 101 }, expected)).toMatchObject({
      flagsCorrect: false,
      ackCorrect: true,
      correct: false,
    });
    expect(grade({ flags: ['SYN', 'ACK'], ack: 100 }, expected)).toMatchObject({
      flagsCorrect: true,
      ackCorrect: false,
    });
    expect(grade({ flags: ['SYN', 'ACK'], ack: null }, expected).ackCorrect).toBe(false);
  });

  it('an answer without ACK has no ack number: an empty field is right, a number is wrong', () => {
    const rst = { flags: ['RST' as const], ack: null };
    expect(grade({ flags: ['RST'], ack: null }, rst).correct).toBe(true);
    expect(grade({ flags: ['RST'], ack: 0 }, rst).ackCorrect).toBe(false);
  });

  it('reads the ack field: empty is "none", whole numbers below 2^32, anything else is refused', () => {
    expect(parseAck('')).toEqual({ ok: true, value: null });
    expect(parseAck(' 101 ')).toEqual({ ok: true, value: 101 });
    expect(parseAck('4294967295')).toEqual({ ok: true, value: 4294967295 });
    expect(parseAck('4294967296')).toEqual({ ok: false });
    expect(parseAck('1.5')).toEqual({ ok: false });
    expect(parseAck('-1')).toEqual({ ok: false });
    expect(parseAck('abc')).toEqual({ ok: false });
  });
});
