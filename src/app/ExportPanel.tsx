// Take the run elsewhere: a pcap file Wireshark opens (the same bytes as the CLI's --pcap).
// The writer is loaded on demand; the file is made from the trace, not from the screen.
import { useState } from 'react';
import { useLab } from '../state/LabProvider.tsx';
import { sideId, sideLabelKey } from '../features/compare/side-label.ts';
import { useT } from './i18n/i18n.tsx';

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], { type: 'application/vnd.tcpdump.pcap' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

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
      download(
        traceToPcap(trace),
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
    </section>
  );
}
