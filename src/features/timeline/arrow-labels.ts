// Where each arrow's label goes, and arrows that would be drawn on top of each other.
// A label sits at its arrow's midpoint unless another label is already there: a duplicate SYN
// and its copy, the crossing SYNs of a simultaneous open or the crossing FINs of a
// simultaneous close share a midpoint, and their texts would print over each other. Such a
// label slides along its own arrow to the first free place. A long arrow (a SYN delayed for
// seconds) is labelled near its arrival instead, where the view is when it lands. Two segments
// sent and delivered at the same moments (an ACK and a retransmitted SYN-ACK, both answering
// one SYN) share the whole line: they are drawn a few pixels apart, so the student sees two
// arrows, not one. The lab and the SVG export both draw labels where this puts them.
import type { Translate } from '../../app/i18n/i18n.tsx';
import type { Annotation, ArrowPiece } from './diagram-model.ts';
import { labelFontSize, type LaneLayout } from './geometry.ts';
import { estimateTextWidth } from './label-fit.ts';
import { arrowLines, arrowTags } from './segment-label.ts';

/**
 * An arrow taller than this (a segment delayed for seconds, an old one from the past) is
 * labelled a little above its arrival, where the view is when it lands and its label appears:
 * its midpoint may be a screen away (px).
 */
export const LONG_ARROW_PX = 200;

/** How far above a long arrow's arrival its label may go, nearest first (px). */
const LONG_LABEL_RISES = [70, 110, 150, 190, 50];

/** Vertical distance (px) between arrows that share both ends. */
export const TWIN_SPACING = 8;

/** Where along its arrow a label may go (fraction of the way), in order of preference. */
const LABEL_FRACTIONS = [0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85];

/** Twins' labels start from places spread along their shared line, not all from its middle. */
const twinFraction = (k: number, n: number): number => 0.5 + (k - (n - 1) / 2) * (0.8 / n);

/** Height of the bands the placed boxes are filed in, so each check looks at a few. */
const BUCKET_PX = 64;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Where an arrow's label may go, in order of preference (fractions of the way along it). */
function labelFractions(a: ArrowPiece, preferred = 0.5): number[] {
  const height = Math.abs(a.y1 - a.y0);
  if (height > LONG_ARROW_PX)
    return [...LONG_LABEL_RISES.map((rise) => 1 - rise / height), ...LABEL_FRACTIONS];
  // Nearest to where it would rather be first (the midpoint, or a twin's share of the line).
  return [preferred, ...LABEL_FRACTIONS.filter((f) => f !== preferred)].sort(
    (f, g) => Math.abs(f - preferred) - Math.abs(g - preferred),
  );
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Arrows with the same sender and the same two ends are spread apart, centred on the line.
 * Returns where along the shared line each twin's label would rather be.
 */
export function separateTwins(arrows: readonly ArrowPiece[]): Map<ArrowPiece, number> {
  const preferred = new Map<ArrowPiece, number>();
  const groups = new Map<string, ArrowPiece[]>();
  for (const a of arrows) {
    if (a.crowded) continue;
    const key = `${a.info.from}|${a.x0.toFixed(1)},${a.y0.toFixed(1)}|${a.x1.toFixed(1)},${a.y1.toFixed(1)}`;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((a, k) => {
      const dy = (k - (group.length - 1) / 2) * TWIN_SPACING;
      a.y0 += dy;
      a.y1 += dy;
      a.yMin = Math.min(a.y0, a.y1);
      a.yMax = Math.max(a.y0, a.y1);
      preferred.set(a, twinFraction(k, group.length));
    });
  }
  return preferred;
}

/** The label's box (text anchored in the middle at x, first baseline 0.25 em above y). */
function labelBox(x: number, y: number, width: number, lines: number, em: number): Box {
  return { x0: x - width / 2, x1: x + width / 2, y0: y - 1.15 * em, y1: y + (lines - 0.9) * em };
}

/**
 * Sets each uncrowded arrow's label point: its midpoint, or the first point along the arrow
 * where the label covers no label placed before it (nor a lane's label or a loss mark ✕), in
 * send order.
 * Where every place is taken, the one least covered; a forged segment's label is then left out
 * (a flood's many identical SYNs: one label says what they are).
 */
export function placeArrowLabels(
  arrows: readonly ArrowPiece[],
  layout: LaneLayout,
  t: Translate,
  /** The lanes' labels (states, calls, timers): an arrow's label keeps off them too. */
  annotations: readonly Annotation[] = [],
  /** Where along its arrow a label would rather be, if not the midpoint (separateTwins). */
  preferred: ReadonlyMap<ArrowPiece, number> = new Map(),
): void {
  const em = layout.fontSize;
  const buckets = new Map<number, Box[]>();
  const bucketRange = (b: Box) => [Math.floor(b.y0 / BUCKET_PX), Math.floor(b.y1 / BUCKET_PX)];
  const file = (b: Box) => {
    const [from, to] = bucketRange(b);
    for (let k = from!; k <= to!; k++) {
      const list = buckets.get(k);
      if (list) list.push(b);
      else buckets.set(k, [b]);
    }
  };
  const covered = (b: Box): number => {
    const [from, to] = bucketRange(b);
    const seen = new Set<Box>();
    let sum = 0;
    for (let k = from!; k <= to!; k++)
      for (const other of buckets.get(k) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        sum += overlap(b, other);
      }
    return sum;
  };
  const size = labelFontSize(layout);
  for (const a of annotations) {
    const width = estimateTextWidth(a.text, size, a.kind === 'app' ? 'mono' : 'bold');
    const x = a.host === 'client' ? layout.labelX.client - width : layout.labelX.server;
    file({ x0: x, x1: x + width, y0: a.y - size, y1: a.y + 0.3 * size });
  }
  // A loss mark is drawn at the arrow's end: labels keep off it.
  for (const a of arrows)
    if (!a.crowded && a.info.end === 'drop')
      file({ x0: a.x1 - em / 2, x1: a.x1 + em / 2, y0: a.y1 - em / 2, y1: a.y1 + em / 2 });

  const ordered = arrows.filter((a) => !a.crowded).sort((a, b) => a.info.id - b.info.id);
  for (const a of ordered) {
    const width = labelWidth(a, em, t);
    const lines = arrowTags(a.info, t).length > 0 ? 3 : 2;
    let best: { x: number; y: number; box: Box; cover: number } | null = null;
    const fractions = labelFractions(a, preferred.get(a));
    for (const f of fractions) {
      const x = a.x0 + (a.x1 - a.x0) * f;
      const y = a.y0 + (a.y1 - a.y0) * f;
      const box = labelBox(x, y, width, lines, em);
      const cover = covered(box);
      if (!best || cover < best.cover) best = { x, y, box, cover };
      if (cover === 0) break;
    }
    a.labelX = best!.x;
    a.labelY = best!.y;
    if (best!.cover > 0 && a.info.segment.spoofed) {
      a.labelHidden = true;
      continue;
    }
    file(best!.box);
  }
}

/** The label's widest line, in either numbering (the user may switch while it is shown). */
function labelWidth(a: ArrowPiece, em: number, t: Translate): number {
  let width = estimateTextWidth(arrowTags(a.info, t).join(' · '), em, 'regular');
  for (const mode of ['absolute', 'relative'] as const) {
    const [flags, numbers] = arrowLines(a.info, mode, t);
    width = Math.max(
      width,
      estimateTextWidth(flags, em, 'bold'),
      estimateTextWidth(numbers, em, 'regular'),
    );
  }
  return width;
}
