// "Download SVG", "Download PNG", "Copy Mermaid text": the run's diagram in files, made from
// the trace (not from the screen). Loaded after the first frame, with the exporters.
import { useState } from 'react';
import { useT, useTranslations } from '../../app/i18n/i18n.tsx';
import { useShareT } from '../share/share-i18n.ts';
import { saveFile } from '../../app/save-file.ts';
import { scenarioFileName } from '../../export/scenario-file.ts';
import { useLab, useLabStore } from '../../state/LabProvider.tsx';
import { copyText } from '../share/copy-text.ts';
import * as files from './diagram-files.ts';

type Outcome = { kind: 'copied' | 'problem'; text: string } | null;

export function DiagramExportButtons() {
  const t = useShareT();
  const appT = useT();
  const presets = useTranslations()?.presets;
  const store = useLabStore();
  const ready = useLab((s) => s.status === 'ready');
  const protocols = useLab((s) => s.protocols);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const attempt = async (work: () => Promise<Outcome>) => {
    try {
      setOutcome(await work());
    } catch (error) {
      const detail =
        error instanceof files.BlankPictureError
          ? t('export.pngBlank')
          : error instanceof Error
            ? error.message
            : String(error);
      setOutcome({ kind: 'problem', text: t('export.failed', { detail }) });
    }
  };

  const download = (format: 'svg' | 'png') =>
    attempt(async () => {
      const state = store.getState();
      const { svg, width, height } = files.diagramFor(state, appT, presets);
      const name = scenarioFileName(state.scenarioId, format);
      if (format === 'svg') saveFile(svg, 'image/svg+xml', name);
      else saveFile(await files.svgToPng(svg, width, height), 'image/png', name);
      return null;
    });

  const copyMermaid = (k: number) =>
    attempt(async () => {
      const ok = await copyText(files.mermaidFor(store.getState(), k, appT, t, presets));
      return ok
        ? { kind: 'copied', text: t('export.copied') }
        : { kind: 'problem', text: t('export.copyFailed') };
    });

  return (
    <div className="diagram-export">
      <button type="button" disabled={!ready} onClick={() => void download('svg')}>
        {t('export.svg')}
      </button>
      <button type="button" disabled={!ready} onClick={() => void download('png')}>
        {t('export.png')}
      </button>
      {protocols.map((protocol, k) => (
        <button key={k} type="button" disabled={!ready} onClick={() => void copyMermaid(k)}>
          {protocols.length > 1
            ? t('export.mermaidFor', { protocol: appT(`protocol.${protocol}`) })
            : t('export.mermaid')}
        </button>
      ))}
      <p className="export-feedback" role="status">
        {outcome?.kind === 'copied' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'problem' && <p role="alert">{outcome.text}</p>}
    </div>
  );
}
