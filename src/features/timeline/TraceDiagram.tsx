// One space-time diagram (one trace). Static geometry is laid out once per (trace, width);
// each render filters it by what has happened (the applied event count, a discrete value) and
// by the visible window, so only what is in view is in the DOM.
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useState,
  type FocusEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useT, type Translate } from '../../app/i18n/i18n.tsx';
import { useLab, useLabActions, useLabStore, usePlayhead } from '../../state/LabProvider.tsx';
import { selectAppliedCount } from '../../state/selectors.ts';
import type { TimeBreak, TimeScale } from '../../state/time-scale.ts';
import { indexTrace, type SegmentInfo } from '../../state/trace-index.ts';
import { buildDiagramModel, type Annotation, type ArrowPiece } from './diagram-model.ts';
import { LIMITS } from '../../core/scenario.ts';
import { faultFor } from '../faults/fault-rules.ts';
import { DeferredBareSegments } from './BareSegments.tsx';
import { crowdedGroups, indexPieces, isArrived, pointOnArrow } from './diagram-window.ts';
import {
  axisTicks,
  labelFontSize,
  intersects,
  timeOfY,
  urgentRange,
  yOf,
  type LaneLayout,
  type Tick,
} from './geometry.ts';
import { piecesIn } from './interval-index.ts';
import { Curtain, FlyingPackets, PlayheadLine } from './motion-parts.tsx';
import { RevealedLayer, TravellingLines } from './RevealedLayer.tsx';
import { SegmentArrow } from './SegmentArrow.tsx';
import { endedTimerPaths } from './timer-paths.ts';
import { flagText } from './segment-label.ts';
import { annotationText } from './label-fit.ts';
import { focusAfterRemoval } from '../../app/focus-after-removal.ts';

/** The diagram's size classes for app.css: narrow geometry, and type under 16 px. */
const sizeClasses = (layout: LaneLayout): string =>
  (layout.compact ? ' compact' : '') + (layout.smallType ? ' small-type' : '');

export interface LanePoint {
  traceIndex: number;
  host: 'client' | 'server';
  time: number;
  x: number;
  y: number;
}

export interface TraceDiagramProps {
  traceIndex: number;
  layout: LaneLayout;
  scale: TimeScale;
  height: number;
  /** The render window (diagram px): what to keep in the DOM. */
  window: readonly [number, number];
  /** The viewport the window was made for: all that a jump draws at once. */
  view: readonly [number, number];
  reducedMotion: boolean;
  /** Opened on a segment (fault menu): rendered over the diagram at the arrow's label. */
  onSegmentMenu?: (traceIndex: number, info: SegmentInfo, at: { x: number; y: number }) => void;
  /** A click on a lane's empty column (e.g. "Inject an old SYN here"). */
  onLaneClick?: (point: LanePoint) => void;
  children?: ReactNode;
}

/**
 * A packet's flags as it flies; a copy's say it is one (the old-SYN story's held-up copy,
 * flying beside the client's lane for 3 s, read as the client sending a second SYN).
 */
function packetTag(a: ArrowPiece, t: Translate): string {
  const flags = flagText(a.info, t);
  return a.info.segment.copyOf === undefined ? flags : t('timeline.copyTag', { flags });
}

