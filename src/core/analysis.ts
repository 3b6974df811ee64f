// Verdicts, computed from the trace alone (so they hold for any trace, however made):
// per-socket outcomes and the anomalies a lecturer points at.
//
// phantom-connection: a socket completed its opening on the strength of a SYN that was not
//   part of a current opening: an injected stale SYN, or a delayed SYN whose sending socket
//   had already moved on (closed, or connected elsewhere) when it arrived; or, in the
//   three-way handshake, an ACK of our SYN that the peer never sent (it never accepted our
//   SYN). A SYN,ACK that acknowledges our own SYN is fresh by construction.
// stale-data-delivered: data reached an application on a phantom connection, or came
//   from a segment injected as stale, or from a socket other than the connection's peer.
// half-open: a connection stayed synchronized after its peer's TCB was lost (crash).
// connect-failed: connect() ended in refused, timeout or reset.

import {
  SYNCHRONIZED_STATES,
  otherHost,
  type Anomaly,
  type AppEvent,
  type AppResult,
  type DeliverEvent,
  type HostName,
  type SendEvent,
  type SocketSummary,
  type StateEvent,
  type TcpState,
  type TraceEvent,
  type TraceSegment,
  type TraceSummary,
} from './trace.ts';

export interface RunMeta {
  protocol: TraceSummary['protocol'];
  profile: string;
  seed: number;
  endTime: number;
  truncated: boolean;
  stopReason?: TraceSummary['stopReason'];
}

interface SocketInfo {
  summary: SocketSummary;
  state: TcpState;
  /** Id of the socket whose SYN this one accepted (null: injected), if any. */
  peerOrigin: string | null | undefined;
  /** The accepted SYN was part of a current opening (see fresh() below). */
  synFresh: boolean;
  /** Synchronization entered by the user's CLOSE (SYN-RECEIVED → FIN-WAIT-1) is judged at the next peer-driven change. */
  judgeLater: boolean;
  phantom: Anomaly | null;
  halfOpen: Anomaly | null;
  stale: Anomaly | null;
  /** How the socket was lost: a crash deletes it without a word to the peer. */
  crashed: boolean;
}

/** L-3 and SS-4 (with any suffix such as /2WH) are where a SYN is accepted. */
const opensConnection = (rule: string): boolean => rule === 'L-3' || rule.startsWith('L-3/') || rule === 'SS-4' || rule.startsWith('SS-4/');
const CARRIES_DATA: ReadonlySet<TcpState> = new Set(['ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSE-WAIT']);

/** Verdicts for a whole trace: what Analyzer gives when it observes every event in order. */
export function analyze(events: readonly TraceEvent[], meta: RunMeta): TraceSummary {
  const a = new Analyzer();
  for (let i = 0; i < events.length; i++) a.observe(events[i]!);
  return a.summary(meta, events.length);
}

/**
 * The analysis as a pass that reads one event at a time, in trace order. analyze() feeds it
 * a finished trace; the engine feeds it each event as soon as the event is complete, while
 * the event is still in the processor's cache (the verdicts are the same either way: only
 * the order of events matters, and it is the trace's).
 */
export class Analyzer {
  private readonly sockets = new Map<string, SocketInfo>();
  // Segment ids are small dense integers: arrays index them faster than maps.
  private readonly sends: (SendEvent | undefined)[] = [];
  private readonly delivered: (TraceSegment | undefined)[] = [];
  private readonly anomalies: Anomaly[] = [];

  observe(e: TraceEvent): void {
    switch (e.type) {
      case 'send': {
        const seg = e.segment;
        // Only SYNs and data need their sender looked up later; keeping the maps small keeps this pass fast.
        if (seg.len > 0 || seg.flags[0] === 'SYN') this.sends[seg.id] = e;
        if (e.socket && seg.len > 0) {
          const s = this.sockets.get(e.socket);
          if (s && !seg.retransmission) s.summary.bytesSent += seg.len;
        }
        return;
      }
      case 'deliver':
        return this.deliver(e);
      case 'state':
        return this.state(e);
      case 'app':
        return this.app(e);
      default:
        return;
    }
  }

  summary(meta: RunMeta, eventCount: number): TraceSummary {
    const anomalies = this.anomalies;
    anomalies.sort((a, b) => a.t - b.t);
    return {
      protocol: meta.protocol,
      profile: meta.profile,
      seed: meta.seed,
      endTime: meta.endTime,
      eventCount,
      truncated: meta.truncated,
      ...(meta.stopReason ? { stopReason: meta.stopReason } : {}),
      sockets: [...this.sockets.values()].map((s) => s.summary),
      anomalies,
    };
  }

