// TCB timers in the event queue: one entry per timer, not one per arming.
//
// A retransmission timer is re-armed on nearly every ACK, almost always for later than it
// was due. With an entry per arming, each re-arm left the old entry in the queue, dead, until
// its time came (a second or more): in a bulk transfer a thousand dead entries deepened the
// heap and were each pushed and popped for nothing. Here a timer keeps one entry, which
// stands for its latest arming: an arming for later only records its time and key (the key
// reserved when it is armed, so its place among same-instant entries is the one its own
// entry would have had); when the entry comes up before that, it is queued again there. An
// arming for earlier than the entry gets an entry of its own, and the old one is dead.
//
// The trace is the same as with an entry per arming: dead entries did nothing. What they
// did do was count for the end of the run (Simulation.endReason()): a run that reaches the
// event limit stops with 'event-limit' if any entry at or before `until` is still to come,
// dead or not. So the armings that never get an entry of their own (`skipped` below) are
// remembered, those at the latest time only, with what is needed to tell whether an entry
// per arming would still have been waiting when the run ended.

import { RANK_TIMER } from './event-queue.ts';
import type { Tcb } from './tcb.ts';
import type { TimerName } from './trace.ts';

/** The queue entry kind the engine dispatches to TimerEntries.due(). */
export const TIMER_KIND = 2;

export class TimerEntry {
  // Declared and set once in the constructor (class fields would define each first).
  declare readonly kind: typeof TIMER_KIND;
  declare readonly tcb: Tcb;
  declare readonly timer: TimerName;
  /** Where the entry is queued (time, key). */
  declare queuedTime: number;
  declare queuedKey: number;
  /** The latest arming: its time and key, how many entries had run when it was made, and the host's generation then. */
  declare dueTime: number;
  declare dueKey: number;
  declare dueAfterPops: number;
  declare generation: number;
  constructor(
    tcb: Tcb,
    timer: TimerName,
    due: number,
    key: number,
    afterPops: number,
    generation: number,
  ) {
    this.kind = TIMER_KIND;
    this.tcb = tcb;
    this.timer = timer;
    this.queuedTime = due;
    this.queuedKey = key;
    this.dueTime = due;
    this.dueKey = key;
    this.dueAfterPops = afterPops;
    this.generation = generation;
  }
}

/** What TimerEntries needs of the event queue. */
export interface TimerQueue {
  reserve(rank: number): number;
  pushKeyed(t: number, key: number, item: TimerEntry): void;
}

export class TimerEntries {
  /** Entries run so far, and the time of the last. */
  private pops = 0;
  private lastTime = -Infinity;
  /**
   * Armings at or before `until` that never got an entry of their own, at the latest such
   * time: their keys, how many entries had run when each was made, and whether an entry
   * with a larger key has run at that time since (an entry per arming would have run first).
   */
  private skippedTime = -Infinity;
  private readonly skippedKeys: number[] = [];
  private readonly skippedAfterPops: number[] = [];
  private readonly skippedPassed: boolean[] = [];

  constructor(
    private readonly queue: TimerQueue,
    private readonly until: number,
  ) {}

  /** The engine ran an entry (any kind) at time `t` with this key. */
  popped(t: number, key: number): void {
    if (t === this.skippedTime) this.passSkipped(key);
    this.lastTime = t;
    this.pops++;
  }

  private passSkipped(key: number): void {
    for (let s = 0; s < this.skippedKeys.length; s++) {
      if (this.skippedAfterPops[s]! <= this.pops && this.skippedKeys[s]! < key)
        this.skippedPassed[s] = true;
    }
  }

  /** Arm `tcb`'s `timer` for time `due`; `generation` is the host's for this arming. */
  arm(tcb: Tcb, timer: TimerName, due: number, generation: number): void {
    const key = this.queue.reserve(RANK_TIMER);
    const entry = timer === 'retransmit' ? tcb.rtxEntry : tcb.twEntry;
    if (entry && entry.queuedTime <= due) {
      // The entry comes up first and moves on to this arming.
      this.skip(entry);
      entry.dueTime = due;
      entry.dueKey = key;
      entry.dueAfterPops = this.pops;
      entry.generation = generation;
      return;
    }
    if (entry) this.skip(entry); // superseded: it is dead when it comes up
    const fresh = new TimerEntry(tcb, timer, due, key, this.pops, generation);
    setLive(tcb, timer, fresh);
    this.queue.pushKeyed(due, key, fresh);
  }

  /**
   * `entry` came up (at the time and key the queue just popped): true when its arming is due
   * now (the host decides whether it is still armed), false when it was dead or moved on.
   */
  due(entry: TimerEntry, time: number, key: number): boolean {
    const tcb = entry.tcb;
    if ((entry.timer === 'retransmit' ? tcb.rtxEntry : tcb.twEntry) !== entry) return false;
    if (time !== entry.dueTime || key !== entry.dueKey) {
      entry.queuedTime = entry.dueTime;
      entry.queuedKey = entry.dueKey;
      this.queue.pushKeyed(entry.dueTime, entry.dueKey, entry);
      return false;
    }
    setLive(tcb, entry.timer, null);
    return true;
  }

  /**
   * At the end of a run: would an entry per arming have left one at or before `until` still
   * waiting after the last entry run? Only skipped armings can be such entries (every other
   * entry at or before `until` ran). One at a later time than the last entry would; one at
   * the same instant would unless an entry run after it was armed had a larger key (the
   * queue would have taken the skipped one first: `skippedPassed`).
   */
  skippedStillWaiting(): boolean {
    if (this.skippedTime !== this.lastTime) return this.skippedTime > this.lastTime;
    return this.skippedPassed.includes(false);
  }

  /** The arming `entry` stands for will get no entry of its own (unless it is where `entry` is queued). */
  private skip(entry: TimerEntry): void {
    if (entry.dueTime === entry.queuedTime && entry.dueKey === entry.queuedKey) return;
    const t = entry.dueTime;
    if (t > this.until || t < this.skippedTime) return;
    if (t > this.skippedTime) {
      this.skippedTime = t;
      this.skippedKeys.length = 0;
      this.skippedAfterPops.length = 0;
      this.skippedPassed.length = 0;
    }
    this.skippedKeys.push(entry.dueKey);
    this.skippedAfterPops.push(entry.dueAfterPops);
    this.skippedPassed.push(false);
  }
}

function setLive(tcb: Tcb, timer: TimerName, entry: TimerEntry | null): void {
  if (timer === 'retransmit') tcb.rtxEntry = entry;
  else tcb.twEntry = entry;
}
