// Connection states INFERRED from captured segments. A capture shows segments, never
// states, so these are an interpretation, marked `inferred: true` everywhere. The rules:
// - What a host sends is the strongest evidence: a SYN means SYN-SENT, a SYN,ACK means
//   SYN-RECEIVED, an ACK of the peer's SYN sent from SYN-SENT means ESTABLISHED, a FIN
//   moves ESTABLISHED to FIN-WAIT-1 and CLOSE-WAIT to LAST-ACK, a RST sent from a
//   synchronized state aborts (CLOSED).
// - What a host receives is assumed to arrive when captured (the delay to the other host
//   is unknown). The exception: an ACK completing the handshake is not taken as arrived
//   when the receiver's next segment is a SYN,ACK retransmission (it evidently was lost).
// - A host in a synchronized state that sends a new SYN has lost its connection without
//   a trace on the wire (a crash): it is shown as CLOSED, then SYN-SENT.
// RFC 9293 §3.3.2 (state diagram) and §3.10.7 (segment arrives) are the model.

import type { TcpState } from '../core/trace.ts';
import { SYNCHRONIZED_STATES } from '../core/trace.ts';
import type { TcpInfo } from './ip-tcp.ts';
import type { Side } from './sequence-numbers.ts';

export interface ObservedSegment {
  from: Side;
  t: number;
  tcp: TcpInfo;
}

export interface InferredTransition {
  t: number;
  host: Side;
  from: TcpState;
  to: TcpState;
  /** Index of the segment whose sending or arrival is the evidence. */
  segment: number;
  /** What the inference rests on, in a few words (English; the UI can show it). */
  because: string;
}

export interface InferredStates {
  initial: Record<Side, TcpState>;
  transitions: InferredTransition[];
  final: Record<Side, TcpState>;
}

export function inferStates(segments: readonly ObservedSegment[]): InferredStates {
  const firstServerSyn = segments.find((s) => s.from === 'server' && s.tcp.flags.includes('SYN'));
  const serverPassive = firstServerSyn !== undefined && firstServerSyn.tcp.flags.includes('ACK');
  const initial: Record<Side, TcpState> = { client: 'CLOSED', server: serverPassive ? 'LISTEN' : 'CLOSED' };
  const state: Record<Side, TcpState> = { ...initial };
  const isn: Partial<Record<Side, number>> = {};
  const finEnd: Partial<Record<Side, number>> = {};
  const transitions: InferredTransition[] = [];

  const move = (host: Side, to: TcpState, i: number, because: string): void => {
    if (state[host] === to) return;
    transitions.push({ t: segments[i]!.t, host, from: state[host], to, segment: i, because });
    state[host] = to;
  };

  segments.forEach((seg, i) => {
    const { tcp } = seg;
    const s = seg.from;
    const r: Side = s === 'client' ? 'server' : 'client';
    const has = (f: string) => tcp.flags.includes(f as never);
    const acks = (side: Side, value: number | undefined) => has('ACK') && value !== undefined && tcp.ack === value;

    // The sender, from what it sent.
    if (has('SYN') && !has('ACK')) {
      if (SYNCHRONIZED_STATES.has(state[s])) move(s, 'CLOSED', i, 'sent a new SYN: its old connection is gone');
      isn[s] = tcp.seq;
      move(s, 'SYN-SENT', i, 'sent a SYN');
    } else if (has('SYN') && has('ACK')) {
      isn[s] = tcp.seq;
      move(s, 'SYN-RECEIVED', i, 'sent a SYN,ACK');
    } else if (has('RST')) {
      if (SYNCHRONIZED_STATES.has(state[s])) move(s, 'CLOSED', i, 'sent a RST (abort)');
      else if (state[s] === 'SYN-RECEIVED') move(s, initial[s] === 'LISTEN' ? 'LISTEN' : 'CLOSED', i, 'sent a RST');
    } else if (state[s] === 'SYN-SENT' && acks(r, plusOne(isn[r]))) {
      move(s, 'ESTABLISHED', i, "acknowledged the peer's SYN");
    }
    if (has('FIN')) {
      finEnd[s] = (tcp.seq + tcp.payloadLength + 1) >>> 0;
      if (state[s] === 'ESTABLISHED' || state[s] === 'SYN-RECEIVED') move(s, 'FIN-WAIT-1', i, 'sent a FIN');
      else if (state[s] === 'CLOSE-WAIT') move(s, 'LAST-ACK', i, 'sent a FIN');
    }

    // The receiver, assuming the segment arrived.
    const before = state[r];
    let next = before;
    if (has('RST')) {
      if (before === 'SYN-SENT') next = acks(r, plusOne(isn[r])) ? 'CLOSED' : before;
      else if (before === 'SYN-RECEIVED') next = initial[r] === 'LISTEN' ? 'LISTEN' : 'CLOSED';
      else if (SYNCHRONIZED_STATES.has(before)) next = 'CLOSED';
    } else if (has('ACK')) {
      if (before === 'SYN-RECEIVED' && acks(r, plusOne(isn[r]))) {
        const nextFromReceiver = segments.slice(i + 1).find((x) => x.from === r);
        const lost = nextFromReceiver?.tcp.flags.includes('SYN') && nextFromReceiver.tcp.flags.includes('ACK');
        if (!lost) next = 'ESTABLISHED';
      }
      if (acks(r, finEnd[r])) {
        if (next === 'FIN-WAIT-1') next = 'FIN-WAIT-2';
        else if (next === 'CLOSING') next = 'TIME-WAIT';
        else if (next === 'LAST-ACK') next = 'CLOSED';
      }
      if (has('FIN')) {
        if (next === 'ESTABLISHED') next = 'CLOSE-WAIT';
        else if (next === 'FIN-WAIT-1') next = 'CLOSING';
        else if (next === 'FIN-WAIT-2') next = 'TIME-WAIT';
      }
    }
    if (next !== before) move(r, next, i, has('RST') ? 'received a RST' : has('FIN') ? 'received a FIN' : 'received an ACK');
  });
  return { initial, transitions, final: { ...state } };
}

function plusOne(v: number | undefined): number | undefined {
  return v === undefined ? undefined : (v + 1) >>> 0;
}
