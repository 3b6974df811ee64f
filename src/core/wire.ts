// What a TCP host needs from the simulation around it: the clock, a way to put segments
// on the network, timers, and the trace. The engine implements it; tests can too.

import type { Profile } from './profile.ts';
import type { Protocol } from './scenario.ts';
import type { Tcb } from './tcb.ts';
import type { AppCall, AppEvent, HostName, TcpState, TimerName, TraceSegment } from './trace.ts';

/** The optional fields of an `app` event, written in this order. */
export type AppExtra = Partial<Pick<AppEvent, 'result' | 'bytes' | 'port' | 'peerPort' | 'listener' | 'segment'>>;

export interface Wire {
  readonly now: number;
  readonly protocol: Protocol;
  readonly profile: Profile;
  readonly timeWaitMs: number;
  /** The secret SYN cookies are keyed with (src/core/syn-cookie.ts). */
  readonly cookieKey: number;
  /** The id for a new segment (ids count up in the order segments are made). */
  newSegmentId(): number;
  /**
   * Put a segment (made with newSegment(), options and marks added) on the link, sent by
   * `tcb` if any; `cause` is the id of the segment being answered. A `spoofed` segment is
   * addressed to a forged source: it leaves the sender and reaches no host.
   */
  transmit(tcb: Tcb | null, seg: TraceSegment, bits: number, rule: string, cause: number | null): void;
  state(tcb: Tcb, to: TcpState, rule: string): void;
  /** Arm a timer `delay` ms from now; returns nothing, the host tracks generations. */
  timerSet(tcb: Tcb, timer: TimerName, delay: number, generation: number, rto?: number): void;
  timerEvent(tcb: Tcb, timer: TimerName, action: 'fire' | 'cancel'): void;
  app(host: HostName, tcb: Tcb | null, call: AppCall, extra?: AppExtra): void;
  /** app(tcb.host, tcb, 'receive', { result: 'ok', bytes, segment }), the one made per segment of data. */
  received(tcb: Tcb, bytes: number, segment: number): void;
  chooseIss(host: HostName, localPort: number, remotePort: number): number;
  newSocketId(host: HostName): string;
}
