// The discrete-event simulation: two TCP hosts, the link between them, the scenario's
// scripted calls, faults and injections, and the trace they produce. Pure and
// synchronous: virtual time only, randomness only from the seeded PRNG.

import { Analyzer } from './analysis.ts';
import { EventQueue, RANK_ACTION, RANK_NETWORK } from './event-queue.ts';
import { Network } from './network.ts';
import { createPrng, hash32 } from './prng.ts';
import { getProfile, type Profile } from './profile.ts';
import { DEFAULTS, LIMITS, type Action, type Injection, type Protocol, type Scenario } from './scenario.ts';
import { ACK, flagsToBits, newSegment, type Packet } from './segment.ts';
import type { Tcb } from './tcb.ts';
import { TcpHost } from './tcp-host.ts';
import { TIMER_KIND, TimerEntries, TimerEntry } from './timer-entries.ts';
import {
  otherHost,
  type AppEvent,
  type DeliverEvent,
  type DropReason,
  type HostName,
  type TcpState,
  type TimerName,
  type Trace,
  type TraceEvent,
  type TraceSegment,
} from './trace.ts';
import type { AppExtra, Wire } from './wire.ts';

export interface SimulateOptions {
  /** Safety limit on trace events (default LIMITS.maxEvents); the run stops, marked truncated. */
  maxEvents?: number;
}

const ARRIVE = 0;
const DROP = 1;
const TIMER = TIMER_KIND;
const SCRIPT = 3;

// The queue entries are made often (one per segment sent): their fields are `declare`d and
// set once in the constructor, where class fields would first define each as undefined.

/**
 * A segment on the link: it arrives at the other host, or is reported lost (a drop). It is
 * also the Packet the receiving host reads, so a segment in flight is one object.
 */
class SegmentJob implements Packet {
  declare readonly kind: typeof ARRIVE | typeof DROP;
  declare readonly seg: TraceSegment;
  declare readonly bits: number;
  declare readonly sentAt: number;
  /** Drops: why. */
  declare readonly reason: DropReason | null;
  constructor(kind: typeof ARRIVE | typeof DROP, seg: TraceSegment, bits: number, sentAt: number, reason: DropReason | null) {
    this.kind = kind;
    this.seg = seg;
    this.bits = bits;
    this.sentAt = sentAt;
    this.reason = reason;
  }
}

/** One of the scenario's user calls or injections. */
class ScriptJob {
  declare readonly kind: typeof SCRIPT;
  declare readonly action: Action | null;
  declare readonly injection: Injection | null;
  constructor(action: Action | null, injection: Injection | null) {
    this.kind = SCRIPT;
    this.action = action;
    this.injection = injection;
  }
}

