// Questions the narration asks of the trace around one event: what the host did in
// reaction to a delivered segment, which ISN a socket chose, when a timer was set, whether
// a lost segment was sent again. All pure lookups over the event array.

import type {
  HostName,
  SendEvent,
  StateEvent,
  TimerEvent,
  TimerName,
  TraceEvent,
  TraceSegment,
} from '../../core/trace.ts';

/**
 * The events a host produced in reaction to the event at `index`: those that follow it at
 * the same virtual time, up to the next segment arrival or loss, timer expiry or user call.
 */
export function reactionTo(events: readonly TraceEvent[], index: number): TraceEvent[] {
  const start = events[index];
  if (!start) return [];
  const out: TraceEvent[] = [];
  for (let i = index + 1; i < events.length; i++) {
    const e = events[i]!;
    if (e.t !== start.t) break;
    if (e.type === 'deliver' || e.type === 'drop') break;
    if (e.type === 'timer' && e.action === 'fire') break;
    if (e.type === 'app' && e.result === undefined) break; // a new user call starts
    if (
      e.type === 'app' &&
      (e.call === 'send' ||
        e.call === 'close' ||
        e.call === 'abort' ||
        e.call === 'crash' ||
        e.call === 'restart')
    )
      break;
    out.push(e);
  }
  return out;
}

/** The first segment sent in answer to segment `segId` (send.cause), searching the reaction. */
export function answerTo(
  events: readonly TraceEvent[],
  index: number,
  segId: number,
): SendEvent | undefined {
  return reactionTo(events, index).find(
    (e): e is SendEvent => e.type === 'send' && e.cause === segId,
  );
}

export function stateChangeIn(
  reaction: readonly TraceEvent[],
  socket: string | null,
): StateEvent | undefined {
  if (socket === null) return undefined;
  return reaction.find((e): e is StateEvent => e.type === 'state' && e.socket === socket);
}

/** The delivery that the event at `index` reacts to: the latest deliver at the same time before it. */
export function triggeringDelivery(
  events: readonly TraceEvent[],
  index: number,
): Extract<TraceEvent, { type: 'deliver' }> | undefined {
  const t = events[index]?.t;
  for (let i = index - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.t !== t) return undefined;
    if (e.type === 'deliver') return e;
    if (
      e.type === 'drop' ||
      (e.type === 'timer' && e.action === 'fire') ||
      (e.type === 'app' && e.result === undefined)
    )
      return undefined;
  }
  return undefined;
}

/**
 * Lookups by id over a whole trace, each built once on first use (a trace of 10,000 events is
 * narrated in one pass without rescanning it per event), or all at once by prepare().
 */
export class TraceIndex {
  private delivered?: Map<number, TraceSegment>;
  private iss?: Map<string, number>;
  private opened?: Map<string, 'passive' | 'active'>;
  private resends?: Map<string, number[]>;
  private timerSets?: Map<string, number[]>;
  private spaceSends?: Map<string, number[]>;
  private stateChanges?: Map<string, number[]>;

  constructor(private readonly events: readonly TraceEvent[]) {}

  /**
   * Builds every lookup now. The page calls it when idle after a run arrives: the first
   * sentence asked of a long trace (a seek into 10,000 events) would otherwise pay for these
   * passes over it, in cold code, within the frame of the seek.
   */
  prepare(): void {
    this.deliveredById();
    this.openedBySocket();
    this.issBySocket();
    this.resendsByKey();
    this.timerSetsByKey();
    this.spaceSendsBySocket();
    this.stateChangesBySocket();
  }

  /** A segment that arrived somewhere, by id. */
  deliveredSegment(id: number): TraceSegment | undefined {
    return this.deliveredById().get(id);
  }

  /** How a socket reached SYN-RECEIVED: from LISTEN (passive) or SYN-SENT (active, a simultaneous open). */
  openedHow(socket: string): 'passive' | 'active' | undefined {
    return this.openedBySocket().get(socket);
  }

  /** A socket's initial send sequence number (chosen once, carried by its state events). */
  socketIss(socket: string | null): number | undefined {
    return socket === null ? undefined : this.issBySocket().get(socket);
  }

  /** The first retransmission after `index` of the same segment by the same host (same port, flags and seq). */
  laterResend(index: number, seg: TraceSegment): SendEvent | undefined {
    const at = this.resendsByKey()
      .get(resendKey(seg))
      ?.find((i) => i > index);
    return at === undefined ? undefined : (this.events[at] as SendEvent);
  }

