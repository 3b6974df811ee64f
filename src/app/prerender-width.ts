// The diagram width the build-time prerender draws at. There is no layout in Node, so the
// timeline cannot measure its viewport; the prerender supplies the width that a given window
// size produces instead. In the browser, the entry (main.tsx) passes the width of the
// prerendered timeline on screen, so the app's first render is drawn at it; the timeline then
// measures its own viewport as always (null: it starts from nothing).
import { createContext } from 'react';

export const PrerenderWidthContext = createContext<number | null>(null);
