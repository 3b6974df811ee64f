// "Inject an old SYN" from elsewhere in the page (a verdict that says the run never asked the
// question): brings the Faults panel's inject form into view and puts focus in its moment field,
// where the offered moment already waits. Small and on its own: the verdict's chunk loads it,
// not the Faults panel.

/** Scrolls the inject form into view (the side strip or the page) and focuses its field. */
export function revealInjectForm(smooth: boolean): void {
  const field = document.querySelector<HTMLInputElement>('form.inject input');
  if (!field) return;
  field.closest('form')!.scrollIntoView({
    block: 'nearest',
    inline: 'start',
    behavior: smooth ? 'smooth' : 'auto',
  });
  field.focus({ preventScroll: true });
}
