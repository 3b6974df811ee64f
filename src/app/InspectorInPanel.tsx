// The segment inspector as the side panel shows it: each segment selected is brought into the
// panel's view (reveal-in-side-panel.ts), once, when the inspector first shows it (its code
// loads on demand) or when another one is selected. Not again for the same segment: a fault
// edit re-runs the trace while the user works in the panels below. Loaded with the inspector,
// not with the first frame.
import { useCallback, useRef } from 'react';
import SegmentInspector, {
  type SegmentInspectorProps,
} from '../features/inspector/SegmentInspector.tsx';
import { useReducedMotion } from '../features/timeline/reduced-motion.ts';
import { revealInSidePanel } from './reveal-in-side-panel.ts';

export default function InspectorInPanel(props: SegmentInspectorProps) {
  const smooth = !useReducedMotion();
  const id = props.segment.id;
  /** The segment last brought into view. */
  const revealed = useRef<number | null>(null);
  // A callback ref: React calls it with the element on mount, and again whenever it changes
  // (another segment selected), so no effect is needed to follow the selection.
  const reveal = useCallback(
    (el: HTMLElement | null) => {
      if (!el || revealed.current === id) return;
      revealed.current = id;
      revealInSidePanel(el, smooth);
    },
    [id, smooth],
  );
  return <SegmentInspector {...props} ref={reveal} />;
}
