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

const NO_COPIES: readonly { arriveAt: number; lost: boolean }[] = [];

/**
 * The fate of one transmitted segment. route() fills in the same object each time (one per
 * network): the engine reads it at once, so a send allocates no result.
 */
export class Route {
  /** Dropped (fault or loss) at `dropAt`; otherwise it arrives at `arriveAt`. */
  dropped: 'fault' | 'loss' | null = null;
  dropAt = 0;
  arriveAt = 0;
  /** Extra arrivals of copies, at these absolute times (each may itself be lost). */
  copies: readonly { arriveAt: number; lost: boolean }[] = NO_COPIES;
}

const NO_OFFSETS: number[] = [];

interface CompiledFault {
  from: HostName;
  bits: number | null;
  nth: number;
  fault: Fault;
}

export class Network {
  private readonly faults: CompiledFault[];
  private readonly result = new Route();
  /** Segments seen per sender, by exact flag set (index = bits, 0–63) and overall (index 64). */
  private readonly counts = { client: new Uint32Array(65), server: new Uint32Array(65) };

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
    let drop = false;
    let delay = 0;
    let dupOffsets: number[] = NO_OFFSETS;
    const faults = this.faults;
    if (faults.length > 0) {
      // Counting only matters to fault rules; fault-free runs skip it.
      const c = this.counts[from];
      const exact = ++c[bits & 63]!;
      const any = ++c[64]!;
      for (let i = 0; i < faults.length; i++) {
        const f = faults[i]!;
        if (f.from !== from || f.nth !== (f.bits === null ? any : exact) || (f.bits !== null && f.bits !== bits)) continue;
        const fault = f.fault;
        if (fault.action === 'drop') drop = true;
        else if (fault.action === 'delay') delay += fault.ms;
        else dupOffsets = [...dupOffsets, fault.ms];
      }
    }
    const base = from === 'client' ? this.link.clientToServer : this.link.serverToClient;
    // Draws happen in a fixed order (loss, then jitter, per packet) so traces are reproducible.
    // (The loss draw written out, as lossDraw(): this runs for every segment sent.)
    const lossRate = this.link.lossRate;
    const lost = !drop && lossRate > 0 && this.prng.next() < lossRate;
    const jitterMs = this.link.jitterMs;
    const arriveAt = sentAt + base + delay + (jitterMs > 0 ? Math.floor(this.prng.next() * (jitterMs + 1)) : 0);
    const r = this.result;
    r.dropped = drop ? 'fault' : lost ? 'loss' : null;
    r.dropAt = sentAt + base / 2;
    r.arriveAt = arriveAt;
    r.copies = drop || dupOffsets.length === 0 ? NO_COPIES : dupOffsets.map((ms) => ({ arriveAt: arriveAt + ms, lost: this.lossDraw() }));
    return r;
  }

  private lossDraw(): boolean {
    return this.link.lossRate > 0 && this.prng.next() < this.link.lossRate;
  }

}
