// The segment inspector as the side panel shows it: each segment selected is brought into the
// panel's view (reveal-in-side-panel.ts), once, when the inspector first shows it (its code
// loads on demand) or when another one is selected. Not again for the same segment: a fault
// edit re-runs the trace while the user works in the panels below. Loaded with the inspector,
// not with the first frame.
import { useCallback, useEffect, useRef } from 'react';
import SegmentInspector, {
  type SegmentInspectorProps,
} from '../features/inspector/SegmentInspector.tsx';
import { useReducedMotion } from '../features/timeline/reduced-motion.ts';
import { revealInSidePanel } from './reveal-in-side-panel.ts';

export default function InspectorInPanel(props: SegmentInspectorProps) {
  const smooth = !useReducedMotion();
  const id = props.segment.id;
  const shown = useRef<HTMLElement | null>(null);
  /** The segment last brought into view. */
  const revealed = useRef<number | null>(null);
  const reveal = useCallback(
    (el: HTMLElement | null) => {
      if (!el || revealed.current === id) return;
      revealed.current = id;
      revealInSidePanel(el, smooth);
    },
    [id, smooth],
  );
  const mounted = useCallback(
    (el: HTMLElement | null) => {
      shown.current = el;
      reveal(el);
    },
    [reveal],
  );
  useEffect(() => reveal(shown.current), [reveal]);
  return <SegmentInspector {...props} ref={mounted} />;
}