/** The queue's entries: a few small classes told apart by `kind` (kept to a handful of shapes). */
type Job = SegmentJob | TimerEntry | ScriptJob;

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
  /** The verdicts, built as the run goes; `analyzed` events have been read by it. */
  private readonly analyzer = new Analyzer();
  private analyzed = 0;
  /** The TCB timers' entries in the queue (one per timer, see timer-entries.ts). */
  private readonly timers: TimerEntries;
  /** Something was scheduled after `until` (a timer arming counts, even if cancelled since). */
  private anyAfterUntil = false;
  private readonly queue = new EventQueue<Job>();
  private readonly network: Network;
  private readonly client: TcpHost;
  private readonly server: TcpHost;
  private readonly clientPort: number;
  private readonly serverPort: number;
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
    this.timers = new TimerEntries(this.queue, this.until);
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
    this.clientPort = scenario.client?.port ?? DEFAULTS.clientPort;
    this.serverPort = scenario.server?.port ?? DEFAULTS.serverPort;
    this.windows = {
      client: scenario.client?.window ?? DEFAULTS.window,
      server: scenario.server?.window ?? DEFAULTS.window,
    };
    const isnList = (v: number | number[] | undefined): readonly number[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    this.isnLists = { client: isnList(scenario.client?.isn), server: isnList(scenario.server?.isn) };
    this.client = new TcpHost('client', this, this.windows.client, MSS);
    this.server = new TcpHost('server', this, this.windows.server, MSS);
  }

  run(): Trace {
    const queue = this.queue;
    for (const action of this.scenario.actions ?? []) this.schedule(action.at, RANK_ACTION, new ScriptJob(action, null));
    for (const injection of this.scenario.inject ?? []) this.schedule(injection.at, RANK_NETWORK, new ScriptJob(null, injection));
    let stopReason: 'until' | 'event-limit' | undefined;
    for (;;) {
      const t = queue.nextTime();
      if (t === Infinity) break; // nothing left
      if (t > this.until) break;
      if (this.events.length >= this.maxEvents) {
        stopReason = 'event-limit';
        break;
      }
      const job = queue.pop()!;
      this.timers.popped(t, queue.lastKey);
      this.now = t;
      this.dispatch(job);
      // Every event so far is complete (a deliver's verdict is filled in during dispatch):
      // the analysis reads them now, while they are still in cache.
      this.analyzeNew();
    }
    stopReason ??= this.endReason();
    // Cancelled timers leave dead entries in the queue; the run ends at its last real event.
    const endTime = stopReason === 'until' ? this.until : (this.events.at(-1)?.t ?? 0);
    const summary = this.analyzer.summary(
      {
        protocol: this.protocol,
        profile: this.profile.name,
        seed: this.seed,
        endTime,
        truncated: stopReason !== undefined,
        ...(stopReason ? { stopReason } : {}),
      },
      this.events.length,
    );
    return { events: this.events, summary };
  }

  /**
   * Why a run stopped that ran out of entries at or before `until`. The rule counts every
   * scheduling, each timer arming as if it had an entry of its own that stays queued when the
   * timer is cancelled or re-armed (so the rule reads the same as when each arming did):
   * anything scheduled after `until` makes it 'until', unless the event limit was reached
   * with an entry at or before `until` still to come, which makes it 'event-limit'.
   */
  private endReason(): 'until' | 'event-limit' | undefined {
    if (this.events.length >= this.maxEvents && this.timers.skippedStillWaiting()) return 'event-limit';
    return this.anyAfterUntil ? 'until' : undefined;
  }

  private schedule(t: number, rank: number, job: Job): void {
    this.queue.push(t, rank, job);
    if (t > this.until) this.anyAfterUntil = true;
  }

  private analyzeNew(): void {
    const events = this.events;
    const analyzer = this.analyzer;
    for (let i = this.analyzed; i < events.length; i++) analyzer.observe(events[i]!);
    this.analyzed = events.length;
  }

  private dispatch(job: Job): void {
    switch (job.kind) {
      case ARRIVE:
        return this.arrive(job, otherHost(job.seg.from), job.sentAt);
      case DROP:
        this.events.push({ t: this.now, type: 'drop', reason: job.reason!, host: job.seg.from, segment: job.seg, sentAt: job.sentAt });
        return;
      case TIMER:
        if (this.timers.due(job, this.queue.lastTime, this.queue.lastKey)) this.hostOf(job.tcb.host).timer(job.tcb, job.timer, job.generation);
        return;
      case SCRIPT: {
        const a = job.action;
        if (a) this.hostOf(a.host).call(a, a.port ?? this.portOf(a.host), a.peerPort ?? this.portOf(otherHost(a.host)));
        else this.inject(job.injection!);
        return;
      }
    }
  }

  private hostOf(name: HostName): TcpHost {
    return name === 'client' ? this.client : this.server;
  }

  private portOf(name: HostName): number {
    return name === 'client' ? this.clientPort : this.serverPort;
  }

  private arrive(pkt: Packet, to: HostName, sentAt: number): void {
    const host = this.hostOf(to);
    if (!host.up) {
      this.events.push({ t: this.now, type: 'drop', reason: 'host-down', host: to, segment: pkt.seg, sentAt });
      return;
    }
    // Pushed before the host acts (its replies follow it in the trace); the host fills in the verdict.
    const ev: DeliverEvent = { t: this.now, type: 'deliver', host: to, socket: null, segment: pkt.seg, rule: '', discarded: true };
    this.events.push(ev);
    host.receive(pkt, ev);
  }

  private inject(inj: Injection): void {
    const from = otherHost(inj.to);
    const bits = flagsToBits(inj.flags);
    const seg = newSegment(
      this.nextSegmentId++,
      from,
      inj.srcPort ?? this.portOf(from),
      inj.dstPort ?? this.portOf(inj.to),
      inj.seq,
      bits & ACK ? (inj.ack ?? 0) : null,
      bits,
      inj.bytes ?? (inj.payload !== undefined ? utf8Length(inj.payload) : 0),
      this.windows[from],
      // A spoofed segment is a live attacker's, not an old one: marked as such instead of stale.
      inj.spoofed ? undefined : 'stale',
    );
    if (inj.spoofed) seg.spoofed = true;
    if (inj.payload !== undefined) seg.payload = inj.payload;
    this.arrive(new SegmentJob(ARRIVE, seg, bits, this.now, null), inj.to, this.now);
  }

  // ───────────────────────────── Wire ─────────────────────────────

  newSegmentId(): number {
    return this.nextSegmentId++;
  }

  transmit(tcb: Tcb | null, seg: TraceSegment, bits: number, rule: string, cause: number | null): void {
    const from = seg.from;
    const now = this.now;
    this.events.push({ t: now, type: 'send', host: from, socket: tcb ? tcb.id : null, segment: seg, rule, cause });
    if (seg.spoofed) {
      // Addressed to a forged source: no host is there. It is not routed (fault rules do not
      // count it, no random draw is made) and is reported lost halfway, like other drops.
      this.schedule(now + this.network.latency(from) / 2, RANK_NETWORK, new SegmentJob(DROP, seg, bits, now, 'unreachable'));
      return;
    }
    const r = this.network.route(from, bits, now);
    if (r.dropped) this.schedule(r.dropAt, RANK_NETWORK, new SegmentJob(DROP, seg, bits, now, r.dropped));
    else this.schedule(r.arriveAt, RANK_NETWORK, new SegmentJob(ARRIVE, seg, bits, now, null));
    const copies = r.copies;
    for (let i = 0; i < copies.length; i++) {
      const copy = copies[i]!;
      const cseg: TraceSegment = { ...seg, id: this.nextSegmentId++, copyOf: seg.id };
      if (copy.lost) this.schedule(now + (copy.arriveAt - now) / 2, RANK_NETWORK, new SegmentJob(DROP, cseg, bits, now, 'loss'));
      else this.schedule(copy.arriveAt, RANK_NETWORK, new SegmentJob(ARRIVE, cseg, bits, now, null));
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
    this.timers.arm(tcb, timer, due, generation);
    if (due > this.until) this.anyAfterUntil = true;
    const now = this.now;
    this.events.push(
      rto === undefined
        ? { t: now, type: 'timer', host: tcb.host, socket: tcb.id, timer, action: 'set', due }
        : { t: now, type: 'timer', host: tcb.host, socket: tcb.id, timer, action: 'set', due, rto },
    );
  }

  timerEvent(tcb: Tcb, timer: TimerName, action: 'fire' | 'cancel'): void {
    this.events.push({ t: this.now, type: 'timer', host: tcb.host, socket: tcb.id, timer, action });
  }

  received(tcb: Tcb, bytes: number, segment: number): void {
    this.events.push({ t: this.now, type: 'app', host: tcb.host, socket: tcb.id, call: 'receive', result: 'ok', bytes, segment });
  }

  app(host: HostName, tcb: Tcb | null, call: AppEvent['call'], extra?: AppExtra): void {
    const ev: AppEvent = { t: this.now, type: 'app', host, socket: tcb ? tcb.id : null, call };
    if (extra) {
      // Field by field in the trace's order (every caller writes them in this order too).
      if (extra.result !== undefined) ev.result = extra.result;
      if (extra.bytes !== undefined) ev.bytes = extra.bytes;
      if (extra.port !== undefined) ev.port = extra.port;
      if (extra.peerPort !== undefined) ev.peerPort = extra.peerPort;
      if (extra.listener !== undefined) ev.listener = extra.listener;
      if (extra.segment !== undefined) ev.segment = extra.segment;
    }
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
