// The trace: the one data type every consumer reads (CLI JSON, worker output, timeline,
// narration, analysis, pcap export). It is a public format (issue #2 §4): fields may be
// added, never renamed or removed.

export type HostName = 'client' | 'server';

/** Control flags in the canonical order used everywhere in the trace. */
export const FLAG_NAMES = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

/** The RFC 9293 §3.3.2 state names. */
export const STATE_NAMES = [
  'CLOSED',
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
] as const;
export type TcpState = (typeof STATE_NAMES)[number];

/**
 * TCP options a segment carries (SYN and SYN,ACK only, where the profile models them):
 * MSS (RFC 9293 §3.7.1), SACK-permitted (RFC 2018), timestamps (RFC 7323 §3) and window
 * scale (RFC 7323 §2). Written on the wire in Linux's order: MSS, SACK_PERM, TS, NOP, WS.
 */
export interface SegmentOptions {
  mss?: number;
  sackPermitted?: boolean;
  timestamp?: { value: number; echo: number };
  /** The shift count this sender will apply to the windows it advertises after the SYN. */
  windowScale?: number;
}

export interface TraceSegment {
  /** Unique within a run; retransmissions and copies get ids of their own. */
  id: number;
  from: HostName;
  srcPort: number;
  dstPort: number;
  seq: number;
  /** null when the ACK bit is off. */
  ack: number | null;
  flags: FlagName[];
  /** Data octets (SYN and FIN are not counted here). */
  len: number;
  /** Advertised receive window. */
  wnd: number;
  /** TCP options (absent when the segment carries none). */
  options?: SegmentOptions;
  /** Set on a copy made by a `duplicate` fault: the id of the original. */
  copyOf?: number;
  /** Set on a segment injected as if from an earlier incarnation. */
  stale?: true;
  /** Set when the sender resent something already sent (RTO expiry or a profile rule). */
  retransmission?: true;
  /**
   * Set when the segment carries stale application data (a `payload` tag given to an
   * injected segment), so the UI and analysis can say what it was.
   */
  payload?: string;
  /**
   * Set on a segment whose source address is forged (an injected `spoofed` segment), and on
   * a reply addressed to such a source: that reply reaches no host (a drop, `unreachable`).
   */
  spoofed?: true;
}

/**
 * Lost in the network (fault rule or random loss), arrived at a crashed host, or sent to a
 * spoofed source address where no host answers (`unreachable`). A SYN refused by a full
 * backlog is a `deliver` with rule "L-3/backlog-full".
 */
export type DropReason = 'fault' | 'loss' | 'host-down' | 'unreachable';

export type TimerName = 'retransmit' | 'time-wait';

export type AppCall =
  | 'listen'
  | 'connect'
  | 'send'
  | 'close'
  | 'abort'
  | 'crash'
  | 'restart'
  | 'accept'
  | 'receive';

export type AppResult =
  | 'ok'
  | 'refused'
  | 'timeout'
  | 'reset'
  | 'closing'
  | 'error'
  | 'connection-exists'
  | 'no-connection';

interface EventBase {
  /** Virtual milliseconds since the start of the run. */
  t: number;
}

export interface SendEvent extends EventBase {
  type: 'send';
  host: HostName;
  /** The socket that sent it; null when no TCB exists (RFC 9293 "CLOSED" replies). */
  socket: string | null;
  segment: TraceSegment;
  /** The rule that produced it, e.g. "L-3", "SS-1", "C-1", "T-RTO", "U-OPEN" (see docs). */
  rule: string;
  /** The id of the delivered segment this one answers, if any. */
  cause: number | null;
}

export interface DeliverEvent extends EventBase {
  type: 'deliver';
  /** The receiver. */
  host: HostName;
  /** The socket that processed it, or null when no TCB matched. */
  socket: string | null;
  segment: TraceSegment;
  /** The rule that decided the segment's fate, e.g. "L-3", "O-1", "SS-5". */
  rule: string;
  /** True when the segment was discarded without changing anything (perhaps answered). */
  discarded: boolean;
}

export interface DropEvent extends EventBase {
  type: 'drop';
  reason: DropReason;
  /** The host whose link lost it (the sender), or the receiver for host-down. */
  host: HostName;
  segment: TraceSegment;
  /** When it left the sender. */
  sentAt: number;
}

export interface StateEvent extends EventBase {
  type: 'state';
  host: HostName;
  socket: string;
  port: number;
  peerPort: number | null;
  from: TcpState;
  to: TcpState;
  rule: string;
  /** The socket reached SYN-RECEIVED from LISTEN (passive) or SYN-SENT (active); MUST-11. */
  opened?: 'passive' | 'active';
  /** Initial send sequence number, once chosen. */
  iss?: number;
  /** Initial receive sequence number, once known. */
  irs?: number;
}

export interface TimerEvent extends EventBase {
  type: 'timer';
  host: HostName;
  socket: string;
  timer: TimerName;
  action: 'set' | 'fire' | 'cancel';
  /** Absolute virtual time at which it will fire (on `set`). */
  due?: number;
  /** The retransmission timeout in force (on `set` of `retransmit`). */
  rto?: number;
}

export interface AppEvent extends EventBase {
  type: 'app';
  host: HostName;
  /** null for host-wide calls (crash, restart) and calls that found no socket. */
  socket: string | null;
  call: AppCall;
  result?: AppResult;
  bytes?: number;
  port?: number;
  peerPort?: number;
  /** For `accept`: the listening socket that produced the connection. */
  listener?: string;
  /** For `receive`: the segment whose data reached the application. */
  segment?: number;
}

export type TraceEvent = SendEvent | DeliverEvent | DropEvent | StateEvent | TimerEvent | AppEvent;
export type TraceEventType = TraceEvent['type'];

export type AnomalyKind = 'phantom-connection' | 'stale-data-delivered' | 'half-open' | 'connect-failed';

export interface Anomaly {
  kind: AnomalyKind;
  host: HostName;
  /** When it started. */
  t: number;
  socket: string;
  port: number;
  peerPort: number | null;
  /** When it ended (connection torn down), if it did within the run. */
  until?: number;
  /** connect-failed: how. stale-data-delivered: how many octets. */
  result?: AppResult;
  bytes?: number;
  /** Plain-language explanation (English; the UI localises from kind and fields). */
  detail: string;
}

export interface SocketSummary {
  host: HostName;
  socket: string;
  port: number;
  peerPort: number | null;
  role: 'listener' | 'active' | 'passive';
  finalState: TcpState;
  establishedAt: number | null;
  /** What the application saw of connect(): ok, refused, timeout, reset; absent for passive. */
  connect?: AppResult;
  /** Passive sockets: when accept() returned it. */
  acceptedAt?: number;
  /** How the connection ended for the application, if it did abnormally. */
  error?: AppResult;
  bytesReceived: number;
  bytesSent: number;
}

export interface TraceSummary {
  protocol: 'three-way' | 'two-way';
  profile: string;
  seed: number;
  /** Virtual time of the last processed event. */
  endTime: number;
  eventCount: number;
  /** True when the run stopped at `until` or a safety limit with events still pending. */
  truncated: boolean;
  /** Why it stopped early, when truncated. */
  stopReason?: 'until' | 'event-limit';
  sockets: SocketSummary[];
  anomalies: Anomaly[];
}

export interface Trace {
  events: TraceEvent[];
  summary: TraceSummary;
}

export const SYNCHRONIZED_STATES: ReadonlySet<TcpState> = new Set<TcpState>([
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
]);

export function otherHost(host: HostName): HostName {
  return host === 'client' ? 'server' : 'client';
}
