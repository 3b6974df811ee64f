// One side's panel at a cursor: the state and last transition found in the trace
// (side-state.ts), drawn by StateDiagram. Loaded with it after the first frame, so the
// lookup is not in the first bundle either. The drawing is memoised: sideStateAt gives the
// same objects for the same transition, so a step that changes nothing on this side (most
// steps of a transfer) redraws nothing.
import { memo } from 'react';
import type { TraceEvent } from '../../core/trace.ts';
import { sideStateAt } from './side-state.ts';
import { StateDiagram, type StateDiagramProps } from './StateDiagram.tsx';

const Drawing = memo(StateDiagram);

export interface SideStateDiagramProps extends Omit<StateDiagramProps, 'state' | 'last'> {
  events: readonly TraceEvent[];
  /** The last event applied (-1: none yet). */
  index: number;
}

export default function SideStateDiagram({ events, index, side, ...rest }: SideStateDiagramProps) {
  const at = sideStateAt(events, index, side);
  return <Drawing side={side} state={at.state} last={at.last} {...rest} />;
}
