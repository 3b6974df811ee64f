// Where a packet's flags go at rest (FlyingPackets, motion-parts.tsx): above its dot, where
// the segment's label would be, unless that covers a label already on the diagram. Read in the
// frame after a rest's commit, never while playing. Loaded after the first frame
// (loadTagPlacement).

/** While playing, every packet's flags sit above its dot again (app.css, .packet-tag). */
export function unplaceTags(elements: readonly HTMLElement[]): void {
  for (const el of elements) el.lastElementChild?.classList.remove('below', 'toward', 'no-room');
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How far the flags placed `toward` stand off the dot's centre, across and down (app.css). */
const TOWARD_GAP_X = 10;
const TOWARD_GAP_Y = 5;

/**
 * Each packet's flags above its dot where they cover no label of the diagram (the segments'
 * own, the lanes') and no flags placed already, else below it where that is clear, else
 * beside it on the side it is heading for, just under its row (where its arrow will be drawn:
 * nothing is there yet, and the lane's own labels are behind it), else not at all: printed
 * over a label, neither would read, and the narration names what was sent. `packets` come
 * in the order to place them: FlyingPackets gives the one sent last first, the one the
 * step's caption tells of (an ACK leaving beside an old SYN's copy in the air for seconds).
 *
 * At rest this decides which flags are shown: those FlyingPackets gave up while playing (two
 * packets' flags over each other above their dots, the later one's hidden) are placed too,
 * and shown where they have room.
 */
export function placeTagsClear(layer: HTMLElement, packets: readonly HTMLElement[]): void {
  const tags = packets.map((p) => p.lastElementChild as HTMLElement).filter((tag) => !tag.hidden);
  const diagram = layer.parentElement?.querySelector('svg.diagram');
  if (tags.length === 0 || !diagram) return;
  // Every class off, then every box read, then the classes written: one layout, not one a tag.
  for (const tag of tags) tag.classList.remove('below', 'toward', 'no-room');
  // Labels drawn now: not those of segments still travelling (SegmentArrow hides them until
  // they arrive, and by then their packets are gone), the one on the left of a dot above all.
  const shown = ":not([visibility='hidden']) > .arrow-label:not([visibility='hidden']) text";
  const taken: Box[] = Array.from(diagram.querySelectorAll(`${shown}, .annotation text`), (el) =>
    el.getBoundingClientRect(),
  );
  const free = (r: Box) =>
    !taken.some(
      (l) =>
        l.left < r.right - 1 &&
        l.right > r.left + 1 &&
        l.top < r.bottom - 1 &&
        l.bottom > r.top + 1,
    );
  const places = tags.map((tag) => {
    const above = tag.getBoundingClientRect();
    // The packet is a box of no size at the dot's centre.
    const packet = tag.parentElement!;
    const dot = packet.getBoundingClientRect();
    const { width, height } = above;
    const at = (left: number, top: number): Box => ({
      left,
      right: left + width,
      top,
      bottom: top + height,
    });
    // Below: as far under the dot's centre as above is over it. Beside: the server's lane is
    // on the right, so its packets head left, the client's right.
    const besideLeft = packet.classList.contains('packet-server')
      ? dot.left - TOWARD_GAP_X - width
      : dot.left + TOWARD_GAP_X;
    return {
      tag,
      candidates: [
        [null, at(above.left, above.top)],
        ['below', at(above.left, 2 * dot.top - above.bottom)],
        ['toward', at(besideLeft, dot.top + TOWARD_GAP_Y)],
      ] as const,
    };
  });
  for (const { tag, candidates } of places) {
    const fits = candidates.find(([, box]) => free(box));
    if (!fits) {
      tag.classList.add('no-room');
      continue;
    }
    const [where, box] = fits;
    taken.push(box);
    if (where) tag.classList.add(where);
    tag.style.visibility = '';
  }
}

/** placeTagsClear in the next frame, if `still()` then (the same rest, the layer mounted). */
export function placeSoon(
  layer: HTMLElement,
  packets: readonly HTMLElement[],
  still: () => boolean,
): void {
  requestAnimationFrame(() => {
    if (still()) placeTagsClear(layer, packets);
  });
}
