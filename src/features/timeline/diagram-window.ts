// What one render of a diagram needs beyond the model: interval indexes of its pieces (which
// pieces lie in the visible window, by binary search) and the shared paths of the crowded
// arrows that have been sent. Pure; no DOM.
import type { SegmentInfo } from '../../state/trace-index.ts';
import { crowdedPaths, type CrowdedLine } from './crowding.ts';
import type {
  Annotation,
  ArrowPiece,
  BandPiece,
  DiagramModel,
  TimerPiece,
} from './diagram-model.ts';
import { xOnArrow } from './geometry.ts';
import { buildIntervalIndex, type IntervalIndex } from './interval-index.ts';

export interface PieceIndexes {
  bands: IntervalIndex<BandPiece>;
  timers: IntervalIndex<TimerPiece>;
  annotations: IntervalIndex<Annotation>;
  arrows: IntervalIndex<ArrowPiece>;
}

/** Margins (px) a piece reaches beyond its geometry: labels, arrowheads, hit lines. */
const ANNOTATION_MARGIN = 20;
const ARROW_MARGIN = 30;

export function indexPieces(model: DiagramModel): PieceIndexes {
  return {
    bands: buildIntervalIndex(
      model.bands,
      (b) => Math.min(b.y0, b.y1),
      (b) => Math.max(b.y0, b.y1),
    ),
    timers: buildIntervalIndex(
      model.timers,
      (p) => Math.min(p.y0, p.y1),
      (p) => Math.max(p.y0, p.y1),
    ),
    annotations: buildIntervalIndex(
      model.annotations,
      (a) => a.y - ANNOTATION_MARGIN,
      (a) => a.y + ANNOTATION_MARGIN,
    ),
    arrows: buildIntervalIndex(
      model.arrows,
      (a) => a.yMin - ARROW_MARGIN,
      (a) => a.yMax + ARROW_MARGIN,
    ),
  };
}

export const isArrived = (info: SegmentInfo, applied: number): boolean =>
  info.endIndex !== null && info.endIndex < applied;

/**
 * Whether a packet's line is drawn by the revealed layer (RevealedLayer.tsx), uncovered by the
 * playhead as it travels. Not with reduced motion (arrows appear whole when sent), and not
 * for a segment "from the past", whose arrow starts above the moment it is injected.
 */
export const revealsLine = (a: ArrowPiece, reducedMotion: boolean): boolean =>
  !reducedMotion && !a.info.fromPast;

export type CrowdedKind = 'client' | 'server' | 'dropped';

export interface CrowdedGroup {
  kind: CrowdedKind;
  /** Lines to stroke and arrowheads to fill. */
  stroke: string;
  fill: string;
}

/**
 * The crowded arrows of the window that the diagram draws at this step, as one stroked and one
 * filled path per colour: the lost ones once lost, and (see `revealsLine`) those the revealed
 * layer does not draw, once sent. The selected one is drawn on its own, with its label.
 */
export function crowdedGroups(
  arrows: readonly ArrowPiece[],
  applied: number,
  selectedId: number | null,
  reducedMotion: boolean,
): CrowdedGroup[] {
  const lines: Record<CrowdedKind, CrowdedLine[]> = { client: [], server: [], dropped: [] };
  for (const a of arrows) {
    const { info } = a;
    if (!a.crowded || info.sendIndex >= applied || info.id === selectedId) continue;
    const arrived = isArrived(info, applied);
    const dropped = arrived && info.end === 'drop';
    // Lines in flight and delivered are the revealed layer's; a loss is shown once it happened.
    if (revealsLine(a, reducedMotion) && !dropped) continue;
    lines[dropped ? 'dropped' : info.from].push({
      x0: a.x0,
      y0: a.y0,
      x1: a.x1,
      y1: a.y1,
      head: arrived && info.end === 'deliver',
    });
  }
  return (Object.keys(lines) as CrowdedKind[])
    .filter((kind) => lines[kind].length > 0)
    .map((kind) => {
      const [stroke, fill] = crowdedPaths(lines[kind]);
      return { kind, stroke, fill };
    });
}

/**
 * Where a packet on its way is when the playhead line is at `y`: where the line crosses its
 * arrow, held at the arrow's ends.
 */
export function pointOnArrow(arrow: ArrowPiece, y: number): { x: number; y: number } {
  const at = Math.max(arrow.yMin, Math.min(arrow.yMax, y));
  return { x: xOnArrow(arrow.x0, arrow.y0, arrow.x1, arrow.y1, at), y: at };
}

/** A packet that may be seen travelling: its arrow, and its flags (null where crowded: a dot only). */
export interface Flight {
  arrow: ArrowPiece;
  tag: string | null;
}

/** The packets in the air once `applied` events have happened: exact, event by event (at rest). */
export function flightsApplied(flights: readonly Flight[], applied: number): Flight[] {
  return flights.filter(
    ({ arrow: { info } }) => info.sendIndex < applied && !isArrived(info, applied),
  );
}

/**
 * While playing: the packets in the air at time `t`, when every event at or before `t` has
 * happened (as the playback clock counts them), and the span [from, until) of playhead times
 * over which that set stays the same, so a frame inside it need not look again.
 */
export function flightsAt(
  flights: readonly Flight[],
  t: number,
): { flights: Flight[]; from: number; until: number } {
  const inAir: Flight[] = [];
  let from = -Infinity;
  let until = Infinity;
  for (const f of flights) {
    const { sendT, endT } = f.arrow.info;
    if (sendT > t) {
      until = Math.min(until, sendT);
      continue;
    }
    from = Math.max(from, sendT);
    if (endT !== null && endT <= t) {
      from = Math.max(from, endT);
      continue;
    }
    if (endT !== null) until = Math.min(until, endT);
    inAir.push(f);
  }
  return { flights: inAir, from, until };
}

/** A packet's flags where they are drawn this frame: centred on x, their box w × h. */
export interface TagBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Which flags of packets in flight are drawn this frame: each, unless the box of an earlier
 * one still drawn overlaps it (two resets flying side by side printed "RST ST"). The earlier
 * keeps its flags; the later shows its dot only, until they part.
 */
export function tagsKept(tags: readonly TagBox[]): boolean[] {
  const kept: boolean[] = [];
  for (let i = 0; i < tags.length; i++) {
    const a = tags[i]!;
    let free = true;
    for (let j = 0; j < i && free; j++) {
      const b = tags[j]!;
      free =
        !kept[j] ||
        Math.abs(a.x - b.x) >= (a.w + b.w) / 2 ||
        Math.abs(a.y - b.y) >= Math.max(a.h, b.h);
    }
    kept.push(free);
  }
  return kept;
}
