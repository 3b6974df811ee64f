// The `linux` profile against the real kernel (issue 5, "Prove it against the real thing").
// For each case recorded by scripts/linux-capture/record.sh (test/fixtures/linux, kernel and
// date in manifest.json, method in docs/linux-fixtures.md), the same situation is written as
// a scenario below, run through the simulator's `linux` profile, and compared segment by
// segment with the capture: direction, flags, relative seq and ack, and time.
//
// How the two are made comparable:
// - Capture point. tcpdump ran on the client's interface: client segments carry their send
//   time, server segments their arrival time (send + 50 ms). The simulator's view is built
//   the same way (`clientTapView`): client `send` events at their time, server segments at
//   their `deliver` at the client. Two things passed that tap in the recording that the
//   simulator models elsewhere on the path, and are placed where the tap saw them:
//   a server segment dropped by a fault (the kernel's drop rule sat AFTER the tap, in the
//   client's prerouting hook: seen at send + 50 ms), and an old SYN injected at the server
//   (the kernel's came from a raw socket on the client: seen 50 ms before it arrived).
// - Network. 50 ms each way: the simulator's default latency, no jitter, no random loss.
//   The drop rules of manifest.json (machine-readable `drop` entries) become fault rules.
// - Applications. Every scripted call happens when the recorded application made it (the
//   manifest's wall-clock log, relative to the first connect or injection), checked ±1 ms
//   below. The server application "closes on EOF"; the simulator has no such reaction, so
//   its close is scripted at the time the real one happened.
// - Flags are compared exactly (SYN, ACK, FIN, RST, PSH, URG). None of these cases carries
//   data, so PSH never appears on either side, and the captures carry no CWR/ECE/AE bits
//   (tcp_ecn=2: ECN only when the peer asks), which the test asserts instead of ignoring.
// - Relative numbers. seq and ack relative to the sender's/receiver's ISN, restarting at a
//   new ISN as Wireshark does; a number that belongs to an EARLIER incarnation (the
//   challenge ACK of the half-open case) is written `1@old1` (1 past the ISN one back).
// - Times. |Δt| ≤ 5 ms + 40 ms × (retransmissions so far). The base covers the delay
//   line (round trips of 100.5–101.5 ms) and application wake-ups; each kernel timer fires
//   a little late (timer-wheel slack, +15…+24 ms per 1 s timer measured), which the
//   simulator does not model, and the slack accumulates along a chain of retransmissions.
// - Excluded, from BOTH sides, and only this: a pure ACK of the peer's FIN followed by the
//   same host's own FIN within 200 ms. Linux delays that ACK (delayed ACKs, up to
//   TCP_DELACK_MAX = 200 ms) and usually carries it on its FIN,ACK when the application
//   closes soon after reading EOF (3-segment close); the simulator ACKs every FIN at once
//   (4-segment close). docs/scenario-format.md lists delayed ACKs as not modelled, and
//   docs/linux-fixtures.md ("Variation between runs") shows the kernel doing both.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getProfile,
  type Action,
  simulate,
  type Fault,
  type FlagName,
  type HostName,
  type Scenario,
  type Trace,
  type TraceSegment,
} from '../core/index.ts';
import { LINUX_SYSCTLS, type LinuxSysctl } from '../core/profile.ts';
import { encodeTcpOptions } from '../export/tcp-header.ts';
import { conversationToTrace } from './conversation-trace.ts';
import { tcpConversations } from './conversations.ts';
import { parseCapture } from './parse-capture.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/linux');
const ONE_WAY_MS = 50;
const BASE_TOLERANCE_MS = 5;
const PER_TIMER_TOLERANCE_MS = 40;
const DELAYED_ACK_MAX_MS = 200;

interface ManifestCase {
  name: string;
  file: string;
  faults: { drop?: { from: HostName; flags: string; first?: number } }[];
  sysctl: Record<HostName, Record<string, number>>;
  applications: {
    role: string;
    event: string;
    local?: string;
    result?: string;
    seconds?: number;
    wall?: number;
  }[];
}
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as {
  kernel: string;
  cases: ManifestCase[];
};
const manifestCase = (name: string): ManifestCase => manifest.cases.find((c) => c.name === name)!;

