// One benchmark case in its own process (started by run.ts with --expose-gc and
// --trace-gc): a warm-up run at a quarter of the size, then timed runs of simulate().
// Writes one JSON line to stderr; stdout carries V8's GC trace, which run.ts reads for
// the peak heap (a synchronous simulate() cannot be sampled while it runs).

import { simulate, type Trace } from '../src/core/index.ts';
import { FAMILIES, isFamilyName } from './cases.ts';

const [familyName = '', sizeText = '', repeatsText = '3'] = process.argv.slice(2);
if (!isFamilyName(familyName)) throw new Error(`unknown bench family "${familyName}"`);
const family = FAMILIES[familyName];
const size = Number(sizeText);
const repeats = Number(repeatsText);
const gc = globalThis.gc;
if (!gc) throw new Error('run with --expose-gc (npm run bench does)');

const MB = 1024 * 1024;
// Past the default LIMITS.maxEvents, so a large case is measured whole, never truncated.
const maxEvents = 50_000_000;

simulate(family.build(Math.max(1, Math.floor(size / 4))), { maxEvents });

const scenario = family.build(size);
const runsMs: number[] = [];
const runsCpuMs: number[] = [];
let heapRetainedMB = 0;
let heapAfterMB = 0;
let summary: ReturnType<typeof describe> | undefined;
for (let i = 0; i < repeats; i++) {
  // The previous run's trace is unreachable by now: each run starts from the same heap.
  gc();
  const before = process.memoryUsage().heapUsed;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const trace = simulate(scenario, { maxEvents });
  runsMs.push(performance.now() - start);
  // CPU time barely changes when other processes compete for the cores, wall time does.
  // It includes V8's helper threads (concurrent GC), so it can exceed wall time.
  const cpu = process.cpuUsage(cpuStart);
  runsCpuMs.push((cpu.user + cpu.system) / 1000);
  // The trace is still referenced here: this is the memory a finished run holds on to.
  const after = process.memoryUsage().heapUsed;
  heapRetainedMB = Math.max(heapRetainedMB, (after - before) / MB);
  heapAfterMB = Math.max(heapAfterMB, after / MB);
  summary = describe(trace);
}
if (!summary) throw new Error('repeats must be at least 1');

/** What the run produced, so a reader can see the load was real (and the same each time). */
function describe(trace: Trace) {
  const eventTypes: Record<string, number> = {};
  for (const e of trace.events) eventTypes[e.type] = (eventTypes[e.type] ?? 0) + 1;
  const anomalies: Record<string, number> = {};
  for (const a of trace.summary.anomalies) anomalies[a.kind] = (anomalies[a.kind] ?? 0) + 1;
  return {
    events: trace.events.length,
    truncated: trace.summary.truncated,
    virtualEndMs: trace.summary.endTime,
    eventTypes,
    anomalies,
  };
}

process.stderr.write(
  JSON.stringify({
    family: familyName,
    name: `${family.prefix}-${size}`,
    size,
    ...summary,
    runsMs,
    runsCpuMs,
    heapRetainedMB,
    heapAfterMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }) + '\n',
);
