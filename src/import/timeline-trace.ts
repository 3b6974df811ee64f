// A conversation's trace made ready for the space-time diagram. The capture saw each segment
// at one point on the path, at one instant: the diagram draws it crossing at that instant
// (a `deliver` right after its `send`, rule "captured": seen, not known to have arrived),
// and a server inferred to have been listening gets its listening socket at time 0, as in
// a simulation. Everything else (inferred states, relative numbers) is conversationToTrace's.

import type { DeliverEvent, TraceEvent } from '../core/trace.ts';
import type { ImportedTrace, InferredStateEvent } from './conversation-trace.ts';

export interface CaptureTrace extends ImportedTrace {
  /** Segments of the conversation in the capture; the trace may hold only the first ones. */
  totalSegments: number;
}

/** The rule of the synthetic arrivals: the segment was seen at the capture point then. */
export const CAPTURED_RULE = 'captured';

export function toTimelineTrace(imported: ImportedTrace, totalSegments: number): CaptureTrace {
  const events: TraceEvent[] = [];
  if (imported.initialStates.server === 'LISTEN') {
    const listening: InferredStateEvent = {
      type: 'state',
      t: 0,
      host: 'server',
      socket: `${imported.lanes.server.label} (listening)`,
      port: imported.lanes.server.port,
      peerPort: null,
      from: 'CLOSED',
      to: 'LISTEN',
      rule: 'inferred',
      inferred: true,
      because: 'answered a SYN with a SYN,ACK, so it was listening',
    };
    events.push(listening);
  }
  for (const e of imported.events) {
    events.push(e);
    if (e.type !== 'send') continue;
    const seen: DeliverEvent = {
      type: 'deliver',
      t: e.t,
      host: e.host === 'client' ? 'server' : 'client',
      socket: imported.lanes[e.host === 'client' ? 'server' : 'client'].label,
      segment: e.segment,
      rule: CAPTURED_RULE,
      discarded: false,
    };
    events.push(seen);
  }
  return {
    ...imported,
    events,
    summary: { ...imported.summary, eventCount: events.length },
    totalSegments,
  };
}
