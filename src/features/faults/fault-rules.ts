// Pointing at a segment becomes a rule in the scenario. A rule names the segment the way the
// engine matches it: sender, exact flag set, and occurrence (the nth segment with that flag
// set the sender sent, retransmissions counted), so it still means "this segment" after the
// run is simulated again.
import type { Fault } from '../../core/scenario.ts';
import type { FlagName } from '../../core/trace.ts';
import type { SegmentInfo, TraceIndex } from '../../state/trace-index.ts';

/** Copies and injected segments are not sent by a host, so no rule can name them. */
export function canTarget(info: SegmentInfo): boolean {
  return !info.fromPast && info.segment.copyOf === undefined;
}

export function sameFlags(a: readonly FlagName[], b: readonly FlagName[]): boolean {
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

/** How a rule names this segment: its sender, its exact flag set and its occurrence. */
export function matchFor(index: TraceIndex, info: SegmentInfo): Fault['match'] {
  return { from: info.from, flags: [...info.segment.flags], nth: occurrence(index, info) };
}

export function faultFor(index: TraceIndex, info: SegmentInfo, action: FaultAction, ms = 0): Fault {
  const match = matchFor(index, info);
  switch (action) {
    case 'drop':
      return { match, action };
    case 'delay':
      return { match, action, ms };
    case 'duplicate':
      return { match, action, ms };
  }
}
