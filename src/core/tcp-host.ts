// One host's TCP: the socket table, the user calls (RFC 9293 §3.10.1–§3.10.5), SEGMENT
// ARRIVES (§3.10.7) in the RFC's order, and timeouts (§3.10.8). Rule names in comments
// and in the trace (C-1, L-3, SS-4, O-5 …) are those of shared/tcp-notes.md §2.5.
//
// The two-way contrast protocol differs in exactly three places, each marked "2WH":
// the responder commits on the SYN alone, the initiator sends no third segment, and a
// retransmitted SYN is answered by resending the SYN-ACK (nothing else would ever
// acknowledge it).

import type { Action } from './scenario.ts';
import { ACK, FIN, PSH, RST, SYN, newSegment, segSpace, type Packet } from './segment.ts';
import { seqAdd, seqLe, seqLt } from './seq.ts';
import { linuxModelTimeout } from './profile.ts';
import { COOKIE_MAX_AGE, COOKIE_PERIOD_MS, cookieCount, cookieMssIndex, encodeCookie, verifyCookie, type CookieTuple } from './syn-cookie.ts';
import { SocketTable, Tcb, type InFlight } from './tcb.ts';
import { hash32 } from './prng.ts';
import { SYNCHRONIZED_STATES, type HostName, type SegmentOptions, type TcpState } from './trace.ts';
import type { Wire } from './wire.ts';

/** What became of a delivered segment: the fields of its `deliver` trace event, filled in by receive(). */
export interface Disposition {
  socket: string | null;
  rule: string;
  discarded: boolean;
}

// State tests on the per-segment path are comparisons (interned strings compare by reference), not set lookups.
const canReceiveText = (s: TcpState): boolean => s === 'ESTABLISHED' || s === 'FIN-WAIT-1' || s === 'FIN-WAIT-2';
const canSend = (s: TcpState): boolean => s === 'ESTABLISHED' || s === 'CLOSE-WAIT';
/** Linux TCP_SYNCOOKIE_VALID: cookie ACKs are checked only this long after a cookie was sent. */
const COOKIE_VALID_MS = COOKIE_MAX_AGE * COOKIE_PERIOD_MS;
/** RFC 9293 §3.7.1: the send MSS assumed when a SYN carries no MSS option. */
const DEFAULT_PEER_MSS = 536;

export class TcpHost {
  readonly sockets = new SocketTable();
  up = true;
  /** The segment being processed, so replies can name their cause. */
  private cause: number | null = null;
  /** Set by discard(): the segment being processed changed nothing. */
  private discarded = false;

  constructor(
    readonly name: HostName,
    private readonly wire: Wire,
    private readonly window: number,
    private readonly mss: number,
  ) {}

  // ───────────────────────────── user calls ─────────────────────────────

  /** A user call; `port` and `peerPort` are the action's, defaults applied. */
  call(a: Action, port: number, peerPort: number): void {
    this.cause = null;
    const w = this.wire;
    switch (a.call) {
      case 'crash':
        return this.crash();
      case 'restart':
        this.up = true;
        w.app(this.name, null, 'restart', { result: 'ok' });
        return;
      default:
        break;
    }
    if (!this.up) {
      // A crashed host runs no programs: the call is recorded so the timeline can say so.
      w.app(this.name, null, a.call, { result: 'error', port, peerPort });
      return;
    }
    switch (a.call) {
      case 'listen':
        return this.listen(port, a.backlog ?? 128);
      case 'connect':
        return this.connect(port, peerPort);
      case 'send':
        return this.send(port, peerPort, a.bytes ?? 0);
      case 'close':
        return this.close(port, peerPort);
      case 'abort':
        return this.abort(port, peerPort);
    }
  }

  private listen(port: number, backlog: number): void {
    const w = this.wire;
    if (this.sockets.listener(port)) {
      w.app(this.name, null, 'listen', { result: 'connection-exists', port });
      return;
    }
    const tcb = this.newTcb(port, null, 'listener');
    tcb.backlog = backlog;
    w.app(this.name, tcb, 'listen', { port });
    w.state(tcb, 'LISTEN', 'U-OPEN');
    tcb.state = 'LISTEN';
    w.app(this.name, tcb, 'listen', { result: 'ok', port });
  }

  private connect(port: number, peerPort: number): void {
    const w = this.wire;
    if (this.sockets.connection(port, peerPort)) {
      w.app(this.name, null, 'connect', { result: 'connection-exists', port, peerPort });
      return;
    }
    const tcb = this.newTcb(port, peerPort, 'active');
    w.app(this.name, tcb, 'connect', { port, peerPort });
    tcb.connectPending = true;
    tcb.setIss(w.chooseIss(this.name, port, peerPort));
    this.setState(tcb, 'SYN-SENT', 'U-OPEN');
    this.queueAndSend(tcb, tcb.iss, 0, true, false, 'U-OPEN');
  }

  private send(port: number, peerPort: number, bytes: number): void {
    const w = this.wire;
    const tcb = this.sockets.connection(port, peerPort);
    if (!tcb) {
      w.app(this.name, null, 'send', { result: 'no-connection', bytes, port, peerPort });
      return;
    }
    if (tcb.closeRequested || !(canSend(tcb.state) || tcb.state === 'SYN-SENT' || tcb.state === 'SYN-RECEIVED')) {
      w.app(this.name, tcb, 'send', { result: 'closing', bytes });
      return;
    }
    // SYN-SENT and SYN-RECEIVED queue the data until ESTABLISHED (RFC 9293 §3.10.2).
    tcb.unsent += bytes;
    w.app(this.name, tcb, 'send', { result: 'ok', bytes });
    this.output(tcb, 'U-SEND');
  }

