import { describe, expect, it } from 'vitest';
import { simulate, type Scenario } from '../core/index.ts';
import { translator } from '../app/i18n/i18n.tsx';
import { findBuiltIn } from '../app/builtin-scenarios.ts';
import { parseScenarioJson } from '../scenario/index.ts';
import { indexTrace } from '../state/trace-index.ts';
import { diagramSvg } from './diagram-svg.ts';
import { scenarioFileText } from './scenario-file.ts';
import { scenarioTextFromSvg } from './svg-metadata.ts';
import { checkXml } from './testing/xml-check.ts';

const t = translator('en');

function exportOf(scenario: Scenario, protocols: ('three-way' | 'two-way')[] = ['three-way']) {
  const panels = protocols.map((protocol) => ({
    trace: simulate({ ...scenario, protocol }),
    heading: t(`protocol.${protocol}`),
  }));
  const scenarioText = scenarioFileText(scenario);
  return { panels, scenarioText, ...diagramSvg({ panels, scenarioText, title: 'Run', t }) };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('diagram SVG', () => {
  const withTrouble = findBuiltIn('old-duplicate-syn')!.scenario;
  const lostSyn = findBuiltIn('lost-syn')!.scenario;

  it('is well-formed XML with an svg root, a title and the scenario metadata', () => {
    for (const scenario of [findBuiltIn('basic-handshake')!.scenario, withTrouble, lostSyn]) {
      const { svg } = exportOf(scenario);
      const names = checkXml(svg);
      expect(names[0]).toBe('svg');
      expect(names).toContain('title');
      expect(names.filter((n) => n === 'metadata')).toHaveLength(1);
    }
  });

  it('draws one path per segment, side-by-side panels included', () => {
    for (const protocols of [['three-way'], ['two-way', 'three-way']] as const) {
      const { svg, panels } = exportOf(withTrouble, [...protocols]);
      const segments = panels.reduce((sum, p) => sum + indexTrace(p.trace).segments.length, 0);
      expect(segments).toBeGreaterThan(3);
      expect(count(svg, '<path ')).toBe(segments);
      expect(count(svg, 'data-segment-id=')).toBe(segments);
    }
  });

  it('marks each lost segment with ✕ and labels lanes, states, flags and the time axis', () => {
    const { svg, panels } = exportOf(lostSyn);
    const drops = indexTrace(panels[0]!.trace).segments.filter((s) => s.end === 'drop');
    expect(drops.length).toBeGreaterThan(0);
    expect(count(svg, '>✕</text>')).toBe(drops.length);
    for (const label of [
      '>Client<',
      '>Server<',
      '>SYN-SENT<',
      '>ESTABLISHED<',
      '>SYN<',
      'time (s)',
    ])
      expect(svg).toContain(label);
    expect(svg).toMatch(/>seq=100</);
  });

  it('carries the scenario text byte for byte; parsing it gives the same scenario', () => {
    for (const scenario of [withTrouble, lostSyn]) {
      const { svg, scenarioText } = exportOf(scenario);
      const carried = scenarioTextFromSvg(svg);
      expect(carried).toBe(scenarioText);
      const parsed = parseScenarioJson(carried!);
      expect(parsed.ok && parsed.scenario).toEqual(parseScenarioJson(scenarioText).ok && scenario);
    }
  });

  it('keeps characters XML reserves in titles and notes intact through the metadata', () => {
    const scenario: Scenario = {
      ...findBuiltIn('basic-handshake')!.scenario,
      title: 'a < b && c > d ]]> "quoted" \'single\' 中文',
    };
    const { svg, scenarioText } = exportOf(scenario);
    checkXml(svg);
    expect(scenarioTextFromSvg(svg)).toBe(scenarioText);
  });

  it('is the same text for the same run (deterministic)', () => {
    expect(exportOf(withTrouble).svg).toBe(exportOf(withTrouble).svg);
  });
});

describe('scenario metadata read back', () => {
  it('undoes the escaping an editor may choose when it saves the SVG again', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><metadata id=\'handshake-lab-scenario\'>{"version":&#49;,<![CDATA["title":"<b>"]]>&quot;x&quot;:&#x32;}</metadata></svg>';
    expect(scenarioTextFromSvg(svg)).toBe('{"version":1,"title":"<b>""x":2}');
  });

  it('finds nothing in an SVG that carries no scenario', () => {
    expect(scenarioTextFromSvg('<svg xmlns="http://www.w3.org/2000/svg"><metadata/></svg>')).toBe(
      null,
    );
  });
});

describe('scenario file text', () => {
  it('writes the fields in the format order, so import then export gives the same bytes', () => {
    const preset = findBuiltIn('lost-syn')!.scenario; // title and notes first in the preset file
    const text = scenarioFileText(preset);
    expect(text).toMatch(/^\{\n {2}"version": 1,\n {2}"client"/);
    expect(text.endsWith('}\n')).toBe(true);
    const reread = parseScenarioJson(text);
    expect(reread.ok && scenarioFileText(reread.scenario)).toBe(text);
  });
});
