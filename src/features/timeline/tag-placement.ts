// Where a packet's flags go at rest (FlyingPackets, motion-parts.tsx): above its dot, where
// the segment's label would be, unless that covers a label already on the diagram. Read in the
// frame after a rest's commit, never while playing. Loaded after the first frame
// (loadTagPlacement).

/** While playing, every packet's flags sit above its dot again (app.css, .packet-tag). */
export function unplaceTags(elements: readonly HTMLElement[]): void {
  for (const el of elements) el.lastElementChild?.classList.remove('below', 'no-room');
}

/**
 * Each packet's flags above its dot where they cover no label of the diagram (the segments'
 * own, the lanes'), else below it where that is clear, else not at all: printed over a label,
 * neither would read, and the narration names what was sent.
 */
export function placeTagsClear(layer: HTMLElement, packets: readonly HTMLElement[]): void {
  const tags = packets.map((p) => p.lastElementChild as HTMLElement).filter((tag) => !tag.hidden);
  const diagram = layer.parentElement?.querySelector('svg.diagram');
  if (tags.length === 0 || !diagram) return;
  // Every class off, then every box read, then the classes written: one layout, not one a tag.
  for (const tag of tags) tag.classList.remove('below', 'no-room');
  const labels = Array.from(diagram.querySelectorAll('.arrow-label text, .annotation text'), (el) =>
    el.getBoundingClientRect(),
  );
  const meets = (r: DOMRect, dy: number) =>
    labels.some(
      (l) =>
        l.left < r.right - 1 &&
        l.right > r.left + 1 &&
        l.top < r.bottom + dy - 1 &&
        l.bottom > r.top + dy + 1,
    );
  const boxes = tags.map((tag) => ({
    above: tag.getBoundingClientRect(),
    dot: tag.parentElement!.getBoundingClientRect().top,
  }));
  tags.forEach((tag, i) => {
    const { above, dot } = boxes[i]!;
    if (!meets(above, 0)) return;
    // Below: as far under the dot's centre as above is over it.
    const shift = 2 * (dot - above.bottom) + above.height;
    tag.classList.add(meets(above, shift) ? 'no-room' : 'below');
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