  private close(port: number, peerPort: number): void {
    const w = this.wire;
    const tcb = this.sockets.connection(port, peerPort) ?? this.sockets.listener(port);
    if (!tcb) {
      w.app(this.name, null, 'close', { result: 'no-connection', port, peerPort });
      return;
    }
    switch (tcb.state) {
      case 'LISTEN':
        w.app(this.name, tcb, 'close', { result: 'ok' });
        this.deleteTcb(tcb, 'U-CLOSE');
        return;
      case 'SYN-SENT':
        // No segment is sent; the pending connect() learns the connection is closing.
        w.app(this.name, tcb, 'close', { result: 'ok' });
        this.finishConnect(tcb, 'closing');
        this.deleteTcb(tcb, 'U-CLOSE');
        return;
      case 'SYN-RECEIVED':
      case 'ESTABLISHED':
      case 'CLOSE-WAIT':
        w.app(this.name, tcb, 'close', { result: 'ok' });
        tcb.closeRequested = true;
        // A simultaneous open's connect() is still pending: the user gave up on it.
        this.finishConnect(tcb, 'closing');
        // SYN-RECEIVED with data queued keeps the CLOSE until ESTABLISHED (§3.10.4).
        if (tcb.state === 'SYN-RECEIVED' && tcb.unsent > 0) return;
        this.setState(tcb, tcb.state === 'CLOSE-WAIT' ? 'LAST-ACK' : 'FIN-WAIT-1', 'U-CLOSE');
        this.output(tcb, 'U-CLOSE');
        return;
      default:
        // FIN-WAIT-*, CLOSING, LAST-ACK, TIME-WAIT: "error: connection closing".
        w.app(this.name, tcb, 'close', { result: 'closing' });
    }
  }

  private abort(port: number, peerPort: number): void {
    const w = this.wire;
    const tcb = this.sockets.connection(port, peerPort) ?? this.sockets.listener(port);
    if (!tcb) {
      w.app(this.name, null, 'abort', { result: 'no-connection', port, peerPort });
      return;
    }
    w.app(this.name, tcb, 'abort', { result: 'ok' });
    if (tcb.state === 'SYN-RECEIVED' || canReceiveText(tcb.state) || tcb.state === 'CLOSE-WAIT') {
      this.emit(tcb, tcb.sndNxt, null, RST, 0, false, 'U-ABORT');
    }
    this.finishConnect(tcb, 'reset');
    this.deleteTcb(tcb, 'U-ABORT');
  }

  /** All state is lost silently (no segment is sent); segments arriving while down are lost. */
  private crash(): void {
    const w = this.wire;
    w.app(this.name, null, 'crash', { result: 'ok' });
    this.up = false;
    for (const tcb of this.sockets.clear()) {
      this.stopTimers(tcb, true);
      w.state(tcb, 'CLOSED', 'crash');
      tcb.state = 'CLOSED';
    }
  }

  // ─────────────────────────── SEGMENT ARRIVES ───────────────────────────

  /** SEGMENT ARRIVES: process `p` and write what became of it into `d`. */
  receive(p: Packet, d: Disposition): void {
    this.cause = p.seg.id;
    const { dstPort, srcPort } = p.seg;
    const conn = this.sockets.connection(dstPort, srcPort);
    if (conn) return this.arriveAtConnection(conn, p, d);
    const listener = this.sockets.listener(dstPort);
    if (listener) return this.arriveAtListen(listener, p, d);
    return this.arriveAtClosed(p, d);
  }

  /** C-1: no TCB. Anything but a RST is answered with a RST. */
  private arriveAtClosed(p: Packet, d: Disposition): void {
    if (!(p.bits & RST)) this.resetFor(null, p, 'C-1');
    setDisposition(d, null, 'C-1', true);
  }

  private arriveAtListen(l: Tcb, p: Packet, d: Disposition): void {
    if (p.bits & RST) return setDisposition(d, l.id, 'L-1', true);
    const w = this.wire;
    if (p.bits & ACK) {
      // L-2/syncookie: an ACK of a cookie SYN,ACK opens the connection that was never stored.
      const child = p.bits & SYN ? null : this.cookieAck(l, p);
      if (child) return setDisposition(d, child.id, 'L-2/syncookie', false);
      this.resetFor(l, p, 'L-2');
      return setDisposition(d, l.id, 'L-2', true);
    }
    if (!(p.bits & SYN)) return setDisposition(d, l.id, 'L-4', true);
    const full = l.halfOpen >= l.backlog;
    const mode = w.profile.synCookies;
    if (w.protocol === 'three-way' && (mode === 'always' || (mode === 'overflow' && full))) {
      this.sendCookie(l, p);
      return setDisposition(d, l.id, 'L-3/syncookie', true);
    }
    if (full) return setDisposition(d, l.id, 'L-3/backlog-full', true);

    // L-3: a new connection. The listener stays; a child TCB carries the connection, as
    // real stacks do. The child's state begins at LISTEN so the RFC's single-TCB view
    // (LISTEN → SYN-RECEIVED → LISTEN on a reset) reads the same.
    const c = this.newTcb(l.localPort, p.seg.srcPort, 'passive');
    c.listener = l;
    if (p.seg.spoofed) c.spoofedPeer = true;
    c.state = 'LISTEN';
    c.setIrs(p.seg.seq);
    c.peerSynOptions = p.seg.options;
    c.setIss(w.chooseIss(this.name, c.localPort, p.seg.srcPort));
    this.updateSendWindow(c, p, true);
    c.opened = 'passive';
    if (w.protocol === 'two-way') {
      // 2WH: commit on the SYN alone. Our SYN is not expected to be acknowledged, so it
      // is not queued for retransmission; data from the peer can be accepted at once.
      this.setState(c, 'ESTABLISHED', 'L-3/2WH');
      this.emit(c, c.iss, c.rcvNxt, SYN | ACK, 0, false, 'L-3/2WH');
      c.sndUna = c.sndNxt;
      w.app(this.name, c, 'accept', { result: 'ok', listener: l.id });
    } else {
      this.setState(c, 'SYN-RECEIVED', 'L-3');
      this.queueAndSend(c, c.iss, 0, true, false, 'L-3');
    }
    this.acceptText(c, p, p.seg.seq + 1);
    setDisposition(d, c.id, 'L-3', false);
  }

