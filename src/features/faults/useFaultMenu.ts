// Which fault popover is open (on a segment, or on a lane at a moment). Local UI state: it is
// not part of the experiment, so it stays out of the store.
import { useCallback, useEffect, useRef, useState } from 'react';
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

/** How long the note of a rule just added stays. */
const ADDED_NOTE_MS = 5000;

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
  // The note goes after a few seconds, whether or not its column is on screen then (a
  // comparison switched off and on again does not bring an old note back).
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const noteAdded = useCallback((note: AddedNote) => {
    clearTimeout(timer.current);
    setAdded(note);
    timer.current = setTimeout(() => setAdded(null), ADDED_NOTE_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { menu, openForSegment, openForLane, close, added, noteAdded };
}
