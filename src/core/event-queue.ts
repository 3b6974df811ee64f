// The discrete-event queue. Ordering rule (documented in docs/architecture.md and
// tested): events fire in time order; at the same instant, network arrivals first, then
// timer expiries, then the scenario's scripted user calls; within one kind, in the
// order they were scheduled. This makes same-instant races (a retransmitted SYN
// arriving just as the SYN-ACK timer fires) deterministic.

export const RANK_NETWORK = 0;
export const RANK_TIMER = 1;
export const RANK_ACTION = 2;

/** Queue entries carry their own keys, so scheduling allocates nothing beyond the entry. */
export interface Schedulable {
  t: number;
  rank: number;
  order: number;
}

/** A binary min-heap over (t, rank, order). */
export class EventQueue<T extends Schedulable> {
  private readonly heap: T[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Schedule `entry` (its `order` is assigned here). */
  push(entry: T): void {
    entry.order = this.counter++;
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!before(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  peek(): T | undefined {
    return this.heap[0];
  }

  pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined) return undefined;
    const last = heap.pop()!;
    const n = heap.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && before(heap[r]!, heap[l]!) ? r : l;
        if (!before(heap[c]!, last)) break;
        heap[i] = heap[c]!;
        i = c;
      }
      heap[i] = last;
    }
    return top;
  }
}

function before(a: Schedulable, b: Schedulable): boolean {
  if (a.t !== b.t) return a.t < b.t;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.order < b.order;
}
