// What the fault menu (FaultPopover) and the fault panel (FaultPanel) add and say: the old SYN
// to inject and the moment to suggest for it, the rules already on a segment, and each rule in
// words. Apart from fault-rules.ts, which the first frame loads (the arrows ask it which
// segments a rule can name): these load with the menu and the panel, after the first frame.
import type { Fault, Injection } from '../../core/scenario.ts';
import type { HostName } from '../../core/trace.ts';
import type { FaultsTranslate } from './use-faults-t.ts';
import { seconds } from '../../app/i18n/i18n.tsx';
import type { SegmentInfo, TraceIndex } from '../../state/trace-index.ts';
import { canTarget, matchFor, occurrence, sameFlags } from './fault-rules.ts';

/** Where in `faults` the rules naming this segment are (the way faultFor names it). */
export function faultsOn(faults: readonly Fault[], index: TraceIndex, info: SegmentInfo): number[] {
  if (!canTarget(info)) return [];
  const nth = occurrence(index, info);
  // A rule without flags counts every segment of its sender: not this segment's name.
  return faults.flatMap((f, i) =>
    f.match.from === info.from &&
    f.match.nth === nth &&
    f.match.flags !== undefined &&
    sameFlags(f.match.flags, info.segment.flags)
      ? [i]
      : [],
  );
}

/** Whether two rules say the same thing: adding the second again would only list it twice. */
export function sameFault(a: Fault, b: Fault): boolean {
  const msA = a.action === 'drop' ? null : a.ms;
  const msB = b.action === 'drop' ? null : b.ms;
  return (
    a.action === b.action &&
    msA === msB &&
    a.match.from === b.match.from &&
    a.match.nth === b.match.nth &&
    (a.match.flags === undefined) === (b.match.flags === undefined) &&
    sameFlags(a.match.flags ?? [], b.match.flags ?? [])
  );
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

/** The words a rule names its segment by ("SYN #2 from the client"): the rule's own terms. */
function ruleTerms(match: Fault['match'], t: FaultsTranslate) {
  return {
    nth: match.nth,
    flags: match.flags && match.flags.length > 0 ? match.flags.join(' ') : t('faults.anySegment'),
    from: t(`segment.host.${match.from}`),
  };
}

/**
 * Which segment the menu is on, in the words its rule will use ("This is SYN #2 from the
 * client, a retransmission sent at 1.0 s."): an original and its retransmission carry the same
 * flags and numbers, and the rule added says "#2", which the diagram does not.
 */
export function describeTarget(index: TraceIndex, info: SegmentInfo, t: FaultsTranslate): string {
  return t(info.segment.retransmission ? 'faults.whichRetransmission' : 'faults.which', {
    ...ruleTerms(matchFor(index, info), t),
    time: seconds(info.sendT),
  });
}

export function describeFault(f: Fault, t: FaultsTranslate): string {
  const params = ruleTerms(f.match, t);
  switch (f.action) {
    case 'drop':
      return t('faults.rule.drop', params);
    case 'delay':
      return t('faults.rule.delay', { ...params, ms: f.ms });
    case 'duplicate':
      return t('faults.rule.duplicate', { ...params, ms: f.ms });
  }
}

export function describeInjection(inj: Injection, t: FaultsTranslate): string {
  return t('faults.rule.inject', {
    flags: inj.flags.join(' '),
    seq: inj.seq,
    to: t(`segment.host.${inj.to}`),
    time: seconds(inj.at),
  });
}
