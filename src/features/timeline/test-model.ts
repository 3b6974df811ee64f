// Tests' way to the diagram model of a scenario: simulated, indexed and laid out as the lab does.
import { simulate, type Scenario } from '../../core/index.ts';
import { translator } from '../../app/i18n/i18n.tsx';
import { buildTimeScale } from '../../state/time-scale.ts';
import { indexTrace } from '../../state/trace-index.ts';
import { buildDiagramModel } from './diagram-model.ts';
import { laneLayout } from './geometry.ts';

export function diagramOf(scenario: Scenario, width = 960) {
  const trace = simulate(scenario);
  const scale = buildTimeScale(trace.events.map((e) => e.t));
  const layout = laneLayout(width, false, scale.endTime);
  const model = buildDiagramModel(
    indexTrace(trace),
    trace.events.length,
    scale.endTime,
    layout,
    scale,
    translator('en'),
  );
  return { ...model, layout, trace };
}
