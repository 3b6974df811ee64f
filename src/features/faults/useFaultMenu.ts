// Which fault popover is open (on a segment, or on a lane at a moment). Local UI state: it is
// not part of the experiment, so it stays out of the store.
import { useCallback, useState } from 'react';
import type { SegmentInfo } from '../../state/trace-index.ts';

export type FaultMenu =
  | { kind: 'segment'; traceIndex: number; info: SegmentInfo; x: number; y: number }
  | {
      kind: 'lane';
      traceIndex: number;
      host: 'client' | 'server';
      time: number;
      x: number;
      y: number;
    };

export function useFaultMenu() {
  const [menu, setMenu] = useState<FaultMenu | null>(null);
  const openForSegment = useCallback(
    (traceIndex: number, info: SegmentInfo, at: { x: number; y: number }) => {
      setMenu({ kind: 'segment', traceIndex, info, x: at.x, y: at.y });
    },
    [],
  );
  const openForLane = useCallback(
    (p: { traceIndex: number; host: 'client' | 'server'; time: number; x: number; y: number }) => {
      setMenu({ kind: 'lane', ...p });
    },
    [],
  );
  const close = useCallback(() => setMenu(null), []);
  return { menu, openForSegment, openForLane, close };
}
