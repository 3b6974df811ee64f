// The playhead time as text, updated from the motion value without re-rendering React.
import { useEffect, useRef, useState } from 'react';
import { seconds, useT } from '../../app/i18n/i18n.tsx';
import { usePlayhead } from '../../state/LabProvider.tsx';

export function PlayheadClock() {
  const t = useT();
  const playhead = usePlayhead();
  const ref = useRef<HTMLOutputElement>(null);
  // The first text is rendered (so a prerendered page shows it); later ones are written directly.
  const [initial] = useState(() => t('controls.time', { time: seconds(playhead.get()) }));
  useEffect(() => {
    const render = (ms: number) => {
      if (ref.current) ref.current.textContent = t('controls.time', { time: seconds(ms) });
    };
    render(playhead.get());
    return playhead.on('change', render);
  }, [playhead, t]);
  return (
    <output className="clock" ref={ref}>
      {initial}
    </output>
  );
}
