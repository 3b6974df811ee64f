// The space-time diagram of a whole run as a standalone SVG file, drawn from the trace (never
// scraped from the screen): lanes with their state bands and labels, one <path> per segment with
// its label, ✕ where one was lost, the time axis with its compressed gaps. The geometry is the
// timeline's own (geometry.ts, diagram-model.ts), so the file looks like the lab at the end of
// the run. The scenario file's text rides in <metadata>, so the picture reopens the experiment.
// Pure string building: no DOM, no React; the caller passes the translator for the labels.
import type { Trace } from '../core/trace.ts';
import type { Translate } from '../app/i18n/i18n.tsx';
import type { SeqMode } from '../state/store.ts';
import type { TimeScale } from '../state/time-scale.ts';
import { runTimeScale } from '../state/run-time-scale.ts';
import { indexTrace, type SegmentInfo } from '../state/trace-index.ts';
import {
  buildDiagramModel,
  type Annotation,
  type ArrowPiece,
  type BandPiece,
} from '../features/timeline/diagram-model.ts';
import {
  axisTicks,
  diagramHeight,
  laneLayout,
  yOf,
  type LaneLayout,
} from '../features/timeline/geometry.ts';
import { arrowLines, arrowTags } from '../features/timeline/segment-label.ts';
import { annotationText } from '../features/timeline/label-fit.ts';
import { scenarioMetadata, xmlAttr, xmlText } from './svg-metadata.ts';

export interface DiagramPanel {
  trace: Trace;
  /** Shown above the lanes, e.g. the protocol. */
  heading: string;
}

export interface DiagramSvgInput {
  /** One diagram, or several side by side on one time axis (two-way vs three-way). */
  panels: readonly DiagramPanel[];
  /** The scenario file's text, embedded as is. */
  scenarioText: string;
  /** The document's title (shown at the top and as <title>). */
  title: string;
  t: Translate;
  seqMode?: SeqMode;
  /** Width of one diagram in px (wide enough for the full lane labels). */
  panelWidth?: number;
}

export interface DiagramSvg {
  svg: string;
  width: number;
  height: number;
}

// The lab's palette (app.css), written out: a standalone file has no stylesheet to inherit.
const COLOURS = {
  ink: '#14213d',
  muted: '#5a6275',
  line: '#d7dbe3',
  client: '#1f5fbf',
  server: '#a4480c',
  bad: '#b3261e',
  good: '#1e7a46',
  stale: '#7b3fa0',
  axis: '#aab1bf',
  grid: '#eef0f4',
  gap: '#f3f4f8',
  timer: '#6b7590',
  app: '#34495e',
};

const STATE_FILL: Record<string, string> = {
  CLOSED: '#c9ccd3',
  LISTEN: '#8fbbe3',
  'SYN-SENT': '#f0b93a',
  'SYN-RECEIVED': '#f0b93a',
  ESTABLISHED: '#3fa36b',
  'FIN-WAIT-1': '#b48ad8',
  'FIN-WAIT-2': '#b48ad8',
  'CLOSE-WAIT': '#b48ad8',
  CLOSING: '#b48ad8',
  'LAST-ACK': '#b48ad8',
  'TIME-WAIT': '#8d8fb5',
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace";
/** Room above the lanes: the title, each panel's heading, the lane names. */
const HEAD = 96;

/** Numbers in the file: at most two decimals, no trailing zeros (deterministic and short). */
function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function el(
  name: string,
  attrs: Record<string, string | number | undefined>,
  body?: string,
): string {
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : xmlAttr(v!)}"`)
    .join('');
  return body === undefined ? `<${name}${list}/>` : `<${name}${list}>${body}</${name}>`;
}

