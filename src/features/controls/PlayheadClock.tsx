// The playhead time as text, updated from the motion value without re-rendering React.
import { useEffect, useRef, useState } from 'react';
import { seconds, useT } from '../../app/i18n/i18n.tsx';
import { useLabStore, usePlayhead } from '../../state/LabProvider.tsx';

/**
 * While playing, the text is rewritten at most this often. New text means a layout and a
 * repaint of the page's paint chunks every time; at 60 per second that alone cost more than
 * everything else that moves. Ten readings a second is as fast as anyone reads digits; at
 * rest (paused, a step, a seek) the time shown is always the exact one.
 */
export const CLOCK_INTERVAL_MS = 100;

export function PlayheadClock() {
  const t = useT();
  const store = useLabStore();
  const playhead = usePlayhead();
  const ref = useRef<HTMLOutputElement>(null);
  // The first text is rendered (so a prerendered page shows it); later ones are written directly.
  const [initial] = useState(() => t('controls.time', { time: seconds(playhead.get()) }));
  useEffect(() => {
    let last = -Infinity;
    const render = (ms: number) => {
      const now = performance.now();
      if (store.getState().playing && now - last < CLOCK_INTERVAL_MS) return;
      last = now;
      if (ref.current) ref.current.textContent = t('controls.time', { time: seconds(ms) });
    };
    render(playhead.get());
    const offPlayhead = playhead.on('change', render);
    // Pausing lands on the exact time even if the last frame's reading was skipped.
    const offPlaying = store.subscribe(
      (s) => s.playing,
      (playing) => {
        if (!playing) {
          last = -Infinity;
          render(playhead.get());
        }
      },
    );
    return () => {
      offPlayhead();
      offPlaying();
    };
  }, [playhead, store, t]);
  return (
    <output className="clock" ref={ref}>
      {initial}
    </output>
  );
}
