// How a run ends (summary.truncated, stopReason, endTime). The rule counts every scheduling,
// a timer arming included even once the timer is cancelled or re-armed: something scheduled
// after `until` makes the run stop at `until`; reaching the event limit with anything
// scheduled at or before `until` still to come makes it stop at the limit. The engine keeps
// one queue entry per timer (timer-entries.ts), so these cases check it still reads so.

import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import type { Scenario } from './scenario.ts';
import { established } from './test-helpers/views.ts';

const stop = (s: Scenario, maxEvents?: number) => {
  const { truncated, stopReason, endTime, eventCount } = simulate(
    s,
    maxEvents === undefined ? {} : { maxEvents },
  ).summary;
  return { truncated, stopReason, endTime, eventCount };
};

const handshake = established();

describe('the end of a run', () => {
  it('runs out of things to do: not truncated, ends at its last event', () => {
    expect(stop(handshake)).toEqual({
      truncated: false,
      stopReason: undefined,
      endTime: 150,
      eventCount: 20,
    });
  });

  it('stops at `until` when a cancelled timer was due after it', () => {
    // The SYN timer (due 1000) and the SYN,ACK timer (due 1050) are cancelled by 150;
    // nothing else is left.
    expect(stop({ ...handshake, until: 500 })).toEqual({
      truncated: true,
      stopReason: 'until',
      endTime: 500,
      eventCount: 20,
    });
    expect(stop({ ...handshake, until: 1049 }).stopReason).toBe('until');
    expect(stop({ ...handshake, until: 1050 }).stopReason).toBe(undefined);
  });

  it('stops at the event limit when a superseded timer arming before `until` is still to come', () => {
    // The client's retransmission timer is armed at 1200 (due 2200) and re-armed at 1300
    // (due 2300) before it could fire; the server crashes at 2100, the last thing to happen
    // before `until`. With the limit reached by then, the 2200 arming is still to come.
    const s = established({
      until: 2250,
      actions: [
        { at: 1000, host: 'client', call: 'send', bytes: 10 },
        { at: 1200, host: 'client', call: 'send', bytes: 10 },
        { at: 1250, host: 'client', call: 'send', bytes: 10 },
        { at: 2100, host: 'server', call: 'crash' },
      ],
    });
    const whole = stop(s);
    expect(whole).toMatchObject({ truncated: true, stopReason: 'until', endTime: 2250 });
    const n = whole.eventCount;
    expect(stop(s, n)).toEqual({
      truncated: true,
      stopReason: 'event-limit',
      endTime: 2100,
      eventCount: n,
    });
    expect(stop(s, n + 1)).toEqual(whole);
    // Before 2200 no arming is left to come: the run stops at `until` however few events it may have.
    expect(stop({ ...s, until: 2150 }, n).stopReason).toBe('until');
  });

  it('does not count a superseded arming for the same instant as the arming that fired there', () => {
    // Three segments go out at 1000 (timer due 2000); the first two ACKs arrive together at
    // 1100 and re-arm it twice for 2100 (the third ACK is lost). At 2100 the first of those
    // armings comes up before the second, which fires: nothing at or before `until` is left.
    const s = established({
      until: 2100.5,
      actions: [{ at: 1000, host: 'client', call: 'send', bytes: 4380 }],
      faults: [{ match: { from: 'server', flags: ['ACK'], nth: 3 }, action: 'drop' }],
    });
    const whole = stop(s);
    expect(whole).toMatchObject({ truncated: true, stopReason: 'until', endTime: 2100.5 });
    // The fire at 2100 and what it does (3 events) cross any limit set within them.
    for (const n of [whole.eventCount - 2, whole.eventCount]) expect(stop(s, n)).toEqual(whole);
    expect(stop(s, whole.eventCount - 3).stopReason).toBe('event-limit');
  });
});
