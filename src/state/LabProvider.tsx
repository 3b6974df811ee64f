// Hands one store and one playhead motion value to the React tree (a store per provider, so
// tests and embedded instances never share state).
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { motionValue, type MotionValue } from 'framer-motion';
import { useStore } from 'zustand';
import { startPlaybackClock } from './playback-clock.ts';
import type { LabState, LabStore } from './store.ts';

interface LabContextValue {
  store: LabStore;
  playhead: MotionValue<number>;
}

const LabContext = createContext<LabContextValue | null>(null);

export function LabProvider({ store, children }: { store: LabStore; children: ReactNode }) {
  const [playhead] = useState(() => motionValue(store.getState().time));
  useEffect(() => startPlaybackClock(store, playhead), [store, playhead]);
  const value = useMemo(() => ({ store, playhead }), [store, playhead]);
  return <LabContext value={value}>{children}</LabContext>;
}

function useLabContext(): LabContextValue {
  const value = useContext(LabContext);
  if (!value) throw new Error('useLab must be used inside <LabProvider>.');
  return value;
}

/** Subscribe to one slice of the store (atomic selectors; useShallow for tuples). */
export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabContext().store, selector);
}

export function useLabStore(): LabStore {
  return useLabContext().store;
}

export function useLabActions(): LabState['actions'] {
  return useLab((s) => s.actions);
}

/** The shared playhead (virtual ms). Read it with useTransform; never copy it into state. */
export function usePlayhead(): MotionValue<number> {
  return useLabContext().playhead;
}
