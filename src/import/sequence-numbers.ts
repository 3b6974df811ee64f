// Relative sequence and acknowledgment numbers as Wireshark shows them: each side's
// numbers relative to its initial sequence number (the seq of its SYN). A side whose SYN
// was not captured gets base seq - 1 for its first segment (so its first data byte is 1),
// or, when only an ACK of its SYN is seen, that ACK - 1. A later SYN from the same side
// with a different seq (a new incarnation on the same ports, or an old duplicate) starts
// a new numbering, as Wireshark does when it detects port reuse; the segment says so.

import type { TcpInfo } from './ip-tcp.ts';

export type Side = 'client' | 'server';

export interface RelativeNumbers {
  seq: number;
  /** null when the ACK bit is off. */
  ack: number | null;
  /** True when this SYN set a new base for its sender, replacing an earlier one. */
  newIsn: boolean;
}

export class SequenceBases {
  private readonly base: Partial<Record<Side, number>> = {};

  relative(from: Side, tcp: Pick<TcpInfo, 'seq' | 'ack' | 'flags'>): RelativeNumbers {
    const to: Side = from === 'client' ? 'server' : 'client';
    const syn = tcp.flags.includes('SYN');
    const hasAck = tcp.flags.includes('ACK');
    const previous = this.base[from];
    let newIsn = false;
    if (syn && previous !== tcp.seq) {
      newIsn = previous !== undefined;
      this.base[from] = tcp.seq;
    } else if (previous === undefined) {
      this.base[from] = (tcp.seq - 1) >>> 0;
    }
    if (hasAck && this.base[to] === undefined) this.base[to] = (tcp.ack - 1) >>> 0;
    return {
      seq: (tcp.seq - this.base[from]!) >>> 0,
      ack: hasAck ? (tcp.ack - this.base[to]!) >>> 0 : null,
      newIsn,
    };
  }

  /** The current initial sequence number of a side, once known. */
  isn(side: Side): number | undefined {
    return this.base[side];
  }
}
