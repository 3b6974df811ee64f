// The crowded segments of the window (crowding.ts) as bare controls: one focusable, named hit
// line each, so every segment in view stays reachable by keyboard and screen reader while
// their drawing is one shared path. Rendered from deferred values: a seek paints the diagram
// in its own frame and these follow in time-sliced work right after.
import { memo, useDeferredValue } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import type { SeqMode } from '../../state/store.ts';
import type { ArrowPiece } from './diagram-model.ts';
import { isArrived } from './diagram-window.ts';
import { segmentControl } from './SegmentArrow.tsx';
import { segmentAriaLabel } from './segment-label.ts';

interface BareSegmentsProps {
  arrows: readonly ArrowPiece[];
  applied: number;
  selected: number | null;
  seqMode: SeqMode;
  onSelect: (id: number, openMenu: boolean) => void;
}

/**
 * The bare controls are many (hundreds in view in a bulk transfer): they follow the step in a
 * deferred, time-sliced render, so a seek or a step is painted in its own frame (the lines
 * themselves are in the diagram's urgent render, as shared paths). The deferral lives here,
 * not in the diagram, so the deferred pass re-renders only this, not the whole diagram again.
 */
export const DeferredBareSegments = memo(function DeferredBareSegments(props: BareSegmentsProps) {
  const arrows = useDeferredValue(props.arrows);
  const applied = useDeferredValue(props.applied);
  const selected = useDeferredValue(props.selected);
  return <BareSegments {...props} arrows={arrows} applied={applied} selected={selected} />;
});

const BareSegments = memo(function BareSegments({
  arrows,
  applied,
  selected,
  seqMode,
  onSelect,
}: BareSegmentsProps) {
  return (
    <g className="segments bare-segments">
      {arrows
        .filter((a) => a.crowded && a.info.sendIndex < applied && a.info.id !== selected)
        .map((a) => (
          <BareSegment
            key={a.key}
            arrow={a}
            arrived={isArrived(a.info, applied)}
            seqMode={seqMode}
            onSelect={onSelect}
          />
        ))}
    </g>
  );
});

const BareSegment = memo(function BareSegment({
  arrow,
  arrived,
  seqMode,
  onSelect,
}: {
  arrow: ArrowPiece;
  arrived: boolean;
  seqMode: SeqMode;
  onSelect: (id: number, openMenu: boolean) => void;
}) {
  const t = useT();
  const { info, x0, y0, x1, y1 } = arrow;
  return (
    <line
      className={`segment is-bare from-${info.from}`}
      x1={x0}
      y1={y0}
      x2={x1}
      y2={y1}
      {...segmentControl(info.id, false, segmentAriaLabel(info, seqMode, t, arrived), onSelect)}
    />
  );
});
