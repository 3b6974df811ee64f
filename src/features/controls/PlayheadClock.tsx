// The playhead time as text, updated from the motion value without re-rendering React.
import { useEffect, useRef, useState } from 'react';
import { seconds, useT } from '../../app/i18n/i18n.tsx';
import { useLabStore, usePlayhead } from '../../state/LabProvider.tsx';
import { onPlaybackReadout } from '../../state/playback-clock.ts';

/**
 * While playing, the text is rewritten only on the playback clock's readout frames: the frames
 * that commit a step anyway (its layout and paint are paid once for both), and while no step is
 * due, one frame per commit interval (ten readings a second at most, as fast as anyone reads
 * digits). New text on a frame of its own costs that frame a layout and a repaint; at 60 a
 * second that alone cost more than everything else that moves. At rest (paused, a step, a seek)
 * the time shown is always the exact one.
 */
export function PlayheadClock() {
  const t = useT();
  const store = useLabStore();
  const playhead = usePlayhead();
  const ref = useRef<HTMLOutputElement>(null);
  // The first text is rendered (so a prerendered page shows it); later ones are written directly.
  const [initial] = useState(() => t('controls.time', { time: seconds(playhead.get()) }));
  useEffect(() => {
    const write = (ms: number) => {
      if (ref.current) ref.current.textContent = t('controls.time', { time: seconds(ms) });
    };
    write(playhead.get());
    // At rest (a step, a seek) the new text is written once every listener of the change has
    // run: text needs a layout, and the timeline's follow, often a later listener (it
    // subscribes again when the view's size changes), scrolls, which needs layout up to date.
    // Written first, it made every seek lay the page out twice.
    const offPlayhead = playhead.on('change', () => {
      if (!store.getState().playing) queueMicrotask(() => write(playhead.get()));
    });
    const offReadout = onPlaybackReadout(store, write);
    // Pausing lands on the exact time, whatever the last readout showed.
    const offPlaying = store.subscribe(
      (s) => s.playing,
      (playing) => {
        if (!playing) write(playhead.get());
      },
    );
    return () => {
      offPlayhead();
      offReadout();
      offPlaying();
    };
  }, [playhead, store, t]);
  return (
    // An <output> is a polite live region by default: rewritten ten times a second while
    // playing, it would talk over the narration (which says the time itself). Not live.
    <output className="clock" ref={ref} aria-live="off">
      {initial}
    </output>
  );
}
