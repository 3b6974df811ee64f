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
  // The script: entries scheduled before the first pop, in key order once `started`.
  private scriptT = new Float64Array(16);
  private scriptK = new Float64Array(16);
  private scriptItems: T[] = [];
  private scriptLength = 0;
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

  get size(): number {
    return this.heapLength + this.scriptLength - this.scriptNext;
  }

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
      this.pushScript(t, k, item);
      return;
    }
    let i = this.heapLength++;
    if (i === this.heapT.length) this.growHeap();
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
    const s = this.scriptNext < this.scriptLength ? this.scriptT[this.scriptNext]! : Infinity;
    const h = this.heapLength > 0 ? this.heapT[0]! : Infinity;
    return s < h ? s : h;
  }

  /** Remove and return the next entry (undefined when the queue is empty). */
  pop(): T | undefined {
    if (!this.started) this.start();
    const si = this.scriptNext;
    if (si < this.scriptLength) {
      const st = this.scriptT[si]!;
      if (
        this.heapLength === 0 ||
        st < this.heapT[0]! ||
        (st === this.heapT[0]! && this.scriptK[si]! < this.heapK[0]!)
      ) {
        this.scriptNext = si + 1;
        this.lastTime = st;
        this.lastKey = this.scriptK[si]!;
        const item = this.scriptItems[si]!;
        // Released as it is consumed: a finished script entry holds nothing alive.
        (this.scriptItems as (T | undefined)[])[si] = undefined;
        return item;
      }
    }
    return this.popHeap();
  }

  private popHeap(): T | undefined {
    const n = this.heapLength;
    if (n === 0) return undefined;
    const ht = this.heapT;
    const hk = this.heapK;
    const items = this.heapItems;
    const top = items[0];
    this.lastTime = ht[0]!;
    this.lastKey = hk[0]!;
    const last = n - 1;
    this.heapLength = last;
    const t = ht[last]!;
    const k = hk[last]!;
    const item = items[last];
    items[last] = undefined;
    if (last > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        let c = l;
        if (r < last) {
          const rt = ht[r]!;
          const lt = ht[l]!;
          if (rt < lt || (rt === lt && hk[r]! < hk[l]!)) c = r;
        }
        const ct = ht[c]!;
        if (t < ct || (t === ct && k < hk[c]!)) break;
        ht[i] = ct;
        hk[i] = hk[c]!;
        items[i] = items[c];
        i = c;
      }
      ht[i] = t;
      hk[i] = k;
      items[i] = item;
    }
    return top;
  }

  private pushScript(t: number, k: number, item: T): void {
    const i = this.scriptLength++;
    if (i === this.scriptT.length) {
      this.scriptT = grow(this.scriptT);
      this.scriptK = grow(this.scriptK);
    }
    this.scriptT[i] = t;
    this.scriptK[i] = k;
    this.scriptItems.push(item);
  }

  /** Sort the script by key, unless it is in order already (scenarios usually are). */
  private start(): void {
    this.started = true;
    const n = this.scriptLength;
    const st = this.scriptT;
    const sk = this.scriptK;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) {
      if (st[i - 1]! > st[i]! || (st[i - 1] === st[i] && sk[i - 1]! > sk[i]!)) sorted = false;
    }
    if (sorted) return;
    const index = Array.from({ length: n }, (_, i) => i);
    // Keys are unique (orders are), so the comparison is a total order: no ties to break.
    index.sort((a, b) => (st[a]! < st[b]! ? -1 : st[a]! > st[b]! ? 1 : sk[a]! - sk[b]!));
    const t2 = new Float64Array(st.length);
    const k2 = new Float64Array(sk.length);
    const items2: T[] = [];
    for (let i = 0; i < n; i++) {
      const j = index[i]!;
      t2[i] = st[j]!;
      k2[i] = sk[j]!;
      items2.push(this.scriptItems[j]!);
    }
    this.scriptT = t2;
    this.scriptK = k2;
    this.scriptItems = items2;
  }

  private growHeap(): void {
    this.heapT = grow(this.heapT);
    this.heapK = grow(this.heapK);
  }
}

function grow(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