/** Drop the first `n` segments with exactly these flags from `from` (retransmissions count). */
function dropFirst(from: HostName, flags: FlagName[], n: number): Fault[] {
  return Array.from({ length: n }, (_, i) => ({
    match: { from, flags, nth: i + 1 },
    action: 'drop' as const,
  }));
}

const listen = { at: 0, host: 'server', call: 'listen' } as const;
/** The server listens; the client connects at 0 and closes at `clientClose`; the server closes (on EOF) at `serverClose`. */
const connectThenClose = (clientClose: number, serverClose: number): Action[] => [
  listen,
  { at: 0, host: 'client', call: 'connect' },
  { at: clientClose, host: 'client', call: 'close' },
  { at: serverClose, host: 'server', call: 'close' },
];
const base = { version: 1, profile: 'linux', latencyMs: ONE_WAY_MS } as const;

/** The scenario of each recorded case. Times: the recorded applications' calls (see the header). */
const SCENARIOS: Record<string, Scenario> = {
  'plain-connect-close': {
    ...base,
    actions: connectThenClose(602.8, 654.1),
  },
  'lost-syn': {
    ...base,
    actions: connectThenClose(1617.6, 1669.1),
    faults: dropFirst('client', ['SYN'], 1),
  },
  'two-lost-syns': {
    ...base,
    actions: connectThenClose(2641.6, 2693.0),
    faults: dropFirst('client', ['SYN'], 2),
  },
  'syn-blackhole': {
    ...base,
    sysctl: { 'net.ipv4.tcp_syn_retries': 2 },
    actions: [listen, { at: 0, host: 'client', call: 'connect' }],
    // "every SYN": more rules than SYNs; the test checks that no SYN got through.
    faults: dropFirst('client', ['SYN'], 20),
  },
  'lost-syn-ack': {
    ...base,
    actions: connectThenClose(1614.2, 1665.8),
    faults: dropFirst('server', ['SYN', 'ACK'], 1),
  },
  'lost-final-ack': {
    ...base,
    actions: connectThenClose(2603.1, 2654.5),
    faults: dropFirst('client', ['ACK'], 1),
  },
  'closed-port': {
    ...base,
    actions: [{ at: 0, host: 'client', call: 'connect' }],
  },
  'simultaneous-open': {
    ...base,
    actions: [
      { at: 0, host: 'client', call: 'connect' },
      { at: 10.0, host: 'server', call: 'connect' },
      { at: 1101.8, host: 'client', call: 'close' },
      { at: 1153.4, host: 'server', call: 'close' },
    ],
  },
  'old-duplicate-syn': {
    ...base,
    actions: [listen],
    // Sent by a raw socket on the client at 0, so it reaches the server 50 ms later.
    inject: [{ at: 0 + ONE_WAY_MS, to: 'server', flags: ['SYN'], seq: 1000 }],
  },
  'old-duplicate-syn-during-connect': {
    ...base,
    actions: connectThenClose(911.2, 962.4),
    faults: dropFirst('client', ['SYN'], 1), // injected segments are not counted by `nth`
    inject: [{ at: 200.1 + ONE_WAY_MS, to: 'server', flags: ['SYN'], seq: 1000 }],
  },
  'half-open-after-crash': {
    ...base,
    actions: [
      listen,
      { at: 0, host: 'client', call: 'connect' },
      // The real client aborts with its RST suppressed and carries on: state lost silently,
      // host still up. In the simulator: crash, and restart at the same moment.
      { at: 1102.4, host: 'client', call: 'crash' },
      { at: 1102.4, host: 'client', call: 'restart' },
      { at: 2103.2, host: 'client', call: 'connect' },
      { at: 3315.9, host: 'client', call: 'close' },
      { at: 3367.2, host: 'server', call: 'close' },
    ],
  },
};

