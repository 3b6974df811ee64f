import { loadavg } from 'node:os';

// The performance budgets of issue #3, in one place. KB means 1,000 bytes (the stricter
// reading: 125 KB is 125,000 bytes, not 128,000).

export const FRAME_MS = 1000 / 60;

export const BUDGETS = {
  initialJsGzipBytes: 125_000,
  totalTransferBytes: 150_000,
  firstScenarioDrawnMs: 480,
  maxLoadTaskMs: 120,
  seg200: { p95MsCpu1x: 16.7, p95MsCpu4x: 16.7, mainThreadBusyShareCpu1x: 0.15 },
  seg2000: { p95MsCpu1x: 16.7, p95MsCpu4x: 33.3, droppedShareCpu4x: 0.1 },
  workerSimulationMs: 50,
  seekMs: 16.7,
  jsHeapBytes: 4_000_000,
} as const;

/** One JSON line of the bench: a measurement, its budget and whether the budget is met. */
export function line(
  name: string,
  fields: Record<string, unknown>,
  budget?: { budget: string; met: boolean },
): void {
  // Above the core count, other processes competed for the CPU during this measurement.
  const loadAverage1m = Number(loadavg()[0]!.toFixed(2));
  console.log(JSON.stringify({ name, ...fields, ...(budget ?? {}), loadAverage1m }));
}
