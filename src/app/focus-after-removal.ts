// When the focused control goes away (a panel closes, the last fault is removed, presenter mode
// hides the header), the browser drops focus to <body> and a keyboard or screen-reader user
// starts over from the top of the page (WCAG 2.4.3). This puts it somewhere sensible instead.

/** The transport's Play/Pause button: always there, and where a lecturer goes on from. */
const playButton = () => document.querySelector<HTMLElement>('#transport .play');

/**
 * After React has committed the change: if focus was lost (it is on <body>), moves it to
 * `target()` when that is in the page, else to Play/Pause. Focus that went somewhere on its
 * own is left alone.
 */
export function focusAfterRemoval(target?: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const preferred = target?.();
    if (preferred?.isConnected) preferred.focus();
    // The bar is always on screen (sticky, or fixed in the side rail): scrolling "into view"
    // would take a phone's page to the bar's place in the flow, far below what was read.
    else playButton()?.focus({ preventScroll: true });
  });
}
