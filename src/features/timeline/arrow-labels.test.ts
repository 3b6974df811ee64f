// Arrows that share both ends are drawn apart; labels that would share a place slide along
// their arrows until none covers another.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../core/index.ts';
import { translator } from '../../app/i18n/i18n.tsx';
import { findPreset } from '../../presets/index.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { LONG_ARROW_PX, TWIN_SPACING } from './arrow-labels.ts';
import type { ArrowPiece } from './diagram-model.ts';
import { diagramOf } from './test-model.ts';
import { estimateTextWidth } from './label-fit.ts';
import { arrowLines } from './segment-label.ts';

const t = translator('en');

const modelOf = (preset: string | Scenario, width = 960) =>
  diagramOf(typeof preset === 'string' ? findPreset(preset)!.scenario : preset, width);

const flagsOf = (a: ArrowPiece) => a.info.segment.flags.join(' ');

/** The two text lines' box, as drawn (16 px type, the absolute numbers). */
function box(a: ArrowPiece) {
  const [flags, numbers] = arrowLines(a.info, 'absolute', t);
  const w = Math.max(
    estimateTextWidth(flags, 16, 'bold'),
    estimateTextWidth(numbers, 16, 'regular'),
  );
  return { x0: a.labelX - w / 2, x1: a.labelX + w / 2, y0: a.labelY - 18, y1: a.labelY + 18 };
}
const overlaps = (p: ReturnType<typeof box>, q: ReturnType<typeof box>) =>
  p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;

/** Where a label sits on its arrow: the fraction of the way along it (both coordinates agree). */
function fractionAlong(a: ArrowPiece): number {
  const f = (a.labelX - a.x0) / (a.x1 - a.x0);
  expect((a.labelY - a.y0) / (a.y1 - a.y0)).toBeCloseTo(f, 6);
  return f;
}

describe('arrows that share both ends', () => {
  it('lost SYN-ACK: the ACK and the retransmitted SYN-ACK, sent and delivered together, are drawn apart', () => {
    const { arrows } = modelOf('lost-syn-ack');
    const fromServerAt = (flags: string) =>
      arrows.filter((a) => a.info.from === 'server' && flagsOf(a) === flags && a.info.sendT > 1000);
    const [ack] = fromServerAt('ACK');
    const [synAck] = fromServerAt('SYN ACK');
    expect(ack!.info.sendT).toBe(synAck!.info.sendT);
    expect(ack!.info.endT).toBe(synAck!.info.endT);
    expect(Math.abs(ack!.y0 - synAck!.y0)).toBe(TWIN_SPACING);
    expect(Math.abs(ack!.y1 - synAck!.y1)).toBe(TWIN_SPACING);
    expect(overlaps(box(ack!), box(synAck!))).toBe(false);
  });

  it('an arrow alone keeps its exact ends and its label at the midpoint', () => {
    const { arrows } = modelOf(handshake);
    for (const a of arrows) expect(fractionAlong(a)).toBeCloseTo(0.5, 6);
  });
});

describe('labels that would share a place', () => {
  for (const id of ['duplicate-syn', 'simultaneous-open', 'simultaneous-close', 'lost-syn-ack']) {
    it(`${id}: no two labels cover each other, and each stays on its arrow`, () => {
      const { arrows } = modelOf(id);
      const labelled = arrows.filter((a) => !a.crowded);
      for (const a of labelled) {
        const f = fractionAlong(a);
        expect(f).toBeGreaterThanOrEqual(0.15 - 1e-9);
        expect(f).toBeLessThanOrEqual(0.85 + 1e-9);
      }
      for (let i = 0; i < labelled.length; i++)
        for (let j = i + 1; j < labelled.length; j++)
          expect(
            overlaps(box(labelled[i]!), box(labelled[j]!)),
            `${flagsOf(labelled[i]!)} #${labelled[i]!.info.id} and ${flagsOf(labelled[j]!)} #${labelled[j]!.info.id}`,
          ).toBe(false);
    });
  }

  it('the first of two labels keeps the midpoint; the later one moves', () => {
    const { arrows } = modelOf('simultaneous-open');
    const [first, second] = arrows.filter((a) => flagsOf(a) === 'SYN');
    expect(fractionAlong(first!)).toBeCloseTo(0.5, 6);
    expect(fractionAlong(second!)).not.toBeCloseTo(0.5, 2);
  });
});

describe('a SYN flood', () => {
  const model = modelOf('syn-flood');
  const forged = model.arrows.filter((a) => a.info.segment.spoofed);

  it('draws a forged SYN short, from the middle of the link, never from the client lane', () => {
    const { layout } = model;
    const syns = forged.filter((a) => a.info.from === 'client');
    expect(syns.length).toBeGreaterThan(3);
    for (const a of syns) {
      expect(a.x0).toBeCloseTo((layout.edgeX.client + layout.edgeX.server) / 2, 6);
      expect(a.y1 - a.y0).toBeGreaterThan(0);
      expect(a.y1 - a.y0).toBeLessThanOrEqual(40);
    }
  });

  it('labels forged segments only where there is room: one label says what the pile is', () => {
    const shown = forged.filter((a) => !a.crowded && !a.labelHidden);
    const hidden = forged.filter((a) => a.labelHidden);
    expect(shown.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++)
        expect(overlaps(box(shown[i]!), box(shown[j]!))).toBe(false);
    // The client's own segments are always labelled.
    expect(model.arrows.filter((a) => !a.info.segment.spoofed && a.labelHidden)).toEqual([]);
  });

  it('names the half-open connections beside the first only near their moment', () => {
    const states = model.annotations.filter((a) => a.host === 'server' && a.kind === 'state');
    for (const a of states.filter((s) => s.beside))
      // MAX_LABEL_DRIFT_GAPS rows of 16 px type at most below the moment.
      expect(a.y - a.anchorY).toBeLessThanOrEqual(4 * 21 + 16 * 0.35 + 1e-9);
  });
});

describe('a long arrow', () => {
  it('the old duplicate SYN, delayed for seconds, is labelled near its arrival', () => {
    const { arrows } = modelOf('old-duplicate-syn');
    const late = arrows.filter((a) => a.y1 - a.y0 > LONG_ARROW_PX);
    expect(late.map((a) => flagsOf(a))).toContain('SYN');
    for (const a of late) {
      // It spans every segment sent meanwhile, but is not "crowded" by them: drawn on its own,
      // with its label.
      expect(a.crowded).toBe(false);
      fractionAlong(a); // on the arrow
      expect(a.y1 - a.labelY).toBeGreaterThanOrEqual(50);
      expect(a.y1 - a.labelY).toBeLessThanOrEqual(190);
    }
  });
});
