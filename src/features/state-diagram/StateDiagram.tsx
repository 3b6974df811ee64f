// The RFC 9293 Figure 5 state machine for one side, drawn from diagram.ts: the current
// state and the transition just taken are lit. Prop-driven and static (nothing animates,
// so reduced motion needs no special case). "full" shows every edge label; "compact"
// (phones, small panels) uses the RFC's short state names in larger type and leaves the
// explanation of the lit transition to the caption under the drawing.

import { useEffect, useId, useRef } from 'react';
import { useCentredScroll, type FrameBox, type ShownPart } from './centred-scroll.ts';
import { sourceTagPlacement, type TagPlacement } from './source-tag.ts';
import type { HostName, TcpState } from '../../core/trace.ts';
import { fillTemplate } from '../narration/template.ts';
import {
  EDGES,
  NODES,
  NODE_HEIGHT,
  NODE_WIDTH,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  edgePathD,
  findEdge,
  labelFor,
  type DiagramEdge,
  type DiagramNode,
  type EdgeLabel,
  type Transition,
} from './diagram.ts';
import { stateDiagramMessagesEn, type StateDiagramCatalogue } from './messages.en.ts';

export interface StateDiagramProps {
  side: HostName;
  /** The side's current state (lit). */
  state: TcpState;
  /** The transition just taken (lit), if any. */
  last?: Transition | null;
  /** Two-way mode also draws the two transitions only that protocol takes. */
  protocol?: 'three-way' | 'two-way';
  variant?: 'full' | 'compact';
  messages?: StateDiagramCatalogue;
  className?: string;
}

/** Arrowheads: plain, and larger in the accent colour for the lit transition. */
const ARROWS = [
  { suffix: '', size: 11, fill: 'var(--sd-edge, #777)' },
  { suffix: '-lit', size: 16, fill: 'var(--sd-accent, #b3261e)' },
] as const;

/**
 * The compact variant is drawn at this scale (px per diagram unit) so its 20-unit state names
 * are 16 px on screen, readable from the back of a room; the figure is larger than a side
 * panel, so it sits in a scrolling view that keeps the lit state in the middle.
 */
const COMPACT_SCALE = 0.8;
const COMPACT_VIEW_MAX_HEIGHT = 260;

/** A state's box in the compact drawing (px), as drawn. */
function drawnBox(n: DiagramNode): FrameBox {
  return {
    x0: (n.x - NODE_WIDTH / 2) * COMPACT_SCALE,
    y0: (n.y - NODE_HEIGHT / 2) * COMPACT_SCALE,
    x1: (n.x + NODE_WIDTH / 2) * COMPACT_SCALE,
    y1: (n.y + NODE_HEIGHT / 2) * COMPACT_SCALE,
  };
}

/** A state's box in the compact view (px), with room around it for its outline. */
function compactBox(n: DiagramNode): FrameBox {
  // Clear of the faded edge (app.css, .state-diagram-frame --fade).
  const pad = 24;
  const b = drawnBox(n);
  return { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
}

/** How the source tag sits against the point where the lit arrow enters the view. */
const TAG_SHIFT: Record<TagPlacement['edge'], string> = {
  left: 'translate(0, -50%)',
  right: 'translate(-100%, -50%)',
  top: 'translate(-50%, 0)',
  bottom: 'translate(-50%, -100%)',
};

/**
 * The source tag's size, a little over what it takes (app.css, .state-diagram-from: 16 px
 * bold capitals, 8 px padding, 2 px border, 32 px high), without measuring it mid-frame.
 */
const tagSize = (text: string) => ({ w: 11 * text.length + 22, h: 32 });

/** The RFC's own abbreviations, for the compact variant. */
const SHORT_NAME: Partial<Record<TcpState, string>> = {
  'SYN-RECEIVED': 'SYN-RCVD',
  ESTABLISHED: 'ESTAB',
};

function Label({
  edge,
  label,
  lit,
  t,
}: {
  edge: DiagramEdge;
  label: EdgeLabel;
  lit: boolean;
  t: (k: keyof StateDiagramCatalogue) => string;
}) {
  const { x, y, anchor } = edge.labelAt;
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={lit ? 14 : 13}
      fontWeight={lit ? 700 : 400}
      style={{ fill: lit ? 'var(--sd-accent, #b3261e)' : 'var(--sd-label, #444)' }}
    >
      <tspan x={x}>{t(label.event)}</tspan>
      <tspan
        x={x}
        dy={15}
        style={{ fill: lit ? 'var(--sd-accent, #b3261e)' : 'var(--sd-action, #666)' }}
      >
        {t(label.action)}
      </tspan>
    </text>
  );
}