  private originOfSegment(id: number, copyOf: number | undefined): string | null {
    return this.sends[copyOf ?? id]?.socket ?? null;
  }

  private info(host: HostName, id: string, port: number, peerPort: number | null): SocketInfo {
    let s = this.sockets.get(id);
    if (!s) {
      s = {
        summary: { host, socket: id, port, peerPort, role: 'active', finalState: 'CLOSED', establishedAt: null, bytesReceived: 0, bytesSent: 0 },
        state: 'CLOSED',
        peerOrigin: undefined,
        synFresh: false,
        judgeLater: false,
        phantom: null,
        halfOpen: null,
        stale: null,
        crashed: false,
      };
      this.sockets.set(id, s);
    }
    return s;
  }

  /**
   * Was the SYN (from `origin`) that socket `self` is accepting part of a current opening? A
   * SYN,ACK that acknowledges our SYN proves it (it was made after our SYN arrived); a bare
   * SYN is fresh only if its sender is still opening (SYN-SENT or active SYN-RECEIVED), or
   * has taken our own SYN: the other half of a simultaneous open, whose sender may already
   * be closing that very connection (SYN-RECEIVED → FIN-WAIT-1 on a CLOSE) when it arrives.
   */
  private fresh(origin: string | null, acksOurSyn: boolean, self: string): boolean {
    if (origin === null) return false;
    if (acksOurSyn) return true;
    const peer = this.sockets.get(origin);
    return (
      peer !== undefined &&
      (peer.state === 'SYN-SENT' || peer.state === 'SYN-RECEIVED' || peer.peerOrigin === self)
    );
  }

  /** At completion of the opening: a fresh SYN, and (three-way) a peer that accepted our SYN. */
  private genuine(self: SocketInfo, rule: string): boolean {
    if (!self.synFresh || !self.peerOrigin) return false;
    if (rule.endsWith('/2WH') || rule === 'SS-4') return true; // committed on the SYN itself
    if (rule === 'L-2/syncookie') return true; // the peer's ACK proved it took our SYN,ACK
    return this.sockets.get(self.peerOrigin)?.peerOrigin === self.summary.socket;
  }

  private crashedPeer(self: SocketInfo): boolean {
    return self.peerOrigin !== null && self.peerOrigin !== undefined && this.sockets.get(self.peerOrigin)?.crashed === true;
  }

  private markHalfOpen(other: SocketInfo, t: number): void {
    if (other.halfOpen) return;
    other.halfOpen = {
      kind: 'half-open',
      host: other.summary.host,
      t,
      socket: other.summary.socket,
      port: other.summary.port,
      peerPort: other.summary.peerPort,
      detail: `The ${other.summary.host} still holds an open connection (${other.summary.port}↔${other.summary.peerPort}) whose other end was lost in a crash.`,
    };
    this.anomalies.push(other.halfOpen);
  }

  private deliver(e: DeliverEvent): void {
    const seg = e.segment;
    if (seg.len > 0) this.delivered[seg.id] = seg;
    if (!e.socket || e.discarded) return;
    if (seg.flags[0] === 'SYN' && opensConnection(e.rule)) {
      // The deliver event precedes the new socket's first state event, so create it here.
      const s = this.info(e.host, e.socket, seg.dstPort, seg.srcPort);
      s.peerOrigin = seg.stale ? null : this.originOfSegment(seg.id, seg.copyOf);
      s.synFresh = this.fresh(s.peerOrigin, seg.flags.includes('ACK'), e.socket);
    } else if (e.rule === 'L-2/syncookie') {
      // A SYN-cookie connection opens on the ACK: genuine when a socket of the peer is
      // synchronized on those ports (it took our cookie SYN,ACK); not from an injection.
      const s = this.info(e.host, e.socket, seg.dstPort, seg.srcPort);
      s.peerOrigin = seg.stale || seg.spoofed ? null : synchronizedPeer(this.sockets, seg.from, seg.srcPort, seg.dstPort);
      s.synFresh = s.peerOrigin !== null;
    }
  }

