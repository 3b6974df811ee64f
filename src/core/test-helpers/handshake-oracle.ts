// An independent judge of the three-way handshake, for property tests: it reads only
// send/deliver/state events (not the engine's analysis) and says, for every socket that
// became synchronized, whether that happened through a genuine handshake with one live
// peer socket. Genuine means: the socket accepted a SYN sent by peer P (not a stale or
// injected segment), the segment that synchronized it was sent by P, and P in turn
// accepted a SYN sent by this socket — "four facts" of RFC 9293 §3.4 (tcp-notes §4.2).

import { SYNCHRONIZED_STATES, type DeliverEvent, type Trace, type TraceSegment } from '../trace.ts';

export interface Synchronization {
  socket: string;
  t: number;
  /** The socket whose SYN this one accepted (null: a stale segment or none). */
  partner: string | null;
  genuine: boolean;
  /** Why not, when not genuine. */
  reason?: string;
}

const OPENING_RULES = new Set(['L-3', 'SS-4', 'L-3/2WH', 'SS-4/2WH']);
/** The rules by which a TCP socket may become synchronized on a segment from its peer. */
const SYNC_RULES = new Set(['SS-4', 'O-5', 'O-8']);

export function synchronizations(trace: Trace): Synchronization[] {
  const sender = new Map<number, string | null>();
  const synFrom = new Map<string, string | null>();
  const synced = new Set<string>();
  /**
   * A CLOSE in SYN-RECEIVED enters FIN-WAIT-1 (RFC 9293 §3.10.4) before the peer has
   * confirmed anything; such a socket is judged at its next change driven by a segment.
   */
  const deferred = new Set<string>();
  const out: Synchronization[] = [];
  const origin = (s: TraceSegment): string | null =>
    s.stale ? null : (sender.get(s.copyOf ?? s.id) ?? null);
  let lastDeliver: DeliverEvent | null = null;

  for (const e of trace.events) {
    if (e.type === 'send') sender.set(e.segment.id, e.socket);
    else if (e.type === 'deliver') {
      lastDeliver = e;
      if (e.socket && e.segment.flags.includes('SYN') && OPENING_RULES.has(e.rule))
        synFrom.set(e.socket, origin(e.segment));
    } else if (e.type === 'state' && e.rule.startsWith('U-') && e.from === 'SYN-RECEIVED') {
      deferred.add(e.socket);
    } else if (e.type === 'state' && e.to === 'CLOSED') {
      deferred.delete(e.socket);
    } else if (
      e.type === 'state' &&
      SYNCHRONIZED_STATES.has(e.to) &&
      !synced.has(e.socket) &&
      (!SYNCHRONIZED_STATES.has(e.from) || deferred.delete(e.socket))
    ) {
      synced.add(e.socket);
      const partner = synFrom.get(e.socket) ?? null;
      const via =
        lastDeliver && lastDeliver.t === e.t && lastDeliver.socket === e.socket
          ? origin(lastDeliver.segment)
          : null;
      let reason: string | undefined;
      if (!SYNC_RULES.has(e.rule))
        reason = `synchronized by rule ${e.rule}, not by a segment from the peer`;
      else if (partner === null) reason = 'accepted a SYN nobody in this run sent';
      else if (via !== partner)
        reason = `synchronized by a segment from ${via ?? 'nobody'}, not from ${partner}`;
      else if (synFrom.get(partner) !== e.socket)
        reason = `${partner} never accepted a SYN from ${e.socket}`;
      out.push({
        socket: e.socket,
        t: e.t,
        partner,
        genuine: reason === undefined,
        ...(reason ? { reason } : {}),
      });
    }
  }
  return out;
}