export function diagramSvg(input: DiagramSvgInput): DiagramSvg {
  const { panels, t } = input;
  const seqMode = input.seqMode ?? 'absolute';
  // One time scale for all panels, as on screen, so side-by-side diagrams line up.
  const scale = runTimeScale(panels.map((p) => p.trace));
  const layout = laneLayout(input.panelWidth ?? 960, false, scale.endTime, (s) =>
    t('timeline.seconds', { s }),
  );
  const bodyHeight = Math.max(
    diagramHeight(layout, scale),
    ...panels.map((p) => yOf(layout, scale, p.trace.summary.endTime) + 64),
  );
  const width = layout.width * panels.length;
  const height = Math.ceil(HEAD + bodyHeight);

  const parts: string[] = [
    el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    el(
      'text',
      { x: 16, y: 28, 'font-size': 20, 'font-weight': 700, fill: COLOURS.ink },
      xmlText(input.title),
    ),
  ];
  panels.forEach((panel, k) => {
    parts.push(
      `<g transform="translate(${n(k * layout.width)} ${HEAD})">`,
      drawPanel(panel, layout, scale, bodyHeight, seqMode, t),
      '</g>',
    );
  });

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlAttr(FONT)}" font-size="${layout.fontSize}">`,
    el('title', {}, xmlText(input.title)),
    scenarioMetadata(input.scenarioText),
    `<defs>${arrowheads()}</defs>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
  return { svg, width, height };
}

/** Arrowheads, one per colour (context-stroke is not understood by every viewer). */
function arrowheads(): string {
  return (['client', 'server', 'stale'] as const)
    .map((kind) =>
      el(
        'marker',
        {
          id: `hl-head-${kind}`,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 7,
          markerHeight: 7,
          orient: 'auto-start-reverse',
        },
        el('polygon', { points: '0,0 10,5 0,10', fill: COLOURS[kind] }),
      ),
    )
    .join('');
}

function drawPanel(
  panel: DiagramPanel,
  layout: LaneLayout,
  scale: TimeScale,
  height: number,
  seqMode: SeqMode,
  t: Translate,
): string {
  const { trace } = panel;
  const index = indexTrace(trace);
  const model = buildDiagramModel(index, trace.events.length, scale.endTime, layout, scale, t);
  const out: string[] = [];
  const centre = (layout.edgeX.client + layout.edgeX.server) / 2;
  out.push(
    el(
      'text',
      { x: centre, y: -44, 'text-anchor': 'middle', 'font-weight': 700, fill: COLOURS.ink },
      xmlText(panel.heading),
    ),
  );
  for (const host of ['client', 'server'] as const) {
    out.push(
      el(
        'text',
        {
          x: layout.bandX[host],
          y: -12,
          'text-anchor': 'middle',
          'font-weight': 700,
          fill: COLOURS[host],
        },
        xmlText(t(`host.${host}`)),
      ),
      el('line', {
        x1: layout.bandX[host],
        x2: layout.bandX[host],
        y1: layout.top,
        y2: model.endY,
        stroke: COLOURS.line,
        'stroke-width': 2,
      }),
    );
  }
  out.push(drawAxis(layout, scale, height, t));
  out.push(...model.bands.map(drawBand));
  for (const p of model.timers) {
    const stroke = p.outcome === 'fire' ? COLOURS.bad : COLOURS.timer;
    const dash = { stroke, 'stroke-width': 2 };
    out.push(
      el('line', { x1: p.x, x2: p.x, y1: p.y0, y2: p.y1, ...dash, 'stroke-dasharray': '3 3' }),
      el('line', { x1: p.x - 4, x2: p.x + 4, y1: p.y0, y2: p.y0, ...dash }),
      el('line', { x1: p.x - 4, x2: p.x + 4, y1: p.y1, y2: p.y1, ...dash }),
    );
  }
  out.push(...model.annotations.map((a) => drawAnnotation(a, layout)));
  out.push(...model.arrows.map((a) => drawArrow(a, seqMode, t)));
  return out.join('\n');
}

function drawAxis(layout: LaneLayout, scale: TimeScale, height: number, t: Translate): string {
  const out: string[] = [
    el(
      'text',
      { x: layout.axisX, y: -12, 'text-anchor': 'end', fill: COLOURS.muted },
      xmlText(t('timeline.axis')),
    ),
  ];
  for (const b of scale.breaks) {
    const y0 = yOf(layout, scale, b.t0);
    const y1 = yOf(layout, scale, b.t1);
    const mid = (y0 + y1) / 2;
    const zig = (dy: number) =>
      Array.from(
        { length: Math.ceil(layout.width / 16) + 1 },
        (_, i) => `${n(i * 16)},${n(mid + dy + (i % 2 ? -6 : 6))}`,
      ).join(' ');
    const s = (b.t1 - b.t0) / 1000;
    out.push(
      el('rect', {
        x: 0,
        y: y0 + 4,
        width: layout.width,
        height: Math.max(0, y1 - y0 - 8),
        fill: COLOURS.gap,
      }),
      el('polyline', { points: zig(0), fill: 'none', stroke: COLOURS.axis, 'stroke-width': 1.5 }),
      el('polyline', { points: zig(8), fill: 'none', stroke: COLOURS.axis, 'stroke-width': 1.5 }),
      el(
        'text',
        {
          x: (layout.edgeX.client + layout.edgeX.server) / 2,
          y: mid - 10,
          'text-anchor': 'middle',
          'font-style': 'italic',
          fill: COLOURS.muted,
        },
        xmlText(t('timeline.idleGap', { s: s.toFixed(b.t1 - b.t0 >= 10_000 ? 0 : 2) })),
      ),
    );
  }
  for (const tick of axisTicks(layout, scale, 0, height)) {
    out.push(
      el('line', {
        x1: layout.axisX + 8,
        x2: layout.width,
        y1: tick.y,
        y2: tick.y,
        stroke: COLOURS.grid,
      }),
      el('line', {
        x1: layout.axisX + 2,
        x2: layout.axisX + 8,
        y1: tick.y,
        y2: tick.y,
        stroke: COLOURS.axis,
      }),
      el(
        'text',
        {
          x: layout.axisX,
          y: tick.y + layout.fontSize * 0.35,
          'text-anchor': 'end',
          fill: COLOURS.muted,
          'font-weight': tick.afterBreak ? 600 : undefined,
        },
        xmlText(t('timeline.seconds', { s: (tick.t / 1000).toFixed(tick.decimals) })),
      ),
    );
  }
  return out.join('\n');
}

function drawBand(b: BandPiece): string {
  return el('rect', {
    x: b.x,
    y: b.y0,
    width: b.width,
    height: Math.max(0, b.y1 - b.y0),
    fill: STATE_FILL[b.state] ?? STATE_FILL.CLOSED,
    opacity: b.listener ? 0.9 : undefined,
  });
}

function drawAnnotation(a: Annotation, layout: LaneLayout): string {
  const client = a.host === 'client';
  const fill = a.failed
    ? COLOURS.bad
    : a.state === 'ESTABLISHED'
      ? COLOURS.good
      : a.kind === 'app'
        ? COLOURS.app
        : a.kind === 'timer'
          ? COLOURS.timer
          : COLOURS.ink;
  const text = annotationText(a, layout);
  const out: string[] = [];
  if (Math.abs(a.y - a.anchorY - layout.fontSize * 0.35) > 2) {
    out.push(
      el('line', {
        x1: client ? layout.labelX.client + 2 : layout.labelX.server - 2,
        x2: client ? layout.labelX.client - 4 : layout.labelX.server + 4,
        y1: a.anchorY,
        y2: a.y - layout.fontSize * 0.35,
        stroke: '#c2c7d0',
      }),
    );
  }
  out.push(
    el(
      'text',
      {
        x: text.x,
        y: a.y,
        'text-anchor': text.anchor,
        textLength: text.length,
        lengthAdjust: text.length === undefined ? undefined : 'spacingAndGlyphs',
        fill,
        'font-weight': a.kind === 'state' || a.failed ? 700 : 500,
        'font-style': a.kind === 'timer' ? 'italic' : undefined,
        'font-family': a.kind === 'app' ? MONO : undefined,
      },
      xmlText(a.text),
    ),
  );
  return out.join('');
}

function arrowStyle(info: SegmentInfo): Record<string, string | number | undefined> {
  const stale = info.fromPast;
  const dropped = info.end === 'drop';
  const rst = info.segment.flags.includes('RST');
  const kind = stale ? 'stale' : info.from;
  return {
    stroke: dropped ? COLOURS.bad : COLOURS[kind],
    'stroke-width': stale ? 3 : rst ? 3.5 : 2.5,
    'stroke-dasharray': stale
      ? '2 5'
      : info.segment.copyOf !== undefined
        ? '10 3 2 3'
        : info.end === null
          ? '6 4'
          : undefined,
    opacity: info.discarded ? 0.65 : undefined,
    'marker-end': info.end === 'deliver' ? `url(#hl-head-${kind})` : undefined,
  };
}

