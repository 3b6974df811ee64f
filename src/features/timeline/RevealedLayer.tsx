// The part of a diagram that the playhead uncovers as it moves: the state bands, the timers
// and the lines of packets in flight. All of it is drawn whole for the render window, and a
// curtain (motion-parts.tsx) hides what lies below the playhead. So while playing, bands
// grow and lines trail their packets with two transform writes per frame, and nothing here
// is mounted or repainted per step: which part is seen is decided by where the playhead is.
//
// Only what cannot give the future away is drawn here. A band's state is known when it
// starts. Timers and lines are neutral: a timer's outcome (fired, in red), a loss (the ✕,
// the red line) and a segment's final style (copy, RST, stale) are drawn by the diagram
// when their event happens. Segments "from the past" are not here at all: their arrows start
// above the moment they are injected.
import { memo } from 'react';
import { crowdedPaths, type CrowdedLine } from './crowding.ts';
import type { ArrowPiece, BandPiece, TimerPiece } from './diagram-model.ts';
import { isArrived, revealsLine } from './diagram-window.ts';
import type { LaneLayout } from './geometry.ts';
import { timerPath } from './timer-paths.ts';

export interface RevealedLayerProps {
  layout: LaneLayout;
  /** The window's top and bottom (diagram px): the layer covers just that. */
  top: number;
  bottom: number;
  bands: readonly BandPiece[];
  timers: readonly TimerPiece[];
  arrows: readonly ArrowPiece[];
  reducedMotion: boolean;
}

/** What lies in the window, independent of the step: drawn once per window. */
export const RevealedLayer = memo(function RevealedLayer({
  layout,
  top,
  bottom,
  bands,
  timers,
  arrows,
  reducedMotion,
}: RevealedLayerProps) {
  const crowded = crowdedLines(arrows, reducedMotion);
  const height = Math.max(1, bottom - top);
  return (
    <svg
      className="diagram-revealed"
      width={layout.width}
      height={height}
      viewBox={`0 ${top} ${layout.width} ${height}`}
    >
      <g className="bands">
        {bands.map((b) => (
          <rect
            key={b.key}
            className={`band state-${b.state}${b.listener ? ' listener' : ''}`}
            x={b.x}
            y={b.y0}
            width={b.width}
            height={Math.max(0, b.y1 - b.y0)}
          />
        ))}
      </g>
      {timers.length > 0 && (
        <g className="timer">
          <path d={timerPath(timers, false)} />
        </g>
      )}
      {(['client', 'server'] as const).map((from) => {
        const [stroke, fill] = crowdedPaths(crowded[from]);
        return (
          stroke && (
            <g key={from} className={`crowded crowded-${from}`}>
              <path className="crowded-line" d={stroke} />
              {fill && <path className="crowded-head" d={fill} />}
            </g>
          )
        );
      })}
    </svg>
  );
});

/** Crowded packets' lines by direction, whole, with a head where they will be delivered. */
function crowdedLines(
  arrows: readonly ArrowPiece[],
  reducedMotion: boolean,
): Record<'client' | 'server', CrowdedLine[]> {
  const lines: Record<'client' | 'server', CrowdedLine[]> = { client: [], server: [] };
  for (const a of arrows) {
    if (!a.crowded || !revealsLine(a, reducedMotion)) continue;
    lines[a.info.from].push({
      x0: a.x0,
      y0: a.y0,
      x1: a.x1,
      y1: a.y1,
      head: a.info.end === 'deliver',
    });
  }
  return lines;
}

/**
 * The trailing lines of uncrowded packets that have not arrived yet (sent or still to be
 * sent: the curtain hides those). Once one arrives, the diagram draws its arrow in full.
 */
export const TravellingLines = memo(function TravellingLines({
  arrows,
  applied,
  reducedMotion,
  top,
  bottom,
  width,
}: {
  arrows: readonly ArrowPiece[];
  applied: number;
  reducedMotion: boolean;
  top: number;
  bottom: number;
  width: number;
}) {
  const height = Math.max(1, bottom - top);
  return (
    <svg
      className="diagram-revealed travelling-lines"
      width={width}
      height={height}
      viewBox={`0 ${top} ${width} ${height}`}
    >
      {arrows
        .filter((a) => !a.crowded && revealsLine(a, reducedMotion) && !isArrived(a.info, applied))
        .map((a) => (
          <line
            key={a.key}
            className={`travelling-line from-${a.info.from}`}
            x1={a.x0}
            y1={a.y0}
            x2={a.x1}
            y2={a.y1}
          />
        ))}
    </svg>
  );
});