  /** The connection a cookie from listener `l` to the sender of `p` is bound to. */
  private cookieTuple(l: Tcb, p: Packet): CookieTuple {
    const side = this.name === 'client' ? 1 : 2;
    return { key: this.wire.cookieKey, side, localPort: l.localPort, remotePort: p.seg.srcPort, peerAddr: p.seg.spoofed ? 1 : 0 };
  }

  /** L-3/syncookie (RFC 4987 §3.6): answer the SYN with a cookie as ISS and keep nothing. */
  private sendCookie(l: Tcb, p: Packet): void {
    const w = this.wire;
    const s = p.seg;
    l.cookieSentAt = w.now;
    const index = cookieMssIndex(s.options?.mss ?? DEFAULT_PEER_MSS);
    const iss = encodeCookie(this.cookieTuple(l, p), s.seq, cookieCount(w.now), index);
    const seg = newSegment(w.newSegmentId(), this.name, l.localPort, s.srcPort, iss, seqAdd(s.seq, 1), SYN | ACK, 0, l.rcvWnd);
    const options = this.synOptions(s.srcPort, s.options, true);
    if (options) seg.options = options;
    if (s.spoofed) seg.spoofed = true;
    w.transmit(l, seg, SYN | ACK, 'L-3/syncookie', this.cause);
  }

  /**
   * L-2/syncookie: an ACK at a listener that sent cookies lately. If ACK − 1 verifies as a
   * cookie for this tuple and SEQ − 1, the connection is created ESTABLISHED at once (the
   * SYN-RECEIVED step happened only in the cookie); otherwise null and L-2 applies.
   */
  private cookieAck(l: Tcb, p: Packet): Tcb | null {
    const w = this.wire;
    if (w.profile.synCookies === 'off' || w.protocol !== 'three-way' || w.now - l.cookieSentAt > COOKIE_VALID_MS) return null;
    const s = p.seg;
    const peerIsn = seqAdd(s.seq, -1);
    const iss = seqAdd(s.ack!, -1);
    if (verifyCookie(this.cookieTuple(l, p), peerIsn, iss, cookieCount(w.now)) === null) return null;
    const c = this.newTcb(l.localPort, s.srcPort, 'passive');
    c.listener = l;
    c.state = 'LISTEN';
    if (s.spoofed) c.spoofedPeer = true;
    c.opened = 'passive';
    c.setIrs(peerIsn);
    c.setIss(iss);
    c.sndUna = c.sndNxt; // the ACK acknowledges our (cookie) SYN
    this.updateSendWindow(c, p, true);
    this.establish(c, 'L-2/syncookie');
    this.acceptText(c, p, s.seq);
    this.output(c, 'L-2/syncookie');
    return c;
  }

  private arriveAtConnection(tcb: Tcb, p: Packet, d: Disposition): void {
    this.discarded = false;
    const rule = tcb.state === 'SYN-SENT' ? this.arriveSynSent(tcb, p) : this.arriveOther(tcb, p);
    setDisposition(d, tcb.id, rule, this.discarded);
  }

  /** The segment being processed is discarded (changes nothing) under `rule`. */
  private discard(rule: string): string {
    this.discarded = true;
    return rule;
  }

  /** SS-1 … SS-5. Returns the rule (through discard() when the segment is discarded). */
  private arriveSynSent(tcb: Tcb, p: Packet): string {
    const s = p.seg;
    let ackOk = false;
    if (p.bits & ACK) {
      // SS-1: SEG.ACK =< ISS or SEG.ACK > SND.NXT is unacceptable.
      if (seqLe(s.ack!, tcb.iss) || seqLt(tcb.sndNxt, s.ack!)) {
        if (p.bits & RST) return this.discard('SS-1');
        this.resetFor(tcb, p, 'SS-1');
        // Linux: the peer may have missed our SYN (an old connection answered): resend it soon.
        const soon = this.wire.profile.synSentBadAckResendMs;
        if (soon !== null && tcb.retransmits === 0 && tcb.inFlight[0]?.retransmitted === false) this.armRetransmit(tcb, soon);
        return this.discard('SS-1');
      }
      ackOk = tcb.ackAcceptable(s.ack!);
    }
    if (p.bits & RST) {
      // SS-2: only a RST that acknowledges our SYN is believed.
      if (!ackOk) return this.discard('SS-2');
      this.finishConnect(tcb, 'refused');
      this.deleteTcb(tcb, 'SS-2');
      return 'SS-2';
    }
    if (!(p.bits & SYN)) return this.discard('SS-5');

    // SS-4
    tcb.setIrs(s.seq);
    tcb.peerSynOptions = s.options;
    if (p.bits & ACK) this.acknowledge(tcb, s.ack!);
    if (seqLt(tcb.iss, tcb.sndUna)) {
      this.updateSendWindow(tcb, p, true);
      this.establish(tcb, 'SS-4');
      // 2WH: the initiator sends no third segment; data it sends later carries the ACK.
      if (this.wire.protocol !== 'two-way') this.ackLater(tcb, 'SS-4');
      this.acceptText(tcb, p, s.seq + 1);
      this.output(tcb, 'SS-4');
      return 'SS-4';
    }
    // Simultaneous open: SYN-RECEIVED (active); our SYN is resent as a SYN,ACK.
    tcb.opened = 'active';
    this.updateSendWindow(tcb, p, true);
    if (this.wire.protocol === 'two-way') {
      // 2WH: a SYN alone commits, on either side.
      this.setState(tcb, 'ESTABLISHED', 'SS-4/2WH');
      this.finishConnect(tcb, 'ok');
      this.emit(tcb, tcb.iss, tcb.rcvNxt, SYN | ACK, 0, false, 'SS-4/2WH');
      this.stopTimers(tcb, false);
      tcb.inFlight.length = 0;
      tcb.sndUna = tcb.sndNxt;
    } else {
      this.setState(tcb, 'SYN-RECEIVED', 'SS-4');
      this.emit(tcb, tcb.iss, tcb.rcvNxt, SYN | ACK, 0, false, 'SS-4');
    }
    this.acceptText(tcb, p, s.seq + 1);
    return 'SS-4';
  }

