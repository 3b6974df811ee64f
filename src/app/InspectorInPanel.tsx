// The segment inspector as the side panel shows it: each segment selected is brought into the
// panel's view (reveal-in-side-panel.ts), when the inspector first appears and on each
// selection after. Loaded with the inspector, not with the first frame.
import { useCallback, useEffect, useRef } from 'react';
import SegmentInspector, {
  type SegmentInspectorProps,
} from '../features/inspector/SegmentInspector.tsx';
import { useReducedMotion } from '../features/timeline/reduced-motion.ts';
import { revealInSidePanel } from './reveal-in-side-panel.ts';

export default function InspectorInPanel(props: SegmentInspectorProps) {
  const reduced = useReducedMotion();
  const shown = useRef<HTMLElement | null>(null);
  const mounted = useCallback(
    (el: HTMLElement | null) => {
      shown.current = el;
      if (el) revealInSidePanel(el, !reduced);
    },
    [reduced],
  );
  const { segment, events } = props;
  useEffect(() => {
    if (shown.current) revealInSidePanel(shown.current, !reduced);
    // Only a new selection moves the panel, not a change of the reduced-motion setting.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segment.id, events]);
  return <SegmentInspector {...props} ref={mounted} />;
}
