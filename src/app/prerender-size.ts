// The timeline viewport's size for the app's first render. There is no layout in Node, so
// the build-time prerender cannot measure it: it supplies the width that a given window size
// produces instead (and no height: 0). In the browser, the entry (main.tsx) passes the size
// of the prerendered timeline on screen, so the app's first render is drawn at it, and the
// timeline's first measurement of its own viewport finds nothing changed: no second render
// in the task of the first commit. Null: the timeline starts from nothing and measures.
import { createContext } from 'react';

export interface PrerenderSize {
  width: number;
  height: number;
}

export const PrerenderSizeContext = createContext<PrerenderSize | null>(null);