export function TraceDiagram({
  traceIndex,
  layout,
  scale,
  height,
  window: target,
  view,
  reducedMotion,
  onSegmentMenu,
  onLaneClick,
  children,
}: TraceDiagramProps) {
  const t = useT();
  const uid = useId().replace(/:/g, '');
  const markerId = `head-${uid}`;
  const trace = useLab((s) => s.traces[traceIndex]);
  const applied = useLab(selectAppliedCount(traceIndex));
  const seqMode = useLab((s) => s.seqMode);
  const selected = useLab((s) => (s.selected?.trace === traceIndex ? s.selected.id : null));
  const actions = useLabActions();
  const store = useLabStore();
  const playhead = usePlayhead();
  // The segment with keyboard focus stays rendered when the window moves on (stepping, the
  // view following the playhead): unmounting it would drop focus to the top of the page.
  const [focused, setFocused] = useState<number | null>(null);
  const trackFocus = (e: FocusEvent<SVGSVGElement>) => {
    const id = (e.target as Element).closest('[data-segment-id]')?.getAttribute('data-segment-id');
    setFocused(e.type === 'focus' && id != null ? Number(id) : null);
  };
  // Stepping back before the focused segment was sent removes it: focus goes on to Play.
  useEffect(() => {
    if (focused !== null) focusAfterRemoval();
  }, [applied, focused]);

  const traceIdx = useMemo(() => (trace ? indexTrace(trace) : null), [trace]);
  const model = useMemo(
    () =>
      traceIdx && trace
        ? buildDiagramModel(traceIdx, trace.events.length, scale.endTime, layout, scale, t)
        : null,
    [traceIdx, trace, layout, scale, t],
  );

  const onSelect = useCallback(
    (id: number, openMenu: boolean) => {
      actions.select({ trace: traceIndex, id });
      const info = traceIdx?.byId.get(id);
      const arrow = model?.arrows.find((a) => a.info.id === id);
      if (!openMenu || !info || !arrow || !onSegmentMenu) return;
      // At the middle of the arrow; for a packet still travelling, no lower than the packet
      // (the rest of its arrow is not drawn yet).
      const middle = (arrow.y0 + arrow.y1) / 2;
      const applied = selectAppliedCount(traceIndex)(store.getState());
      const travelling = !reducedMotion && !info.fromPast && !isArrived(info, applied);
      const y = travelling ? Math.min(middle, yOf(layout, scale, playhead.get())) : middle;
      onSegmentMenu(traceIndex, info, pointOnArrow(arrow, y));
    },
    [
      actions,
      traceIndex,
      traceIdx,
      model,
      onSegmentMenu,
      store,
      playhead,
      layout,
      scale,
      reducedMotion,
    ],
  );

  // Dragging an arrowhead down by dy px: the extra delay that means, snapped to 10 ms.
  const drag = useMemo(
    () => ({
      delayFor: (arrow: ArrowPiece, dy: number) => {
        const ms = timeOfY(layout, scale, arrow.y1 + dy) - (arrow.info.endT ?? 0);
        return Math.max(0, Math.min(LIMITS.maxDelayMs, Math.round(ms / 10) * 10));
      },
      onDelay: (arrow: ArrowPiece, ms: number) => {
        if (traceIdx) actions.addFault(faultFor(traceIdx, arrow.info, 'delay', ms));
      },
    }),
    [layout, scale, traceIdx, actions],
  );

  // A jump draws the viewport in its own frame and the rest of the window right after.
  const settled = useDeferredValue(target);
  const window = useMemo(
    () => urgentRange(settled, { range: target, view }),
    [settled, target, view],
  );

  // What lies in the window changes only when the window moves (coarse buckets); what has
  // happened changes every step. Find what is in the window by binary search (interval
  // index, built once per model) and filter that by the step on every render, so neither
  // depends on the trace's size.
  const pieces = useMemo(() => (model ? indexPieces(model) : null), [model]);
  const inWindow = useMemo(() => {
    if (!pieces) return null;
    const [w0, w1] = window;
    return {
      ticks: axisTicks(layout, scale, w0, w1),
      breaks: scale.breaks.filter((b) =>
        intersects(yOf(layout, scale, b.t0), yOf(layout, scale, b.t1), window),
      ),
      bands: piecesIn(pieces.bands, w0, w1),
      timers: piecesIn(pieces.timers, w0, w1),
      annotations: piecesIn(pieces.annotations, w0, w1),
      arrows: piecesIn(pieces.arrows, w0, w1),
    };
  }, [pieces, layout, scale, window]);
  // Crowded arrows (crowding.ts) are drawn as shared paths: in flight and delivered, by the
  // revealed layer; what only an event can show (a loss; all of them with reduced motion)
  // here, once it has happened.
  const crowded = useMemo(
    () => (inWindow ? crowdedGroups(inWindow.arrows, applied, selected, reducedMotion) : null),
    [inWindow, applied, selected, reducedMotion],
  );
  // Every packet of the window that may be seen travelling (FlyingPackets decides which are in
  // the air at each moment): not the segments "from the past", whose arrows start above.
  const flights = useMemo(
    () =>
      (inWindow?.arrows ?? [])
        .filter((a) => !a.info.fromPast)
        // A packet whose arrow has no label drawn (crowded, or a forged one in a pile) flies
        // without its flags too: a flood's replies would print "SYN ACK" over each other.
        .map((a) => ({ arrow: a, tag: a.crowded || a.labelHidden ? null : packetTag(a, t) })),
    [inWindow, t],
  );
  const [top, bottom] = [Math.max(0, window[0]), Math.max(0, Math.min(height, window[1]))];

  if (!trace || !model || !inWindow || !crowded) return null;
  const { ticks, breaks } = inWindow;
  const timers = inWindow.timers.filter((p) => p.endsAt !== null && p.endsAt < applied);
  const annotations = inWindow.annotations.filter((a) => a.appearsAt < applied);
  const arrows = inWindow.arrows.filter((a) => a.info.sendIndex < applied);
  const drawn = arrows.filter((a) => !a.crowded || a.info.id === selected);
  if (focused !== null && !drawn.some((a) => a.info.id === focused)) {
    const arrow = model.arrows.find((a) => a.info.id === focused);
    if (arrow && arrow.info.sendIndex < applied) drawn.push(arrow);
  }

  const onLaneColumnClick = (host: 'client' | 'server') => (e: MouseEvent<SVGRectElement>) => {
    if (!onLaneClick) return;
    const svg = e.currentTarget.ownerSVGElement!;
    const box = svg.getBoundingClientRect();
    const y = e.clientY - box.top;
    onLaneClick({
      traceIndex,
      host,
      time: Math.max(0, Math.round(timeOfY(layout, scale, y))),
      x: e.clientX - box.left,
      y,
    });
  };

  return (
    <div className={`diagram-wrap${sizeClasses(layout)}`} style={{ height }}>
      {/* Under the diagram: what the playhead uncovers (bands, timers, lines in flight). */}
      <Curtain layout={layout} scale={scale} top={top} bottom={bottom}>
        <RevealedLayer
          layout={layout}
          top={top}
          bottom={bottom}
          bands={inWindow.bands}
          timers={inWindow.timers}
          arrows={inWindow.arrows}
          reducedMotion={reducedMotion}
        />
        <TravellingLines
          arrows={inWindow.arrows}
          applied={applied}
          reducedMotion={reducedMotion}
          top={top}
          bottom={bottom}
          width={layout.width}
        />
      </Curtain>
      <svg
        className={`diagram${sizeClasses(layout)}`}
        width={layout.width}
        height={height}
        style={{ fontSize: layout.fontSize }}
        aria-label={t('timeline.label', { protocol: t(`protocol.${trace.summary.protocol}`) })}
        role="group"
        onFocus={trackFocus}
        onBlur={trackFocus}
      >
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
          </marker>
        </defs>

        {/* Lane columns: the empty space where a click picks a moment on that lane. */}
        {(['client', 'server'] as const).map((host) => (
          <rect
            key={host}
            className={`lane-column lane-column-${host}`}
            x={
              host === 'client'
                ? layout.labelX.client - layout.labelWidth
                : layout.bandX.server - layout.bandWidth / 2
            }
            y={0}
            width={layout.labelWidth + layout.bandWidth + 6}
            height={height}
            onClick={onLaneColumnClick(host)}
          />
        ))}
        <line
          className="lane-guide"
          x1={layout.bandX.client}
          x2={layout.bandX.client}
          y1={layout.top}
          y2={model.endY}
        />
        <line
          className="lane-guide"
          x1={layout.bandX.server}
          x2={layout.bandX.server}
          y1={layout.top}
          y2={model.endY}
        />

        <Axis ticks={ticks} breaks={breaks} layout={layout} scale={scale} />

        {/* Timers that have ended, in their outcome's colour (their running part: the
          revealed layer). */}
        <g className="timers" aria-hidden="true">
          {endedTimerPaths(timers).map(({ outcome, d }) => (
            <g key={outcome} className={`timer timer-${outcome}`}>
              <path d={d} />
            </g>
          ))}
        </g>

        <g className="annotations" aria-hidden="true">
          {annotations.map((a) => (
            <AnnotationLabel key={a.key} annotation={a} layout={layout} />
          ))}
        </g>

        <g className="crowded-lines" aria-hidden="true">
          {crowded.map((g) => (
            <g key={g.kind} className={`crowded crowded-${g.kind}`}>
              <path className="crowded-line" d={g.stroke} />
              {g.fill && <path className="crowded-head" d={g.fill} />}
            </g>
          ))}
        </g>
        <DeferredBareSegments
          arrows={inWindow.arrows}
          applied={applied}
          selected={selected}
          seqMode={seqMode}
          onSelect={onSelect}
        />
        <g className="segments">
          {drawn.map((a) => (
            <SegmentArrow
              key={a.key}
              arrow={a}
              arrived={isArrived(a.info, applied)}
              selected={selected === a.info.id}
              seqMode={seqMode}
              reducedMotion={reducedMotion}
              markerId={markerId}
              fontSize={layout.fontSize}
              onSelect={onSelect}
              drag={drag}
            />
          ))}
        </g>
      </svg>
      {applied === 0 && <EmptyHint layout={layout} text={t('timeline.empty')} />}
      {/* The moving layers: HTML over the SVG, changed by transforms only. */}
      {!reducedMotion && (
        <FlyingPackets
          flights={flights}
          applied={applied}
          layout={layout}
          scale={scale}
          onSelect={onSelect}
        />
      )}
      <PlayheadLine layout={layout} scale={scale} />
      {children}
    </div>
  );
}

