// Keeping a lane annotation inside its column. SVG text does not wrap, and the column ends at
// the diagram's edge (or at the axis): a label longer than its column ("⚠ phantom connection"
// in a side-by-side column, "SYN-RECEIVED" in presenter type) would be cut at the edge. Such a
// label is drawn narrower instead (SVG `textLength`), so every character stays readable. In
// the browser the width is measured (a canvas, which needs no layout); in Node (the build-time
// prerender) it is estimated from the characters, on the wide side.
import type { Annotation } from './diagram-model.ts';
import { labelFontSize, type LaneLayout } from './geometry.ts';

export type LabelFace = 'mono' | 'bold' | 'regular';

/**
 * Advance of one character in em, on the wide side of the sans-serif faces a system may
 * give (DejaVu Sans is among the widest).
 */
function charEm(ch: string): number {
  if (ch === ' ' || ch === '.' || ch === ',' || ch === ':' || ch === '(' || ch === ')') return 0.32;
  if (/[A-Z0-9→]/.test(ch)) return 0.72;
  if (/[a-z]/.test(ch)) return 0.6;
  // Symbols (⚠), CJK and other wide characters: a full em.
  return ch.charCodeAt(0) > 0x2000 ? 1 : 0.64;
}

export function estimateTextWidth(text: string, fontSize: number, face: LabelFace): number {
  if (face === 'mono') return text.length * 0.6 * fontSize;
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (face === 'bold' ? 1.08 : 1);
}

/** The diagram's faces, as app.css sets them (body type; `.annotation.kind-app` for calls). */
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace";

let canvas: CanvasRenderingContext2D | null | undefined;
/**
 * Widths measured so far, by font and text. A label is measured when it mounts, and while
 * playing labels mount on every step; but a run repeats a few texts ("ESTABLISHED", "send()",
 * "RTO 1 s"), and setting a canvas font (parsed each time) costs more than the measuring.
 */
const measured = new Map<string, number | null>();
/** Bounds the cache: a long run's distinct texts (timer labels with times) stay few hundred. */
const MAX_MEASURED = 2_000;

/** The browser's own width of the text (null where there is no canvas: Node, jsdom). */
function measuredWidth(text: string, fontSize: number, face: LabelFace): number | null {
  const font = `${face === 'bold' ? 700 : 500} ${fontSize}px ${face === 'mono' ? MONO : SANS}`;
  const key = `${font}|${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  const width = measure(text, font, fontSize);
  if (measured.size >= MAX_MEASURED) measured.clear();
  measured.set(key, width);
  return width;
}

function measure(text: string, font: string, fontSize: number): number | null {
  if (canvas === undefined) {
    try {
      canvas =
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      canvas = null;
    }
  }
  if (!canvas) return null;
  canvas.font = font;
  // A browser that rejects the font (an unknown family keyword) keeps the old one: estimate.
  if (!canvas.font.includes(`${fontSize}px`)) return null;
  return canvas.measureText(text).width;
}

/**
 * Measures once in each face, ahead of need. A page's first canvas text measurement sets up
 * its fonts, which took 15–130 ms here (the first step or seek that fits a label paid it,
 * in the frame the user was waiting for); every later one takes well under a millisecond.
 */
export function warmTextMeasurement(): void {
  for (const face of ['regular', 'bold', 'mono'] as const)
    measuredWidth('connect() → SYN-SENT…', 16, face);
}

/** The text's natural width: measured in the browser, estimated elsewhere. */
function textWidth(text: string, fontSize: number, face: LabelFace): number {
  return measuredWidth(text, fontSize, face) ?? estimateTextWidth(text, fontSize, face);
}

/** The length to draw the label at, or undefined where it fits as it is. */
export function fittedLength(
  text: string,
  fontSize: number,
  face: LabelFace,
  available: number,
): number | undefined {
  const width = textWidth(text, fontSize, face);
  return width > available ? Math.max(1, available) : undefined;
}

/**
 * Where a lane annotation's text goes: its anchor, its drawn length if squeezed, and the
 * width it is drawn at either way.
 */
export function annotationText(
  a: Annotation,
  layout: LaneLayout,
): { x: number; anchor: 'start' | 'end'; length: number | undefined; width: number } {
  const client = a.host === 'client';
  const x = client ? layout.labelX.client - 6 : layout.labelX.server + 6;
  // Between the axis and the client's band, or between the server's band and the edge.
  const room = client ? x - (layout.axisX + 10) : layout.width - 2 - x;
  const face = a.kind === 'app' ? 'mono' : a.kind === 'state' || a.failed ? 'bold' : 'regular';
  const size = labelFontSize(layout);
  const length = fittedLength(a.text, size, face, room);
  // Measured once (cached by font and text), so asking again costs a lookup.
  return {
    x,
    anchor: client ? 'end' : 'start',
    length,
    width: length ?? textWidth(a.text, size, face),
  };
}