  /** The most recent `set` of a socket's timer before `index`. */
  lastTimerSet(index: number, socket: string, timer: TimerName): TimerEvent | undefined {
    const at = lastBelow(this.timerSetsByKey().get(`${socket} ${timer}`), index);
    return at === undefined ? undefined : (this.events[at] as TimerEvent);
  }

  /** The last segment before `index` that a socket sent occupying sequence space (SYN, FIN or data). */
  lastSpaceSend(index: number, socket: string): TraceSegment | undefined {
    const at = lastBelow(this.spaceSendsBySocket().get(socket), index);
    return at === undefined ? undefined : (this.events[at] as SendEvent).segment;
  }

  /** The state a socket was in just before the event at `index` (undefined: none yet). */
  stateBefore(index: number, socket: string | null): StateEvent['to'] | undefined {
    if (socket === null) return undefined;
    const at = lastBelow(this.stateChangesBySocket().get(socket), index);
    return at === undefined ? undefined : (this.events[at] as StateEvent).to;
  }

  private deliveredById(): Map<number, TraceSegment> {
    if (!this.delivered) {
      this.delivered = new Map();
      for (const e of this.events)
        if (e.type === 'deliver') this.delivered.set(e.segment.id, e.segment);
    }
    return this.delivered;
  }

  private openedBySocket(): Map<string, 'passive' | 'active'> {
    if (!this.opened) {
      this.opened = new Map();
      for (const e of this.events)
        if (e.type === 'state' && e.opened !== undefined) this.opened.set(e.socket, e.opened);
    }
    return this.opened;
  }

  private issBySocket(): Map<string, number> {
    if (!this.iss) {
      this.iss = new Map();
      for (const e of this.events)
        if (e.type === 'state' && e.iss !== undefined && !this.iss.has(e.socket))
          this.iss.set(e.socket, e.iss);
    }
    return this.iss;
  }

  private resendsByKey(): Map<string, number[]> {
    if (!this.resends) {
      const resends = (this.resends = new Map());
      this.events.forEach((e, i) => {
        if (e.type === 'send' && e.segment.retransmission) push(resends, resendKey(e.segment), i);
      });
    }
    return this.resends;
  }

  private timerSetsByKey(): Map<string, number[]> {
    if (!this.timerSets) {
      const sets = (this.timerSets = new Map());
      this.events.forEach((e, i) => {
        if (e.type === 'timer' && e.action === 'set') push(sets, `${e.socket} ${e.timer}`, i);
      });
    }
    return this.timerSets;
  }

  private spaceSendsBySocket(): Map<string, number[]> {
    if (!this.spaceSends) {
      const sends = (this.spaceSends = new Map());
      this.events.forEach((e, i) => {
        if (e.type !== 'send' || e.socket === null) return;
        const s = e.segment;
        if (s.len > 0 || s.flags.includes('SYN') || s.flags.includes('FIN'))
          push(sends, e.socket, i);
      });
    }
    return this.spaceSends;
  }

  private stateChangesBySocket(): Map<string, number[]> {
    if (!this.stateChanges) {
      const changes = (this.stateChanges = new Map());
      this.events.forEach((e, i) => {
        if (e.type === 'state') push(changes, e.socket, i);
      });
    }
    return this.stateChanges;
  }
}

const indexes = new WeakMap<readonly TraceEvent[], TraceIndex>();

/**
 * The lookups of a trace, one per event array: every narrator of the same run (another
 * language, the other numbering mode) asks the same questions of the same events, so a switch
 * reuses the passes already made (and prepared) instead of making them again.
 */
export function traceIndexOf(events: readonly TraceEvent[]): TraceIndex {
  let index = indexes.get(events);
  if (!index) indexes.set(events, (index = new TraceIndex(events)));
  return index;
}

/** The last entry of an ascending list that is below `index` (binary search). */
function lastBelow(list: readonly number[] | undefined, index: number): number | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function resendKey(seg: TraceSegment): string {
  return `${seg.from} ${seg.srcPort} ${seg.seq} ${seg.flags.join()}`;
}

export function peerOf(host: HostName): HostName {
  return host === 'client' ? 'server' : 'client';
}
