// The link between the two hosts: one-way latency per direction, jitter and random loss
// from the seeded PRNG, and the scenario's fault rules (drop, delay, duplicate).

import type { Prng } from './prng.ts';
import type { Fault } from './scenario.ts';
import { flagsToBits } from './segment.ts';
import type { HostName } from './trace.ts';

export interface LinkConfig {
  clientToServer: number;
  serverToClient: number;
  jitterMs: number;
  lossRate: number;
  faults: readonly Fault[];
}

/** The fate of one transmitted segment. */
export interface Route {
  /** Dropped (fault or loss) at `dropAt`; otherwise it arrives at `arriveAt`. */
  dropped: 'fault' | 'loss' | null;
  dropAt: number;
  arriveAt: number;
  /** Extra arrivals of copies, at these absolute times (each may itself be lost). */
  copies: { arriveAt: number; lost: boolean }[];
}

const NO_COPIES: Route['copies'] = [];
const NO_OFFSETS: number[] = [];

interface CompiledFault {
  from: HostName;
  bits: number | null;
  nth: number;
  fault: Fault;
}

export class Network {
  private readonly faults: CompiledFault[];
  /** Segments seen per sender and exact flag set (and per sender overall, key -1). */
  private readonly counts = { client: new Map<number, number>(), server: new Map<number, number>() };

  constructor(
    private readonly link: LinkConfig,
    private readonly prng: Prng,
  ) {
    this.faults = link.faults.map((f) => ({
      from: f.match.from,
      bits: f.match.flags ? flagsToBits(f.match.flags) : null,
      nth: f.match.nth,
      fault: f,
    }));
  }

  latency(from: HostName): number {
    return from === 'client' ? this.link.clientToServer : this.link.serverToClient;
  }

  route(from: HostName, bits: number, sentAt: number): Route {
    const exact = this.bump(from, bits);
    const any = this.bump(from, -1);
    let drop = false;
    let delay = 0;
    let dupOffsets: number[] = NO_OFFSETS;
    for (const f of this.faults) {
      if (f.from !== from || f.nth !== (f.bits === null ? any : exact) || (f.bits !== null && f.bits !== bits)) continue;
      const fault = f.fault;
      if (fault.action === 'drop') drop = true;
      else if (fault.action === 'delay') delay += fault.ms;
      else dupOffsets = [...dupOffsets, fault.ms];
    }
    const base = this.latency(from);
    // Draws happen in a fixed order (loss, then jitter, per packet) so traces are reproducible.
    const lost = !drop && this.lossDraw();
    const arriveAt = sentAt + base + delay + this.jitterDraw();
    const copies = drop || dupOffsets.length === 0 ? NO_COPIES : dupOffsets.map((ms) => ({ arriveAt: arriveAt + ms, lost: this.lossDraw() }));
    return {
      dropped: drop ? 'fault' : lost ? 'loss' : null,
      dropAt: sentAt + base / 2,
      arriveAt,
      copies,
    };
  }

  private bump(from: HostName, key: number): number {
    const m = this.counts[from];
    const n = (m.get(key) ?? 0) + 1;
    m.set(key, n);
    return n;
  }

  private lossDraw(): boolean {
    return this.link.lossRate > 0 && this.prng.next() < this.link.lossRate;
  }

  private jitterDraw(): number {
    return this.link.jitterMs > 0 ? Math.floor(this.prng.next() * (this.link.jitterMs + 1)) : 0;
  }
}
