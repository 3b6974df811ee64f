// Views of one trace that the timeline, the controls and the side panels all need, computed
// once per trace (cached) so every render and every seek is a lookup, not a replay.
import type {
  Anomaly,
  AppCall,
  AppResult,
  DropReason,
  HostName,
  TcpState,
  TimerName,
  Trace,
  TraceEvent,
  TraceSegment,
} from '../core/trace.ts';
import { otherHost } from '../core/trace.ts';
import { connectionBases, relativeTo } from '../features/narration/isn-bases.ts';

export interface SegmentInfo {
  id: number;
  segment: TraceSegment;
  from: HostName;
  to: HostName;
  /** Index of the event at which the segment appears (its send; a copy: the original's send). */
  sendIndex: number;
  sendT: number;
  /** Injected as if from an earlier incarnation: no send in this run. */
  fromPast: boolean;
  end: 'deliver' | 'drop' | null;
  endIndex: number | null;
  endT: number | null;
  discarded: boolean;
  dropReason: DropReason | null;
  /** Rule that produced it (send) and the rule that decided its fate (deliver). */
  sendRule: string | null;
  deliverRule: string | null;
  /**
   * Sequence numbers relative to the latest SYN each side sent on this segment's connection
   * before it (per TCP stream, as Wireshark numbers them; isn-bases.ts).
   */
  relSeq: number;
  relAck: number | null;
  /** Where a drop happened, as a fraction of the way across (the engine drops mid-link). */
  dropFraction: number;
}

export interface StateChange {
  index: number;
  t: number;
  host: HostName;
  socket: string;
  from: TcpState;
  to: TcpState;
  rule: string;
  listener: boolean;
}

export interface TimerSpan {
  host: HostName;
  socket: string;
  timer: TimerName;
  setIndex: number;
  setT: number;
  due: number;
  rto: number | null;
  outcome: 'fire' | 'cancel' | 'pending';
  endIndex: number | null;
  endT: number;
}

export interface AppMark {
  host: HostName;
  call: AppCall;
  /** When the call was made (for blocking calls, earlier than the return). */
  startIndex: number;
  startT: number;
  /** When it returned; equal to start for calls that return at once. */
  index: number;
  t: number;
  result: AppResult | null;
  bytes: number | null;
}

export interface LaneStatus {
  index: number;
  /** The state shown big on the lane: the connection socket, or the listener if none. */
  state: TcpState;
  /** The listening socket's state, when the host has one. */
  listener: TcpState | null;
}

export interface AnomalyMark {
  anomaly: Anomaly;
  index: number;
}

export interface TraceIndex {
  segments: SegmentInfo[];
  byId: Map<number, SegmentInfo>;
  stateChanges: StateChange[];
  listenerSockets: ReadonlySet<string>;
  timers: TimerSpan[];
  appMarks: AppMark[];
  lane: Record<HostName, LaneStatus[]>;
  anomalies: AnomalyMark[];
  /** The profile the run followed (the trace summary's). */
  profile: string;
}

const cache = new WeakMap<Trace, TraceIndex>();

export function indexTrace(trace: Trace): TraceIndex {
  let found = cache.get(trace);
  if (!found) {
    found = build(trace);
    cache.set(trace, found);
  }
  return found;
}

