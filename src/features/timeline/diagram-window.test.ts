import { describe, expect, it } from 'vitest';
import type { SegmentInfo } from '../../state/trace-index.ts';
import type { ArrowPiece } from './diagram-model.ts';
import {
  crowdedGroups,
  flightsApplied,
  flightsAt,
  pointOnArrow,
  revealsLine,
  tagsKept,
} from './diagram-window.ts';

function arrow(id: number, over: Partial<SegmentInfo>, crowded = true): ArrowPiece {
  const info = {
    id,
    from: 'client',
    sendIndex: id * 2,
    endIndex: id * 2 + 1,
    end: 'deliver',
    fromPast: false,
    ...over,
  } as SegmentInfo;
  return {
    key: `a${id}`,
    info,
    x0: 0,
    y0: id,
    x1: 100,
    y1: id + 10,
    yMin: id,
    yMax: id + 10,
    crowded,
    labelX: 50,
    labelY: id + 5,
  };
}

const kinds = (groups: ReturnType<typeof crowdedGroups>) => groups.map((g) => g.kind);

describe('crowded arrows drawn by the diagram (the rest is uncovered by the playhead)', () => {
  const delivered = arrow(1, {});
  const lost = arrow(2, { end: 'drop' });
  const stale = arrow(3, { fromPast: true, from: 'server' });

  it('leaves delivered and travelling lines to the revealed layer', () => {
    expect(revealsLine(delivered, false)).toBe(true);
    expect(crowdedGroups([delivered], 100, null, false)).toEqual([]);
  });

  it('draws a loss only once it has happened', () => {
    expect(crowdedGroups([lost], lost.info.endIndex!, null, false)).toEqual([]);
    expect(kinds(crowdedGroups([lost], lost.info.endIndex! + 1, null, false))).toEqual(['dropped']);
  });

  it('draws a segment from the past itself, whole, once sent', () => {
    expect(revealsLine(stale, false)).toBe(false);
    expect(crowdedGroups([stale], stale.info.sendIndex, null, false)).toEqual([]);
    expect(kinds(crowdedGroups([stale], stale.info.sendIndex + 1, null, false))).toEqual([
      'server',
    ]);
  });

  it('with reduced motion draws every sent line itself, whole, without a head until delivered', () => {
    expect(revealsLine(delivered, true)).toBe(false);
    const inFlight = crowdedGroups([delivered], delivered.info.sendIndex + 1, null, true);
    expect(kinds(inFlight)).toEqual(['client']);
    expect(inFlight[0]!.fill).toBe('');
    const landed = crowdedGroups([delivered], delivered.info.endIndex! + 1, null, true);
    expect(landed[0]!.fill).not.toBe('');
  });

  it('leaves the selected segment and uncrowded ones to their own arrows', () => {
    expect(crowdedGroups([lost], 100, lost.info.id, false)).toEqual([]);
    expect(crowdedGroups([arrow(4, { end: 'drop' }, false)], 100, null, false)).toEqual([]);
  });
});

describe('packets in the air', () => {
  // Events: 0 send a (t=10), 1 send b (t=20), 2 a arrives (t=30), 3 b dropped (t=30),
  // 4 send c (t=40), never delivered in the run.
  const a = {
    arrow: arrow(1, { sendIndex: 0, sendT: 10, endIndex: 2, endT: 30 }, false),
    tag: 'SYN',
  };
  const b = {
    arrow: arrow(2, { sendIndex: 1, sendT: 20, endIndex: 3, endT: 30, end: 'drop' }),
    tag: null,
  };
  const c = {
    arrow: arrow(3, { sendIndex: 4, sendT: 40, endIndex: null, endT: null, end: null }),
    tag: null,
  };
  const all = [a, b, c];
  const ids = (fs: { arrow: ArrowPiece }[]) => fs.map((f) => f.arrow.info.id);

  it('at rest, follows the applied events one by one (two events share t = 30)', () => {
    expect(ids(flightsApplied(all, 0))).toEqual([]);
    expect(ids(flightsApplied(all, 2))).toEqual([1, 2]);
    expect(ids(flightsApplied(all, 3))).toEqual([2]);
    expect(ids(flightsApplied(all, 4))).toEqual([]);
    expect(ids(flightsApplied(all, 5))).toEqual([3]);
  });

  it('while playing, follows the time: sent at or before t, not yet arrived at t', () => {
    expect(ids(flightsAt(all, 5).flights)).toEqual([]);
    expect(ids(flightsAt(all, 10).flights)).toEqual([1]);
    expect(ids(flightsAt(all, 29.9).flights)).toEqual([1, 2]);
    expect(ids(flightsAt(all, 30).flights)).toEqual([]);
    expect(ids(flightsAt(all, 1e9).flights)).toEqual([3]);
  });

  it('says how long the set stays the same, so frames in between need not look again', () => {
    expect(flightsAt(all, 25)).toMatchObject({ from: 20, until: 30 });
    expect(flightsAt(all, 5)).toMatchObject({ from: -Infinity, until: 10 });
    expect(flightsAt(all, 50)).toMatchObject({ from: 40, until: Infinity });
    // Anywhere in the span gives the same packets.
    for (const t of [20, 22.5, 29.99]) expect(ids(flightsAt(all, t).flights)).toEqual([1, 2]);
  });
});

describe('where a packet on its way is', () => {
  // arrow(1, …): from (0, 1) to (100, 11).
  const a = arrow(1, {});
  it('is where the playhead line crosses its arrow, held at the arrow’s ends', () => {
    expect(pointOnArrow(a, 6)).toEqual({ x: 50, y: 6 });
    expect(pointOnArrow(a, -20)).toEqual({ x: 0, y: 1 });
    expect(pointOnArrow(a, 99)).toEqual({ x: 100, y: 11 });
  });
});

describe('tagsKept: the flags of packets flying close together', () => {
  const tag = (x: number, y: number, w = 40) => ({ x, y, w, h: 20 });
  it('keeps every flag whose box overlaps no other', () => {
    expect(tagsKept([tag(0, 0), tag(100, 0), tag(0, 100)])).toEqual([true, true, true]);
  });

  it('drops the later of two flags that would print over each other, until they part', () => {
    expect(tagsKept([tag(100, 50), tag(135, 45)])).toEqual([true, false]);
    expect(tagsKept([tag(100, 50), tag(141, 45)])).toEqual([true, true]);
    // Wider text reaches further: "SYN ACK" beside "RST".
    expect(tagsKept([tag(100, 50, 90), tag(160, 45)])).toEqual([true, false]);
    // One line of text apart, they no longer touch.
    expect(tagsKept([tag(100, 50), tag(110, 71)])).toEqual([true, true]);
  });

  it('measures only from flags still drawn: a dropped one hides nothing further on', () => {
    expect(tagsKept([tag(0, 0), tag(30, 0), tag(60, 0)])).toEqual([true, false, true]);
  });
});
