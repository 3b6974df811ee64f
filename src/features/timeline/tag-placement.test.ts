// Where a packet's flags go at rest, on stand-ins for the page's elements: each reports the box
// the browser would lay it out in (flags 60×20 px, drawn 9 px above the dot by default).
import { describe, expect, it } from 'vitest';
import { placeTagsClear } from './tag-placement.ts';

/** What getBoundingClientRect gives (the parts read). */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
  width,
  height,
});

function fakeClassList(initial: string[] = []) {
  const names = new Set(initial);
  return {
    add: (n: string) => void names.add(n),
    remove: (...ns: string[]) => ns.forEach((n) => names.delete(n)),
    contains: (n: string) => names.has(n),
    names,
  };
}

/** A packet from `from` whose dot is at (x, y), its flags above it. */
function packet(from: 'client' | 'server', x: number, y: number, hidden = '') {
  const tag = {
    hidden: false,
    style: { visibility: hidden },
    classList: fakeClassList(['packet-tag']),
    getBoundingClientRect: () => box(x - 30, y - 9 - 20, 60, 20),
  };
  const el = {
    classList: fakeClassList(['packet', `packet-${from}`]),
    getBoundingClientRect: () => box(x, y, 0, 0),
    lastElementChild: tag,
  };
  Object.assign(tag, { parentElement: el });
  return { el: el as unknown as HTMLElement, tag };
}

function layerWith(labels: Box[]): HTMLElement {
  const diagram = {
    querySelectorAll: () => labels.map((b) => ({ getBoundingClientRect: () => b })),
  };
  return { parentElement: { querySelector: () => diagram } } as unknown as HTMLElement;
}

const placed = (p: ReturnType<typeof packet>) =>
  (['below', 'toward', 'no-room'] as const).find((n) => p.tag.classList.contains(n)) ?? 'above';

describe('placing a packet’s flags at rest', () => {
  it('keeps them above the dot where nothing is drawn there', () => {
    const p = packet('client', 200, 100);
    placeTagsClear(layerWith([box(400, 0, 80, 20)]), [p.el]);
    expect(placed(p)).toBe('above');
  });

  it('puts them below the dot where a label is above it', () => {
    const p = packet('client', 200, 100);
    placeTagsClear(layerWith([box(180, 70, 80, 20)]), [p.el]);
    expect(placed(p)).toBe('below');
  });

  it('puts them beside the dot, on the side the packet heads for, where above and below are taken', () => {
    // Above: the arrowhead's label; below: the lane's state label right of the server's dot.
    const labels = [box(150, 70, 80, 20), box(215, 105, 90, 20)];
    const fromServer = packet('server', 200, 100);
    placeTagsClear(layerWith(labels), [fromServer.el]);
    expect(placed(fromServer)).toBe('toward');
    // A client's packet heads right, into the state label there: nowhere left.
    const fromClient = packet('client', 200, 100);
    placeTagsClear(layerWith(labels), [fromClient.el]);
    expect(placed(fromClient)).toBe('no-room');
  });

  it('places the packets in the order given (the last sent first), each off the others’ flags', () => {
    // Two packets at one dot, given newest first: the older one's every place is the newer
    // one's or a label's.
    const older = packet('client', 200, 100);
    const newer = packet('client', 200, 100);
    const labels = [box(150, 120, 40, 20), box(240, 105, 40, 20)];
    placeTagsClear(layerWith(labels), [newer.el, older.el]);
    expect(placed(newer)).toBe('above');
    expect(placed(older)).toBe('no-room');
  });

  it('shows again, where there is room, the flags given up while playing, and places from scratch', () => {
    // Playing, the later of two packets at one dot gave up its flags (FlyingPackets); at rest
    // it is the one the caption tells of, and below its dot is free.
    const earlier = packet('client', 200, 100);
    const later = packet('client', 200, 100, 'hidden');
    earlier.tag.classList.add('below');
    placeTagsClear(layerWith([]), [later.el, earlier.el]);
    expect(placed(later)).toBe('above');
    expect(later.tag.style.visibility).toBe('');
    expect(placed(earlier)).toBe('below');
  });
});
