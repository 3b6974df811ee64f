// Window scaling in a capture (RFC 7323 §2): once both SYNs of a connection carried a
// window-scale option, every later segment's 16-bit Window field holds the window shifted
// right by its sender's announced shift. The trace keeps windows in octets, so the bytes
// need to know, per segment, which shift its sender had agreed to.

import type { TraceEvent, TraceSegment } from '../core/trace.ts';

const key = (from: string, srcPort: number, dstPort: number): string =>
  `${from}:${srcPort}:${dstPort}`;

/** A function giving each segment's window shift (0 without an agreed window scale). */
export function windowShifts(events: readonly TraceEvent[]): (seg: TraceSegment) => number {
  const announced = new Map<string, number>();
  for (const e of events) {
    if (e.type !== 'send' && e.type !== 'deliver') continue;
    const s = e.segment;
    if (s.options?.windowScale !== undefined)
      announced.set(key(s.from, s.srcPort, s.dstPort), s.options.windowScale);
  }
  if (announced.size === 0) return () => 0;
  return (s) => {
    const own = announced.get(key(s.from, s.srcPort, s.dstPort));
    const peer = announced.get(
      key(s.from === 'client' ? 'server' : 'client', s.dstPort, s.srcPort),
    );
    return own !== undefined && peer !== undefined ? own : 0;
  };
}
