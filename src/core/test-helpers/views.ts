// Compact views of a trace for tests: each segment, state change or reply as one short
// string, so an assertion reads like a row of an RFC figure and a failure diff shows
// exactly which field differs. Pure (no node:*), so it sits under the core's lint rules.

import type { Action, Fault, Injection, Scenario } from '../scenario.ts';
import type {
  DeliverEvent,
  FlagName,
  HostName,
  SendEvent,
  StateEvent,
  TcpState,
  TimerEvent,
  Trace,
  TraceSegment,
} from '../trace.ts';

/** The RFC figures write ACK last: SYN,ACK, FIN,ACK, RST,ACK. */
const FIGURE_FLAG_ORDER: readonly FlagName[] = ['SYN', 'FIN', 'RST', 'PSH', 'URG', 'ACK'];

/** "client SYN,ACK seq=300 ack=101 len=0": the fields an RFC figure row shows. */
export function seg(s: TraceSegment): string {
  const flags = FIGURE_FLAG_ORDER.filter((f) => s.flags.includes(f)).join(',') || 'none';
  return `${s.from} ${flags} seq=${s.seq} ack=${s.ack ?? '-'} len=${s.len}`;
}

export function sends(trace: Trace, host?: HostName): SendEvent[] {
  return trace.events.filter(
    (e): e is SendEvent => e.type === 'send' && (host === undefined || e.host === host),
  );
}

/** Every segment put on the wire, in order, as `seg` strings. */
export function wire(trace: Trace): string[] {
  return sends(trace).map((e) => seg(e.segment));
}

/** Segments with their send time: "1000 client SYN seq=100 ack=- len=0". */
export function timedWire(trace: Trace): string[] {
  return sends(trace).map((e) => `${e.t} ${seg(e.segment)}`);
}

export function delivers(trace: Trace): DeliverEvent[] {
  return trace.events.filter((e): e is DeliverEvent => e.type === 'deliver');
}

/** The deliver event of a segment by id. */
export function deliveryOf(trace: Trace, id: number): DeliverEvent {
  const d = delivers(trace).find((e) => e.segment.id === id);
  if (!d) throw new Error(`segment #${id} was never delivered`);
  return d;
}

/** Injected (stale) segments as delivered, in order of arrival. */
export function staleDeliveries(trace: Trace): DeliverEvent[] {
  return delivers(trace).filter((e) => e.segment.stale === true);
}

/** Segments sent in answer to segment `id`, as `seg` strings. */
export function repliesTo(trace: Trace, id: number): string[] {
  return sends(trace)
    .filter((e) => e.cause === id)
    .map((e) => seg(e.segment));
}

export function states(trace: Trace, host?: HostName): StateEvent[] {
  return trace.events.filter(
    (e): e is StateEvent => e.type === 'state' && (host === undefined || e.host === host),
  );
}

/** "server/s2 LISTEN>SYN-RECEIVED [L-3]" for every state change. */
export function stateLog(trace: Trace, host?: HostName): string[] {
  return states(trace, host).map((e) => `${e.host}/${e.socket} ${e.from}>${e.to} [${e.rule}]`);
}

/** The state a socket is in at the end of the run (CLOSED if it was deleted). */
export function finalState(trace: Trace, socket: string): TcpState {
  const s = trace.summary.sockets.find((k) => k.socket === socket);
  if (!s) throw new Error(`no socket ${socket} in the summary`);
  return s.finalState;
}

/** The state a socket was in at time t (after every event at t). */
export function stateAt(trace: Trace, socket: string, t: number): TcpState {
  let st: TcpState = 'CLOSED';
  for (const e of trace.events) {
    if (e.t > t) break;
    if (e.type === 'state' && e.socket === socket) st = e.to;
  }
  return st;
}

export function retransmitTimerSets(trace: Trace, host: HostName): TimerEvent[] {
  return trace.events.filter(
    (e): e is TimerEvent =>
      e.type === 'timer' && e.host === host && e.timer === 'retransmit' && e.action === 'set',
  );
}

/** App results for one host: "connect ok", "receive 9", "receive reset". */
export function appLog(trace: Trace, host: HostName): string[] {
  const out: string[] = [];
  for (const e of trace.events) {
    if (e.type !== 'app' || e.host !== host || e.result === undefined) continue;
    out.push(
      e.call === 'receive' && e.result === 'ok' ? `receive ${e.bytes}` : `${e.call} ${e.result}`,
    );
  }
  return out;
}

// ─────────────────────────── scenario builders ───────────────────────────

export function inject(
  at: number,
  to: HostName,
  flags: FlagName[],
  seq: number,
  extra: Partial<Omit<Injection, 'at' | 'to' | 'flags' | 'seq'>> = {},
): Injection {
  return { at, to, flags, seq, ...extra };
}

export interface HandshakeOptions {
  profile?: Scenario['profile'];
  protocol?: Scenario['protocol'];
  clientWindow?: number;
  serverWindow?: number;
  mslMs?: number;
  actions?: Action[];
  faults?: Fault[];
  inject?: Injection[];
  until?: number;
}

/**
 * Figure 6 with the figure's ISNs (client 100, server 300, latency 50 ms): at 150 ms both
 * are ESTABLISHED with client SND.NXT 101 / RCV.NXT 301 and server SND.NXT 301 / RCV.NXT 101.
 * The client's socket is c1, the server's connection s2 (s1 is the listener).
 */
export function established(o: HandshakeOptions = {}): Scenario {
  const s: Scenario = {
    version: 1,
    client: { isn: 100, ...(o.clientWindow !== undefined ? { window: o.clientWindow } : {}) },
    server: { isn: 300, ...(o.serverWindow !== undefined ? { window: o.serverWindow } : {}) },
    actions: [
      { at: 0, host: 'server', call: 'listen' },
      { at: 0, host: 'client', call: 'connect' },
      ...(o.actions ?? []),
    ],
  };
  if (o.profile) s.profile = o.profile;
  if (o.protocol) s.protocol = o.protocol;
  if (o.mslMs !== undefined) s.mslMs = o.mslMs;
  if (o.faults) s.faults = o.faults;
  if (o.inject) s.inject = o.inject;
  if (o.until !== undefined) s.until = o.until;
  return s;
}

/** A listening server (ISN 300) whose client host is down, so nothing it sends is answered. */
export function listenerAlone(inj: Injection[], extra: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    server: { isn: 300 },
    actions: [
      { at: 0, host: 'server', call: 'listen' },
      { at: 0, host: 'client', call: 'crash' },
    ],
    inject: inj,
    ...extra,
  };
}

/** A client opening (ISS 100) towards a server host that is down: no SYN is ever answered. */
export function clientAlone(extra: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    client: { isn: 100 },
    actions: [
      { at: 0, host: 'server', call: 'crash' },
      { at: 0, host: 'client', call: 'connect' },
    ],
    ...extra,
  };
}
