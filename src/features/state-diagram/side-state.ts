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

/** Each host's state changes in a trace: their event indexes, ascending, and what each shows. */
type StateChanges = Record<HostName, { indexes: number[]; states: SideState[] }>;
const changesByTrace = new WeakMap<readonly TraceEvent[], StateChanges>();
const BEFORE_ANY: SideState = { state: 'CLOSED', last: null, socket: null, at: null };

function stateChanges(events: readonly TraceEvent[]): StateChanges {
  let changes = changesByTrace.get(events);
  if (!changes) {
    const found: StateChanges = {
      client: { indexes: [], states: [] },
      server: { indexes: [], states: [] },
    };
    events.forEach((e, i) => {
      if (e.type !== 'state') return;
      found[e.host].indexes.push(i);
      found[e.host].states.push({
        state: e.to,
        last: { from: e.from, to: e.to, rule: e.rule },
        socket: e.socket,
        at: e.t,
      });
    });
    changesByTrace.set(events, (changes = found));
  }
  return changes;
}

/**
 * The side's state after the events 0..index (inclusive); index -1 = before the first event.
 * Found by binary search among the host's state changes, indexed once per trace: in a bulk
 * transfer the last change can lie thousands of events back, and the panel asks at every
 * step. The same change always gives the same object, so a drawing of it can be memoised.
 */
export function sideStateAt(
  events: readonly TraceEvent[],
  index: number,
  host: HostName,
): SideState {
  const { indexes, states } = stateChanges(events)[host];
  let lo = 0;
  let hi = indexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indexes[mid]! <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? states[lo - 1]! : BEFORE_ANY;
}
