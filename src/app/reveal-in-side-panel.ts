// Selecting a segment fills the inspector in the side panel, which on a wide screen sits below
// the lesson, out of view: the click seemed to do nothing there but open the fault menu. The
// panel scrolls on its own there, so it is brought to the inspector. Not where the page
// scrolls (a phone): moving the page would take the diagram, and the menu on it, off screen.
import { NARROW } from './transport-height.ts';

/** Whether `el`'s top is in the upper half of `panel`'s view, or all of `el` is in view. */
function wellInView(el: DOMRect, panel: DOMRect): boolean {
  if (el.left < panel.left - 1 || el.right > panel.right + 1) return false;
  if (el.top < panel.top - 1) return false;
  return el.bottom <= panel.bottom + 1 || el.top <= panel.top + panel.height / 2;
}

/** Scrolls the side panel holding `el` until `el` shows, its top first. */
export function revealInSidePanel(el: HTMLElement, smooth: boolean): void {
  if (window.matchMedia(NARROW).matches) return;
  const panel = el.closest<HTMLElement>('.side-panel');
  if (!panel || wellInView(el.getBoundingClientRect(), panel.getBoundingClientRect())) return;
  el.scrollIntoView({ block: 'start', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}
