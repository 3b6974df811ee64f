// The shell: header (scenario, protocol, view switches), the timeline, the side panel, and the
// transport bar. Side-panel slot: the inspector, state diagram and narration components
// (src/features/inspector, state-diagram, narration) are mounted in <SidePanel> by the lead.
import { lazy, useEffect, useRef } from 'react';
import { useLab, useLabStore } from '../state/LabProvider.tsx';
import { selectHasBanner } from '../state/selectors.ts';
import { useT, useTranslations } from './i18n/i18n.tsx';
import { useUrlSync } from './url-sync.ts';
import { TimelineView } from '../features/timeline/TimelineView.tsx';
import { Controls } from '../features/controls/Controls.tsx';
import { EventAnnouncer } from '../features/controls/EventAnnouncer.tsx';
import { useFaultMenu } from '../features/faults/useFaultMenu.ts';
import { CompareSwitch, ProfilesSwitch } from '../features/compare/Compare.tsx';
import { byProfile } from '../features/compare/side-label.ts';
import { HeaderBar, RunStatus } from './HeaderBar.tsx';
import { SidePanel } from './SidePanel.tsx';
import { UpdateNoticeSlot } from '../features/offline/UpdateNoticeSlot.tsx';
import { LessonPanel } from './LessonPanel.tsx';
import { PresentTools } from '../features/present/PresentTools.tsx';
import { OpenInLab } from '../features/present/OpenInLab.tsx';
import { installPredictGate } from '../features/predict/predict-gate.ts';
import { rememberStepBy } from '../features/controls/step-by-setting.ts';
import { useTransportHeightVar } from './transport-height.ts';
import { LazyPart } from './LazyPart.tsx';

// The shortcuts list is not needed until someone asks for it ("?" or its button), nor predict
// mode until it is switched on.
// The fault menu opens on a click on a segment or lane, never in the first frame.
const FaultPopover = lazy(() =>
  import('../features/faults/FaultPopover.tsx').then((m) => ({ default: m.FaultPopover })),
);
const FaultAdded = lazy(() =>
  import('../features/faults/FaultPopover.tsx').then((m) => ({ default: m.FaultAdded })),
);
const HelpDialog = lazy(() => import('../features/present/HelpDialog.tsx'));
// Only shown with two runs side by side, or when something went wrong.
const VerdictCaption = lazy(() =>
  import('../features/compare/VerdictCaption.tsx').then((m) => ({ default: m.VerdictCaption })),
);
const ErrorBanner = lazy(() =>
  import('./ErrorBanner.tsx').then((m) => ({ default: m.ErrorBanner })),
);
// The fault list and the export panel sit below the state diagrams, out of the first view on
// a desktop: they load right after the first frame instead of counting in its JavaScript.
const FaultPanel = lazy(() =>
  import('../features/faults/FaultPanel.tsx').then((m) => ({ default: m.FaultPanel })),
);
const ExportPanel = lazy(() =>
  import('./ExportPanel.tsx').then((m) => ({ default: m.ExportPanel })),
);
const PredictMode = lazy(() => import('../features/predict/PredictMode.tsx'));

// Capture import's button sits low in the side panel (after the lesson, the inspector and the
// state machines), below the fold: it loads right after the first frame, with what shows while
// a capture is on the timeline.
const loadCaptureParts = () => import('../features/capture/CaptureLauncher.tsx');
const CaptureLauncher = lazy(() =>
  loadCaptureParts().then((m) => ({ default: m.CaptureLauncher })),
);
const CaptureCaption = lazy(() => loadCaptureParts().then((m) => ({ default: m.CaptureCaption })));
const SimulationOnlyNote = lazy(() =>
  loadCaptureParts().then((m) => ({ default: m.SimulationOnlyNote })),
);

// Only the RFC 9293 vs Linux view needs it: loaded when that view is first shown.
const ProfileDiff = lazy(() =>
  import('../features/compare/ProfileDiff.tsx').then((m) => ({ default: m.ProfileDiff })),
);

/** The page-wide file drop: listening can start a moment after the first frame. */
const FileDropZone = lazy(() =>
  import('../features/share/lazy-parts.ts').then((m) => ({ default: m.FileDropZone })),
);
/** The tab's title names the experiment: index.html's "Handshake Lab" will do until then. */
const DocumentTitle = lazy(() =>
  import('../features/share/lazy-parts.ts').then((m) => ({ default: m.DocumentTitle })),
);