/** A lane annotation (state name, call, timer, anomaly); never changes once laid out. */
const AnnotationLabel = memo(function AnnotationLabel({
  annotation: a,
  layout,
}: {
  annotation: Annotation;
  layout: LaneLayout;
}) {
  const client = a.host === 'client';
  const { x, anchor, length, width } = annotationText(a, layout);
  const size = labelFontSize(layout);
  return (
    <g
      className={`annotation kind-${a.kind}${a.failed ? ' failed' : ''}${a.state ? ` state-${a.state}` : ''}${a.inferred ? ' inferred' : ''}`}
    >
      {Math.abs(a.y - a.anchorY - layout.fontSize * 0.35) > 2 && (
        <line
          className="leader"
          x1={client ? layout.labelX.client + 2 : layout.labelX.server - 2}
          x2={client ? layout.labelX.client - 4 : layout.labelX.server + 4}
          y1={a.anchorY}
          y2={a.y - layout.fontSize * 0.35}
        />
      )}
      {/* A ground behind the text hides the playhead line and the grid lines on its row. A
          halo round the glyphs did not: monospace leaves gaps wider than it closes (the line
          through "recv() → reset" read as a strike), and a line just under a label came out
          bitten in the glyphs' shapes. */}
      <rect
        className="ground"
        x={anchor === 'start' ? x - 2 : x - width - 2}
        // The text's em box (DejaVu Sans: 0.93 em above the baseline, 0.24 below; CJK
        // ideographs reach 0.88): stacked labels are size + 5 px apart, so grounds never meet.
        y={a.y - size * 0.93}
        width={width + 4}
        height={size * 1.18}
      />
      <text
        x={x}
        y={a.y}
        textAnchor={anchor}
        textLength={length}
        lengthAdjust={length === undefined ? undefined : 'spacingAndGlyphs'}
      >
        {a.text}
      </text>
    </g>
  );
});

