// The only parts of the diagram that move every frame. Each derives its geometry from the one
// shared playhead motion value and updates its own style in the value's change callback: no
// React render, no layout read per frame. They are HTML layers over the SVG changed by
// transform (or a clip on a tiny layer), so the diagram itself is never laid out or repainted
// per frame.
// (framer's `m.*` SVG components measure their element on mount, forcing a layout of the whole
// diagram whenever a packet appears, so motion values are bound by hand here.)
import {
  memo,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { MotionValue } from 'framer-motion';
import { useLabStore, usePlayhead } from '../../state/LabProvider.tsx';
import type { TimeScale } from '../../state/time-scale.ts';
import { yOf, type LaneLayout } from './geometry.ts';
import {
  flightsApplied,
  flightsAt,
  pointOnArrow,
  tagsKept,
  type Flight,
} from './diagram-window.ts';

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
export const PlayheadLine = memo(function PlayheadLine({
  layout,
  scale,
}: {
  layout: LaneLayout;
  scale: TimeScale;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const playhead = usePlayhead();
  usePlayheadTransform(ref, playhead, (t) => ({ x: 0, y: yOf(layout, scale, t) }), [layout, scale]);
  // Where it starts, in the markup too (the build-time prerender runs no effects). Fixed at
  // mount, so a re-render never overwrites the position the effect keeps up to date.
  const [start] = useState(() => `translate(0px, ${yOf(layout, scale, playhead.get())}px)`);
  // From the axis's tick marks on: across the time labels it read as a strike through them.
  const left = layout.axisX + 2;
  return (
    <div
      ref={ref}
      className="playhead"
      style={{ left, width: layout.width - left, transform: start }}
      aria-hidden="true"
    />
  );
});

/**
 * Hides what lies below the playhead in the revealed layer (RevealedLayer.tsx): a box that
 * clips its content, moved up by the height to hide while the content inside is moved back
 * down by as much. Two transforms per frame, so nothing is laid out or repainted.
 */
export function Curtain({
  layout,
  scale,
  top,
  bottom,
  children,
}: {
  layout: LaneLayout;
  scale: TimeScale;
  top: number;
  bottom: number;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const playhead = usePlayhead();
  const height = Math.max(1, bottom - top);
  const hiddenAt = (t: number) => Math.max(0, Math.min(height, bottom - yOf(layout, scale, t)));
  useOnPlayhead(
    ref,
    playhead,
    (el, t) => {
      const hidden = hiddenAt(t);
      el.style.transform = `translateY(${-hidden}px)`;
      (el.firstElementChild as HTMLElement).style.transform = `translateY(${hidden}px)`;
    },
    [layout, scale, top, bottom],
  );
  // Where it is now, in the markup too (the build-time prerender runs no effects). A later
  // render writes the then-current position, never a stale one.
  const hidden = hiddenAt(playhead.get());
  return (
    <div
      ref={ref}
      className="reveal"
      style={{ top, width: layout.width, height, transform: `translateY(${-hidden}px)` }}
      aria-hidden="true"
    >
      <div className="reveal-inner" style={{ height, transform: `translateY(${hidden}px)` }}>
        {children}
      </div>
    </div>
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

/**
 * The packets in flight, travelling along their arrows: HTML anchors moved by transform, a dot
 * centred on each, its flags above. One layer for all of them, with one listener on the
 * playhead that moves every packet in a single pass, and its elements kept from step to step
 * (a step that lands one packet and sends another rewrites one element, it does not unmount
 * and mount components): in a dense transfer dozens are in flight and steps come ten times a
 * second. The layer renders no children of its own, so React never touches what it keeps.
 *
 * Which packets are in the air is decided here, not by the step React last rendered: while
 * playing, by the playhead's time, so a packet leaves its sender and lands on the frame it
 * should even when the commit pacer (commit-pacer.ts) holds steps back for a while (predict
 * mode's questions stop the clock itself, playback-clock.ts); at rest, by the applied events,
 * exact event by event.
 *
 * A packet is also a pointer target: a click (a tap) on its dot or flags selects its segment,
 * as a click on the arrow would. At the moment it is sent, the packet is all there is to
 * point at. (Keyboard users have the segment's own control; the packets are hidden from
 * assistive technology.)
 */
export function FlyingPackets({
  flights,
  applied,
  layout,
  scale,
  onSelect,
}: {
  /** Every packet of the render window that may be seen travelling. */
  flights: readonly Flight[];
  /** Events of this trace applied at the last committed step. */
  applied: number;
  layout: LaneLayout;
  scale: TimeScale;
  /** Selects a segment and opens its menu (TraceDiagram's, as for a click on its arrow). */
  onSelect?: (id: number, openMenu: boolean) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const playhead = usePlayhead();
  const store = useLabStore();
  useLayoutEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    const size = layout.compact ? 10 : 14;
    let shown: readonly Flight[] = [];
    let elements: HTMLElement[] = [];
    /** The flags shown, by flight: each one's element and box as drawn (the page sets its font). */
    let flags: { i: number; tag: HTMLElement; w: number; h: number }[] = [];
    /** One element per flight, in order, reusing what the layer already holds. */
    const show = (next: readonly Flight[]) => {
      while (layer.children.length > next.length) layer.lastElementChild!.remove();
      while (layer.children.length < next.length) layer.append(packetElement());
      elements = Array.from(layer.children as HTMLCollectionOf<HTMLElement>);
      next.forEach((flight, i) => dress(elements[i]!, flight, size));
      shown = next;
      // Measured when the set changes (a packet sent or landed), never per frame; only where
      // two or more packets carry flags (a dense transfer's crowded ones carry none).
      const tagged = next.flatMap((flight, i) => (flight.tag === null ? [] : [i]));
      const tagOf = (i: number) => elements[i]!.lastElementChild as HTMLElement;
      for (const i of tagged) tagOf(i).style.visibility = '';
      flags =
        tagged.length < 2
          ? []
          : tagged.map((i) => {
              const tag = tagOf(i);
              return { i, tag, w: tag.offsetWidth, h: tag.offsetHeight };
            });
    };
    // While playing, the set found for a time holds over [from, until): most frames only move.
    let mode: 'rest' | 'playing' | null = null;
    /** The moment the flags were last placed clear of the labels at rest (placeTagsClear). */
    let placedAt = NaN;
    let from = Infinity;
    let until = -Infinity;
    let disposed = false;
    /**
     * Where each packet's flags go at rest (tag-placement.ts): in the next frame, once React
     * has committed the step and its labels, so its layout reads force nothing extra; once
     * per moment, however often the playhead is set to it (a scrub bar dragged).
     */
    const placeAtRest = (t: number) => {
      if (placedAt === t) return;
      placedAt = t;
      // The one sent last placed first: the step's caption tells of it. (The window lists
      // long arrows after the others, so the flights are not all in the order sent.)
      const packets = shown
        .map((flight, i) => ({ el: elements[i]!, info: flight.arrow.info }))
        .sort((a, b) => b.info.sendIndex - a.info.sendIndex || b.info.id - a.info.id)
        .map(({ el }) => el);
      void loadTagPlacement().then((m) =>
        m?.placeSoon(layer, packets, () => !disposed && mode === 'rest' && placedAt === t),
      );
    };
    const move = (t: number) => {
      if (store.getState().playing) {
        if (mode !== 'playing' || t < from || t >= until) {
          placedAt = NaN;
          const found = flightsAt(flights, t);
          ({ from, until } = found);
          show(found.flights);
          // Flags placed at rest (this effect's or an earlier one's, on the same elements)
          // go back above the dots while playing.
          placeTags?.unplaceTags(elements);
          mode = 'playing';
        }
      } else if (mode !== 'rest') {
        show(flightsApplied(flights, applied));
        mode = 'rest';
      }
      // The playhead's y once per frame, not once per packet.
      const y = yOf(layout, scale, t);
      for (let i = 0; i < shown.length; i++) {
        const p = pointOnArrow(shown[i]!.arrow, y);
        elements[i]!.style.transform = `translate(${p.x}px, ${p.y}px)`;
      }
      // At rest (a step, a seek), where a packet's flags would cover a label already drawn
      // (the segment that just arrived, the states stacked under the moment), they go below
      // the dot instead; never while playing.
      if (mode === 'rest') placeAtRest(t);
      // Flags of packets flying side by side would print over each other: one keeps them.
      // (Only where two or more carry flags: a dense transfer's frames do no more than move.)
      if (flags.length === 0) return;
      const kept = tagsKept(
        flags.map(({ i, w, h }) => ({ ...pointOnArrow(shown[i]!.arrow, y), w, h })),
      );
      flags.forEach(({ tag }, n) => {
        const visibility = kept[n] ? '' : 'hidden';
        if (tag.style.visibility !== visibility) tag.style.visibility = visibility;
      });
    };
    move(playhead.get());
    const off = playhead.on('change', move);
    return () => {
      off();
      disposed = true;
    };
  }, [flights, applied, layout, scale, playhead, store]);
  // Only a packet's dot and flags take the pointer (app.css), so the target is in a packet.
  const select = (e: MouseEvent) => {
    const packet = (e.target as Element).closest<HTMLElement>('[data-packet-of]');
    if (!packet || !onSelect) return;
    // Not also a click on the lane underneath (which offers to inject a segment there).
    e.stopPropagation();
    onSelect(Number(packet.dataset.packetOf), true);
  };
  return <div ref={ref} className="packets" aria-hidden="true" onClick={select} />;
}

type TagPlacement = typeof import('./tag-placement.ts');
let placeTags: TagPlacement | null = null;
let placement: Promise<TagPlacement | null> | null = null;
/**
 * Where flags go at rest (tag-placement.ts) loads after the first frame: when the page is
 * first idle (main.tsx), or at the first rest with packets in the air if that comes sooner.
 * If it cannot load (offline), the flags stay above the dots, and the next rest tries again.
 */
export const loadTagPlacement = (): Promise<TagPlacement | null> =>
  (placement ??= import('./tag-placement.ts').then(
    (m) => (placeTags = m),
    () => (placement = null),
  ));

function packetElement(): HTMLElement {
  const el = document.createElement('div');
  const dot = document.createElement('span');
  dot.className = 'packet-dot';
  const tag = document.createElement('span');
  tag.className = 'packet-tag';
  el.append(dot, tag);
  return el;
}

/** Writes only what differs, so a packet kept from the last step costs nothing here. */
function dress(el: HTMLElement, { arrow, tag }: Flight, size: number): void {
  const className = `packet packet-${arrow.info.from}`;
  if (el.className !== className) el.className = className;
  const id = String(arrow.info.id);
  if (el.dataset.packetOf !== id) el.dataset.packetOf = id;
  const dot = el.firstElementChild as HTMLElement;
  const px = `${size}px`;
  if (dot.style.width !== px) {
    const margin = `${-size / 2}px`;
    Object.assign(dot.style, { width: px, height: px, marginLeft: margin, marginTop: margin });
  }
  const label = el.lastElementChild as HTMLElement;
  const hidden = tag === null;
  if (label.hidden !== hidden) label.hidden = hidden;
  if (!hidden && label.textContent !== tag) label.textContent = tag;
}
