// The shell: header (scenario, protocol, view switches), the timeline, the side panel, and the
// transport bar. Side-panel slot: the inspector, state diagram and narration components
// (src/features/inspector, state-diagram, narration) are mounted in <SidePanel> by the lead.
import { lazy, Suspense } from 'react';
import { useLab, useLabStore } from '../state/LabProvider.tsx';
import { useT } from './i18n/i18n.tsx';
import { useUrlSync } from './url-sync.ts';
import { TimelineView } from '../features/timeline/TimelineView.tsx';
import { Controls } from '../features/controls/Controls.tsx';
import { EventAnnouncer } from '../features/controls/EventAnnouncer.tsx';
import { FaultPanel } from '../features/faults/FaultPanel.tsx';
import { FaultPopover } from '../features/faults/FaultPopover.tsx';
import { useFaultMenu } from '../features/faults/useFaultMenu.ts';
import { CompareSwitch, ProfilesSwitch, VerdictCaption } from '../features/compare/Compare.tsx';
import { byProfile } from '../features/compare/side-label.ts';
import { ErrorBanner } from './ErrorBanner.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { HeaderBar, RunStatus } from './HeaderBar.tsx';
import { SidePanel } from './SidePanel.tsx';
import { UpdateNoticeSlot } from '../features/offline/UpdateNoticeSlot.tsx';
import {
  CaptureCaption,
  CaptureLauncher,
  SimulationOnlyNote,
} from '../features/capture/CaptureLauncher.tsx';

// Only the RFC 9293 vs Linux view needs it: loaded when that view is first shown.
const ProfileDiff = lazy(() =>
  import('../features/compare/ProfileDiff.tsx').then((m) => ({ default: m.ProfileDiff })),
);

export function App() {
  const compare = useLab((s) => s.compare);
  const profiles = useLab((s) => byProfile(s) && s.traces.length > 1);
  // An imported capture: no faults, comparison or export (they act on the simulated scenario).
  const capture = useLab((s) => s.capture !== null);
  useUrlSync(useLabStore(), useT());
  const faultMenu = useFaultMenu();

  return (
    <div className="app">
      <HeaderBar
        compareSwitch={
          capture ? null : (
            <>
              <CompareSwitch />
              <ProfilesSwitch />
            </>
          )
        }
      />
      <ErrorBanner />
      <UpdateNoticeSlot />
      <main className={compare ? 'workspace comparing' : 'workspace'}>
        <div className="stage">
          {profiles && (
            <Suspense fallback={null}>
              <ProfileDiff />
            </Suspense>
          )}
          <TimelineView
            renderCaption={
              capture
                ? () => <CaptureCaption />
                : compare || profiles
                  ? (k) => <VerdictCaption traceIndex={k} />
                  : undefined
            }
            onSegmentMenu={capture ? undefined : faultMenu.openForSegment}
            onLaneClick={(p) =>
              p.host === 'server' && !capture ? faultMenu.openForLane(p) : faultMenu.close()
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
          <CaptureLauncher />
          {capture ? (
            <SimulationOnlyNote />
          ) : (
            <>
              <FaultPanel />
              <ExportPanel />
            </>
          )}
        </SidePanel>
      </main>
      <footer className="transport-bar">
        <Controls />
        <RunStatus />
      </footer>
    </div>
  );
}
