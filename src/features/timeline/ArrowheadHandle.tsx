// Drag an arrowhead down to delay that segment: while dragging (mouse, pen or touch), the
// longer arrow is previewed with the extra delay; on release a delay fault is added for the
// segment (the same rule the fault menu's Delay button makes), and the run is simulated again
// at the same moment. The keyboard way to the same rule is the fault menu (Enter on a segment).
import { useEffect, useRef, useState, type PointerEvent, type MouseEvent } from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import type { ArrowPiece } from './diagram-model.ts';

/** Below this drag (px) a press on the head is a click: it opens the fault menu as usual. */
const DRAG_THRESHOLD_PX = 4;

export interface ArrowheadHandleProps {
  arrow: ArrowPiece;
  /** The extra delay (ms, snapped) that dragging the head `dy` px down means. */
  delayFor: (arrow: ArrowPiece, dy: number) => number;
  onDelay: (arrow: ArrowPiece, ms: number) => void;
}

export function ArrowheadHandle({ arrow, delayFor, onDelay }: ArrowheadHandleProps) {
  const t = useT();
  const start = useRef<number | null>(null);
  const dragged = useRef(false);
  const [dy, setDy] = useState(0);
  const { x0, y0, x1, y1 } = arrow;
  const handle = useRef<SVGCircleElement>(null);

  // A finger dragging the head must not scroll the timeline instead (the browser would take
  // the gesture and cancel the drag). CSS touch-action cannot say so: Chromium honours it on
  // boxes, not on an SVG circle. A touchmove cancelled while a drag is under way can, and
  // only a non-passive listener may cancel it (React's are passive). A tap, with no move,
  // still opens the fault menu.
  useEffect(() => {
    const el = handle.current;
    if (!el) return;
    const hold = (e: TouchEvent) => {
      if (start.current !== null && e.cancelable) e.preventDefault();
    };
    el.addEventListener('touchmove', hold, { passive: false });
    return () => el.removeEventListener('touchmove', hold);
  }, []);

  const onPointerDown = (e: PointerEvent<SVGCircleElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = e.clientY;
    dragged.current = false;
  };
  const onPointerMove = (e: PointerEvent<SVGCircleElement>) => {
    if (start.current === null) return;
    const d = Math.max(0, e.clientY - start.current);
    if (d >= DRAG_THRESHOLD_PX) dragged.current = true;
    setDy(dragged.current ? d : 0);
  };
  const finish = (e: PointerEvent<SVGCircleElement>, commit: boolean) => {
    if (start.current === null) return;
    const d = Math.max(0, e.clientY - start.current);
    start.current = null;
    setDy(0);
    const ms = delayFor(arrow, d);
    if (commit && dragged.current && ms > 0) onDelay(arrow, ms);
  };
  // After a drag the click that follows must not open the fault menu.
  const onClick = (e: MouseEvent) => {
    if (dragged.current) e.stopPropagation();
    dragged.current = false;
  };

  const ms = dy > 0 ? delayFor(arrow, dy) : 0;
  return (
    <g className="arrow-drag" aria-hidden="true">
      {dy > 0 && (
        <g className="delay-preview">
          <line x1={x0} y1={y0} x2={x1} y2={y1 + dy} />
          <text x={x1} y={y1 + dy} dy="1.4em" textAnchor="middle">
            {t('timeline.dragDelay', { ms })}
          </text>
        </g>
      )}
      <circle
        ref={handle}
        className="arrow-handle"
        cx={x1}
        cy={y1 + dy}
        r={11}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => finish(e, true)}
        onPointerCancel={(e) => finish(e, false)}
        onClick={onClick}
      />
    </g>
  );
}
