// The transport bar: Jump to start, Step back, Play/Pause, Step forward, Jump to end, the scrub
// bar (one tick per event) and the speed. Names are a contract; shortcuts come from one table.
import { useId, useMemo, useRef } from 'react';
import { useT, seconds } from '../../app/i18n/i18n.tsx';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import { SPEEDS } from '../../state/store.ts';
import { Icon } from './icons.tsx';
import { PlayheadClock } from './PlayheadClock.tsx';
import { ariaKeyShortcuts } from './shortcuts.ts';
import { useShortcuts } from './useShortcuts.ts';

/** Above this many events the scrub bar's ticks would merge into a solid bar. */
const MAX_TICKS = 400;

export function Controls() {
  const t = useT();
  const actions = useLabActions();
  const playing = useLab((s) => s.playing);
  const index = useLab((s) => s.index);
  const time = useLab((s) => s.time);
  const total = useLab((s) => s.model.length);
  const speed = useLab((s) => s.speed);
  const traces = useLab((s) => s.traces);
  const speedId = useId();
  const scrubId = useId();
  const toolbar = useRef<HTMLDivElement>(null);
  useShortcuts(toolbar);

  // One tick per event, coloured by kind, drawn as a single path per kind.
  const ticks = useMemo(() => {
    const kinds: Record<string, string[]> = { segment: [], state: [], other: [] };
    const events = traces.length === 1 ? traces[0]!.events : null;
    const n = events ? events.length : 0;
    if (!events || n === 0 || n > MAX_TICKS) return null;
    events.forEach((e, i) => {
      const x = ((i + 1) / n) * 1000;
      const kind =
        e.type === 'send' || e.type === 'deliver' || e.type === 'drop'
          ? 'segment'
          : e.type === 'state'
            ? 'state'
            : 'other';
      kinds[kind]!.push(`M${x.toFixed(1)} 0V10`);
    });
    return kinds;
  }, [traces]);

  return (
    <div className="controls" role="toolbar" aria-label={t('controls.label')} ref={toolbar}>
      <div className="transport">
        <button
          type="button"
          onClick={actions.jumpToStart}
          aria-label={t('controls.jumpStart')}
          title={t('controls.jumpStart')}
          aria-keyshortcuts={ariaKeyShortcuts('jumpStart')}
        >
          <Icon name="jumpStart" />
        </button>
        <button
          type="button"
          onClick={actions.stepBack}
          aria-label={t('controls.stepBack')}
          title={t('controls.stepBack')}
          aria-keyshortcuts={ariaKeyShortcuts('stepBack')}
        >
          <Icon name="stepBack" />
        </button>
        <button
          type="button"
          className="play"
          onClick={actions.togglePlay}
          aria-label={playing ? t('controls.pause') : t('controls.play')}
          title={playing ? t('controls.pause') : t('controls.play')}
          aria-keyshortcuts={ariaKeyShortcuts('togglePlay')}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          onClick={actions.stepForward}
          aria-label={t('controls.stepForward')}
          title={t('controls.stepForward')}
          aria-keyshortcuts={ariaKeyShortcuts('stepForward')}
        >
          <Icon name="stepForward" />
        </button>
        <button
          type="button"
          onClick={actions.jumpToEnd}
          aria-label={t('controls.jumpEnd')}
          title={t('controls.jumpEnd')}
          aria-keyshortcuts={ariaKeyShortcuts('jumpEnd')}
        >
          <Icon name="jumpEnd" />
        </button>
      </div>
      <div className="scrub">
        <label htmlFor={scrubId} className="visually-hidden">
          {t('controls.scrub')}
        </label>
        <div className="scrub-track">
          {ticks && (
            <svg
              className="scrub-ticks"
              viewBox="0 0 1000 10"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              <path className="tick-segment" d={ticks.segment!.join('')} />
              <path className="tick-state" d={ticks.state!.join('')} />
              <path className="tick-other" d={ticks.other!.join('')} />
            </svg>
          )}
          <input
            id={scrubId}
            type="range"
            min={0}
            max={total}
            step={1}
            value={index}
            onChange={(e) => actions.seekIndex(Number(e.currentTarget.value))}
            aria-valuetext={t('controls.scrubValue', { index, total, time: seconds(time) })}
          />
        </div>
        <PlayheadClock />
      </div>
      <div className="speed">
        <label htmlFor={speedId}>{t('controls.speed')}</label>
        <select
          id={speedId}
          value={speed}
          onChange={(e) => actions.setSpeed(Number(e.currentTarget.value))}
          aria-keyshortcuts={ariaKeyShortcuts('slower', 'faster')}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('controls.speedValue', { speed: s })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