/** Time axis ticks and the break marks of compressed gaps in the window. */
const Axis = memo(function Axis({
  ticks,
  breaks,
  layout,
  scale,
}: {
  ticks: Tick[];
  breaks: TimeBreak[];
  layout: LaneLayout;
  scale: TimeScale;
}) {
  const t = useT();
  return (
    <g className="axis" aria-hidden="true">
      {/* Marks and grid lines as two paths, the labels as text: a seek redraws the axis. */}
      <path
        className="tick-mark"
        d={ticks.map((k) => `M${layout.axisX + 2} ${k.y}H${layout.axisX + 8}`).join('')}
      />
      <path
        className="tick-grid"
        d={ticks.map((k) => `M${layout.axisX + 8} ${k.y}H${layout.width}`).join('')}
      />
      {ticks.map((tick) => (
        <text
          key={`${tick.t}`}
          className={tick.afterBreak ? 'tick after-break' : 'tick'}
          x={layout.axisX}
          y={tick.y}
          dy="0.35em"
          textAnchor="end"
        >
          {layout.compact
            ? (tick.t / 1000).toFixed(tick.decimals)
            : t('timeline.seconds', { s: (tick.t / 1000).toFixed(tick.decimals) })}
        </text>
      ))}
      {breaks.map((b) => {
        const y0 = yOf(layout, scale, b.t0);
        const y1 = yOf(layout, scale, b.t1);
        const mid = (y0 + y1) / 2;
        const zig =
          `M0,${mid - 6} ` +
          Array.from(
            { length: Math.ceil(layout.width / 16) },
            (_, i) => `L${i * 16 + 8},${mid + (i % 2 ? -6 : 6)}`,
          ).join(' ');
        return (
          <g key={`break${b.t0}`} className="time-break">
            <rect x={0} y={y0 + 4} width={layout.width} height={Math.max(0, y1 - y0 - 8)} />
            <path d={zig} />
            <path d={zig} transform="translate(0 8)" />
            <text
              x={(layout.edgeX.client + layout.edgeX.server) / 2}
              y={mid + 4}
              dy="-0.9em"
              textAnchor="middle"
            >
              {t('timeline.idleGap', {
                s: ((b.t1 - b.t0) / 1000).toFixed(b.t1 - b.t0 >= 10_000 ? 0 : 2),
              })}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/**
 * Before the first event: what to do, centred between the lanes, a sentence a line where
 * there is room. HTML over the diagram (z-index, app.css): it wraps where the diagram is
 * narrow (a phone, a side-by-side column), and its card covers what lies under it. When the
 * first segment is lost, an idle gap's break mark and its label start just below 0 s, right
 * where the hint is; drawn in the SVG, the two texts were printed over each other.
 */
function EmptyHint({ layout, text }: { layout: LaneLayout; text: string }) {
  const x = (layout.edgeX.client + layout.edgeX.server) / 2;
  const room = 2 * Math.min(x - (layout.axisX + 10), layout.width - 4 - x);
  return (
    <p
      className="empty-hint"
      style={{ top: layout.top + 36, left: x, maxWidth: room, fontSize: layout.fontSize }}
    >
      {text.split(/(?<=[.。!?！？] ?)(?=\S)/).map((sentence, i) => (
        <span key={i}>{sentence}</span>
      ))}
    </p>
  );
}
