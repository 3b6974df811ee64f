// Retransmission timers as path data. A bulk transfer re-arms its timer on every segment, so
// a window of the diagram holds hundreds of timer spans; drawn as one path per style instead
// of a group of lines each, a seek creates a handful of elements instead of thousands.
import type { TimerPiece } from './diagram-model.ts';

const CAP = 4;
const r = (v: number) => Math.round(v * 10) / 10;

/** Each timer's span and its start cap, plus its end cap when `endCaps` (it has ended). */
export function timerPath(timers: readonly TimerPiece[], endCaps: boolean): string {
  let d = '';
  for (const p of timers) {
    const x = r(p.x);
    d += `M${x} ${r(p.y0)}V${r(p.y1)}M${r(p.x - CAP)} ${r(p.y0)}H${r(p.x + CAP)}`;
    if (endCaps) d += `M${r(p.x - CAP)} ${r(p.y1)}H${r(p.x + CAP)}`;
  }
  return d;
}

/** The ended timers grouped by outcome (each outcome has its own colour). */
export function endedTimerPaths(
  timers: readonly TimerPiece[],
): { outcome: TimerPiece['outcome']; d: string }[] {
  const groups = new Map<TimerPiece['outcome'], TimerPiece[]>();
  for (const p of timers) {
    const list = groups.get(p.outcome) ?? [];
    list.push(p);
    groups.set(p.outcome, list);
  }
  return [...groups].map(([outcome, list]) => ({ outcome, d: timerPath(list, true) }));
}
