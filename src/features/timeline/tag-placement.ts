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
 * own, the lanes'), else below it where that is clear, else beside it on the side it is
 * heading for, just under its row (where its arrow will be drawn: nothing is there yet, and
 * the lane's own labels are behind it), else not at all: printed over a label, neither would
 * read, and the narration names what was sent.
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
  const labels = Array.from(diagram.querySelectorAll(`${shown}, .annotation text`), (el) =>
    el.getBoundingClientRect(),
  );
  const meets = (r: Box) =>
    labels.some(
      (l) =>
        l.left < r.right - 1 &&
        l.right > r.left + 1 &&
        l.top < r.bottom - 1 &&
        l.bottom > r.top + 1,
    );
  const placed = tags.map((tag) => {
    const above = tag.getBoundingClientRect();
    // The packet is a box of no size at the dot's centre.
    const dot = tag.parentElement!.getBoundingClientRect();
    if (!meets(above)) return null;
    // Below: as far under the dot's centre as above is over it.
    const shift = 2 * (dot.top - above.bottom) + above.height;
    const below = { left: above.left, right: above.right, top: above.top + shift };
    if (!meets({ ...below, bottom: below.top + above.height })) return 'below';
    // The server's lane is on the right: its packets head left, the client's right.
    const left = tag.parentElement!.classList.contains('packet-server')
      ? dot.left - TOWARD_GAP_X - above.width
      : dot.left + TOWARD_GAP_X;
    const top = dot.top + TOWARD_GAP_Y;
    const toward = { left, right: left + above.width, top, bottom: top + above.height };
    return meets(toward) ? 'no-room' : 'toward';
  });
  tags.forEach((tag, i) => {
    const where = placed[i];
    if (where) tag.classList.add(where);
  });
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
