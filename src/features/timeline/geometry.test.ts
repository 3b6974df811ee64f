import { describe, expect, it } from 'vitest';
import { buildTimeScale, DEFAULT_TIME_SCALE } from '../../state/time-scale.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { findPreset } from '../../presets/index.ts';
import { simulate } from '../../core/index.ts';
import { diagramOf } from './test-model.ts';
import { PROFILES } from '../../core/profile.ts';
import { fixesTimeWait } from './diagram-model.ts';
import {
  LARGE_MIN_WIDTH,
  PRESENTER_16PX_MIN_WIDTH,
  labelFontSize,
  axisTicks,
  diagramHeight,
  intersects,
  laneLayout,
  renderWindow,
  renderWindowAt,
  stackLabels,
  timeOfY,
  urgentRange,
  xOnArrow,
  yOf,
} from './geometry.ts';

describe('lane layout', () => {
  it('puts the client on the left, the server on the right, inside the width', () => {
    for (const width of [340, 390, 960, 1120]) {
      const l = laneLayout(width);
      expect(l.edgeX.client).toBeLessThan(l.edgeX.server);
      expect(l.labelX.server + l.labelWidth).toBeLessThanOrEqual(width);
      expect(l.labelX.client - l.labelWidth).toBeGreaterThanOrEqual(0);
    }
  });

  it('uses 16 px type on wide screens (projector rule) and compact type on phones', () => {
    expect(laneLayout(960).fontSize).toBeGreaterThanOrEqual(16);
    expect(laneLayout(390).compact).toBe(true);
  });

  it('presenter mode (large) uses bigger type, never compact, and still fits the width', () => {
    for (const width of [600, 1280, 1440]) {
      const l = laneLayout(width, true);
      expect(l.compact).toBe(false);
      expect(l.fontSize).toBeGreaterThan(laneLayout(width).fontSize);
      expect(l.labelX.server + l.labelWidth).toBeLessThanOrEqual(width);
      expect(l.edgeX.client).toBeLessThan(l.edgeX.server);
    }
  });

  it('presenter mode on a phone keeps the ordinary layout, so the lanes stay far apart', () => {
    const phone = laneLayout(390, true, 242_150);
    expect(phone).toEqual(laneLayout(390, false, 242_150));
    expect(phone.edgeX.server - phone.edgeX.client).toBeGreaterThan(90);
    // The narrowest diagram in presenter type still keeps its lanes well apart.
    const narrowest = laneLayout(LARGE_MIN_WIDTH, true, 242_150);
    expect(narrowest.fontSize).toBe(22);
    expect(narrowest.edgeX.server - narrowest.edgeX.client).toBeGreaterThan(100);
  });

  it('presenter mode on a projector never drops under 16 px, even in a narrow column', () => {
    // Two columns side by side beside the lesson notes at 1280 px: about 480 px each.
    for (const width of [PRESENTER_16PX_MIN_WIDTH, 482, LARGE_MIN_WIDTH - 1]) {
      const l = laneLayout(width, true, 242_150);
      expect(l.smallType).toBe(false);
      expect(l.fontSize).toBe(16);
      expect(labelFontSize(l)).toBe(16);
      expect(l.labelX.server + l.labelWidth).toBeLessThanOrEqual(width);
      expect(l.edgeX.server - l.edgeX.client).toBeGreaterThan(110);
    }
    // The same column outside presenter mode keeps the small type of a narrow screen.
    expect(labelFontSize(laneLayout(482))).toBe(12);
    expect(laneLayout(PRESENTER_16PX_MIN_WIDTH - 1, true).smallType).toBe(true);
  });
});

