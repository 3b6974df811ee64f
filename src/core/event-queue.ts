// The discrete-event queue. Ordering rule (documented in docs/architecture.md and
// tested): events fire in time order; at the same instant, network arrivals first, then
// timer expiries, then the scenario's scripted user calls; within one kind, in the
// order they were scheduled. This makes same-instant races (a retransmitted SYN
// arriving just as the SYN-ACK timer fires) deterministic.
//
// How it is kept fast (a run schedules about one entry per trace event, and a 100,000-SYN
// flood scripts 100,000 of them before the first one runs):
// - The keys live in typed arrays beside the entries: a comparison reads two numbers from
//   contiguous memory, never an entry object, and scheduling allocates nothing.
// - (rank, order) is one number, rank · 2^44 + order, so a comparison is at most two.
// - Entries scheduled before the first pop (the scenario's script) are sorted once and read
//   in order by a cursor; only what the run schedules itself goes through the binary heap.
//   Every script entry's order is below every later one's, so merging the two by key gives
//   exactly the order one heap would.

export const RANK_NETWORK = 0;
export const RANK_TIMER = 1;
export const RANK_ACTION = 2;

/** Above any order a run can reach (2^44 schedulings), below 2^53 for every rank. */
const RANK_SCALE = 2 ** 44;

export class EventQueue<T> {
  // The script: entries scheduled before the first pop, in key order once started.
  private scriptT: number[] = [];
  private scriptK: number[] = [];
  private scriptItems: (T | undefined)[] = [];
  private scriptNext = 0;
  private started = false;

  // The binary heap of entries scheduled during the run.
  private heapT = new Float64Array(64);
  private heapK = new Float64Array(64);
  private heapItems: (T | undefined)[] = [];
  private heapLength = 0;

  private counter = 0;

  /** The time and key of the entry pop() returned last. */
  lastTime = -Infinity;
  lastKey = -Infinity;

  /**
   * Schedule `item` at time `t` with a rank (RANK_*); ties keep scheduling order. Returns
   * its key: at equal times, the entry with the smaller key comes first.
   */
  push(t: number, rank: number, item: T): number {
    const k = this.reserve(rank);
    this.pushKeyed(t, k, item);
    return k;
  }

  /**
   * The key of an entry of `rank` scheduled now, without queueing anything yet: its place
   * among entries at the same time is fixed now, pushKeyed() may queue it later.
   */
  reserve(rank: number): number {
    return rank * RANK_SCALE + this.counter++;
  }

  /** Queue `item` at time `t` with a key from reserve() (each key is used once). */
  pushKeyed(t: number, k: number, item: T): void {
    if (!this.started) {
      this.scriptT.push(t);
      this.scriptK.push(k);
      this.scriptItems.push(item);
      return;
    }
    let i = this.heapLength++;
    if (i === this.heapT.length) {
      const size = 2 * i;
      this.heapT = grow(this.heapT, size);
      this.heapK = grow(this.heapK, size);
    }
    const ht = this.heapT;
    const hk = this.heapK;
    const items = this.heapItems;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = ht[parent]!;
      if (pt < t || (pt === t && hk[parent]! < k)) break;
      ht[i] = pt;
      hk[i] = hk[parent]!;
      items[i] = items[parent];
      i = parent;
    }
    ht[i] = t;
    hk[i] = k;
    items[i] = item;
  }

  /** The time of the next entry (Infinity when the queue is empty). */
  nextTime(): number {
    if (!this.started) this.start();
    const s = this.scriptNext < this.scriptT.length ? this.scriptT[this.scriptNext]! : Infinity;
    const h = this.heapLength > 0 ? this.heapT[0]! : Infinity;
    return s < h ? s : h;
  }

  /** Remove and return the next entry (undefined when the queue is empty). */
  pop(): T | undefined {
    if (!this.started) this.start();
    const si = this.scriptNext;
    if (si < this.scriptT.length) {
      const st = this.scriptT[si]!;
      const sk = this.scriptK[si]!;
      const ht = this.heapT[0]!;
      if (this.heapLength === 0 || st < ht || (st === ht && sk < this.heapK[0]!)) {
        this.scriptNext = si + 1;
        this.lastTime = st;
        this.lastKey = sk;
        const item = this.scriptItems[si];
        // Released as it is consumed: a finished script entry holds nothing alive.
        this.scriptItems[si] = undefined;
        return item;
      }
    }
    const n = this.heapLength;
    if (n === 0) return undefined;
    const ht = this.heapT;
    const hk = this.heapK;
    const items = this.heapItems;
    const top = items[0];
    this.lastTime = ht[0]!;
    this.lastKey = hk[0]!;
    // The last entry sinks from the root to its place.
    const last = n - 1;
    this.heapLength = last;
    const t = ht[last]!;
    const k = hk[last]!;
    const item = items[last];
    items[last] = undefined;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      const r = c + 1;
      if (r < last && (ht[r]! < ht[c]! || (ht[r] === ht[c] && hk[r]! < hk[c]!))) c = r;
      const ct = ht[c]!;
      if (t < ct || (t === ct && k < hk[c]!)) break;
      ht[i] = ct;
      hk[i] = hk[c]!;
      items[i] = items[c];
      i = c;
    }
    if (last > 0) {
      ht[i] = t;
      hk[i] = k;
      items[i] = item;
    }
    return top;
  }

  /** Sort the script by (time, key), unless it is in that order already (scenarios usually are). */
  private start(): void {
    this.started = true;
    const st = this.scriptT;
    const sk = this.scriptK;
    let i = 1;
    while (i < st.length && (st[i - 1]! < st[i]! || (st[i - 1] === st[i] && sk[i - 1]! < sk[i]!)))
      i++;
    if (i >= st.length) return;
    const items = this.scriptItems;
    const order = st.map((_, i) => i).sort((a, b) => st[a]! - st[b]! || sk[a]! - sk[b]!);
    this.scriptT = order.map((i) => st[i]!);
    this.scriptK = order.map((i) => sk[i]!);
    this.scriptItems = order.map((i) => items[i]);
  }
}

function grow(a: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
