// What differs between two runs of one scenario (left and right: RFC 9293 and Linux in the
// profiles view), read from the two traces alone: the first segment that differs, the
// schedules of SYN-bearing segments (retransmission timers), what the applications' connect()
// and accept() returned and when, and how long TIME-WAIT lasted. Nothing here knows which
// scenario ran or what a profile is supposed to do: rows appear only where the traces differ.
import type { AppResult, FlagName, HostName, Trace } from '../../core/trace.ts';

export type Pair<T> = readonly [T, T];

/** One segment as sent, by its position in the run's sequence of sends. */
export interface SentSegment {
  id: number;
  t: number;
  host: HostName;
  flags: readonly FlagName[];
  seq: number;
  ack: number | null;
  len: number;
  retransmission: boolean;
}

/** What an application call returned, and when. */
export interface CallOutcome {
  t: number;
  result: AppResult;
}

export type Difference =
  /** The first send at which the runs part ways; null on a side that sent nothing more. */
  | { kind: 'first-segment'; segments: Pair<SentSegment | null> }
  /** When segments with exactly these flags (SYN or SYN,ACK) left this host. */
  | { kind: 'schedule'; host: HostName; flags: readonly FlagName[]; times: Pair<number[]> }
  /** What connect() or accept() on this host returned, and when. */
  | { kind: 'call'; host: HostName; call: 'connect' | 'accept'; outcomes: Pair<CallOutcome[]> }
  /** How long each TIME-WAIT on this host was set to last. */
  | { kind: 'time-wait'; host: HostName; lengths: Pair<number[]> };

const HOSTS: readonly HostName[] = ['client', 'server'];

function sends(trace: Trace): SentSegment[] {
  return trace.events.flatMap((e) =>
    e.type === 'send'
      ? [
          {
            id: e.segment.id,
            t: e.t,
            host: e.host,
            flags: e.segment.flags,
            seq: e.segment.seq,
            ack: e.segment.ack,
            len: e.segment.len,
            retransmission: e.segment.retransmission === true,
          },
        ]
      : [],
  );
}

const sameSegment = (a: SentSegment, b: SentSegment): boolean =>
  a.t === b.t &&
  a.host === b.host &&
  a.flags.join() === b.flags.join() &&
  a.seq === b.seq &&
  a.ack === b.ack &&
  a.len === b.len;

function firstSegment(left: SentSegment[], right: SentSegment[]): Difference | null {
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const a = left[i] ?? null;
    const b = right[i] ?? null;
    if (a && b && sameSegment(a, b)) continue;
    return { kind: 'first-segment', segments: [a, b] };
  }
  return null;
}

const sameList = <T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean): boolean =>
  a.length === b.length && a.every((x, i) => eq(x, b[i]!));

/** Per host, the flag sets that carry SYN, in the order they first appear in either run. */
function schedules(left: SentSegment[], right: SentSegment[]): Difference[] {
  const out: Difference[] = [];
  for (const host of HOSTS) {
    const kinds: string[] = [];
    for (const s of [...left, ...right])
      if (s.host === host && s.flags.includes('SYN') && !kinds.includes(s.flags.join()))
        kinds.push(s.flags.join());
    for (const kind of kinds) {
      const times = (list: SentSegment[]) =>
        list.filter((s) => s.host === host && s.flags.join() === kind).map((s) => s.t);
      const pair: Pair<number[]> = [times(left), times(right)];
      if (!sameList(pair[0], pair[1], (x, y) => x === y))
        out.push({
          kind: 'schedule',
          host,
          flags: kind.split(',') as FlagName[],
          times: pair,
        });
    }
  }
  return out;
}

function outcomes(trace: Trace, host: HostName, call: 'connect' | 'accept'): CallOutcome[] {
  return trace.events.flatMap((e) =>
    e.type === 'app' && e.host === host && e.call === call && e.result !== undefined
      ? [{ t: e.t, result: e.result }]
      : [],
  );
}

function timeWaits(trace: Trace, host: HostName): number[] {
  return trace.events.flatMap((e) =>
    e.type === 'timer' &&
    e.host === host &&
    e.timer === 'time-wait' &&
    e.action === 'set' &&
    e.due !== undefined
      ? [e.due - e.t]
      : [],
  );
}

export function profileDifferences(left: Trace, right: Trace): Difference[] {
  const a = sends(left);
  const b = sends(right);
  const out: Difference[] = [];
  const first = firstSegment(a, b);
  if (first) out.push(first);
  out.push(...schedules(a, b));
  for (const host of HOSTS)
    for (const call of ['connect', 'accept'] as const) {
      const pair: Pair<CallOutcome[]> = [outcomes(left, host, call), outcomes(right, host, call)];
      if (!sameList(pair[0], pair[1], (x, y) => x.t === y.t && x.result === y.result))
        out.push({ kind: 'call', host, call, outcomes: pair });
    }
  for (const host of HOSTS) {
    const pair: Pair<number[]> = [timeWaits(left, host), timeWaits(right, host)];
    if (!sameList(pair[0], pair[1], (x, y) => x === y))
      out.push({ kind: 'time-wait', host, lengths: pair });
  }
  return out;
}