  /** SYN-RECEIVED and the synchronized states: O-1 … O-8 in order. */
  private arriveOther(tcb: Tcb, p: Packet): string {
    const w = this.wire;
    const s = p.seg;
    const prof = w.profile;

    // A retransmission of the SYN that opened this connection.
    if (p.bits === SYN && tcb.opened === 'passive' && s.seq === tcb.irs) {
      if (w.protocol === 'two-way') {
        // 2WH: answer with the SYN-ACK again; nothing else would ever tell the initiator we exist.
        this.emit(tcb, tcb.iss, seqAdd(tcb.irs, 1), SYN | ACK, 0, true, '2WH-DUP-SYN');
        return this.discard('2WH-DUP-SYN');
      }
      if (tcb.state === 'SYN-RECEIVED' && prof.dupSynInSynReceived === 'syn-ack') {
        // Linux tcp_check_req(): resend the SYN,ACK (rate-limited) and push its timer back.
        const now = w.now;
        if (now - tcb.lastInvalidAckAt >= prof.invalidAckIntervalMs) {
          tcb.lastInvalidAckAt = now;
          const head = tcb.inFlight[0];
          if (head) this.emitInFlight(tcb, head, 'O-1/dup-syn', true);
          this.armRetransmit(tcb);
        }
        return this.discard('O-1/dup-syn');
      }
    }
    // Linux (since v6.11) takes a simultaneous open's SYN,ACK at face value.
    if (
      prof.simultaneousSynAck === 'accept' && tcb.state === 'SYN-RECEIVED' && tcb.opened === 'active' &&
      p.bits === (SYN | ACK) && s.seq === tcb.irs && tcb.ackAcceptable(s.ack!)
    ) {
      this.updateSendWindow(tcb, p, true);
      this.acknowledge(tcb, s.ack!);
      this.establish(tcb, 'O-1/simultaneous');
      this.ackLater(tcb, 'O-1/simultaneous');
      this.output(tcb, 'O-1/simultaneous');
      return 'O-1/simultaneous';
    }

    // O-1: sequence number check (Table 6).
    let refuseText = false;
    const unaBefore = tcb.sndUna;
    if (!tcb.segmentAcceptable(s.seq, segSpace(p))) {
      if (tcb.rcvWnd === 0 && s.seq === tcb.rcvNxt && p.bits & (ACK | RST)) {
        // MUST-66: with a zero window no text is acceptable, but valid ACKs and RSTs are
        // still processed. The text is refused (and the refusal acknowledged) below.
        refuseText = true;
      } else if (p.bits & RST) return this.discard('O-1');
      if (tcb.state === 'TIME-WAIT' && p.bits & FIN && seqAdd(s.seq, segSpace(p)) === tcb.rcvNxt) {
        // A retransmitted FIN: acknowledge it and restart the 2 MSL timer (§3.10.7.4,
        // TIME-WAIT). Its SEQ is below RCV.NXT, so the letter of Table 6 would miss it.
        this.sendAck(tcb, 'O-5/TIME-WAIT');
        this.startTimeWait(tcb);
        return 'O-5/TIME-WAIT';
      } else if (!refuseText) {
        this.sendInvalidAck(tcb, 'O-1');
        return this.discard('O-1');
      }
    }

    // O-2: RST.
    if (p.bits & RST) {
      if (prof.rfc5961 && s.seq !== tcb.rcvNxt) {
        this.sendInvalidAck(tcb, 'O-2/challenge');
        return this.discard('O-2/challenge');
      }
      this.resetBy(tcb, 'O-2');
      return 'O-2';
    }

    // O-4: SYN (O-3, security, is not modelled).
    if (p.bits & SYN) {
      if (tcb.state === 'SYN-RECEIVED' && tcb.opened === 'passive') {
        if (prof.newSynInSynReceived === 'reset') {
          // Linux "embryonic reset": answer with a RST and drop the request.
          this.resetFor(tcb, p, 'O-4/reset');
          this.releasePassive(tcb, 'O-4/reset');
          return 'O-4/reset';
        }
        // RFC 1122 §4.2.2.20(e): return to LISTEN, no reply.
        this.releasePassive(tcb, 'O-4');
        return 'O-4';
      }
      if (prof.rfc5961) {
        this.sendInvalidAck(tcb, 'O-4/challenge');
        return this.discard('O-4/challenge');
      }
      // Legacy: an in-window SYN is an error; reset and close.
      this.resetFor(tcb, p, 'O-4');
      this.resetBy(tcb, 'O-4');
      return 'O-4';
    }

    // O-5: ACK.
    if (!(p.bits & ACK)) return this.discard('O-5');
    if (tcb.state === 'SYN-RECEIVED' || !tcb.synAcked()) {
      // Until our SYN is acknowledged only an ACK of it is acceptable. This also covers
      // FIN-WAIT-1 entered by a CLOSE in SYN-RECEIVED (§3.10.4): RFC 9293 gives that state
      // ESTABLISHED processing, which would take old text on a stale ACK; we keep the
      // SYN-RECEIVED test until the handshake has really completed.
      if (!tcb.ackAcceptable(s.ack!)) {
        this.resetFor(tcb, p, 'O-5');
        return this.discard('O-5');
      }
      this.updateSendWindow(tcb, p, true);
      this.acknowledge(tcb, s.ack!);
      if (tcb.state === 'SYN-RECEIVED') this.establish(tcb, 'O-5');
      else if (tcb.state === 'FIN-WAIT-1' && tcb.finAcked()) this.setState(tcb, 'FIN-WAIT-2', 'O-5');
    } else {
      if (prof.rfc5961 && !seqLe(seqAdd(tcb.sndUna, -tcb.maxSndWnd), s.ack!)) {
        // RFC 5961 §5: an ACK too old to be plausible draws an ACK and is discarded.
        this.sendInvalidAck(tcb, 'O-5/challenge');
        return this.discard('O-5/challenge');
      }
      if (seqLt(tcb.sndNxt, s.ack!)) {
        // Acknowledges something not yet sent.
        this.sendInvalidAck(tcb, 'O-5');
        return this.discard('O-5');
      }
      if (tcb.ackAcceptable(s.ack!)) this.acknowledge(tcb, s.ack!);
      this.updateSendWindow(tcb, p, false);
      switch (tcb.state) {
        case 'FIN-WAIT-1':
          if (tcb.finAcked()) this.setState(tcb, 'FIN-WAIT-2', 'O-5');
          break;
        case 'CLOSING':
          if (tcb.finAcked()) this.enterTimeWait(tcb, 'O-5');
          return 'O-5';
        case 'LAST-ACK':
          if (tcb.finAcked()) this.deleteTcb(tcb, 'O-5');
          return 'O-5';
        case 'TIME-WAIT':
          // "The only thing that can arrive in this state is a retransmission of the remote
          // FIN. Acknowledge it, and restart the 2 MSL timeout." A bare ACK is dropped:
          // answering it would let two ends in TIME-WAIT trade ACKs for ever.
          if (!(p.bits & FIN)) return this.discard('O-5');
          this.sendAck(tcb, 'O-5/TIME-WAIT');
          this.startTimeWait(tcb);
          return 'O-5';
        default:
          break;
      }
    }

    // O-7 text and O-8 FIN (URG, O-6, is not modelled).
    if (refuseText) {
      this.ackLater(tcb, 'O-1');
      this.output(tcb, 'O-1');
      return tcb.sndUna === unaBefore ? this.discard('O-1') : 'O-1';
    }
    this.acceptText(tcb, p, s.seq);
    this.output(tcb, 'O-5');
    // Name the step that decided the segment's fate: its FIN, its text, or its ACK.
    return p.bits & FIN ? 'O-8' : p.seg.len > 0 ? 'O-7' : 'O-5';
  }