  private state(e: StateEvent): void {
    const s = this.info(e.host, e.socket, e.port, e.peerPort);
    if (e.from === 'CLOSED' && e.to === 'LISTEN') s.summary.role = 'listener';
    if (e.from === 'LISTEN' && e.to !== 'CLOSED') s.summary.role = 'passive';
    s.summary.peerPort = e.peerPort;
    const wasSync = SYNCHRONIZED_STATES.has(s.state);
    s.state = e.to;
    s.summary.finalState = e.to;
    if (e.rule === 'crash') s.crashed = true;
    const opened = !wasSync && SYNCHRONIZED_STATES.has(e.to);
    if (opened && e.to === 'ESTABLISHED' && s.summary.establishedAt === null) s.summary.establishedAt = e.t;
    // A CLOSE in SYN-RECEIVED enters FIN-WAIT-1 before anything is confirmed: judge later.
    const byUser = e.rule.startsWith('U-');
    if (opened && byUser) s.judgeLater = true;
    const confirmedLater = s.judgeLater && !byUser && SYNCHRONIZED_STATES.has(e.to);
    if (e.to === 'CLOSED') s.judgeLater = false;
    if ((opened && !byUser) || confirmedLater) {
      s.judgeLater = false;
      if (this.crashedPeer(s) && CARRIES_DATA.has(e.to)) this.markHalfOpen(s, e.t);
      if (!this.genuine(s, e.rule)) {
        s.phantom = {
          kind: 'phantom-connection',
          host: e.host,
          t: e.t,
          socket: e.socket,
          port: e.port,
          peerPort: e.peerPort,
          detail: `The ${e.host} holds a connection (${e.port}↔${e.peerPort}) its peer never opened: it was created by an old SYN.`,
        };
        this.anomalies.push(s.phantom);
      }
    }
    if (!SYNCHRONIZED_STATES.has(e.to) || e.to === 'TIME-WAIT') {
      if (s.phantom && s.phantom.until === undefined && e.to === 'CLOSED') s.phantom.until = e.t;
    }
    if (!CARRIES_DATA.has(e.to) && s.halfOpen && s.halfOpen.until === undefined) s.halfOpen.until = e.t;
    // The peer's TCB vanished in a crash while this side still holds the connection.
    if (e.to === 'CLOSED' && e.rule === 'crash') {
      for (const other of this.sockets.values()) {
        if (other.summary.host !== otherHost(e.host) || other.peerOrigin !== e.socket) continue;
        if (CARRIES_DATA.has(other.state)) this.markHalfOpen(other, e.t);
      }
    }
  }

  private app(e: AppEvent): void {
    if (!e.socket) return;
    const s = this.sockets.get(e.socket);
    if (!s) return;
    if (e.call === 'connect' && e.result) {
      s.summary.connect = e.result;
      if (e.result === 'refused' || e.result === 'timeout' || e.result === 'reset') {
        this.anomalies.push({
          kind: 'connect-failed',
          host: e.host,
          t: e.t,
          socket: e.socket,
          port: s.summary.port,
          peerPort: s.summary.peerPort,
          result: e.result,
          detail: `connect() failed: ${describeResult(e.result)}.`,
        });
      }
    } else if (e.call === 'accept' && e.result === 'ok') {
      s.summary.acceptedAt = e.t;
    } else if (e.call === 'receive') {
      if (e.result === 'reset' || e.result === 'timeout') s.summary.error = e.result;
      if (e.bytes && e.bytes > 0) {
        s.summary.bytesReceived += e.bytes;
        const seg = e.segment !== undefined ? this.delivered[e.segment] : undefined;
        const fromStale = seg?.stale === true;
        const fromStranger = seg !== undefined && !fromStale && this.originOfSegment(seg.id, seg.copyOf) !== s.peerOrigin;
        if (s.phantom || fromStale || fromStranger) {
          if (!s.stale) {
            s.stale = {
              kind: 'stale-data-delivered',
              host: e.host,
              t: e.t,
              socket: e.socket,
              port: s.summary.port,
              peerPort: s.summary.peerPort,
              bytes: 0,
              detail: '',
            };
            this.anomalies.push(s.stale);
          }
          s.stale.bytes = (s.stale.bytes ?? 0) + e.bytes;
          s.stale.detail = `The ${e.host}'s application received ${s.stale.bytes} octets of old data from an earlier connection.`;
        }
      }
    }
  }
}

/** The id of a synchronized socket on `host` with these ports (rare lookups: cookie ACKs only). */
function synchronizedPeer(sockets: ReadonlyMap<string, SocketInfo>, host: HostName, port: number, peerPort: number): string | null {
  for (const s of sockets.values()) {
    const x = s.summary;
    if (x.host === host && x.port === port && x.peerPort === peerPort && SYNCHRONIZED_STATES.has(s.state)) return x.socket;
  }
  return null;
}

function describeResult(r: AppResult): string {
  switch (r) {
    case 'refused':
      return 'the peer answered with a reset (connection refused)';
    case 'timeout':
      return 'no answer before the retry limit (timed out)';
    case 'reset':
      return 'the connection was reset';
    default:
      return r;
  }
}
