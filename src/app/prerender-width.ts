// The diagram width the build-time prerender draws at. There is no layout in Node, so the
// timeline cannot measure its viewport; the prerender supplies the width that a given window
// size produces instead. In the browser nothing provides it (null) and the timeline measures.
import { createContext } from 'react';

export const PrerenderWidthContext = createContext<number | null>(null);
