// The event queue against the documented same-instant rule, checked on a reference: a plain
// list from which the entry with the least (time, rank, order of scheduling) is taken. The
// queue's two parts (the script, scheduled before the first pop, and the heap of everything
// after) must together give exactly that order.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, RANK_ACTION, RANK_NETWORK, RANK_TIMER } from './event-queue.ts';

interface Entry {
  t: number;
  rank: number;
  id: number;
}

/** The rule, written as directly as possible. */
class ReferenceQueue {
  private readonly entries: Entry[] = [];
  push(e: Entry): void {
    this.entries.push(e);
  }
  pop(): Entry | undefined {
    let best = -1;
    for (let i = 0; i < this.entries.length; i++) {
      const e = this.entries[i]!;
      const b = this.entries[best];
      // Strictly less: of equal (t, rank), the earliest scheduled (lowest index) stays best.
      if (!b || e.t < b.t || (e.t === b.t && e.rank < b.rank)) best = i;
    }
    return best < 0 ? undefined : this.entries.splice(best, 1)[0];
  }
  get size(): number {
    return this.entries.length;
  }
  get nextTime(): number {
    return Math.min(...this.entries.map((e) => e.t));
  }
}

const RANKS = [RANK_NETWORK, RANK_TIMER, RANK_ACTION];

// Few distinct times (and some halves), so same-instant ties are common.
const time = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.integer({ min: 0, max: 12 }).map((x) => x / 2),
);
const op = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ push: fc.constant(true), t: time, rank: fc.constantFrom(...RANKS) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ push: fc.constant(false), t: fc.constant(0), rank: fc.constant(0) }),
  },
);

function runBoth(
  script: { t: number; rank: number }[],
  ops: { push: boolean; t: number; rank: number }[],
) {
  const queue = new EventQueue<Entry>();
  const reference = new ReferenceQueue();
  const fromQueue: Entry[] = [];
  const fromReference: Entry[] = [];
  let id = 0;
  let now = 0;
  const push = (t: number, rank: number): void => {
    const e = { t, rank, id: id++ };
    queue.push(e.t, e.rank, e);
    reference.push(e);
  };
  for (const s of script) push(s.t, s.rank);
  for (const o of ops) {
    // The engine never schedules into the past: entries pushed during the run are at or after now.
    if (o.push) push(now + o.t, o.rank);
    else if (reference.size > 0) {
      const t = queue.nextTime();
      const e = queue.pop()!;
      expect(e.t).toBe(t);
      now = e.t;
      fromQueue.push(e);
      fromReference.push(reference.pop()!);
    }
    expect(queue.nextTime()).toBe(reference.nextTime);
  }
  while (reference.size > 0) {
    expect(queue.nextTime()).toBe(reference.nextTime);
    fromQueue.push(queue.pop()!);
    fromReference.push(reference.pop()!);
  }
  expect(queue.pop()).toBeUndefined();
  expect(queue.nextTime()).toBe(Infinity);
  return { fromQueue: fromQueue.map((e) => e.id), fromReference: fromReference.map((e) => e.id) };
}

describe('EventQueue', () => {
  it('pops in (time, rank, order of scheduling) order, script and heap merged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: time, rank: fc.constantFrom(RANK_NETWORK, RANK_ACTION) }), {
          maxLength: 30,
        }),
        fc.array(op, { maxLength: 120 }),
        (script, ops) => {
          const { fromQueue, fromReference } = runBoth(script, ops);
          expect(fromQueue).toEqual(fromReference);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('at one instant: network first, then timers, then user calls; each kind in scheduling order', () => {
    const q = new EventQueue<string>();
    q.push(5, RANK_ACTION, 'call 1');
    q.push(5, RANK_NETWORK, 'injection 1');
    q.push(5, RANK_ACTION, 'call 2');
    q.push(1, RANK_ACTION, 'early call');
    expect(q.pop()).toBe('early call');
    q.push(5, RANK_TIMER, 'timer 1');
    q.push(5, RANK_NETWORK, 'arrival 1');
    q.push(5, RANK_TIMER, 'timer 2');
    const order: string[] = [];
    while (q.nextTime() !== Infinity) order.push(q.pop()!);
    expect(order).toEqual(['injection 1', 'arrival 1', 'timer 1', 'timer 2', 'call 1', 'call 2']);
  });

  it('grows past its initial capacity without losing order', () => {
    const q = new EventQueue<number>();
    q.pop(); // start: everything below goes through the heap
    const n = 5000;
    // A permutation of times with many ties, pushed in a scrambled order.
    for (let i = 0; i < n; i++) q.push((i * 7919) % 97, RANK_NETWORK, i);
    const popped: number[] = [];
    while (q.nextTime() !== Infinity) popped.push(q.pop()!);
    const expected = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => ((a * 7919) % 97) - ((b * 7919) % 97) || a - b,
    );
    expect(popped).toEqual(expected);
  });
});
