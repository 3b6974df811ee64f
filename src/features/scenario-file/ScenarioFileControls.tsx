// "Export scenario (JSON)" saves the experiment in the public format v1; "Import scenario"
// opens a file (keyboard users' way in; the page also takes a file dropped anywhere).
import { useId, useRef } from 'react';
import { useShareT } from '../share/share-i18n.ts';
import { saveFile } from '../../app/save-file.ts';
import { scenarioFileName, scenarioFileText } from '../../export/scenario-file.ts';
import { useLabStore } from '../../state/LabProvider.tsx';
import { routeFileByContent } from './open-file.ts';

export function ScenarioFileControls() {
  const t = useShareT();
  const store = useLabStore();
  const picker = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const exportScenario = () => {
    const { scenario, scenarioId } = store.getState();
    saveFile(scenarioFileText(scenario), 'application/json', scenarioFileName(scenarioId));
  };

  // A button named "Import scenario" opens the file input's chooser. (The input itself, labelled
  // that way, would also answer to the label "Scenario", which names the scenario picker.)
  return (
    <div className="scenario-file">
      <button type="button" onClick={exportScenario}>
        {t('scenarioFile.export')}
      </button>
      <button type="button" aria-describedby={hintId} onClick={() => picker.current?.click()}>
        {t('scenarioFile.import')}
      </button>
      <input
        ref={picker}
        type="file"
        hidden
        accept=".json,.svg,application/json,image/svg+xml"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) is a change too.
          e.currentTarget.value = '';
          if (file) void routeFileByContent(store, file);
        }}
      />
      <p id={hintId} className="hint">
        {t('scenarioFile.importHint')}
      </p>
    </div>
  );
}
