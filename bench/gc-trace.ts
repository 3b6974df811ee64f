// Peak heap from V8's --trace-gc output. The heap only grows between collections, so its
// peak is the largest "used before" size any collection reports (or the size after the
// last one, which case.ts measures itself). Lines look like:
//   [123:0x55d0]   1187 ms: Mark-Compact 285.8 (320.9) -> 231.9 (266.9) MB, 25.62 / 0.01 ms ...

const GC_LINE =
  /ms: [A-Za-z() -]+? (\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) -> \d+(?:\.\d+)? \(\d+(?:\.\d+)?\) MB/;

/** The largest heap-used size (MiB) before any collection in the trace, 0 if none. */
export function peakHeapBeforeGcMB(traceGcOutput: string): number {
  let peak = 0;
  for (const line of traceGcOutput.split('\n')) {
    const m = GC_LINE.exec(line);
    if (m) peak = Math.max(peak, Number(m[1]));
  }
  return peak;
}
