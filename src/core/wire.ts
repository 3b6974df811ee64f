// What a TCP host needs from the simulation around it: the clock, a way to put segments
// on the network, timers, and the trace. The engine implements it; tests can too.

import type { Profile } from './profile.ts';
import type { Protocol } from './scenario.ts';
import type { Tcb } from './tcb.ts';
import type { AppCall, AppEvent, HostName, SegmentOptions, TcpState, TimerName } from './trace.ts';

export interface OutSegment {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number | null;
  bits: number;
  len: number;
  wnd: number;
  retransmission?: boolean;
  /** Addressed to a spoofed source address: it leaves the sender and reaches no host. */
  spoofed?: boolean;
  options?: SegmentOptions;
}

export interface Wire {
  readonly now: number;
  readonly protocol: Protocol;
  readonly profile: Profile;
  readonly timeWaitMs: number;
  /** The secret SYN cookies are keyed with (src/core/syn-cookie.ts). */
  readonly cookieKey: number;
  /** Put a segment on the link; `cause` is the id of the segment being answered. */
  transmit(from: HostName, tcb: Tcb | null, out: OutSegment, rule: string, cause: number | null): void;
  state(tcb: Tcb, to: TcpState, rule: string): void;
  /** Arm a timer `delay` ms from now; returns nothing, the host tracks generations. */
  timerSet(tcb: Tcb, timer: TimerName, delay: number, generation: number, rto?: number): void;
  timerEvent(tcb: Tcb, timer: TimerName, action: 'fire' | 'cancel'): void;
  app(
    host: HostName,
    tcb: Tcb | null,
    call: AppCall,
    extra?: Partial<Pick<AppEvent, 'result' | 'bytes' | 'port' | 'peerPort' | 'listener' | 'segment'>>,
  ): void;
  chooseIss(host: HostName, localPort: number, remotePort: number): number;
  newSocketId(host: HostName): string;
}