describe('time to pixels', () => {
  const layout = laneLayout(960);
  const scale = buildTimeScale([0, 50, 100, 240_100]);

  it('maps time down the page and back', () => {
    expect(yOf(layout, scale, 0)).toBe(layout.top);
    expect(yOf(layout, scale, 50)).toBeCloseTo(layout.top + 50 * layout.pxPerMs);
    expect(timeOfY(layout, scale, yOf(layout, scale, 77))).toBeCloseTo(77);
    // The 240 s TIME-WAIT is drawn short.
    expect(yOf(layout, scale, 240_100) - yOf(layout, scale, 100)).toBeLessThan(400);
    expect(diagramHeight(layout, scale)).toBeGreaterThan(yOf(layout, scale, 240_100));
  });

  it('labels round times and the end of each break, never inside it', () => {
    const ticks = axisTicks(layout, scale, 0, 2000);
    expect(ticks[0]).toMatchObject({ t: 0, afterBreak: false });
    expect(ticks.some((t) => t.t > 100 && t.t < 240_100)).toBe(false);
    expect(ticks.find((t) => t.afterBreak)).toMatchObject({ t: 240_100, decimals: 1 });
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.y - ticks[i - 1]!.y).toBeGreaterThan(30);
  });

  it('on a zoomed run, labels finer steps, as far apart on the page as unzoomed ones', () => {
    const zoomed = buildTimeScale([0, 20, 50, 100], { ...DEFAULT_TIME_SCALE, zoom: 2.5 });
    const plain = buildTimeScale([0, 20, 50, 100]);
    const step = (ts: { t: number }[]) => ts[1]!.t - ts[0]!.t;
    const ticksZoomed = axisTicks(layout, zoomed, 0, 600);
    const ticksPlain = axisTicks(layout, plain, 0, 600);
    expect([step(ticksPlain), step(ticksZoomed)]).toEqual([50, 20]);
    expect(ticksZoomed[1]!.y - ticksZoomed[0]!.y).toBeCloseTo(ticksPlain[1]!.y - ticksPlain[0]!.y);
  });
});

describe('helpers', () => {
  it('places a packet where its arrow crosses the playhead line', () => {
    expect(xOnArrow(0, 0, 100, 50, 25)).toBe(50);
    expect(xOnArrow(0, 0, 100, 50, -10)).toBe(0);
    expect(xOnArrow(0, 0, 100, 50, 80)).toBe(100);
  });

  it('stacks labels without overlap and never moves one up', () => {
    expect(stackLabels([10, 12, 13, 60], 20)).toEqual([10, 30, 50, 70]);
    // An optional label pushed more than maxDrift below its moment is left out, and the
    // next one is placed as if it were not there.
    expect(stackLabels([10, 12, 13, 14, 60], 20, [false, true, true, false], 30)).toEqual([
      10,
      30,
      null,
      50,
      70,
    ]);
  });

  it('keeps a window around the viewport in coarse buckets', () => {
    expect(renderWindow(1000, 800)).toEqual([800, 2000]);
    expect(renderWindow(1050, 800)).toEqual([800, 2200]);
    expect(renderWindow(0, 800)).toEqual([0, 1000]);
    expect(intersects(100, 300, [250, 400])).toBe(true);
    expect(intersects(100, 200, [250, 400])).toBe(false);
  });

  it('draws a moved window whole, and only the viewport of a jump at once', () => {
    const next = renderWindowAt(1050, 800);
    expect(next).toEqual({ range: [800, 2200], view: [1050, 1850] });
    // Scrolling: the new window overlaps what is drawn.
    expect(urgentRange([600, 1800], next)).toEqual([800, 2200]);
    // A seek far away: nothing in common.
    expect(urgentRange([8000, 9400], next)).toEqual([1050, 1850]);
  });
});

