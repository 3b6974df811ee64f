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

/** A rule a menu has just added, said for a moment where the menu was (FaultAdded). */
export interface AddedNote {
  traceIndex: number;
  /** The rule in words (describeFault, describeInjection). */
  text: string;
  x: number;
  y: number;
}

export function useFaultMenu() {
  const [menu, setMenu] = useState<FaultMenu | null>(null);
  const [added, setAdded] = useState<AddedNote | null>(null);
  const openForSegment = useCallback(
    (traceIndex: number, info: SegmentInfo, at: { x: number; y: number }) => {
      setAdded(null);
      setMenu({ kind: 'segment', traceIndex, info, x: at.x, y: at.y });
    },
    [],
  );
  const openForLane = useCallback(
    (p: { traceIndex: number; host: 'client' | 'server'; time: number; x: number; y: number }) => {
      setAdded(null);
      setMenu({ kind: 'lane', ...p });
    },
    [],
  );
  const close = useCallback(() => setMenu(null), []);
  const noteAdded = useCallback((note: AddedNote) => setAdded(note), []);
  const forgetAdded = useCallback(() => setAdded(null), []);
  return { menu, openForSegment, openForLane, close, added, noteAdded, forgetAdded };
}
