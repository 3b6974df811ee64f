import { useId, useRef, useState, type ReactNode } from 'react';
import type { Protocol } from '../core/scenario.ts';
import { ShareButton } from '../features/share/ShareButton.tsx';
import { compareForChosenPreset } from '../state/compare-mode.ts';
import { useLab, useLabActions, useLabStore } from '../state/LabProvider.tsx';
import { builtIn, BUILT_IN_ENTRIES } from './builtin-catalogue.ts';
import { useT, useTranslations } from './i18n/i18n.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';

/** Shown as the scenario while an imported capture is on the timeline. */
const CAPTURE_OPTION = '#capture';

/** Title, the scenario choice, the protocol, sequence-number style and the compare switch. */
export function HeaderBar({ compareSwitch }: { compareSwitch: ReactNode }) {
  const t = useT();
  const presetTexts = useTranslations()?.presets;
  const actions = useLabActions();
  const store = useLabStore();
  /** The preset chosen last: one chosen before it that loads after it is not loaded. */
  const lastChoice = useRef(0);
  /** A preset chosen whose contents are still loading: the picker shows it meanwhile. */
  const [pending, setPending] = useState<string | null>(null);
  const scenarioId = useLab((s) => s.scenarioId);
  const protocol = useLab((s) => s.scenario.protocol ?? 'three-way');
  const compareMode = useLab((s) => s.compareMode);
  const captureFile = useLab((s) => s.capture?.fileName ?? null);
  const seqMode = useLab((s) => s.seqMode);
  const scenarioSelect = useId();
  const protocolSelect = useId();
  const seqSelect = useId();

  return (
    <header className="header-bar">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-controls">
        <div className="field scenario-field">
          <label htmlFor={scenarioSelect}>{t('scenario.label')}</label>
          <select
            id={scenarioSelect}
            value={captureFile !== null ? CAPTURE_OPTION : (pending ?? scenarioId ?? '')}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (value === '' && captureFile !== null) actions.leaveCapture();
              // A preset's contents load on demand (at once if the page has been idle).
              else {
                const choice = ++lastChoice.current;
                setPending(value);
                builtIn(value).then(
                  (chosen) => {
                    if (choice !== lastChoice.current) return;
                    setPending(null);
                    if (!chosen) return;
                    const modeNow = store.getState().compareMode;
                    actions.loadScenario(chosen.id, chosen.scenario, {
                      compare: compareForChosenPreset(chosen.compare, compareMode, modeNow),
                    });
                  },
                  () => {
                    if (choice !== lastChoice.current) return;
                    setPending(null);
                    actions.notify(({ t }) => t('scenario.loadFailed'));
                  },
                );
              }
            }}
          >
            {captureFile !== null && (
              <option value={CAPTURE_OPTION}>
                {t('capture.scenarioOption', { file: captureFile })}
              </option>
            )}
            {scenarioId === null && <option value="">{t('scenario.custom')}</option>}
            {BUILT_IN_ENTRIES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.titleKey ? t(s.titleKey) : (presetTexts?.[s.id]?.title ?? s.title ?? s.id)}
              </option>
            ))}
          </select>
        </div>
        {compareMode !== 'protocols' && captureFile === null && (
          <div className="field">
            <label htmlFor={protocolSelect}>{t('protocol.label')}</label>
            <select
              id={protocolSelect}
              value={protocol}
              onChange={(e) => actions.setProtocol(e.currentTarget.value as Protocol)}
            >
              <option value="three-way">{t('protocol.three-way')}</option>
              <option value="two-way">{t('protocol.two-way')}</option>
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={seqSelect}>{t('timeline.seqMode')}</label>
          <select
            id={seqSelect}
            value={seqMode}
            onChange={(e) =>
              actions.setSeqMode(e.currentTarget.value === 'relative' ? 'relative' : 'absolute')
            }
          >
            <option value="absolute">{t('timeline.seqAbsolute')}</option>
            <option value="relative">{t('timeline.seqRelative')}</option>
          </select>
        </div>
        {compareSwitch && <div className="header-switches">{compareSwitch}</div>}
        <LanguagePicker />
        <ShareButton />
      </div>
    </header>
  );
}

/**
 * What the simulation is doing: running, or how many events the last run produced and how fast.
 * Shown, not announced: every latency key press re-runs the simulation, and "Simulating…" then
 * "Simulated N events" each time would bury the narration (which says what changed). Failures
 * are announced by the error banner.
 */
export function RunStatus() {
  const t = useT();
  const status = useLab((s) => s.status);
  const events = useLab((s) => s.model.length);
  const runtimeMs = useLab((s) => s.runtimeMs);
  return (
    <p className="status">
      {status === 'running'
        ? t('status.running')
        : runtimeMs !== null
          ? t('status.ready', { events, ms: runtimeMs.toFixed(1) })
          : t('status.readyPrecomputed', { events })}
    </p>
  );
}
