// Where a packet's flags go at rest (FlyingPackets, motion-parts.tsx): above its dot, where
// the segment's label would be, unless that covers a label already on the diagram. Read once
// per rest, never while playing. Loaded after the first frame (loadTagPlacement).

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
  if (tags.length === 0) return;
  const diagram = layer.parentElement?.querySelector('svg.diagram');
  if (!diagram) return;
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
  for (const tag of tags) {
    tag.classList.remove('below', 'no-room');
    const above = tag.getBoundingClientRect();
    if (!meets(above, 0)) continue;
    // Below: as far under the dot's centre as above is over it.
    const shift =
      2 * (tag.parentElement!.getBoundingClientRect().top - above.bottom) + above.height;
    tag.classList.add(meets(above, shift) ? 'no-room' : 'below');
  }
}