export function StateDiagram({
  side,
  state,
  last = null,
  protocol = 'three-way',
  variant = 'full',
  messages = stateDiagramMessagesEn,
  className,
}: StateDiagramProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const t = (k: keyof StateDiagramCatalogue, p?: Record<string, string>) =>
    fillTemplate(messages[k], p);
  const found = last ? findEdge(last) : undefined;
  const match = found && { ...found, label: labelFor(found.edge, found.label, protocol) };
  const litNodeIds = new Set(NODES.filter((n) => n.state === state).map((n) => n.id));
  // CLOSED has two boxes: light the one the transition arrived at, or the top one.
  if (state === 'CLOSED' && litNodeIds.size > 1) {
    litNodeIds.clear();
    litNodeIds.add(match?.edge.to ?? 'CLOSED');
  }
  const title = t(`panel.title.${side}`);
  const caption =
    last && match
      ? t('panel.lastCaption', {
          from: last.from,
          to: last.to,
          event: t(match.label.event),
          action: t(match.label.action),
        })
      : last
        ? `${last.from} → ${last.to}`
        : t('panel.noTransition');
  const ariaLabel =
    last && match
      ? t('panel.labelWithLast', {
          title,
          state,
          from: last.from,
          to: last.to,
          event: t(match.label.event),
          action: t(match.label.action),
        })
      : t('panel.label', { title, state });
  const compact = variant === 'compact';
  const viewRef = useRef<HTMLDivElement>(null);
  const litNode = NODES.find((n) => litNodeIds.has(n.id));
  // Frame the lit state and, where both fit, the state the lit transition came from.
  const source = match && NODES.find((n) => n.id === match.edge.from);
  const tagRef = useRef<HTMLSpanElement>(null);
  const name = source ? (SHORT_NAME[source.state] ?? source.state) : '';
  // Where that state stays out of view, a tag names it on the lit arrow where the arrow comes
  // into view. Placed by hand on each framing and scroll: no render for a scroll.
  /**
   * What the view showed when last framed or scrolled, and for which two states: another
   * transition between the same two (the two-way client's SYN-SENT → ESTABLISHED) is not
   * reframed, so its new tag is placed from this.
   */
  const lastShown = useRef<{ shown: ShownPart; states: string } | null>(null);
  const states = `${litNode?.id} ${source?.id}`;
  const placeTag = (shown: ShownPart) => {
    lastShown.current = { shown, states };
    const tag = tagRef.current;
    if (!tag || !match || !source) return;
    const { from, control, to } = match.edge.path;
    const px = (p: readonly [number, number]) =>
      [p[0] * COMPACT_SCALE, p[1] * COMPACT_SCALE] as const;
    const at = sourceTagPlacement(
      { from: px(from), control: control && px(control), to: px(to) },
      drawnBox(source),
      drawnBox(litNode ?? source),
      tagSize(name),
      shown,
    );
    tag.hidden = at === null;
    if (!at) return;
    tag.style.left = `${at.x}px`;
    tag.style.top = `${at.y}px`;
    tag.style.transform = TAG_SHIFT[at.edge];
  };
  const edgeId = match?.edge.id;
  useEffect(() => {
    if (lastShown.current?.states === states) placeTag(lastShown.current.shown);
    // Only a new transition between the same states needs this; a reframe places its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edgeId]);
  useCentredScroll(
    viewRef,
    [litNode, source !== litNode ? source : undefined]
      .filter((n): n is DiagramNode => n !== undefined)
      .map(compactBox),
    compact && source && source !== litNode ? placeTag : undefined,
  );
  const visible = EDGES.filter(
    (e) =>
      e === match?.edge ||
      e.kind === 'figure' ||
      e.kind === 'note' ||
      (e.kind === 'two-way' && protocol === 'two-way'),
  );

  const drawing = (
    <svg
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      role="img"
      aria-label={ariaLabel}
      style={
        compact
          ? {
              width: VIEW_WIDTH * COMPACT_SCALE,
              height: VIEW_HEIGHT * COMPACT_SCALE,
              maxWidth: 'none',
              display: 'block',
            }
          : { width: '100%', height: 'auto', display: 'block' }
      }
    >
      <defs>
        {ARROWS.map((a) => (
          <marker
            key={a.suffix}
            id={`${uid}-arrow${a.suffix}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth={a.size}
            markerHeight={a.size}
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" style={{ fill: a.fill }} />
          </marker>
        ))}
      </defs>
      {visible.map((edge) => {
        const lit = edge === match?.edge;
        return (
          <path
            key={edge.id}
            d={edgePathD(edge)}
            fill="none"
            strokeWidth={lit ? 4 : 1.6}
            strokeDasharray={edge.kind === 'figure' ? undefined : '7 5'}
            markerEnd={`url(#${uid}-arrow${lit ? '-lit' : ''})`}
            data-edge={edge.id}
            data-lit={lit || undefined}
            style={{ stroke: lit ? 'var(--sd-accent, #b3261e)' : 'var(--sd-edge, #777)' }}
          />
        );
      })}
      {!compact &&
        visible.map((edge) => (
          <Label
            key={edge.id}
            edge={edge}
            label={edge === match?.edge ? match.label : labelFor(edge, edge.label, protocol)}
            lit={edge === match?.edge}
            t={t}
          />
        ))}
      {NODES.map((n) => {
        const lit = litNodeIds.has(n.id);
        return (
          <g key={n.id} data-node={n.id} data-lit={lit || undefined}>
            <rect
              x={n.x - NODE_WIDTH / 2}
              y={n.y - NODE_HEIGHT / 2}
              width={NODE_WIDTH}
              height={NODE_HEIGHT}
              rx={8}
              strokeWidth={lit ? 4 : 1.6}
              style={{
                fill: lit ? 'var(--sd-accent, #b3261e)' : 'var(--sd-node, #fff)',
                stroke: lit ? 'var(--sd-accent, #b3261e)' : 'var(--sd-edge, #777)',
              }}
            />
            <text
              x={n.x}
              y={n.y + (compact ? 8 : 6)}
              textAnchor="middle"
              fontSize={compact ? 20 : 16}
              fontWeight={700}
              style={{ fill: lit ? 'var(--sd-on-accent, #fff)' : 'var(--sd-text, #111)' }}
            >
              {compact ? (SHORT_NAME[n.state] ?? n.state) : n.state}
            </text>
          </g>
        );
      })}
    </svg>
  );

  return (
    <figure
      className={className ?? 'state-diagram'}
      data-side={side}
      data-state={state}
      style={{ margin: 0 }}
    >
      {/* Above its drawing, as its heading: below it, the client's caption sat between the two
          drawings and read as the title of the server's. */}
      <figcaption className="state-diagram-caption">
        <strong>{title}</strong> <span>{caption}</span>
        {protocol === 'two-way' ? (
          <span className="state-diagram-legend"> · {t('panel.legendTwoWay')}</span>
        ) : null}
      </figcaption>
      {compact ? (
        // The frame fades the view's edges (app.css): a state cut by the edge reads as the
        // figure going on beyond the view, not as a broken drawing.
        <div className="state-diagram-frame">
          <div
            ref={viewRef}
            className="state-diagram-view"
            tabIndex={0}
            role="group"
            aria-label={title}
            style={{ overflow: 'auto', maxHeight: COMPACT_VIEW_MAX_HEIGHT }}
          >
            {drawing}
          </div>
          {source && source !== litNode && (
            // Keyed by the transition: a new one starts hidden until it is placed.
            <span
              key={match.edge.id}
              ref={tagRef}
              className="state-diagram-from"
              aria-hidden="true"
              hidden
            >
              {name}
            </span>
          )}
        </div>
      ) : (
        drawing
      )}
    </figure>
  );
}

export default StateDiagram;
