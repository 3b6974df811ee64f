// Where to name the state a lit transition came from when that state is outside the compact
// view (a side panel 270 px wide shows a third of the figure): a tag on the lit arrow where it
// enters the view, so the arrow reads "from TIME-WAIT" instead of starting at the view's edge.
// Pure: the view's scroll and size come in, a position (or none) comes out.
import type { FrameBox, ShownPart } from './centred-scroll.ts';

/** A quadratic (or straight) path in the drawing's px, from the source state to the lit one. */
export interface TagPath {
  from: readonly [number, number];
  control?: readonly [number, number];
  to: readonly [number, number];
}

/**
 * Where the tag goes, relative to the view's top-left corner, and which of the view's edges the
 * arrow enters by (the tag's side that touches the point: it lies inside the view from there).
 */
export interface TagPlacement {
  x: number;
  y: number;
  edge: 'left' | 'right' | 'top' | 'bottom';
}

/** Samples along the path: fine enough for a 4-px step on the longest edge at 0.8 scale. */
const STEPS = 160;

const pointAt = (p: TagPath, s: number): [number, number] => {
  const c = p.control;
  if (!c) return [p.from[0] + (p.to[0] - p.from[0]) * s, p.from[1] + (p.to[1] - p.from[1]) * s];
  const u = 1 - s;
  return [
    u * u * p.from[0] + 2 * u * s * c[0] + s * s * p.to[0],
    u * u * p.from[1] + 2 * u * s * c[1] + s * s * p.to[1],
  ];
};

/** Share of `box`'s width and height inside `r` (the smaller of the two). */
function shownShare(box: FrameBox, r: ShownPart): number {
  const w = Math.min(box.x1, r.left + r.width) - Math.max(box.x0, r.left);
  const h = Math.min(box.y1, r.top + r.height) - Math.max(box.y0, r.top);
  if (w <= 0 || h <= 0) return 0;
  return Math.min(w / (box.x1 - box.x0), h / (box.y1 - box.y0));
}

/** The tag's box when it sits at `at` (its shift by edge: StateDiagram.tsx, TAG_SHIFT). */
function tagBox(at: TagPlacement, size: { w: number; h: number }): FrameBox {
  const x0 = at.edge === 'left' ? at.x : at.edge === 'right' ? at.x - size.w : at.x - size.w / 2;
  const y0 = at.edge === 'top' ? at.y : at.edge === 'bottom' ? at.y - size.h : at.y - size.h / 2;
  return { x0, y0, x1: x0 + size.w, y1: y0 + size.h };
}

/** How far inside the view's edge the tag begins (it is drawn over the edge's fade). */
const EDGE_GAP = 2;

/**
 * The tag's place: null while the source state shows (all but a sliver: it names itself), when
 * no part of the arrow is in view, or when the tag (about `size`) would cover the lit state
 * (`lit`: a view too small for both). A source cut by the view's edge is covered by its tag,
 * whole, at that edge (a cut name, "E-WAIT", names nothing); one wholly out of view is named
 * where its arrow comes in.
 */
export function sourceTagPlacement(
  path: TagPath,
  source: FrameBox,
  lit: FrameBox,
  size: { w: number; h: number },
  shown: ShownPart,
): TagPlacement | null {
  const share = shownShare(source, shown);
  if (share >= 0.9) return null;
  const x0 = shown.left + EDGE_GAP;
  const y0 = shown.top + EDGE_GAP;
  const x1 = shown.left + shown.width - EDGE_GAP;
  const y1 = shown.top + shown.height - EDGE_GAP;
  if (x1 <= x0 || y1 <= y0) return null;
  const at =
    share > 0 ? atCutSource(source, size, x0, y0, x1, y1) : atArrowEntry(path, x0, y0, x1, y1);
  if (!at) return null;
  const box = tagBox({ ...at, x: at.x - shown.left, y: at.y - shown.top }, size);
  const covers =
    box.x0 + shown.left < lit.x1 &&
    box.x1 + shown.left > lit.x0 &&
    box.y0 + shown.top < lit.y1 &&
    box.y1 + shown.top > lit.y0;
  return covers ? null : { ...at, x: at.x - shown.left, y: at.y - shown.top };
}

/**
 * Over a source the view's edge cuts: at that edge, level with the state's middle, and kept
 * inside the view along the edge (a state cut at a corner).
 */
function atCutSource(
  b: FrameBox,
  size: { w: number; h: number },
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): TagPlacement | null {
  const within = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const cx = within((b.x0 + b.x1) / 2, x0 + size.w / 2, x1 - size.w / 2);
  const cy = within((b.y0 + b.y1) / 2, y0 + size.h / 2, y1 - size.h / 2);
  if (b.x0 < x0) return { x: x0, y: cy, edge: 'left' };
  if (b.x1 > x1) return { x: x1, y: cy, edge: 'right' };
  if (b.y0 < y0) return { x: cx, y: y0, edge: 'top' };
  if (b.y1 > y1) return { x: cx, y: y1, edge: 'bottom' };
  return null;
}

/** The first point of the arrow in view, from the source's end, at the edge it comes in by. */
function atArrowEntry(
  path: TagPath,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): TagPlacement | null {
  for (let i = 0; i <= STEPS; i++) {
    const [x, y] = pointAt(path, i / STEPS);
    if (x < x0 || x > x1 || y < y0 || y > y1) continue;
    const gaps = { left: x - x0, right: x1 - x, top: y - y0, bottom: y1 - y };
    const edge = (Object.keys(gaps) as TagPlacement['edge'][]).reduce((a, b) =>
      gaps[b] < gaps[a] ? b : a,
    );
    return { x, y, edge };
  }
  return null;
}
