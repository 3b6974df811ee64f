// What the state-machine panel of one side shows at a playhead: the state of the socket
// that changed most recently on that host, and that change. A server has a listener and
// one child socket per SYN; the RFC's figure follows a single TCB, so the panel follows
// whichever socket moved last (a child returning to LISTEN reads as the RFC's
// SYN-RECEIVED → LISTEN). Before any change the side is CLOSED.

import type { HostName, TcpState, TraceEvent } from '../../core/trace.ts';
import type { Transition } from './diagram.ts';

export interface SideState {
  state: TcpState;
  /** The transition that produced `state`, or null before the first one. */
  last: Transition | null;
  /** The socket followed, or null before the first transition. */
  socket: string | null;
  /** When the last transition happened (virtual ms). */
  at: number | null;
}

/** The side's state after the events 0..index (inclusive); index -1 = before the first event. */
export function sideStateAt(
  events: readonly TraceEvent[],
  index: number,
  host: HostName,
): SideState {
  for (let i = Math.min(index, events.length - 1); i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'state' && e.host === host) {
      return {
        state: e.to,
        last: { from: e.from, to: e.to, rule: e.rule },
        socket: e.socket,
        at: e.t,
      };
    }
  }
  return { state: 'CLOSED', last: null, socket: null, at: null };
}
