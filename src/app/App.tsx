// The shell: header (scenario, protocol, view switches), the timeline, the side panel, and the
// transport bar. Side-panel slot: the inspector, state diagram and narration components
// (src/features/inspector, state-diagram, narration) are mounted in <SidePanel> by the lead.
import { useLab, useLabStore } from '../state/LabProvider.tsx';
import { useT } from './i18n/i18n.tsx';
import { useUrlSync } from './url-sync.ts';
import { TimelineView } from '../features/timeline/TimelineView.tsx';
import { Controls } from '../features/controls/Controls.tsx';
import { EventAnnouncer } from '../features/controls/EventAnnouncer.tsx';
import { FaultPanel } from '../features/faults/FaultPanel.tsx';
import { FaultPopover } from '../features/faults/FaultPopover.tsx';
import { useFaultMenu } from '../features/faults/useFaultMenu.ts';
import { CompareSwitch, VerdictCaption } from '../features/compare/Compare.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { HeaderBar, RunStatus } from './HeaderBar.tsx';
import { SidePanel } from './SidePanel.tsx';
import { lazy, Suspense } from 'react';

/** The page-wide file drop: listening can start a moment after the first frame. */
const FileDropZone = lazy(() =>
  import('../features/share/lazy-parts.ts').then((m) => ({ default: m.FileDropZone })),
);

export function App() {
  const compare = useLab((s) => s.compare);
  useUrlSync(useLabStore(), useT());
  const faultMenu = useFaultMenu();

  return (
    <div className="app">
      <HeaderBar compareSwitch={<CompareSwitch />} />
      <ErrorBanner />
      <main className={compare ? 'workspace comparing' : 'workspace'}>
        <div className="stage">
          <TimelineView
            renderCaption={compare ? (k) => <VerdictCaption traceIndex={k} /> : undefined}
            onSegmentMenu={faultMenu.openForSegment}
            onLaneClick={(p) =>
              p.host === 'server' ? faultMenu.openForLane(p) : faultMenu.close()
            }
            renderOverlay={(k, width) =>
              faultMenu.menu && faultMenu.menu.traceIndex === k ? (
                <FaultPopover
                  key={`${faultMenu.menu.kind}-${faultMenu.menu.x}-${faultMenu.menu.y}`}
                  menu={faultMenu.menu}
                  width={width}
                  onClose={faultMenu.close}
                />
              ) : null
            }
          />
          <EventAnnouncer />
        </div>
        <SidePanel>
          <FaultPanel />
          <ExportPanel />
        </SidePanel>
      </main>
      <footer className="transport-bar">
        <Controls />
        <RunStatus />
      </footer>
      <Suspense fallback={null}>
        <FileDropZone />
      </Suspense>
    </div>
  );
}