describe('diagram model', () => {
  const model = diagramOf({
    ...handshake,
    faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' }],
  });
  const { layout } = model;

  it('ends a lost segment mid-link and a delivered one on the receiver', () => {
    const lost = model.arrows.find((a) => a.info.end === 'drop')!;
    expect(lost.x1).toBeCloseTo((layout.edgeX.client + layout.edgeX.server) / 2);
    const synAck = model.arrows.find((a) => a.info.segment.flags.join() === 'SYN,ACK')!;
    expect(synAck.x0).toBe(layout.edgeX.server);
    expect(synAck.x1).toBe(layout.edgeX.client);
    expect(synAck.y1).toBeGreaterThan(synAck.y0);
  });

  it('labels every state transition and the retransmission timer', () => {
    const states = model.annotations
      .filter((a) => a.kind === 'state' && a.host === 'client')
      .map((a) => a.text);
    expect(states).toEqual(['SYN-SENT', 'ESTABLISHED']);
    expect(
      model.annotations.filter((a) => a.kind === 'timer' && a.host === 'client').map((a) => a.text),
    ).toEqual(['RTO 1000 ms', 'timer fires', 'RTO 2000 ms']);
    expect(model.annotations.some((a) => a.kind === 'app' && a.text === 'connect() blocks…')).toBe(
      true,
    );
    expect(model.annotations.some((a) => a.kind === 'app' && a.text === 'connect() → ok')).toBe(
      true,
    );
  });

  it("labels TIME-WAIT as the profile holds it: 2×MSL under the RFC, Linux's fixed 60 s", () => {
    const close = findPreset('close-time-wait')!.scenario;
    const timeWaitLabels = (profile: 'rfc9293' | 'rfc793' | 'linux') =>
      diagramOf({ ...close, profile })
        .annotations.filter((a) => a.kind === 'timer' && a.text.startsWith('TIME-WAIT'))
        .map((a) => a.text);
    const rfc = timeWaitLabels('rfc9293');
    expect(rfc.length).toBeGreaterThan(0);
    expect(new Set(rfc)).toEqual(new Set(['TIME-WAIT 2×MSL']));
    const linux = timeWaitLabels('linux');
    expect(linux.length).toBeGreaterThan(0);
    expect(new Set(linux)).toEqual(new Set(['TIME-WAIT 60 s']));
    // The diagram's list of such profiles is the engine's (profile.ts, not in the first bundle).
    for (const [name, rules] of Object.entries(PROFILES))
      expect(fixesTimeWait(name), name).toBe(rules.timeWaitMs !== null);
  });

  it('labels a retransmission timer once per moment, not once per restart in a burst of ACKs', () => {
    const scenario = {
      version: 1 as const,
      actions: [
        { at: 0, host: 'server' as const, call: 'listen' as const },
        { at: 0, host: 'client' as const, call: 'connect' as const },
        { at: 200, host: 'client' as const, call: 'send' as const, bytes: 20_000 },
      ],
    };
    const { annotations } = diagramOf(scenario);
    const timerEvents = simulate(scenario).events.filter(
      (e) => e.type === 'timer' && e.host === 'client' && e.timer === 'retransmit',
    );
    // Each set, paired with the event that ends it (a cancel, a restart's cancel, a firing).
    const lives = timerEvents.flatMap((e, i) =>
      e.type === 'timer' && e.action === 'set'
        ? [{ setT: e.t, endT: timerEvents[i + 1]?.t ?? Infinity }]
        : [],
    );
    const ran = new Set(lives.filter((l) => l.endT > l.setT).map((l) => l.setT));
    // Several ACKs arrive at once, each restarting the timer (RFC 6298 5.3): many sets at a
    // moment, of which at most the last runs on.
    expect(lives.length).toBeGreaterThan(ran.size + 5);
    // Each moment's label is drawn once, for the timer that runs on; none for one that never ran.
    const labels = annotations.filter((a) => a.host === 'client' && a.text === 'RTO 1000 ms');
    expect(labels).toHaveLength(ran.size);
    expect(new Set(labels.map((a) => a.anchorY)).size).toBe(ran.size);
  });

  it('a recv() ended by a reset says so; one that reads the end of the stream returns 0 B', () => {
    // Two-way, old duplicate SYN: the phantom connection's recv() fails when the RST arrives.
    const calls = diagramOf({
      ...findPreset('old-duplicate-syn')!.scenario,
      protocol: 'two-way',
    }).annotations.filter((a) => a.kind === 'app' && a.text.startsWith('recv()'));
    expect(calls.map((a) => [a.host, a.text, a.failed])).toEqual([
      ['client', 'recv() → 0 B', false],
      ['server', 'recv() → 100 B', false],
      ['server', 'recv() → 0 B', false],
      ['server', 'recv() → reset', true],
    ]);
  });
});