function build(trace: Trace): TraceIndex {
  const events = trace.events;
  const byId = new Map<number, SegmentInfo>();
  const segments: SegmentInfo[] = [];
  const stateChanges: StateChange[] = [];
  const listenerSockets = new Set<string>();
  const timers: TimerSpan[] = [];
  const openTimers = new Map<string, TimerSpan>();
  const appMarks: AppMark[] = [];
  const pendingCalls = new Map<string, { e: TraceEvent & { type: 'app' }; index: number }>();
  const lane: Record<HostName, LaneStatus[]> = { client: [], server: [] };
  const socketState = new Map<string, TcpState>();
  const socketOrder: Record<HostName, string[]> = { client: [], server: [] };

  const addSegment = (
    seg: TraceSegment,
    index: number,
    t: number,
    sendRule: string | null,
    fromPast: boolean,
  ): SegmentInfo => {
    const info: SegmentInfo = {
      id: seg.id,
      segment: seg,
      from: seg.from,
      to: otherHost(seg.from),
      sendIndex: index,
      sendT: t,
      fromPast,
      end: null,
      endIndex: null,
      endT: null,
      discarded: false,
      dropReason: null,
      sendRule,
      deliverRule: null,
      dropFraction: 0.5,
      relSeq: seg.seq,
      relAck: seg.ack,
    };
    byId.set(seg.id, info);
    segments.push(info);
    return info;
  };

  /** A segment seen first at its arrival: a copy (leaves with its original) or an injection. */
  const arriving = (seg: TraceSegment, index: number, t: number): SegmentInfo => {
    const known = byId.get(seg.id);
    if (known) return known;
    const original = seg.copyOf !== undefined ? byId.get(seg.copyOf) : undefined;
    if (original)
      return addSegment(seg, original.sendIndex, original.sendT, original.sendRule, false);
    return addSegment(seg, index, t, null, true);
  };

  const laneStatus = (host: HostName, index: number): void => {
    let listener: TcpState | null = null;
    let main: TcpState | null = null;
    let lastConnection: TcpState | null = null;
    for (const id of socketOrder[host]) {
      const st = socketState.get(id)!;
      if (listenerSockets.has(id)) {
        listener = st;
        continue;
      }
      lastConnection = st;
      // Only an open connection (not CLOSED, not back in LISTEN) is the lane's main state.
      if (st !== 'CLOSED' && st !== 'LISTEN') main = st;
    }
    // Nothing open: a connection that ended reads as CLOSED, as the diagram and the narration
    // say (the listener's LISTEN is shown beside it); a child that went back to LISTEN (RST in
    // SYN-RECEIVED, "LISTEN again") leaves the listener's state, as if it had never been.
    const state = main ?? (lastConnection === 'CLOSED' ? 'CLOSED' : (listener ?? 'CLOSED'));
    lane[host].push({ index, state, listener });
  };

  events.forEach((e, index) => {
    switch (e.type) {
      case 'send':
        addSegment(e.segment, index, e.t, e.rule, false);
        break;
      case 'deliver': {
        const info = arriving(e.segment, index, e.t);
        info.end = 'deliver';
        info.endIndex = index;
        info.endT = e.t;
        info.discarded = e.discarded;
        info.deliverRule = e.rule;
        break;
      }
      case 'drop': {
        const info = byId.get(e.segment.id) ?? arriving(e.segment, index, e.sentAt);
        info.end = 'drop';
        info.endIndex = index;
        info.endT = e.t;
        info.dropReason = e.reason;
        break;
      }
      case 'state': {
        if (e.from === 'CLOSED' && e.to === 'LISTEN') listenerSockets.add(e.socket);
        if (!socketState.has(e.socket)) socketOrder[e.host].push(e.socket);
        socketState.set(e.socket, e.to);
        stateChanges.push({
          index,
          t: e.t,
          host: e.host,
          socket: e.socket,
          from: e.from,
          to: e.to,
          rule: e.rule,
          listener: listenerSockets.has(e.socket),
        });
        laneStatus(e.host, index);
        break;
      }
      case 'timer': {
        const key = `${e.socket}/${e.timer}`;
        const open = openTimers.get(key);
        if (open) {
          open.outcome = e.action === 'set' ? 'cancel' : e.action;
          open.endIndex = index;
          open.endT = e.t;
          openTimers.delete(key);
        }
        if (e.action === 'set') {
          const span: TimerSpan = {
            host: e.host,
            socket: e.socket,
            timer: e.timer,
            setIndex: index,
            setT: e.t,
            due: e.due ?? e.t,
            rto: e.rto ?? null,
            outcome: 'pending',
            endIndex: null,
            endT: e.due ?? e.t,
          };
          timers.push(span);
          openTimers.set(key, span);
        }
        break;
      }
      case 'app': {
        const key = `${e.host}/${e.call}`;
        if (e.result === undefined) {
          pendingCalls.set(key, { e, index });
          break;
        }
        const start = pendingCalls.get(key);
        pendingCalls.delete(key);
        appMarks.push({
          host: e.host,
          call: e.call,
          startIndex: start ? start.index : index,
          startT: start ? start.e.t : e.t,
          index,
          t: e.t,
          result: e.result,
          bytes: e.bytes ?? null,
        });
        break;
      }
    }
  });
  // Calls still blocked when the run ended.
  for (const { e, index } of pendingCalls.values()) {
    appMarks.push({
      host: e.host,
      call: e.call,
      startIndex: index,
      startT: e.t,
      index,
      t: e.t,
      result: null,
      bytes: e.bytes ?? null,
    });
  }
  appMarks.sort((a, b) => a.index - b.index);
  segments.sort((a, b) => a.sendIndex - b.sendIndex || a.id - b.id);
  // Relative numbers: offsets from the ISNs of the segment's own connection.
  const bases = connectionBases(events);
  for (const s of segments) {
    // A captured segment carries Wireshark's relative numbers (they also cover a missing SYN).
    const captured = s.segment as TraceSegment & {
      seqRelative?: number;
      ackRelative?: number | null;
    };
    if (captured.seqRelative !== undefined) {
      s.relSeq = captured.seqRelative;
      s.relAck = captured.ackRelative ?? null;
      continue;
    }
    const own = bases.get(s.id);
    s.relSeq = relativeTo(s.segment.seq, own?.[s.from] ?? null);
    s.relAck = s.segment.ack === null ? null : relativeTo(s.segment.ack, own?.[s.to] ?? null);
  }

  // Each anomaly at the event that starts it: a state change (a phantom opens as its socket
  // becomes ESTABLISHED), or for old data the application's receive that takes it.
  const anomalies = trace.summary.anomalies.map((anomaly) => {
    const ownType = anomaly.kind === 'stale-data-delivered' ? 'app' : 'state';
    let index = events.findIndex(
      (e) => e.type === ownType && e.socket === anomaly.socket && e.t === anomaly.t,
    );
    if (index < 0) index = events.findIndex((e) => e.t >= anomaly.t);
    return { anomaly, index: index < 0 ? events.length - 1 : index };
  });

  return {
    segments,
    byId,
    stateChanges,
    listenerSockets,
    timers,
    appMarks,
    lane,
    anomalies,
    profile: trace.summary.profile,
  };
}

/** The lane's status after `applied` events of the trace (binary search over its changes). */
export function laneStatusAt(index: TraceIndex, host: HostName, applied: number): LaneStatus {
  const list = index.lane[host];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.index < applied) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? { index: -1, state: 'CLOSED', listener: null } : list[lo - 1]!;
}

/** The state change most recently applied on a host, if any: what the state diagram lights. */
export function lastStateChange(
  index: TraceIndex,
  host: HostName,
  applied: number,
): StateChange | null {
  for (let i = index.stateChanges.length - 1; i >= 0; i--) {
    const c = index.stateChanges[i]!;
    if (c.index < applied && c.host === host) return c;
  }
  return null;
}
