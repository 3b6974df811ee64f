// The build-time prerender: the real app's first frame for the default scenario, drawn by the
// engine's own trace, once per window width, with media queries choosing one.
import { describe, expect, it } from 'vitest';
import { simulate } from '../core/index.ts';
import { BUILT_IN_SCENARIOS, DEFAULT_SCENARIO_ID } from './builtin-scenarios.ts';
import {
  diagramWidthFor,
  FRAME_WINDOW_WIDTHS,
  prerenderFirstFrame,
  renderFrame,
  timelineSpan,
} from './prerender.tsx';

const trace = simulate(BUILT_IN_SCENARIOS.find((s) => s.id === DEFAULT_SCENARIO_ID)!.scenario);

describe('prerendered first frame', () => {
  it('draws the app at the start of the default scenario: lanes CLOSED, nothing sent yet', () => {
    const html = renderFrame(DEFAULT_SCENARIO_ID, trace, 1440);
    expect(html).toContain('class="app"');
    expect(html).toMatch(/data-testid="client-state"[^>]*>CLOSED</);
    expect(html).toMatch(/data-testid="server-state"[^>]*>CLOSED</);
    expect(html).toContain('class="lane-guide"');
    expect(html).not.toContain('data-segment-id');
    // The playhead starts at time 0, below the room kept for segments from the past, and
    // from the time axis's tick marks to the diagram's right edge (1120 px).
    expect(html).toMatch(
      /class="playhead" style="left:81px;width:1039px;transform:translate\(0px, 36px\)"/,
    );
  });

  it('draws the diagram at the width the layout gives each window width', () => {
    expect(diagramWidthFor(390)).toBe(390);
    expect(diagramWidthFor(900)).toBe(900);
    expect(diagramWidthFor(1280)).toBe(960);
    expect(renderFrame(DEFAULT_SCENARIO_ID, trace, 390)).toMatch(
      /<svg class="diagram compact small-type"[^>]* width="390"/,
    );
    expect(renderFrame(DEFAULT_SCENARIO_ID, trace, 1280)).toMatch(
      /<svg class="diagram"[^>]* width="960"/,
    );
  });

  it('sends the page once and one timeline per window width, each shown in its own range', () => {
    const { html, css } = prerenderFirstFrame(DEFAULT_SCENARIO_ID, trace);
    expect(html.match(/class="app"/g)).toHaveLength(1);
    expect(html.match(/class="timeline-scroll"/g)).toHaveLength(FRAME_WINDOW_WIDTHS.length);
    for (const w of FRAME_WINDOW_WIDTHS) {
      expect(html).toContain(
        `<div class="prerendered-frame" data-window-width="${w}"><div class="timeline-scroll"`,
      );
      expect(html).toMatch(
        new RegExp(`<svg class="diagram[^"]*"[^>]* width="${diagramWidthFor(w)}"`),
      );
    }
    expect(css).toContain('.prerendered-frame{display:none}');
    expect(css).toContain(
      '@media (max-width: 599.98px){.prerendered-frame[data-window-width="390"]',
    );
    expect(css).toContain(
      '@media (min-width: 1440px) and (max-width: 1919.98px){.prerendered-frame[data-window-width="1440"]',
    );
    expect(css).toContain(
      '@media (min-width: 1920px){.prerendered-frame[data-window-width="1920"]',
    );
    // A phone on its side: the frame for the diagram's column (the window less the rail), the
    // 390 px one up to a 920 px window, then the 600 px one; none drawn wider.
    const rail = '(600px <= width <= 960px) and (max-height: 500px)';
    const railRules = css.split('\n').filter((rule) => rule.startsWith(`@media ${rail}`));
    expect(railRules).toEqual([
      `@media ${rail}{.prerendered-frame[data-window-width]{display:none}}`,
      `@media ${rail} and (max-width: 919.98px){.prerendered-frame[data-window-width="390"]{display:contents}}`,
      `@media ${rail} and (min-width: 920px){.prerendered-frame[data-window-width="600"]{display:contents}}`,
    ]);
    // After the window's rules, so they win where both match.
    expect(css.indexOf(railRules[0]!)).toBeGreaterThan(css.indexOf('data-window-width="1920"'));
    // Ids (the arrowhead marker) are unique across the frames sharing the page.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds the element a timeline spans, nested divs included', () => {
    const html =
      '<main><div class="timeline-scroll" x><div><div></div></div></div><div>after</div></main>';
    const [from, to] = timelineSpan(html);
    expect(html.slice(from, to)).toBe(
      '<div class="timeline-scroll" x><div><div></div></div></div>',
    );
    expect(() => timelineSpan('<div class="timeline-scroll"><div></div>')).toThrow(/not closed/);
    expect(() => timelineSpan('<p></p>')).toThrow(/exactly one timeline/);
  });
});
