// The only parts of the diagram that move every frame. Each derives its geometry from the one
// shared playhead motion value and updates its own style in the value's change callback: no
// React render, no layout read. They are HTML layers over the SVG changed by transform (or a
// clip on a tiny layer), so the diagram itself is never laid out or repainted per frame.
// (framer's `m.*` SVG components measure their element on mount, forcing a layout of the whole
// diagram whenever a packet appears, so motion values are bound by hand here.)
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { MotionValue } from 'framer-motion';
import { usePlayhead } from '../../state/LabProvider.tsx';
import type { TimeScale } from '../../state/time-scale.ts';
import { xOnArrow, yOf, type LaneLayout } from './geometry.ts';
import type { ArrowPiece } from './diagram-model.ts';

/** Moves an HTML overlay element with a compositor-only transform whenever the playhead moves. */
function usePlayheadTransform(
  ref: RefObject<HTMLElement | null>,
  playhead: MotionValue<number>,
  compute: (time: number) => { x: number; y: number },
  deps: readonly unknown[],
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const apply = (time: number) => {
      const p = compute(time);
      el.style.transform = `translate(${p.x}px, ${p.y}px)`;
    };
    apply(playhead.get());
    return playhead.on('change', apply);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, playhead, ...deps]);
}

/**
 * The horizontal "now" line across the diagram: an HTML layer over the SVG, moved by transform
 * only, so the diagram underneath is not repainted every frame.
 */
export function PlayheadLine({ layout, scale }: { layout: LaneLayout; scale: TimeScale }) {
  const ref = useRef<HTMLDivElement>(null);
  const playhead = usePlayhead();
  usePlayheadTransform(ref, playhead, (t) => ({ x: 0, y: yOf(layout, scale, t) }), [layout, scale]);
  // Where it starts, in the markup too (the build-time prerender runs no effects). Fixed at
  // mount, so a re-render never overwrites the position the effect keeps up to date.
  const [start] = useState(() => `translate(0px, ${yOf(layout, scale, playhead.get())}px)`);
  return (
    <div
      ref={ref}
      className="playhead"
      style={{ width: layout.width, transform: start }}
      aria-hidden="true"
    />
  );
}

/**
 * The part of the diagram that is still growing: a state band whose end has not happened yet,
 * drawn down to the playhead. An HTML layer scaled by transform, so nothing is laid out or
 * repainted per frame (an SVG attribute change would re-lay-out the whole diagram).
 */
export function GrowingBand({
  layout,
  scale,
  x,
  y0,
  y1,
  width,
  className,
}: {
  layout: LaneLayout;
  scale: TimeScale;
  x: number;
  y0: number;
  y1: number;
  width: number;
  className: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const height = Math.max(1, y1 - y0);
  useOnPlayhead(
    ref,
    usePlayhead(),
    (el, t) => {
      const f = Math.max(0, Math.min(yOf(layout, scale, t), y1) - y0) / height;
      el.style.transform = `scaleY(${f})`;
    },
    [layout, scale, y0, y1],
  );
  return (
    <div
      ref={ref}
      className={`grow ${className}`}
      style={{ left: x, top: y0, width, height }}
      aria-hidden="true"
    />
  );
}

/** A timer span still running: a dashed line growing down to the playhead. */
export function GrowingTimer({
  layout,
  scale,
  x,
  y0,
  y1,
  className,
}: {
  layout: LaneLayout;
  scale: TimeScale;
  x: number;
  y0: number;
  y1: number;
  className: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const height = Math.max(1, y1 - y0);
  useOnPlayhead(
    ref,
    usePlayhead(),
    (el, t) => {
      const shown = Math.max(0, Math.min(yOf(layout, scale, t), y1) - y0);
      el.style.clipPath = `inset(0 0 ${height - shown}px 0)`;
    },
    [layout, scale, y0, y1],
  );
  return (
    <div
      ref={ref}
      className={`grow-timer ${className}`}
      style={{ left: x - 1, top: y0, height }}
      aria-hidden="true"
    />
  );
}

/** Runs `apply` with the element whenever the playhead moves (and once now). */
function useOnPlayhead<E extends HTMLElement>(
  ref: RefObject<E | null>,
  playhead: MotionValue<number>,
  apply: (el: E, time: number) => void,
  deps: readonly unknown[],
): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    apply(el, playhead.get());
    return playhead.on('change', (t) => apply(el, t));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, playhead, ...deps]);
}

/** Where a travelling packet is: where its arrow crosses the playhead line. */
function packetPoint(
  arrow: ArrowPiece,
  layout: LaneLayout,
  scale: TimeScale,
  t: number,
): { x: number; y: number } {
  const y = Math.max(arrow.yMin, Math.min(arrow.yMax, yOf(layout, scale, t)));
  return { x: xOnArrow(arrow.x0, arrow.y0, arrow.x1, arrow.y1, y), y };
}

/**
 * The drawn part of an arrow whose packet is still travelling, from the sender to the packet:
 * an HTML line rotated along the arrow and stretched by transform as the playhead moves.
 */
export function TravellingArrow({
  arrow,
  layout,
  scale,
}: {
  arrow: ArrowPiece;
  layout: LaneLayout;
  scale: TimeScale;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const dx = arrow.x1 - arrow.x0;
  const dy = arrow.y1 - arrow.y0;
  const length = Math.max(1, Math.hypot(dx, dy));
  const angle = Math.atan2(dy, dx);
  useOnPlayhead(
    ref,
    usePlayhead(),
    (el, t) => {
      const p = packetPoint(arrow, layout, scale, t);
      const f = Math.hypot(p.x - arrow.x0, p.y - arrow.y0) / length;
      el.style.transform = `rotate(${angle}rad) scaleX(${f})`;
    },
    [arrow, layout, scale],
  );
  return (
    <div
      ref={ref}
      className={`travelling travelling-${arrow.info.from}`}
      style={{ left: arrow.x0, top: arrow.y0, width: length }}
      aria-hidden="true"
    />
  );
}

/** A packet travelling along its arrow, tagged with its flags (an HTML layer moved by transform). */
export function FlyingPacket({
  arrow,
  layout,
  scale,
  tag,
}: {
  arrow: ArrowPiece;
  layout: LaneLayout;
  scale: TimeScale;
  /** Its flags; null where arrows are crowded (a dot only). */
  tag: string | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  usePlayheadTransform(ref, usePlayhead(), (t) => packetPoint(arrow, layout, scale, t), [
    arrow,
    layout,
    scale,
  ]);
  const size = layout.compact ? 10 : 14;
  return (
    <div ref={ref} className={`packet packet-${arrow.info.from}`} aria-hidden="true">
      <span
        className="packet-dot"
        style={{ width: size, height: size, marginLeft: -size / 2, marginTop: -size / 2 }}
      />
      {tag !== null && <span className="packet-tag">{tag}</span>}
    </div>
  );
}