export function App() {
  const compare = useLab((s) => s.compare);
  const profiles = useLab((s) => byProfile(s) && s.traces.length > 1);
  // An imported capture: no faults, comparison or export (they act on the simulated scenario).
  const capture = useLab((s) => s.capture !== null);
  const presenter = useLab((s) => s.presenter);
  const embed = useLab((s) => s.embed);
  const predict = useLab((s) => s.predict);
  const helpOpen = useLab((s) => s.helpOpen);
  const banner = useLab(selectHasBanner);
  // Presenter mode keeps the scenario's step notes beside the diagram, when it has some.
  const notes = useLab((s) => s.presenter && (s.scenario.steps?.length ?? 0) > 0);
  const store = useLabStore();
  const t = useT();
  const helpMessages = useTranslations()?.help;
  useUrlSync(store);
  useEffect(() => installPredictGate(store), [store]);
  useEffect(() => rememberStepBy(store), [store]);
  const faultMenu = useFaultMenu();
  const transportBar = useRef<HTMLElement>(null);
  useTransportHeightVar(transportBar);
  // Presenting and embedding show the experiment; changing it is left to the full lab.
  const editing = !presenter && !embed;
  const mode = embed ? ' mode-embed' : presenter ? ' mode-presenter' : '';

  return (
    <div className={`app${mode}`}>
      {/* Keyboard users reach the transport without tabbing through every setting first. */}
      <a className="skip-link" href="#transport">
        {t('app.skipToPlayback')}
      </a>
      {/* Presenting and embedding hide the header; the page keeps its title as its h1. */}
      {!editing && <h1 className="visually-hidden">{t('app.title')}</h1>}
      {editing && (
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
      )}
      {/* Fetched when there is something to say, not while the page starts (where it was
        sometimes in the first draw's JavaScript). */}
      {banner && (
        <LazyPart>
          <ErrorBanner />
        </LazyPart>
      )}
      <UpdateNoticeSlot />
      <main className={`workspace${compare ? ' comparing' : ''}${notes ? ' with-notes' : ''}`}>
        <div className="stage">
          <p className="link-pending-note" role="status">
            {t('app.loadingLink')}
          </p>
          {profiles && (
            <LazyPart>
              <ProfileDiff />
            </LazyPart>
          )}
          <TimelineView
            renderCaption={
              capture
                ? () => (
                    <LazyPart>
                      <CaptureCaption />
                    </LazyPart>
                  )
                : compare || profiles
                  ? (k) => (
                      <LazyPart>
                        <VerdictCaption traceIndex={k} />
                      </LazyPart>
                    )
                  : undefined
            }
            onSegmentMenu={editing && !capture ? faultMenu.openForSegment : undefined}
            onLaneClick={
              editing
                ? (p) =>
                    p.host === 'server' && !capture ? faultMenu.openForLane(p) : faultMenu.close()
                : undefined
            }
            renderOverlay={(k, width) =>
              // Keyed apart: the note replaces the menu in a boundary of its own, so the menu
              // is removed at once, not hidden while the note's code loads (React keeps a
              // suspended boundary's old content in the page, hidden).
              faultMenu.menu && faultMenu.menu.traceIndex === k ? (
                <LazyPart key="menu">
                  <FaultPopover
                    key={`${faultMenu.menu.kind}-${faultMenu.menu.x}-${faultMenu.menu.y}`}
                    menu={faultMenu.menu}
                    width={width}
                    onClose={faultMenu.close}
                    onAdded={faultMenu.noteAdded}
                  />
                </LazyPart>
              ) : faultMenu.added && faultMenu.added.traceIndex === k ? (
                <LazyPart key="added">
                  <FaultAdded note={faultMenu.added} width={width} />
                </LazyPart>
              ) : null
            }
          />
          {predict && (
            <LazyPart>
              <PredictMode />
            </LazyPart>
          )}
          <EventAnnouncer />
        </div>
        {editing && (
          <SidePanel>
            <LazyPart>
              <CaptureLauncher />
            </LazyPart>
            {capture ? (
              <LazyPart>
                <SimulationOnlyNote />
              </LazyPart>
            ) : (
              <LazyPart>
                <FaultPanel />
                <ExportPanel />
              </LazyPart>
            )}
          </SidePanel>
        )}
        {notes && !embed && (
          <aside className="side-panel presenter-notes" aria-label={t('lesson.label')}>
            <LessonPanel />
          </aside>
        )}
      </main>
      {/* The skip link's target: not focusable itself (no tabindex), the next Tab goes on from
        here (the browser's sequential focus starting point). */}
      <footer className="transport-bar" id="transport" ref={transportBar}>
        <Controls />
        {embed ? <OpenInLab /> : <PresentTools />}
        {!embed && <RunStatus />}
      </footer>
      {helpOpen && (
        <LazyPart>
          <HelpDialog messages={helpMessages} />
        </LazyPart>
      )}
      <LazyPart quiet>
        <FileDropZone />
        <DocumentTitle />
      </LazyPart>
    </div>
  );
}