  // ───────────────────────────── receiving ─────────────────────────────

  /**
   * O-7 and O-8 for the octets of `p` starting at sequence number `dataSeq` (after the
   * SYN, if any): in-order text is delivered, early text is held (SHLD-31), a FIN in
   * sequence closes our receiving side. States that cannot deliver yet hold everything.
   */
  private acceptText(tcb: Tcb, p: Packet, dataSeq: number): void {
    const hasFin = (p.bits & FIN) !== 0;
    const len = p.seg.len;
    if (len === 0 && !hasFin) return;
    const seq = dataSeq >>> 0;
    if (canReceiveText(tcb.state)) {
      // The usual case, nothing held and this in order, goes straight through (drainHeld()
      // would do the same with it after holding it).
      if (tcb.held.length === 0 && !seqLt(tcb.rcvNxt, seq)) this.consume(tcb, seq, len, hasFin, p.seg.id);
      else {
        tcb.held.push({ seq, len, fin: hasFin, segId: p.seg.id });
        // Early text after a loss, while nothing held could be delivered at this RCV.NXT:
        // drainHeld() would scan the whole list to find nothing.
        if (!(tcb.heldCleanAt === tcb.rcvNxt && seqLt(tcb.rcvNxt, seq))) this.drainHeld(tcb);
      }
      // In-order text, early text and a FIN are all acknowledged (RFC 9293 §3.10.7.4).
      this.ackLater(tcb, hasFin ? 'O-8' : 'O-7');
    } else if (tcb.state === 'SYN-RECEIVED') {
      // Text on a SYN waits until the connection is synchronized (RFC 9293 §3.5).
      tcb.held.push({ seq, len, fin: hasFin, segId: p.seg.id });
      tcb.heldCleanAt = NaN;
    }
    // CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT: the peer already sent its FIN; ignore text.
  }

  /** Deliver held text that is now in sequence. Returns true if anything was consumed. */
  private drainHeld(tcb: Tcb): boolean {
    let progressed = false;
    let again = true;
    while (again && tcb.held.length > 0) {
      again = false;
      for (let i = 0; i < tcb.held.length; i++) {
        const h = tcb.held[i]!;
        if (seqLt(tcb.rcvNxt, h.seq)) continue; // still early
        tcb.held.splice(i, 1);
        again = true;
        if (this.consume(tcb, h.seq, h.len, h.fin, h.segId)) progressed = true;
        break;
      }
    }
    tcb.heldCleanAt = tcb.rcvNxt;
    return progressed;
  }

  /**
   * Octets [seq, seq + len) and perhaps a FIN, with seq =< RCV.NXT: deliver what is new,
   * then the FIN if it is in sequence. Returns true if anything was consumed.
   */
  private consume(tcb: Tcb, seq: number, len: number, fin: boolean, segId: number): boolean {
    let progressed = false;
    const end = seqAdd(seq, len);
    if (seqLt(tcb.rcvNxt, end)) {
      const fresh = (end - tcb.rcvNxt) >>> 0;
      tcb.rcvNxt = end;
      tcb.bytesReceived += fresh;
      this.wire.received(tcb, fresh, segId);
      progressed = true;
    }
    if (fin && tcb.rcvNxt === end) {
      this.receiveFin(tcb);
      progressed = true;
    }
    return progressed;
  }

  /** O-8: the peer's FIN is in sequence. */
  private receiveFin(tcb: Tcb): void {
    tcb.rcvNxt = seqAdd(tcb.rcvNxt, 1);
    tcb.held.length = 0;
    // recv() returns 0: end of stream ("connection closing").
    this.wire.app(this.name, tcb, 'receive', { result: 'closing', bytes: 0 });
    switch (tcb.state) {
      case 'SYN-RECEIVED':
      case 'ESTABLISHED':
        this.setState(tcb, 'CLOSE-WAIT', 'O-8');
        break;
      case 'FIN-WAIT-1':
        if (tcb.finAcked()) this.enterTimeWait(tcb, 'O-8');
        else this.setState(tcb, 'CLOSING', 'O-8');
        break;
      case 'FIN-WAIT-2':
        this.enterTimeWait(tcb, 'O-8');
        break;
      default:
        break;
    }
  }

