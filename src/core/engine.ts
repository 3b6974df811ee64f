// The discrete-event simulation: two TCP hosts, the link between them, the scenario's
// scripted calls, faults and injections, and the trace they produce. Pure and
// synchronous: virtual time only, randomness only from the seeded PRNG.

import { analyze } from './analysis.ts';
import { EventQueue, RANK_ACTION, RANK_NETWORK, RANK_TIMER, type Schedulable } from './event-queue.ts';
import { Network } from './network.ts';
import { createPrng, hash32 } from './prng.ts';
import { getProfile, type Profile } from './profile.ts';
import { DEFAULTS, LIMITS, type Action, type Injection, type Protocol, type Scenario } from './scenario.ts';
import { bitsToFlags, flagsToBits, type Packet } from './segment.ts';
import type { Tcb } from './tcb.ts';
import { TcpHost } from './tcp-host.ts';
import {
  otherHost,
  type AppEvent,
  type DropReason,
  type HostName,
  type TcpState,
  type TimerName,
  type Trace,
  type TraceEvent,
  type TraceSegment,
} from './trace.ts';
import type { OutSegment, Wire } from './wire.ts';

export interface SimulateOptions {
  /** Safety limit on trace events (default LIMITS.maxEvents); the run stops, marked truncated. */
  maxEvents?: number;
}

/**
 * One scheduled happening. A single class with every field (unused ones null) keeps queue
 * entries monomorphic: the heap compares millions of them, and one object shape keeps those
 * property reads fast.
 */
class Job implements Schedulable {
  order = 0;
  constructor(
    readonly t: number,
    readonly rank: number,
    readonly kind: 'arrive' | 'drop' | 'timer' | 'action' | 'inject',
    /** arrive/drop: the segment; arrive: its receiver; drop: the host whose link lost it. */
    readonly pkt: Packet | null = null,
    readonly host: HostName = 'client',
    readonly sentAt = 0,
    readonly reason: DropReason = 'fault',
    readonly tcb: Tcb | null = null,
    readonly timer: 'retransmit' | 'time-wait' = 'retransmit',
    readonly generation = 0,
    readonly action: Action | null = null,
    readonly injection: Injection | null = null,
  ) {}
}

const MSS = 1460;

