// One segment: a focusable arrow named by its flags, numbers and direction. Enter or click
// selects it (the inspector and the fault popover follow the selection).
import { lazy, memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import type { SeqMode } from '../../state/store.ts';
import type { ArrowPiece } from './diagram-model.ts';
import { canTarget } from '../faults/fault-rules.ts';
import type { ArrowheadHandleProps } from './ArrowheadHandle.tsx';

import { arrowLines, arrowTags, segmentAriaLabel } from './segment-label.ts';
import { LazyPart } from '../../app/LazyPart.tsx';

type HandleModule = { default: typeof import('./ArrowheadHandle.tsx').ArrowheadHandle };
let handleModule: Promise<HandleModule> | null = null;
/**
 * Only delivered arrows have a handle, and none has at the first frame: its code is loaded
 * when the page is first idle (main.tsx), or when first needed if that comes sooner, so the
 * first step or seek that delivers an arrow does not also start a module load.
 */
export const loadArrowheadHandle = (): Promise<HandleModule> =>
  (handleModule ??= import('./ArrowheadHandle.tsx').then((m) => ({ default: m.ArrowheadHandle })));
const ArrowheadHandle = lazy(loadArrowheadHandle);

export interface SegmentArrowProps {
  arrow: ArrowPiece;
  arrived: boolean;
  selected: boolean;
  seqMode: SeqMode;
  reducedMotion: boolean;
  markerId: string;
  fontSize: number;
  onSelect: (id: number, openMenu: boolean) => void;
  /** Dragging a delivered arrow's head down delays it (ArrowheadHandle); absent: no handle. */
  drag?: Omit<ArrowheadHandleProps, 'arrow'>;
}

export const SegmentArrow = memo(function SegmentArrow({
  arrow,
  arrived,
  selected,
  seqMode,
  reducedMotion,
  markerId,
  fontSize,
  onSelect,
  drag,
}: SegmentArrowProps) {
  const t = useT();
  const { info, x0, y0, x1, y1 } = arrow;
  const kind = [
    'segment',
    `from-${info.from}`,
    info.end === 'drop' ? 'is-dropped' : '',
    info.segment.copyOf !== undefined ? 'is-copy' : '',
    info.fromPast ? 'is-stale' : '',
    info.segment.retransmission ? 'is-retransmission' : '',
    info.segment.flags.includes('RST') ? 'is-rst' : '',
    info.discarded ? 'is-discarded' : '',
    arrived ? 'is-arrived' : 'is-flying',
    selected ? 'is-selected' : '',
  ].join(' ');
  // While it travels the arrow is drawn only down to the packet (reduced motion: all at once).
  const travelling = !arrived && !reducedMotion && !info.fromPast;
  const [flags, numbers] = arrowLines(info, seqMode, t);
  const tags = arrowTags(info, t);
  // The label's place (arrow-labels.ts): the midpoint, unless another label was there first.
  const mx = arrow.labelX;
  const my = arrow.labelY;
  return (
    <>
      <g
        className={kind}
        {...segmentControl(
          info.id,
          selected,
          segmentAriaLabel(info, seqMode, t, arrived),
          onSelect,
        )}
      >
        <line className="hit" x1={x0} y1={y0} x2={x1} y2={y1} />
        {/* While travelling, the drawn part is an overlay (TraceDiagram); here only the hit line. */}
        {!travelling && (
          <line
            className="arrow"
            x1={x0}
            y1={y0}
            x2={x1}
            y2={y1}
            markerEnd={arrived && info.end === 'deliver' ? `url(#${markerId})` : undefined}
          />
        )}
        {arrived && info.end === 'drop' && (
          <text className="drop-mark" x={x1} y={y1} dy="0.35em" textAnchor="middle">
            ✕
          </text>
        )}
        {arrived && reducedMotion && info.end === 'deliver' && (
          <circle className="packet-landed" cx={x1} cy={y1} r={fontSize * 0.35} />
        )}
        {/* While the packet travels, its flags ride with it; the full label shows on arrival. */}
        <g
          className="arrow-label"
          visibility={travelling || arrow.labelHidden ? 'hidden' : undefined}
        >
          <text x={mx} y={my} textAnchor="middle">
            {/* The space keeps the two lines one phrase, "SYN seq=100", which is how the
              accessible name begins (WCAG 2.5.3: the visible label is part of the name). */}
            <tspan x={mx} dy="-0.25em">
              {flags}
            </tspan>{' '}
            <tspan x={mx} dy="1.1em" className="numbers">
              {numbers}
            </tspan>
          </text>
        </g>
        {drag && arrived && info.end === 'deliver' && canTarget(info) && (
          <LazyPart quiet>
            <ArrowheadHandle arrow={arrow} delayFor={drag.delayFor} onDelay={drag.onDelay} />
          </LazyPart>
        )}
      </g>
      {/* The tags ("retransmission", "copy") are said in the name after the direction; drawn
        outside the control so its visible text stays the start of its name. */}
      {tags.length > 0 && !arrow.labelHidden && (
        <g
          className={`${kind} segment-tags`}
          aria-hidden="true"
          visibility={travelling ? 'hidden' : undefined}
        >
          <g className="arrow-label">
            <text x={mx} y={my} dy="1.95em" textAnchor="middle" className="tags">
              {tags.join(' · ')}
            </text>
          </g>
        </g>
      )}
    </>
  );
});

/**
 * What makes a segment's element a control: focusable, named, and selected (menu opened) by
 * Enter, Space, a click or the context menu.
 */
export function segmentControl(
  id: number,
  selected: boolean,
  label: string,
  onSelect: (id: number, openMenu: boolean) => void,
) {
  return {
    'data-segment-id': id,
    tabIndex: 0,
    role: 'button',
    'aria-pressed': selected,
    'aria-label': label,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        onSelect(id, true);
      }
    },
    onClick: (e: MouseEvent) => {
      e.stopPropagation();
      onSelect(id, true);
    },
    onContextMenu: (e: MouseEvent) => {
      e.preventDefault();
      onSelect(id, true);
    },
  } as const;
}
