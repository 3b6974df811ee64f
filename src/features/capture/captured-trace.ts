// What the shared views (lane headers, inspector) need to know about a captured trace,
// without pulling the importer into the first frame: type-only imports and two lookups.
import type { HostName, Trace, TraceSegment } from '../../core/trace.ts';
import type { ImportedLane, ImportedSegment } from '../../import/conversation-trace.ts';
import type { CaptureTrace } from '../../import/timeline-trace.ts';
import type { IsnBases } from '../narration/isn-bases.ts';

export function isCaptureTrace(trace: Trace): trace is CaptureTrace {
  return (trace as Partial<CaptureTrace>).source === 'capture';
}

/** The lane's address and port, when the trace is a capture. */
export function captureLane(trace: Trace, host: HostName): ImportedLane | null {
  return isCaptureTrace(trace) ? trace.lanes[host] : null;
}

/**
 * Bases that turn this captured segment's numbers into the relative ones Wireshark shows
 * (each side's ISN from its SYN, or its first seen seq when the SYN was not captured), so the
 * inspector's relative/absolute switch agrees with the timeline. Null for simulated segments.
 */
export function capturedBases(segment: TraceSegment): IsnBases | null {
  const s = segment as Partial<ImportedSegment> & TraceSegment;
  if (s.seqRelative === undefined) return null;
  const own = (s.seq - s.seqRelative) >>> 0;
  const peer = s.ack !== null && s.ackRelative != null ? (s.ack - s.ackRelative) >>> 0 : 0;
  return s.from === 'client' ? { client: own, server: peer } : { client: peer, server: own };
}