interface TapPacket {
  t: number;
  from: HostName;
  flags: FlagName[];
  seq: number;
  ack: number | null;
  len: number;
  retransmission: boolean;
  stale: boolean;
  /** "2,4,8,1,3 mss 1460 ws 10": option kinds on the wire in order, MSS and window scale. */
  options: string;
}

/** The option kinds of a header's option bytes, in order (NOP and EOL are one octet). */
function optionKinds(bytes: Uint8Array): number[] {
  const kinds: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const kind = bytes[i]!;
    kinds.push(kind);
    if (kind === 0) break;
    i += kind === 1 ? 1 : Math.max(2, bytes[i + 1] ?? 2);
  }
  return kinds;
}

/**
 * The options as compared: for a simulated segment, the kinds in the bytes the exporter
 * writes (src/export/tcp-header.ts); for a captured one, the importer's decoding.
 */
function optionsText(s: TraceSegment): string {
  const o = s.options as (TraceSegment['options'] & { kinds?: number[] }) | undefined;
  if (!o) return '';
  const kinds = o.kinds ?? optionKinds(encodeTcpOptions(o));
  return `${kinds.join(',')} mss ${o.mss ?? '-'} ws ${o.windowScale ?? '-'}`;
}

function tapPacket(t: number, s: TraceSegment): TapPacket {
  return {
    t,
    from: s.from,
    flags: [...s.flags],
    seq: s.seq,
    ack: s.ack,
    len: s.len,
    retransmission: s.retransmission === true,
    stale: s.stale === true,
    options: optionsText(s),
  };
}

/** What tcpdump on the client's interface would have recorded of a simulated run (see the header). */
function clientTapView(trace: Trace): TapPacket[] {
  const out: { p: TapPacket; order: number }[] = [];
  trace.events.forEach((e, order) => {
    if (e.type === 'send' && e.host === 'client') out.push({ p: tapPacket(e.t, e.segment), order });
    else if (e.type === 'deliver' && e.host === 'client')
      out.push({ p: tapPacket(e.t, e.segment), order });
    else if (e.type === 'drop' && e.segment.from === 'server' && e.reason === 'fault')
      out.push({ p: tapPacket(e.sentAt + ONE_WAY_MS, e.segment), order });
    else if (e.type === 'deliver' && e.host === 'server' && e.segment.stale)
      out.push({ p: tapPacket(e.t - ONE_WAY_MS, e.segment), order });
  });
  out.sort((a, b) => a.p.t - b.p.t || a.order - b.order);
  const t0 = out[0]?.p.t ?? 0;
  return out.map(({ p }) => ({ ...p, t: p.t - t0 }));
}

/** The recorded capture, through the project's importer. */
function capturedView(name: string): TapPacket[] {
  const parsed = parseCapture(new Uint8Array(readFileSync(join(DIR, `${name}.pcap`))));
  const [conversation] = tcpConversations(parsed.packets);
  const trace = conversationToTrace(parsed.packets, conversation!);
  for (const s of trace.segments)
    expect(
      s.tcpFlags.filter((f) => f === 'CWR' || f === 'ECE' || f === 'AE'),
      `${name} frame ${s.frame}`,
    ).toEqual([]);
  return trace.segments.map((s) => tapPacket(s.t, s));
}

/** A pure ACK of the peer's FIN that the same host's FIN follows within 200 ms (delayed ACK; see the header). */
function isDelayedAckCandidate(view: readonly TapPacket[], i: number): boolean {
  const p = view[i]!;
  if (p.flags.join() !== 'ACK' || p.len !== 0) return false;
  const finOfPeer = view
    .slice(0, i)
    .some(
      (q) => q.from !== p.from && q.flags.includes('FIN') && p.ack === (q.seq + q.len + 1) >>> 0,
    );
  if (!finOfPeer) return false;
  const next = view.slice(i + 1).find((q) => q.from === p.from);
  return next !== undefined && next.flags.includes('FIN') && next.t - p.t <= DELAYED_ACK_MAX_MS;
}