  // ───────────────────────────── sending ─────────────────────────────

  /** Segmentize queued data and a requested FIN; send a pending ACK if nothing else carried it. */
  private output(tcb: Tcb, rule: string): void {
    const sending = canSend(tcb.state) || tcb.state === 'FIN-WAIT-1' || tcb.state === 'LAST-ACK';
    let sent = false;
    if (sending) {
      while (tcb.unsent > 0) {
        const usable = tcb.sndWnd - ((tcb.sndNxt - tcb.sndUna) >>> 0);
        const n = Math.min(this.mss, tcb.unsent, usable);
        if (n <= 0) break;
        tcb.unsent -= n;
        tcb.bytesSent += n;
        this.queueAndSend(tcb, tcb.sndNxt, n, false, false, rule);
        sent = true;
      }
      if (tcb.closeRequested && !tcb.finSent && tcb.unsent === 0) {
        if (tcb.state === 'ESTABLISHED') this.setState(tcb, 'FIN-WAIT-1', rule);
        if (tcb.state === 'CLOSE-WAIT') this.setState(tcb, 'LAST-ACK', rule);
        tcb.finSent = true;
        this.queueAndSend(tcb, tcb.sndNxt, 0, false, true, rule);
        sent = true;
      }
    }
    if (!sent && tcb.ackPending !== null) this.sendAck(tcb, tcb.ackPending);
    tcb.ackPending = null;
  }

  /** One ACK per arriving segment, sent by output() unless data or a FIN carries it. */
  private ackLater(tcb: Tcb, rule: string): void {
    if (tcb.ackPending === null) tcb.ackPending = rule;
  }

  /** Put `data` octets (and a SYN or FIN) at `seq` on the retransmission queue and send them. */
  private queueAndSend(tcb: Tcb, seq: number, data: number, syn: boolean, fin: boolean, rule: string): void {
    const now = this.wire.now;
    const entry: InFlight = { seq, data, syn, fin, firstSentAt: now, sentAt: now, retransmitted: false };
    tcb.inFlight.push(entry);
    const space = data + (syn ? 1 : 0) + (fin ? 1 : 0);
    if (!syn) tcb.sndNxt = seqAdd(seq, space);
    this.emitInFlight(tcb, entry, rule, false);
    if (!tcb.rtxArmed) this.armRetransmit(tcb);
  }

  private emitInFlight(tcb: Tcb, e: InFlight, rule: string, retransmission: boolean): void {
    let bits = 0;
    if (e.syn) bits |= SYN;
    if (e.fin) bits |= FIN;
    if (e.data > 0 && this.wire.profile.pshOnData) bits |= PSH;
    // Everything after the first SYN carries an ACK; a SYN-RECEIVED SYN is a SYN,ACK.
    const withAck = tcb.hasIrs && tcb.state !== 'SYN-SENT';
    if (withAck) bits |= ACK;
    this.emit(tcb, e.seq, withAck ? tcb.rcvNxt : null, bits, e.data, retransmission, rule);
  }

  private sendAck(tcb: Tcb, rule: string): void {
    this.emit(tcb, tcb.sndNxt, tcb.rcvNxt, ACK, 0, false, rule);
  }

  /** An ACK in answer to an unacceptable segment, throttled per RFC 5961 §7 where the profile says so. */
  private sendInvalidAck(tcb: Tcb, rule: string): void {
    const limit = this.wire.profile.invalidAckIntervalMs;
    const now = this.wire.now;
    if (limit > 0 && now - tcb.lastInvalidAckAt < limit) return;
    tcb.lastInvalidAckAt = now;
    this.sendAck(tcb, rule);
  }

  /** RFC 9293 §3.5.2: a reset whose numbers make it acceptable to the sender of `p`. */
  private resetFor(tcb: Tcb | null, p: Packet, rule: string): void {
    const w = this.wire;
    const s = p.seg;
    const bits = p.bits & ACK ? RST : RST | ACK;
    const seq = p.bits & ACK ? s.ack! : 0;
    const ack = p.bits & ACK ? null : seqAdd(s.seq, segSpace(p));
    const seg = newSegment(w.newSegmentId(), this.name, s.dstPort, s.srcPort, seq, ack, bits, 0, 0);
    if (s.spoofed) seg.spoofed = true;
    w.transmit(tcb, seg, bits, rule, this.cause);
  }

  /** Send a segment from `tcb`; a SYN gets the options its profile and the peer's SYN allow. */
  private emit(tcb: Tcb, seq: number, ack: number | null, bits: number, len: number, retransmission: boolean, rule: string): void {
    const w = this.wire;
    const remotePort = tcb.remotePort ?? 0;
    const id = w.newSegmentId();
    const wnd = bits & RST ? 0 : tcb.rcvWnd;
    // Options come before the retransmission mark in the segment's fields.
    const options = bits & SYN ? this.synOptions(remotePort, tcb.peerSynOptions, tcb.hasIrs) : undefined;
    const seg = newSegment(id, this.name, tcb.localPort, remotePort, seq, ack, bits, len, wnd, retransmission && !options ? 'retransmission' : undefined);
    if (options) {
      seg.options = options;
      if (retransmission) seg.retransmission = true;
    }
    if (tcb.spoofedPeer) seg.spoofed = true;
    w.transmit(tcb, seg, bits, rule, this.cause);
  }

