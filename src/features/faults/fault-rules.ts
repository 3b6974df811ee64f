// Pointing at a segment becomes a rule in the scenario. A rule names the segment the way the
// engine matches it: sender, exact flag set, and occurrence (the nth segment with that flag
// set the sender sent, retransmissions counted), so it still means "this segment" after the
// run is simulated again.
import type { Fault, Injection } from '../../core/scenario.ts';
import type { FlagName, HostName } from '../../core/trace.ts';
import type { Translate } from '../../app/i18n/i18n.tsx';
import { seconds } from '../../app/i18n/i18n.tsx';
import type { SegmentInfo, TraceIndex } from '../../state/trace-index.ts';

/** Copies and injected segments are not sent by a host, so no rule can name them. */
export function canTarget(info: SegmentInfo): boolean {
  return !info.fromPast && info.segment.copyOf === undefined;
}

function sameFlags(a: readonly FlagName[], b: readonly FlagName[]): boolean {
  return a.length === b.length && a.every((f) => b.includes(f));
}

/** 1-based occurrence of this segment's exact flag set among its sender's sends. */
export function occurrence(index: TraceIndex, info: SegmentInfo): number {
  let n = 0;
  for (const s of index.segments) {
    if (s.from !== info.from || !canTarget(s) || !sameFlags(s.segment.flags, info.segment.flags))
      continue;
    n++;
    if (s.id === info.id) return n;
  }
  return n;
}

export type FaultAction = 'drop' | 'delay' | 'duplicate';

export function faultFor(index: TraceIndex, info: SegmentInfo, action: FaultAction, ms = 0): Fault {
  const match = { from: info.from, flags: [...info.segment.flags], nth: occurrence(index, info) };
  switch (action) {
    case 'drop':
      return { match, action };
    case 'delay':
      return { match, action, ms };
    case 'duplicate':
      return { match, action, ms };
  }
}

/** An old SYN reaching `to` at `at`: numbered just below the sender's first ISN, as if left over. */
export function oldSynInjection(index: TraceIndex, to: HostName, at: number): Injection {
  const sender: HostName = to === 'server' ? 'client' : 'server';
  const firstSyn = index.segments.find(
    (s) => s.from === sender && s.segment.flags.includes('SYN') && !s.fromPast,
  );
  const seq = firstSyn ? (firstSyn.segment.seq - 10 + 2 ** 32) % 2 ** 32 : 90;
  return { at, to, flags: ['SYN'], seq };
}

/** Where an old SYN shows why TCP needs three messages (oldSynMoment), ms. */
export interface OldSynMoment {
  /** When to inject it: between the two moments below, on a 10 ms step. */
  at: number;
  /** When the server started listening. */
  listening: number;
  /** When the client's first SYN reaches the listening server. */
  synArrives: number;
}

/**
 * A moment at which an old SYN makes the difference between the protocols: while the server
 * listens and before the client's first SYN reaches it. A two-way server takes the old SYN for
 * a connection and holds a phantom; a three-way server answers SYN-ACK, the client (whose own
 * SYN is still in flight) answers RST, and nothing is left open. Once a connection is open, an
 * old SYN is answered with an ACK and dropped in either protocol, so a moment picked at random
 * (the form's old 0.5 s, in the default run) showed no difference at all. Null when there is
 * no such moment: the server never listens, or the SYN reaches it less than 20 ms after.
 */
export function oldSynMoment(index: TraceIndex): OldSynMoment | null {
  const listen = index.stateChanges.find(
    (c) => c.host === 'server' && c.listener && c.to === 'LISTEN',
  );
  if (!listen) return null;
  const syn = index.segments.find(
    (s) =>
      s.from === 'client' &&
      !s.fromPast &&
      s.end === 'deliver' &&
      s.endT! > listen.t &&
      sameFlags(s.segment.flags, ['SYN']),
  );
  if (!syn || syn.endT! - listen.t < 20) return null;
  // Halfway, rounded down to 10 ms: a number a user reads and types back the same.
  const at = listen.t + Math.max(10, Math.floor((syn.endT! - listen.t) / 20) * 10);
  return { at, listening: listen.t, synArrives: syn.endT! };
}

export function describeFault(f: Fault, t: Translate): string {
  const params = {
    nth: f.match.nth,
    flags:
      f.match.flags && f.match.flags.length > 0 ? f.match.flags.join(' ') : t('faults.anySegment'),
    from: t(`segment.host.${f.match.from}`),
  };
  switch (f.action) {
    case 'drop':
      return t('faults.rule.drop', params);
    case 'delay':
      return t('faults.rule.delay', { ...params, ms: f.ms });
    case 'duplicate':
      return t('faults.rule.duplicate', { ...params, ms: f.ms });
  }
}

export function describeInjection(inj: Injection, t: Translate): string {
  return t('faults.rule.inject', {
    flags: inj.flags.join(' '),
    seq: inj.seq,
    to: t(`segment.host.${inj.to}`),
    time: seconds(inj.at),
  });
}
