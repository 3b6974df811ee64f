import { describe, expect, it } from 'vitest';
import type { SegmentInfo } from '../../state/trace-index.ts';
import type { ArrowPiece } from './diagram-model.ts';
import { crowdedGroups, revealsLine } from './diagram-window.ts';

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