/**
 * "C SYN,ACK 0 1" lines: direction, flags (canonical order), relative seq and ack. Each side's
 * numbers are relative to its latest ISN (the seq of its latest SYN; without one, Wireshark's
 * seq − 1); a number that only fits an earlier ISN is written with "@oldK".
 */
function shapes(view: readonly TapPacket[]): string[] {
  const isns: Record<HostName, number[]> = { client: [], server: [] };
  const relative = (side: HostName, n: number): string => {
    const list = isns[side];
    for (let k = list.length - 1; k >= 0; k--) {
      const offset = (n - list[k]!) >>> 0;
      if (offset < 0x10000)
        return k === list.length - 1 ? String(offset) : `${offset}@old${list.length - 1 - k}`;
    }
    return `?${n}`;
  };
  const FLAG_ORDER: FlagName[] = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG'];
  return view.map((p) => {
    const to: HostName = p.from === 'client' ? 'server' : 'client';
    const own = isns[p.from];
    if (p.flags.includes('SYN') ? own.at(-1) !== p.seq : own.length === 0)
      own.push(p.flags.includes('SYN') ? p.seq : (p.seq - 1) >>> 0);
    if (p.ack !== null && isns[to].length === 0) isns[to].push((p.ack - 1) >>> 0);
    const flags = FLAG_ORDER.filter((f) => p.flags.includes(f)).join(',');
    return `${p.from === 'client' ? 'C' : 'S'} ${flags} ${relative(p.from, p.seq)} ${p.ack === null ? '-' : relative(to, p.ack)}${p.len ? ` len ${p.len}` : ''}`;
  });
}

function compared(view: readonly TapPacket[]): { packets: TapPacket[]; excluded: string[] } {
  const all = shapes(view);
  const keep = view.map((_, i) => !isDelayedAckCandidate(view, i));
  return { packets: view.filter((_, i) => keep[i]), excluded: all.filter((_, i) => !keep[i]) };
}

function runCase(name: string) {
  const scenario = SCENARIOS[name]!;
  const trace = simulate(scenario);
  const sim = compared(clientTapView(trace));
  const real = compared(capturedView(name));
  return { scenario, trace, sim, real };
}

/**
 * Milliseconds since the first connect or injection, per recorded application call. The
 * host is the application's role, or its local address when it logs one. In
 * simultaneous-open both peers log as "client" and only their connects name an address,
 * so there a close is matched by time alone (host null).
 */
function recordedCalls(c: ManifestCase): { host: HostName | null; call: string; at: number }[] {
  const t0 = c.applications.find((a) => a.event === 'connect' || a.event === 'inject-syn')!.wall!;
  const locals = new Set(c.applications.filter((a) => a.event === 'connect').map((a) => a.local));
  const hostOf = (a: ManifestCase['applications'][number]): HostName | null => {
    if (a.local) return a.local.startsWith('10.200.0.2:') ? 'server' : 'client';
    if (a.role === 'server') return 'server';
    return locals.size > 1 ? null : 'client';
  };
  const out: { host: HostName | null; call: string; at: number }[] = [];
  for (const a of c.applications) {
    if (a.wall === undefined) continue;
    const at = (a.wall - t0) * 1000;
    if (a.event === 'inject-syn') out.push({ host: 'server', call: 'inject', at: at + ONE_WAY_MS });
    else if (a.event === 'connect' || a.event === 'close' || a.event === 'crash')
      out.push({ host: hostOf(a), call: a.event, at });
  }
  return out;
}