  /**
   * The options of a SYN (answering = false) or SYN,ACK: the profile's, and on a SYN,ACK only
   * those the peer's SYN offered too (RFC 7323 §2.2, §3.2; RFC 2018 §2). The timestamp clock
   * ticks in milliseconds from a per-connection offset, as Linux's (secure_tcp_ts_off()).
   */
  private synOptions(remotePort: number, peer: SegmentOptions | undefined, answering: boolean): SegmentOptions | undefined {
    const w = this.wire;
    const want = w.profile.synOptions;
    if (!want) return undefined;
    const o: SegmentOptions = { mss: want.mss };
    if (want.sackPermitted && (!answering || peer?.sackPermitted)) o.sackPermitted = true;
    if (want.timestamps && (!answering || peer?.timestamp)) {
      const offset = hash32(w.cookieKey ^ 0x7473, this.name === 'client' ? 1 : 2, remotePort);
      o.timestamp = { value: (Math.floor(w.now) + offset) >>> 0, echo: answering ? (peer?.timestamp?.value ?? 0) : 0 };
    }
    if (want.windowScale !== null && (!answering || peer?.windowScale !== undefined)) o.windowScale = want.windowScale;
    return o;
  }

  // ─────────────────────────── acknowledgements ───────────────────────────

  /** SND.UNA advances to `ack`: acked entries leave the queue, RTT is sampled (Karn), the timer follows RFC 6298 (5.2)/(5.3). */
  private acknowledge(tcb: Tcb, ack: number): void {
    if (!seqLt(tcb.sndUna, ack)) return;
    tcb.sndUna = ack;
    tcb.retransmits = 0;
    let sample: number | null = null;
    while (tcb.inFlight.length > 0) {
      const e = tcb.inFlight[0]!;
      const end = seqAdd(e.seq, e.data + (e.syn ? 1 : 0) + (e.fin ? 1 : 0));
      if (seqLt(ack, end)) break;
      tcb.inFlight.shift();
      if (!e.retransmitted) sample = this.wire.now - e.sentAt;
    }
    if (sample !== null) this.rttSample(tcb, sample);
    if (tcb.inFlight.length === 0) this.cancelRetransmit(tcb);
    else this.armRetransmit(tcb);
  }

  /** RFC 6298 (2.2)–(2.5). */
  private rttSample(tcb: Tcb, r: number): void {
    const prof = this.wire.profile;
    if (!tcb.hasRttSample) {
      tcb.srtt = r;
      tcb.rttvar = r / 2;
      tcb.hasRttSample = true;
    } else {
      tcb.rttvar = 0.75 * tcb.rttvar + 0.25 * Math.abs(tcb.srtt - r);
      tcb.srtt = 0.875 * tcb.srtt + 0.125 * r;
    }
    const rto = tcb.srtt + Math.max(prof.clockGranularityMs, 4 * tcb.rttvar);
    tcb.rto = Math.min(prof.rtoMaxMs, Math.max(prof.rtoMinMs, Math.round(rto)));
  }

  private updateSendWindow(tcb: Tcb, p: Packet, force: boolean): void {
    const s = p.seg;
    const ack = s.ack ?? tcb.sndUna;
    // RFC 9293 §3.10.7.4: update only from a segment newer than the last update.
    if (force || seqLt(tcb.sndWl1, s.seq) || (tcb.sndWl1 === s.seq && seqLe(tcb.sndWl2, ack))) {
      tcb.sndWnd = s.wnd;
      tcb.sndWl1 = s.seq;
      tcb.sndWl2 = ack;
      if (s.wnd > tcb.maxSndWnd) tcb.maxSndWnd = s.wnd;
    }
  }

  // ───────────────────────────── transitions ─────────────────────────────

  private establish(tcb: Tcb, rule: string): void {
    const prof = this.wire.profile;
    this.setState(tcb, 'ESTABLISHED', rule);
    // RFC 6298 (5.7): after a retransmitted SYN, data starts with an RTO of 3 s. "Re-initialized":
    // the backed-off value (4 s after two SYN timeouts) was the SYN's and is not carried over;
    // the "RTO less than 3 seconds" of the rule is the 1 s initial RTO that (2.1) allows in
    // place of RFC 2988's 3 s. Linux does the same when it has no RTT sample (tcp_init_metrics:
    // TCP_TIMEOUT_FALLBACK); the linux profile turns the rule off, its timestamps giving one.
    if (tcb.synRetransmitted && prof.rtoAfterSynRetransmitMs > 0) tcb.rto = prof.rtoAfterSynRetransmitMs;
    if (tcb.role === 'active') this.finishConnect(tcb, 'ok');
    else if (tcb.listener) this.wire.app(this.name, tcb, 'accept', { result: 'ok', listener: tcb.listener.id });
    // Text that rode on the SYN is delivered now; a CLOSE queued in SYN-RECEIVED goes
    // ahead in output(), which every caller runs next.
    if (tcb.held.length > 0 && this.drainHeld(tcb)) this.ackLater(tcb, 'O-7');
  }

  /** A valid RST (O-2), or a legacy in-window SYN (O-4): the connection is gone. */
  private resetBy(tcb: Tcb, rule: string): void {
    if (tcb.state === 'SYN-RECEIVED' && tcb.opened === 'passive') {
      this.releasePassive(tcb, rule);
      return;
    }
    if (tcb.state === 'SYN-RECEIVED') this.finishConnect(tcb, 'refused');
    else if (tcb.state === 'ESTABLISHED' || tcb.state === 'FIN-WAIT-1' || tcb.state === 'FIN-WAIT-2' || tcb.state === 'CLOSE-WAIT') {
      this.wire.app(this.name, tcb, 'receive', { result: 'reset' });
    }
    this.deleteTcb(tcb, rule);
  }

  /** Passive SYN-RECEIVED "returns to LISTEN": the child goes, the listener remains. */
  private releasePassive(tcb: Tcb, rule: string): void {
    this.stopTimers(tcb, true);
    this.setState(tcb, 'LISTEN', rule);
    this.sockets.remove(tcb);
  }

  private enterTimeWait(tcb: Tcb, rule: string): void {
    this.setState(tcb, 'TIME-WAIT', rule);
    this.stopTimers(tcb, true);
    this.startTimeWait(tcb);
  }

