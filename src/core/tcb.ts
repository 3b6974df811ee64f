// The transmission control block (RFC 9293 §3.3.1) and the per-host socket table.

import type { HostName, SegmentOptions, TcpState } from './trace.ts';
import { seqLe, seqLt, seqAdd } from './seq.ts';
import type { TimerEntry } from './timer-entries.ts';

/** One unacknowledged piece of sequence space on the retransmission queue. */
export interface InFlight {
  seq: number;
  /** Data octets. */
  data: number;
  syn: boolean;
  fin: boolean;
  /** When it was first sent (for the R2 give-up rule). */
  firstSentAt: number;
  /** When it was last sent (for RTT samples). */
  sentAt: number;
  /** Karn's rule: no RTT sample from a retransmitted segment. */
  retransmitted: boolean;
}

/** Text (and perhaps a FIN) that arrived ahead of RCV.NXT, held for later (SHLD-31). */
export interface HeldSegment {
  seq: number;
  len: number;
  fin: boolean;
  segId: number;
}

export type Role = 'listener' | 'active' | 'passive';

export class Tcb {
  state: TcpState = 'CLOSED';
  remotePort: number | null;
  /** MUST-11: how SYN-RECEIVED was reached. */
  opened: 'passive' | 'active' | undefined;
  /** For passive sockets: the listener that spawned it. */
  listener: Tcb | null = null;
  /** Listeners: how many half-open (SYN-RECEIVED) children they may hold, and hold now. */
  backlog = 0;
  halfOpen = 0;
  /** Listeners: when a cookie SYN,ACK was last sent (Linux tcp_synq_overflow()); cookie ACKs are checked for 2 minutes after. */
  cookieSentAt = -Infinity;
  /** The peer's address is spoofed: nothing this socket sends reaches a host. */
  spoofedPeer = false;
  /** The options on the peer's SYN, once one arrived (what our SYN,ACK may answer). */
  peerSynOptions: SegmentOptions | undefined = undefined;

  iss = 0;
  irs = 0;
  hasIss = false;
  hasIrs = false;
  sndUna = 0;
  sndNxt = 0;
  sndWnd = 0;
  sndWl1 = 0;
  sndWl2 = 0;
  maxSndWnd = 0;
  rcvNxt = 0;
  rcvWnd: number;

  // Sending side.
  /** Octets the user has asked to send that have not been segmentized yet. */
  unsent = 0;
  /** CLOSE was called: a FIN goes out once all queued data is segmentized. */
  closeRequested = false;
  finSent = false;
  inFlight: InFlight[] = [];

  // Retransmission timer (RFC 6298).
  rto: number;
  srtt = 0;
  rttvar = 0;
  hasRttSample = false;
  /** Retransmission-timer expiries that resent something, since the last new ACK (Linux icsk_retransmits). */
  retransmits = 0;
  /** The SYN or SYN-ACK had to be retransmitted: RFC 6298 (5.7) applies. */
  synRetransmitted = false;
  /** Generation counter: a timer entry in the queue is live only if its generation matches. */
  rtxGen = 0;
  rtxArmed = false;
  twGen = 0;
  twArmed = false;
  /** The engine's queue entry for each timer (timer-entries.ts); the host never reads them. */
  rtxEntry: TimerEntry | null = null;
  twEntry: TimerEntry | null = null;
  /** Last time an ACK was sent in answer to an unacceptable segment (RFC 5961 §7 throttle). */
  lastInvalidAckAt = -Infinity;

  // Receiving side.
  held: HeldSegment[] = [];
  /** RCV.NXT when nothing in `held` was found deliverable (NaN: not known); held text only waits while it is early. */
  heldCleanAt = NaN;
  /** Something arrived that must be acknowledged: the rule that asks, until output() sends it. */
  ackPending: string | null = null;

  // What the application has seen (mirrored in `app` events; kept here to decide calls).
  connectPending = false;
  bytesReceived = 0;
  bytesSent = 0;

  constructor(
    readonly id: string,
    readonly host: HostName,
    readonly localPort: number,
    remotePort: number | null,
    readonly role: Role,
    rcvWnd: number,
    rtoInitial: number,
  ) {
    this.remotePort = remotePort;
    this.rcvWnd = rcvWnd;
    this.rto = rtoInitial;
  }

  setIss(iss: number): void {
    this.iss = iss >>> 0;
    this.hasIss = true;
    this.sndUna = this.iss;
    this.sndNxt = seqAdd(this.iss, 1);
  }

  setIrs(irs: number): void {
    this.irs = irs >>> 0;
    this.hasIrs = true;
    this.rcvNxt = seqAdd(this.irs, 1);
  }

  /** RFC 9293 §3.4: SND.UNA < SEG.ACK =< SND.NXT. */
  ackAcceptable(ack: number): boolean {
    return seqLt(this.sndUna, ack) && seqLe(ack, this.sndNxt);
  }

  /** Our SYN has been acknowledged (SND.UNA > ISS). */
  synAcked(): boolean {
    return seqLt(this.iss, this.sndUna);
  }

  /** True when our FIN has been sent and acknowledged. */
  finAcked(): boolean {
    return this.finSent && this.inFlight.length === 0;
  }

  /** RFC 9293 §3.10.7.4 Table 6: is the segment (SEG.LEN counting SYN and FIN) acceptable? */
  segmentAcceptable(seq: number, segLen: number): boolean {
    const { rcvNxt, rcvWnd } = this;
    if (segLen === 0) return rcvWnd === 0 ? seq === rcvNxt : inWindow(seq, rcvNxt, rcvWnd);
    if (rcvWnd === 0) return false;
    return inWindow(seq, rcvNxt, rcvWnd) || inWindow(seqAdd(seq, segLen - 1), rcvNxt, rcvWnd);
  }
}

/** RCV.NXT =< s < RCV.NXT + RCV.WND */
function inWindow(s: number, rcvNxt: number, rcvWnd: number): boolean {
  return seqLe(rcvNxt, s) && seqLt(s, seqAdd(rcvNxt, rcvWnd));
}

/**
 * A host's sockets. Lookup follows RFC 9293 §3.10.7: a fully specified connection first,
 * then a listener on the port. Maps keep lookups O(1) when thousands of connections exist.
 */
export class SocketTable {
  private readonly connections = new Map<number, Tcb>();
  private readonly listeners = new Map<number, Tcb>();
  /** Every live socket in creation order (for crash and the end-of-run summary). */
  private readonly order = new Set<Tcb>();

  get all(): Iterable<Tcb> {
    return this.order;
  }

  add(tcb: Tcb): void {
    if (tcb.role === 'listener') this.listeners.set(tcb.localPort, tcb);
    else this.connections.set(key(tcb.localPort, tcb.remotePort ?? 0), tcb);
    this.order.add(tcb);
  }

  remove(tcb: Tcb): void {
    if (tcb.role === 'listener') {
      if (this.listeners.get(tcb.localPort) === tcb) this.listeners.delete(tcb.localPort);
    } else {
      const k = key(tcb.localPort, tcb.remotePort ?? 0);
      if (this.connections.get(k) === tcb) this.connections.delete(k);
    }
    this.order.delete(tcb);
  }

  clear(): Tcb[] {
    const all = [...this.order];
    this.order.clear();
    this.connections.clear();
    this.listeners.clear();
    return all;
  }

  connection(localPort: number, remotePort: number): Tcb | undefined {
    return this.connections.get(key(localPort, remotePort));
  }

  listener(localPort: number): Tcb | undefined {
    return this.listeners.get(localPort);
  }
}

function key(localPort: number, remotePort: number): number {
  return localPort * 65536 + remotePort;
}
