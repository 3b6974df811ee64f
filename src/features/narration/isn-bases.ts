// The numbers "relative" sequence numbering counts from. Its own module because the app shell
// needs it for the inspector while the rest of the narration loads later.
import type { TraceEvent } from '../../core/trace.ts';

/** Base sequence numbers for "relative" numbering: each host's first initial send sequence number. */
export interface IsnBases {
  client: number;
  server: number;
}

/** Each host's first chosen ISS (from the first state event that carries one); 0 when none. */
export function isnBases(events: readonly TraceEvent[]): IsnBases {
  const out: Partial<IsnBases> = {};
  for (const e of events) {
    if (e.type === 'state' && e.iss !== undefined && out[e.host] === undefined) out[e.host] = e.iss;
    if (out.client !== undefined && out.server !== undefined) break;
  }
  return { client: out.client ?? 0, server: out.server ?? 0 };
}