describe(`the linux profile against kernel ${manifest.kernel} (test/fixtures/linux)`, () => {
  it('has a scenario for every recorded case', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(manifest.cases.map((c) => c.name).sort());
  });

  it.each(manifest.cases.map((c) => c.name))(
    '%s: the scenario does what the recording did',
    (name) => {
      const c = manifestCase(name);
      const s = SCENARIOS[name]!;
      // Calls at the recorded times (±1 ms). A recorded close of a connection that no longer
      // exists (half-open: the server's after the reset) or of a listener has no segment to show.
      const recorded = recordedCalls(c);
      const scripted = [
        ...(s.actions ?? [])
          .filter((a) => a.call !== 'listen' && a.call !== 'restart')
          .map((a) => ({ host: a.host, call: a.call as string, at: a.at })),
        ...(s.inject ?? []).map((i) => ({ host: i.to, call: 'inject', at: i.at })),
      ];
      for (const a of scripted) {
        const match = recorded.find(
          (r) => (r.host ?? a.host) === a.host && r.call === a.call && Math.abs(r.at - a.at) <= 1,
        );
        expect(
          match,
          `${name}: ${a.host} ${a.call} at ${a.at} ms is not in the recorded application log ${JSON.stringify(recorded)}`,
        ).toBeDefined();
      }
      // Sysctls: the client's recorded values are the profile's (after the scenario's overrides).
      const profile = getProfile('linux', s.sysctl);
      const modelled: Record<LinuxSysctl, number> = {
        'net.ipv4.tcp_syn_retries':
          profile.synGiveUp.kind === 'linux' ? profile.synGiveUp.synRetries : NaN,
        'net.ipv4.tcp_syn_linear_timeouts':
          profile.synGiveUp.kind === 'linux' ? profile.synGiveUp.linearTimeouts : NaN,
        'net.ipv4.tcp_synack_retries':
          profile.synAckGiveUp.kind === 'count' ? profile.synAckGiveUp.retries : NaN,
        'net.ipv4.tcp_invalid_ratelimit': profile.invalidAckIntervalMs,
        'net.ipv4.tcp_syncookies': ['off', 'overflow', 'always'].indexOf(profile.synCookies),
      };
      for (const key of Object.keys(LINUX_SYSCTLS) as LinuxSysctl[])
        expect(modelled[key], `${name} ${key}`).toBe(c.sysctl.client[key]);
      // Fault rules: the manifest's machine-readable drops, rule for rule.
      const drops = c.faults.flatMap((f) => (f.drop ? [f.drop] : []));
      const expectedRules = drops.flatMap((d) =>
        dropFirst(d.from, d.flags.split(',') as FlagName[], d.first ?? 20),
      );
      const sortFlags = (f: Fault) => ({
        ...f,
        match: { ...f.match, flags: [...(f.match.flags ?? [])].sort() },
      });
      expect((s.faults ?? []).map(sortFlags)).toEqual(expectedRules.map(sortFlags));
    },
  );

  it.each(manifest.cases.map((c) => c.name))(
    '%s: segment by segment, the simulator matches the capture',
    (name) => {
      const { sim, real } = runCase(name);
      expect(shapes(sim.packets), `${name}: simulator (left) vs kernel (right)`).toEqual(
        shapes(real.packets),
      );
      // Only pure ACKs of a FIN may be excluded. The committed captures all close in 3
      // segments (nothing excluded); a re-recording may show the 4-segment close, which is
      // then excluded the same way on the kernel's side.
      for (const line of [...sim.excluded, ...real.excluded])
        expect(line).toMatch(/^[CS] ACK \d+ 2$/);
      let timers = 0;
      sim.packets.forEach((p, i) => {
        if (p.retransmission) timers++;
        const r = real.packets[i]!;
        const tolerance = BASE_TOLERANCE_MS + PER_TIMER_TOLERANCE_MS * timers;
        expect(
          Math.abs(p.t - r.t),
          `${name} #${i + 1} ${shapes(sim.packets)[i]}: simulator ${p.t.toFixed(1)} ms, kernel ${r.t.toFixed(1)} ms (±${tolerance})`,
        ).toBeLessThanOrEqual(tolerance);
      });
    },
  );

  it.each(manifest.cases.map((c) => c.name))(
    "%s: SYN and SYN,ACK carry the same options as the kernel's, in the same order (MSS, SACK_PERM, TS, NOP, WS)",
    (name) => {
      const { sim, real } = runCase(name);
      // Segments the simulator sent (not the old SYN injected at the server: the kernel's came
      // from a raw socket), paired by position: the shapes are equal (test above).
      const syns = sim.packets.flatMap((p, i) => (p.flags.includes('SYN') && !p.stale ? [i] : []));
      expect(syns.length, name).toBeGreaterThan(0);
      const line = (p: TapPacket) => `${p.from} ${p.flags.join(',')} ${p.options}`;
      expect(syns.map((i) => line(sim.packets[i]!))).toEqual(
        syns.map((i) => line(real.packets[i]!)),
      );
    },
  );

  it("the excluded segments are exactly the simulator's separate ACKs of a FIN in the cases that close", () => {
    // (In the committed captures every close is the 3-segment one: nothing is excluded there.)
    const excluded = Object.fromEntries(
      manifest.cases.map((c) => [c.name, runCase(c.name).sim.excluded]),
    );
    expect(excluded).toEqual({
      'closed-port': [],
      'half-open-after-crash': ['S ACK 1 2'],
      'lost-final-ack': ['S ACK 1 2'],
      'lost-syn': ['S ACK 1 2'],
      'lost-syn-ack': ['S ACK 1 2'],
      'old-duplicate-syn': [],
      'old-duplicate-syn-during-connect': ['S ACK 1 2'],
      'plain-connect-close': ['S ACK 1 2'],
      'simultaneous-open': ['S ACK 1 2'],
      'syn-blackhole': [],
      'two-lost-syns': ['S ACK 1 2'],
    });
  });

  it.each(manifest.cases.map((c) => c.name))(
    '%s: connect() ends as it did for the real application',
    (name) => {
      const c = manifestCase(name);
      const { trace } = runCase(name);
      const real = c.applications.filter((a) => a.event === 'connect-result');
      const simulated = trace.events.filter(
        (e) => e.type === 'app' && e.call === 'connect' && e.result !== undefined,
      );
      expect(simulated.map((e) => (e.type === 'app' ? e.result : null))).toEqual(
        real.map((a) => a.result),
      );
      simulated.forEach((e, i) => {
        const started = trace.events.filter(
          (x) =>
            x.type === 'app' &&
            x.call === 'connect' &&
            x.result === undefined &&
            x.t <= e.t &&
            x.host === (e.type === 'app' ? e.host : ''),
        );
        const from = started.at(-1)?.t ?? 0;
        // The same per-timer slack: a timeout after 6 SYNs ends 130 ms late in the capture.
        const timers = trace.events.filter(
          (x) => x.type === 'send' && x.segment.retransmission && x.t <= e.t,
        ).length;
        expect(
          Math.abs((e.t - from) / 1000 - real[i]!.seconds!),
          `${name} connect ${i + 1}`,
        ).toBeLessThanOrEqual((BASE_TOLERANCE_MS + PER_TIMER_TOLERANCE_MS * timers) / 1000 + 0.001);
      });
    },
  );

  it('plain connect and close: TIME-WAIT lasts 60 s, as ss showed (59 s left just after the close, gone about 61 s later)', () => {
    const { trace } = runCase('plain-connect-close');
    const set = trace.events.find(
      (e) => e.type === 'timer' && e.timer === 'time-wait' && e.action === 'set',
    );
    expect(set?.type === 'timer' ? (set.due ?? 0) - set.t : null).toBe(60_000);
    const observer = manifestCase('plain-connect-close').applications.find(
      (a) => a.event === 'time-wait-gone',
    ) as { seconds_after_close_approx?: number; ss_at_start?: string } | undefined;
    expect(observer?.ss_at_start).toMatch(/timewait,59sec/);
    expect(Math.abs((observer?.seconds_after_close_approx ?? 0) - 60)).toBeLessThanOrEqual(1);
  });

  it('syn black hole: no SYN got through, so "every SYN" was dropped', () => {
    const { trace } = runCase('syn-blackhole');
    expect(trace.events.filter((e) => e.type === 'deliver' && e.host === 'server')).toEqual([]);
    expect(trace.events.filter((e) => e.type === 'send' && e.host === 'client')).toHaveLength(6);
  });
});
