// The polite live region: one sentence per step, so screen-reader users hear what happened.
// While playing, the region is silent (a stream of sentences would drown the listener); each
// step, seek or pause is announced.
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab } from '../../state/LabProvider.tsx';
import { selectCurrentEvent } from '../../state/selectors.ts';
import { describeEvent } from './describe-event.ts';

export function EventAnnouncer() {
  const t = useT();
  const event = useLab(selectCurrentEvent);
  const playing = useLab((s) => s.playing);
  return (
    <p
      className="announcer"
      aria-live={playing ? 'off' : 'polite'}
      aria-atomic="true"
      data-testid="announcer"
    >
      {describeEvent(event, t)}
    </p>
  );
}
