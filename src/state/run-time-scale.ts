// The time scale of simulated runs, the same in the lab and in the SVG export: idle gaps
// squeezed (time-scale.ts), and a short run whose segments follow each other closely zoomed in
// as a whole. At the usual 1.3 px per ms, segments 20 ms apart (an old SYN just before the
// client's own, a simultaneous open) get 26 px each: two-line labels print over each other and
// over the lane's notes. Zoomed, they get the room of segments 40 ms apart, and the arrows keep
// their true proportions (a uniform stretch, not a local one). Dense runs (a bulk transfer, a
// flood of forged SYNs) are left to the crowding rules (crowding.ts) instead.
import type { Trace } from '../core/trace.ts';
import { buildTimeScale, DEFAULT_TIME_SCALE, type TimeScale } from './time-scale.ts';

/** Virtual ms that two labelled arrows' midpoints should be apart at least, once zoomed. */
export const LABEL_ROOM_MS = 40;
/** The most a run is stretched. */
export const MAX_ZOOM = 2.5;
/** Less stretch than this is not worth a change of scale between runs. */
const MIN_ZOOM = 1.25;
/** Runs with more segments than this (on either side of a comparison) are not zoomed. */
export const MAX_ZOOMED_SEGMENTS = 24;
/**
 * Arrows longer than this (ms) are labelled near their arrival, not at their midpoint
 * (arrow-labels.ts), and cross the others at a single point: they do not set the zoom.
 */
const LONG_ARROW_MS = 150;

/** How much to stretch the shown runs (1: not at all). */
export function zoomFor(traces: readonly Trace[]): number {
  const mids: number[] = [];
  for (const trace of traces) {
    const sent = new Map<number, number>();
    let segments = 0;
    for (const e of trace.events) {
      if (e.type === 'send') {
        segments++;
        sent.set(e.segment.id, e.t);
      } else if (e.type === 'deliver' || e.type === 'drop') {
        // A copy has no send of its own: it left with its original.
        const from = sent.get(e.segment.copyOf ?? e.segment.id);
        if (from !== undefined && e.t - from <= LONG_ARROW_MS) mids.push((from + e.t) / 2);
      }
    }
    if (segments > MAX_ZOOMED_SEGMENTS) return 1;
  }
  mids.sort((a, b) => a - b);
  let closest = Infinity;
  // Arrows with a shared midpoint (crossing SYNs, twins) are spread along their lines instead.
  for (let i = 1; i < mids.length; i++)
    if (mids[i]! - mids[i - 1]! >= 1) closest = Math.min(closest, mids[i]! - mids[i - 1]!);
  const zoom = Math.min(MAX_ZOOM, LABEL_ROOM_MS / closest);
  return zoom < MIN_ZOOM ? 1 : Math.round(zoom * 100) / 100;
}

/** The time scale for the runs shown together (one, or the sides of a comparison). */
export function runTimeScale(traces: readonly Trace[]): TimeScale {
  return buildTimeScale(
    traces.flatMap((tr) => tr.events.map((e) => e.t)),
    { ...DEFAULT_TIME_SCALE, zoom: zoomFor(traces) },
  );
}
