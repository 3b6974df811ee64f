// Reads a Chromium performance trace (Playwright's browser.startTracing) and says where the
// page's main thread spent its time: the longest tasks and the self time per trace event
// name (script evaluation, style, layout, paint, GC…). Used to explain a missed budget.

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { processId?: number; url?: string } };
}

export interface MainThreadSummary {
  windowMs: number;
  busyMs: number;
  tasks: number;
  maxTaskMs: number;
  tasksOver50Ms: number;
  /** Self time per event name, largest first (top 8), ms. */
  selfMsByName: Record<string, number>;
}

const r1 = (x: number): number => Number(x.toFixed(1));

/**
 * @param json the trace file's text
 */
export function summarizeMainThread(json: string): MainThreadSummary {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderer: the process a frame of the served app was committed in (the
  // navigation from about:blank may change process); failing that, the busiest main thread.
  const appPid = events
    .filter(
      (e) => e.name === 'FrameCommittedInBrowser' && /^https?:\/\//.test(e.args?.data?.url ?? ''),
    )
    .map((e) => e.args?.data?.processId)
    .findLast((pid) => pid !== undefined);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !mains.has(key)) continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
  }
  let thread: TraceEvent[] = [];
  const taskTime = (xs: TraceEvent[]) =>
    xs.filter((e) => e.name === 'RunTask').reduce((a, e) => a + e.dur!, 0);
  for (const [key, xs] of byThread) {
    if (appPid !== undefined && key.startsWith(`${appPid}:`)) {
      thread = xs;
      break;
    }
    if (taskTime(xs) > taskTime(thread)) thread = xs;
  }

  thread.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = thread.filter((e) => e.name === 'RunTask');
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of thread) {
    while (stack.length > 0 && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts)
      stack.pop();
    const parent = stack[stack.length - 1];
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    stack.push(e);
  }
  const top = [...self.entries()]
    .filter(([, us]) => us > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  const first = thread[0]?.ts ?? 0;
  const last = thread.reduce((m, e) => Math.max(m, e.ts + e.dur!), first);
  return {
    windowMs: r1((last - first) / 1000),
    busyMs: r1(taskTime(tasks) / 1000),
    tasks: tasks.length,
    maxTaskMs: r1(tasks.reduce((m, e) => Math.max(m, e.dur!), 0) / 1000),
    tasksOver50Ms: tasks.filter((e) => e.dur! > 50_000).length,
    selfMsByName: Object.fromEntries(top.map(([name, us]) => [name, r1(us / 1000)])),
  };
}