  private startTimeWait(tcb: Tcb): void {
    const w = this.wire;
    if (tcb.twArmed) w.timerEvent(tcb, 'time-wait', 'cancel');
    tcb.twGen++;
    tcb.twArmed = true;
    w.timerSet(tcb, 'time-wait', w.timeWaitMs, tcb.twGen);
  }

  private finishConnect(tcb: Tcb, result: 'ok' | 'refused' | 'timeout' | 'reset' | 'closing'): void {
    if (!tcb.connectPending) return;
    tcb.connectPending = false;
    this.wire.app(this.name, tcb, 'connect', { result });
  }

  /** Every state change goes through here, so the listener's half-open count stays right. */
  private setState(tcb: Tcb, to: TcpState, rule: string): void {
    if (tcb.state === to) return;
    const l = tcb.listener;
    if (l && tcb.state === 'SYN-RECEIVED') l.halfOpen--;
    if (l && to === 'SYN-RECEIVED') l.halfOpen++;
    this.wire.state(tcb, to, rule);
    tcb.state = to;
  }

  private deleteTcb(tcb: Tcb, rule: string): void {
    this.stopTimers(tcb, true);
    this.setState(tcb, 'CLOSED', rule);
    this.sockets.remove(tcb);
  }

  private newTcb(localPort: number, remotePort: number | null, role: Tcb['role']): Tcb {
    const w = this.wire;
    const tcb = new Tcb(w.newSocketId(this.name), this.name, localPort, remotePort, role, this.window, w.profile.rtoInitialMs);
    this.sockets.add(tcb);
    return tcb;
  }

  // ─────────────────────────────── timers ───────────────────────────────

  private armRetransmit(tcb: Tcb, delay = tcb.rto): void {
    const w = this.wire;
    if (tcb.rtxArmed) w.timerEvent(tcb, 'retransmit', 'cancel');
    tcb.rtxGen++;
    tcb.rtxArmed = true;
    w.timerSet(tcb, 'retransmit', delay, tcb.rtxGen, tcb.rto);
  }

  private cancelRetransmit(tcb: Tcb): void {
    if (!tcb.rtxArmed) return;
    tcb.rtxArmed = false;
    tcb.rtxGen++;
    this.wire.timerEvent(tcb, 'retransmit', 'cancel');
  }

  private stopTimers(tcb: Tcb, includeTimeWait: boolean): void {
    this.cancelRetransmit(tcb);
    if (includeTimeWait && tcb.twArmed) {
      tcb.twArmed = false;
      tcb.twGen++;
      this.wire.timerEvent(tcb, 'time-wait', 'cancel');
    }
  }

  /** Has the head of the queue been retried long enough? 'silent': give up without a reset. */
  private giveUp(tcb: Tcb, head: InFlight): boolean | 'silent' {
    const prof = this.wire.profile;
    const elapsed = this.wire.now - head.firstSentAt;
    if (!head.syn) return elapsed >= prof.dataGiveUpMs;
    if (tcb.state === 'SYN-SENT') {
      const g = prof.synGiveUp;
      if (g.kind === 'elapsed') return elapsed >= g.ms;
      return (
        tcb.retransmits >= g.synRetries + g.linearTimeouts ||
        elapsed >= linuxModelTimeout(g.synRetries, prof.rtoInitialMs, prof.rtoMaxMs)
      );
    }
    const g = prof.synAckGiveUp;
    if (g.kind === 'elapsed') return elapsed >= g.ms;
    return tcb.retransmits >= g.retries ? 'silent' : false;
  }

  /** Called by the engine when a timer entry comes due; stale generations are ignored. */
  timer(tcb: Tcb, timer: 'retransmit' | 'time-wait', generation: number): void {
    this.cause = null;
    if (timer === 'time-wait') {
      if (!tcb.twArmed || generation !== tcb.twGen) return;
      tcb.twArmed = false;
      this.wire.timerEvent(tcb, 'time-wait', 'fire');
      this.deleteTcb(tcb, 'T-2MSL');
      return;
    }
    if (!tcb.rtxArmed || generation !== tcb.rtxGen) return;
    tcb.rtxArmed = false;
    this.wire.timerEvent(tcb, 'retransmit', 'fire');
    const head = tcb.inFlight[0];
    if (!head) return;
    const prof = this.wire.profile;
    const giveUp = this.giveUp(tcb, head);
    if (giveUp === 'silent') {
      // Linux drops a request whose SYN,ACK retries ran out, without a word.
      this.deleteTcb(tcb, 'T-RTO/give-up');
      return;
    }
    if (giveUp) {
      // R2 reached (RFC 9293 §3.8.3, RFC 1122 §4.2.3.5): close the connection. Like the
      // user timeout of §3.10.8 this deletes the TCB without sending anything (a reset
      // would go to a peer that has stopped answering; Linux's tcp_write_err() sends none).
      if (tcb.connectPending) this.finishConnect(tcb, 'timeout');
      else if (SYNCHRONIZED_STATES.has(tcb.state)) this.wire.app(this.name, tcb, 'receive', { result: 'timeout' });
      this.deleteTcb(tcb, 'T-RTO/give-up');
      return;
    }
    // RFC 6298 (5.4)–(5.6): resend the earliest unacknowledged segment, back off, restart.
    head.retransmitted = true;
    head.sentAt = this.wire.now;
    tcb.retransmits++;
    if (head.syn) tcb.synRetransmitted = true;
    this.emitInFlight(tcb, head, 'T-RTO', true);
    // Linux backs off a SYN linearly for its first tcp_syn_linear_timeouts retries.
    const linear = tcb.state === 'SYN-SENT' && prof.synGiveUp.kind === 'linux' && tcb.retransmits <= prof.synGiveUp.linearTimeouts;
    if (!linear) tcb.rto = Math.min(prof.rtoMaxMs, tcb.rto * 2);
    this.armRetransmit(tcb);
  }
}

function setDisposition(d: Disposition, socket: string | null, rule: string, discarded: boolean): void {
  d.socket = socket;
  d.rule = rule;
  d.discarded = discarded;
}