function drawArrow(a: ArrowPiece, seqMode: SeqMode, t: Translate): string {
  const { info, x0, y0, x1, y1 } = a;
  const [flags, numbers] = arrowLines(info, seqMode, t);
  const tags = arrowTags(info, t);
  // Where the lab draws it: the midpoint, unless another label was there first.
  const mx = a.labelX;
  const my = a.labelY;
  const textFill = info.end === 'drop' ? COLOURS.bad : info.fromPast ? COLOURS.stale : COLOURS.ink;
  const out = [
    `<g data-segment-id="${info.id}">`,
    el('path', {
      d: `M${n(x0)} ${n(y0)}L${n(x1)} ${n(y1)}`,
      fill: 'none',
      ...arrowStyle(info),
    }),
  ];
  if (info.end === 'drop') {
    out.push(
      el(
        'text',
        {
          x: x1,
          y: y1,
          dy: '0.35em',
          'text-anchor': 'middle',
          fill: COLOURS.bad,
          'font-size': '1.5em',
          'font-weight': 700,
        },
        '✕',
      ),
    );
  }
  const lines = [
    el('tspan', { x: mx, dy: '-0.25em' }, xmlText(flags)),
    el('tspan', { x: mx, dy: '1.1em', 'font-weight': 400 }, xmlText(numbers)),
  ];
  if (tags.length > 0)
    lines.push(
      el(
        'tspan',
        { x: mx, dy: '1.1em', 'font-weight': 400, 'font-style': 'italic', fill: COLOURS.muted },
        xmlText(tags.join(' · ')),
      ),
    );
  // A forged segment whose label had no free place (a flood): drawn without one, as on screen.
  if (!a.labelHidden)
    out.push(
      el(
        'text',
        {
          x: mx,
          y: my,
          'text-anchor': 'middle',
          'font-weight': 600,
          fill: textFill,
          stroke: '#ffffff',
          'stroke-width': 5,
          'stroke-linejoin': 'round',
          'paint-order': 'stroke',
        },
        lines.join(''),
      ),
    );
  out.push('</g>');
  return out.join('');
}
