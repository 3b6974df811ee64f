// Take the run elsewhere: a pcap file Wireshark opens (the same bytes as the CLI's --pcap),
// the diagram (SVG, PNG, Mermaid), the scenario file. Writers load on demand; every file is
// made from the trace or the scenario, not from the screen.
import { lazy, useState } from 'react';
import { useLab } from '../state/LabProvider.tsx';
import { sideId, sideLabelKey } from '../features/compare/side-label.ts';
import { useT } from './i18n/i18n.tsx';
import { saveFile } from './save-file.ts';
import { LazyPart } from './LazyPart.tsx';

/** Diagram files and scenario files: not needed for the first frame. */
const FileTools = lazy(() =>
  import('../features/share/lazy-parts.ts').then((m) => ({ default: m.FileTools })),
);

export function ExportPanel() {
  const t = useT();
  const traces = useLab((s) => s.traces);
  const protocols = useLab((s) => s.protocols);
  const profiles = useLab((s) => s.profiles);
  const scenarioId = useLab((s) => s.scenarioId);
  const ready = useLab((s) => s.status === 'ready');
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (k: number): Promise<void> => {
    const trace = traces[k];
    if (!trace) return;
    const { traceToPcap } = await import('../export/pcap-write.ts');
    try {
      saveFile(
        traceToPcap(trace) as BlobPart,
        'application/vnd.tcpdump.pcap',
        `${scenarioId ?? 'handshake-lab'}-${sideId({ protocols, profiles }, k)}.pcap`,
      );
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="panel export-panel" aria-label={t('export.title')}>
      <h2>{t('export.title')}</h2>
      {traces.map((_, k) => (
        <button key={k} type="button" disabled={!ready} onClick={() => void save(k)}>
          {traces.length > 1
            ? t('export.pcapFor', {
                protocol: t(sideLabelKey({ protocols, profiles }, k)),
              })
            : t('export.pcap')}
        </button>
      ))}
      {problem && <p role="alert">{problem}</p>}
      <LazyPart>
        <FileTools />
      </LazyPart>
    </section>
  );
}