/** Run a (validated) scenario to completion and return its trace. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Trace {
  return new Simulation(scenario, options).run();
}

class Simulation implements Wire {
  now = 0;
  readonly protocol: Protocol;
  readonly profile: Profile;
  readonly timeWaitMs: number;
  readonly cookieKey: number;
  private readonly seed: number;
  private readonly events: TraceEvent[] = [];
  private readonly queue = new EventQueue<Job>();
  private readonly network: Network;
  private readonly hosts: Record<HostName, TcpHost>;
  private readonly ports: Record<HostName, number>;
  private readonly windows: Record<HostName, number>;
  private readonly isnLists: Record<HostName, readonly number[]>;
  private readonly socketCounts = { client: 0, server: 0 };
  private readonly isnUsed = { client: 0, server: 0 };
  private nextSegmentId = 1;
  private readonly maxEvents: number;
  private readonly until: number;

  constructor(
    private readonly scenario: Scenario,
    options: SimulateOptions,
  ) {
    this.protocol = scenario.protocol ?? DEFAULTS.protocol;
    this.profile = getProfile(scenario.profile ?? DEFAULTS.profile, scenario.sysctl, scenario.synCookies);
    this.seed = scenario.seed ?? DEFAULTS.seed;
    // The SYN-cookie secret, like the ISN hash's key, comes from the seed (reproducible runs).
    this.cookieKey = hash32(this.seed, 0x636f6f6b);
    const msl = scenario.mslMs ?? DEFAULTS.mslMs;
    this.timeWaitMs = this.profile.timeWaitMs ?? 2 * msl;
    this.maxEvents = options.maxEvents ?? LIMITS.maxEvents;
    this.until = scenario.until ?? LIMITS.maxTimeMs;
    const lat = scenario.latencyMs ?? DEFAULTS.latencyMs;
    this.network = new Network(
      {
        clientToServer: typeof lat === 'number' ? lat : lat.clientToServer,
        serverToClient: typeof lat === 'number' ? lat : lat.serverToClient,
        jitterMs: scenario.jitterMs ?? DEFAULTS.jitterMs,
        lossRate: scenario.lossRate ?? DEFAULTS.lossRate,
        faults: scenario.faults ?? [],
      },
      createPrng(this.seed),
    );
    this.ports = {
      client: scenario.client?.port ?? DEFAULTS.clientPort,
      server: scenario.server?.port ?? DEFAULTS.serverPort,
    };
    this.windows = {
      client: scenario.client?.window ?? DEFAULTS.window,
      server: scenario.server?.window ?? DEFAULTS.window,
    };
    const isnList = (v: number | number[] | undefined): readonly number[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    this.isnLists = { client: isnList(scenario.client?.isn), server: isnList(scenario.server?.isn) };
    this.hosts = {
      client: new TcpHost('client', this, this.windows.client, MSS),
      server: new TcpHost('server', this, this.windows.server, MSS),
    };
  }

  run(): Trace {
    for (const action of this.scenario.actions ?? []) this.queue.push(new Job(action.at, RANK_ACTION, 'action', null, action.host, 0, 'fault', null, 'retransmit', 0, action));
    for (const injection of this.scenario.inject ?? []) {
      this.queue.push(new Job(injection.at, RANK_NETWORK, 'inject', null, injection.to, 0, 'fault', null, 'retransmit', 0, null, injection));
    }
    let stopReason: 'until' | 'event-limit' | undefined;
    for (;;) {
      const next = this.queue.peek();
      if (!next) break;
      if (next.t > this.until) {
        stopReason = 'until';
        break;
      }
      if (this.events.length >= this.maxEvents) {
        stopReason = 'event-limit';
        break;
      }
      this.queue.pop();
      this.now = next.t;
      this.dispatch(next);
    }
    // Cancelled timers leave dead entries in the queue; the run ends at its last real event.
    const endTime = stopReason === 'until' ? this.until : (this.events.at(-1)?.t ?? 0);
    const summary = analyze(this.events, {
      protocol: this.protocol,
      profile: this.profile.name,
      seed: this.seed,
      endTime,
      truncated: stopReason !== undefined,
      ...(stopReason ? { stopReason } : {}),
    });
    return { events: this.events, summary };
  }

  private dispatch(job: Job): void {
    switch (job.kind) {
      case 'arrive':
        return this.arrive(job.pkt!, job.host, job.sentAt);
      case 'drop':
        this.events.push({ t: this.now, type: 'drop', reason: job.reason, host: job.host, segment: job.pkt!.seg, sentAt: job.sentAt });
        return;
      case 'timer':
        return this.hosts[job.host].timer(job.tcb!, job.timer, job.generation);
      case 'action': {
        const a = job.action!;
        const host = a.host;
        this.hosts[host].call({ ...a, port: a.port ?? this.ports[host], peerPort: a.peerPort ?? this.ports[otherHost(host)] });
        return;
      }
      case 'inject':
        return this.inject(job.injection!);
    }
  }

  private arrive(pkt: Packet, to: HostName, sentAt: number): void {
    const host = this.hosts[to];
    if (!host.up) {
      this.events.push({ t: this.now, type: 'drop', reason: 'host-down', host: to, segment: pkt.seg, sentAt });
      return;
    }
    const ev = { t: this.now, type: 'deliver' as const, host: to, socket: null as string | null, segment: pkt.seg, rule: '', discarded: true };
    this.events.push(ev);
    const d = host.receive(pkt);
    ev.socket = d.socket;
    ev.rule = d.rule;
    ev.discarded = d.discarded;
  }

  private inject(inj: Injection): void {
    const from = otherHost(inj.to);
    const bits = flagsToBits(inj.flags);
    const seg: TraceSegment = {
      id: this.nextSegmentId++,
      from,
      srcPort: inj.srcPort ?? this.ports[from],
      dstPort: inj.dstPort ?? this.ports[inj.to],
      seq: inj.seq >>> 0,
      ack: inj.flags.includes('ACK') ? (inj.ack ?? 0) >>> 0 : null,
      flags: bitsToFlags(bits),
      len: inj.bytes ?? (inj.payload !== undefined ? utf8Length(inj.payload) : 0),
      wnd: this.windows[from],
    };
    // A spoofed segment is a live attacker's, not an old one: marked as such instead of stale.
    if (inj.spoofed) seg.spoofed = true;
    else seg.stale = true;
    if (inj.payload !== undefined) seg.payload = inj.payload;
    this.arrive({ seg, bits }, inj.to, this.now);
  }

  // ───────────────────────────── Wire ─────────────────────────────

  transmit(from: HostName, tcb: Tcb | null, out: OutSegment, rule: string, cause: number | null): void {
    const seg: TraceSegment = {
      id: this.nextSegmentId++,
      from,
      srcPort: out.srcPort,
      dstPort: out.dstPort,
      seq: out.seq >>> 0,
      ack: out.ack === null ? null : out.ack >>> 0,
      flags: bitsToFlags(out.bits),
      len: out.len,
      wnd: out.wnd,
    };
    if (out.options) seg.options = out.options;
    if (out.retransmission) seg.retransmission = true;
    const pkt: Packet = { seg, bits: out.bits };
    const now = this.now;
    this.events.push({ t: now, type: 'send', host: from, socket: tcb ? tcb.id : null, segment: seg, rule, cause });
    if (out.spoofed) {
      // Addressed to a forged source: no host is there. It is not routed (fault rules do not
      // count it, no random draw is made) and is reported lost halfway, like other drops.
      seg.spoofed = true;
      this.queue.push(new Job(now + this.network.latency(from) / 2, RANK_NETWORK, 'drop', pkt, from, now, 'unreachable'));
      return;
    }
    const to = otherHost(from);
    const r = this.network.route(from, out.bits, now);
    if (r.dropped) {
      this.queue.push(new Job(r.dropAt, RANK_NETWORK, 'drop', pkt, from, now, r.dropped));
    } else {
      this.queue.push(new Job(r.arriveAt, RANK_NETWORK, 'arrive', pkt, to, now));
    }
    for (const copy of r.copies) {
      const cseg: TraceSegment = { ...seg, id: this.nextSegmentId++, copyOf: seg.id };
      const cpkt: Packet = { seg: cseg, bits: out.bits };
      if (copy.lost) this.queue.push(new Job(now + (copy.arriveAt - now) / 2, RANK_NETWORK, 'drop', cpkt, from, now, 'loss'));
      else this.queue.push(new Job(copy.arriveAt, RANK_NETWORK, 'arrive', cpkt, to, now));
    }
  }

  state(tcb: Tcb, to: TcpState, rule: string): void {
    const ev: TraceEvent = {
      t: this.now,
      type: 'state',
      host: tcb.host,
      socket: tcb.id,
      port: tcb.localPort,
      peerPort: tcb.remotePort,
      from: tcb.state,
      to,
      rule,
    };
    if (tcb.opened && to === 'SYN-RECEIVED') ev.opened = tcb.opened;
    if (tcb.hasIss) ev.iss = tcb.iss;
    if (tcb.hasIrs) ev.irs = tcb.irs;
    this.events.push(ev);
  }

  timerSet(tcb: Tcb, timer: TimerName, delay: number, generation: number, rto?: number): void {
    const due = this.now + delay;
    this.queue.push(new Job(due, RANK_TIMER, 'timer', null, tcb.host, 0, 'fault', tcb, timer, generation));
    const ev: TraceEvent = { t: this.now, type: 'timer', host: tcb.host, socket: tcb.id, timer, action: 'set', due };
    if (rto !== undefined) ev.rto = rto;
    this.events.push(ev);
  }

  timerEvent(tcb: Tcb, timer: TimerName, action: 'fire' | 'cancel'): void {
    this.events.push({ t: this.now, type: 'timer', host: tcb.host, socket: tcb.id, timer, action });
  }

  app(host: HostName, tcb: Tcb | null, call: AppEvent['call'], extra?: Partial<AppEvent>): void {
    const ev: AppEvent = { t: this.now, type: 'app', host, socket: tcb ? tcb.id : null, call };
    if (extra) Object.assign(ev, extra);
    this.events.push(ev);
  }

  chooseIss(host: HostName, localPort: number, remotePort: number): number {
    const fixed = this.isnLists[host][this.isnUsed[host]];
    if (fixed !== undefined) {
      this.isnUsed[host]++;
      return fixed >>> 0;
    }
    // RFC 9293 §3.4.1 (SHLD-1): ISN = M + F(localip, localport, remoteip, remoteport, secretkey),
    // M a clock ticking every 4 µs, F a keyed hash; here the key is the scenario's seed.
    const ticks = Math.floor(this.now * 250);
    return (ticks + hash32(this.seed, host === 'client' ? 1 : 2, localPort, remotePort)) >>> 0;
  }

  newSocketId(host: HostName): string {
    return `${host === 'client' ? 'c' : 's'}${++this.socketCounts[host]}`;
  }
}

/** Octets of `text` in UTF-8 (an injected payload's default length). */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
