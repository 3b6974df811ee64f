// The diagram files for the store's run: SVG (both protocols side by side when comparing),
// PNG made from that SVG, Mermaid text per trace. Loaded on demand with its exporters.
import type { Translate } from '../../app/i18n/i18n.tsx';
import { diagramSvg, type DiagramSvg } from '../../export/diagram-svg.ts';
import { traceToMermaid } from '../../export/mermaid.ts';
import { scenarioFileText } from '../../export/scenario-file.ts';
import type { LabState } from '../../state/store.ts';
import type { ShareTranslate } from '../share/share-i18n.ts';
import { scenarioTitle } from '../share/scenario-title.ts';
import type { PresetTexts } from '../../presets/i18n/preset-texts.ts';

export { svgToPng, BlankPictureError } from './rasterize.ts';

type View = Pick<LabState, 'scenario' | 'scenarioId' | 'traces' | 'protocols' | 'seqMode'>;

export function diagramFor(s: View, t: Translate, presets?: PresetTexts): DiagramSvg {
  return diagramSvg({
    panels: s.traces.map((trace, k) => ({
      trace,
      heading: t(`protocol.${s.protocols[k] ?? 'three-way'}`),
    })),
    scenarioText: scenarioFileText(s.scenario),
    title: scenarioTitle(s, t, presets),
    t,
    seqMode: s.seqMode,
  });
}

export function mermaidFor(
  s: View,
  k: number,
  t: Translate,
  st: ShareTranslate,
  presets?: PresetTexts,
): string {
  const protocol = t(`protocol.${s.protocols[k] ?? 'three-way'}`);
  const title = scenarioTitle(s, t, presets);
  return traceToMermaid(s.traces[k]!, {
    t,
    seqMode: s.seqMode,
    title: s.traces.length > 1 ? st('export.diagramTitle', { title, protocol }) : title,
  });
}
