// Where the timeline scrolls to follow the playhead (TimelineView): nowhere while the playhead
// is comfortably in view, else to a fixed place in the view. Pure, so the rule is tested
// without a browser.

export interface FollowView {
  /** The scroll container's scrollTop now. */
  scrollTop: number;
  /** Its height. */
  view: number;
  /** The height of the sticky lane headers at its top, which cover the diagram beneath. */
  header: number;
  /**
   * How far down from the view's top nothing covers it: the view's height, except on a narrow
   * screen, where the narration sticks above the transport bar over the view's lower part
   * (app.css) by as much as the page's scroll and the narration's length say.
   */
  clear: number;
}

/**
 * The scrollTop that brings the playhead (at content height `y`, headers included) into view,
 * or null to stay. While playing it is put in the upper third of what shows, with room ahead;
 * at rest (a step, a seek, a link's moment) as low as the view allows, so the view shows as
 * much as it can of what led there: the story of a moment is above it, not below.
 */
export function followScrollTop(y: number, v: FollowView, playing: boolean): number | null {
  // The part the playhead may use, of what shows between the headers and whatever covers the
  // view below: while playing, its upper 60% (room to see what comes), at rest 85% (room to
  // see what came).
  const from = v.scrollTop + v.header;
  const shown = Math.min(v.clear, v.view) - v.header;
  const usable = shown * (playing ? 0.6 : 0.85);
  if (y >= from + 20 && y <= from + usable) return null;
  const at = playing ? 0.35 * shown : 0.95 * usable;
  const top = Math.max(0, Math.round(y - v.header - at));
  return top === v.scrollTop ? null : top;
}
