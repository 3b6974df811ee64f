// The side panel: what the selected segment is (inspector), where each side stands in the
// RFC state diagram, and the fault list. Everything derives from the trace and the cursor.
import { lazy, useDeferredValue, useMemo, type ReactNode } from 'react';
import { connectionBases, NO_BASES } from '../features/narration/isn-bases.ts';
import { capturedBases } from '../features/capture/captured-trace.ts';
import { useLab } from '../state/LabProvider.tsx';
import { selectNarratedTraceIndex, selectSelectedSegment } from '../state/selectors.ts';
import { useT, useTranslations } from './i18n/i18n.tsx';
import { LessonPanel } from './LessonPanel.tsx';
import { Glossary } from '../features/glossary/Glossary.tsx';
import { focusAfterRemoval } from './focus-after-removal.ts';
import { LazyPart } from './LazyPart.tsx';

// The inspector (header bytes, checksum) is not needed for the first frame: load it on demand,
// with what brings it into the panel's view (InspectorInPanel.tsx).
const SegmentInspector = lazy(() => import('./InspectorInPanel.tsx'));
// The state diagrams sit below the fold of the side panel: also loaded after the first frame.
const SideStateDiagram = lazy(() => import('../features/state-diagram/SideStateDiagram.tsx'));

export function SidePanel({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <aside className="side-panel" aria-label={t('app.sidePanel')}>
      <ScenarioLesson />
      <Glossary />
      <InspectorSlot />
      <StateDiagrams />
      {children}
    </aside>
  );
}

/** The scenario's lesson, except while a capture is shown (it would describe another run). */
function ScenarioLesson() {
  const capture = useLab((s) => s.capture !== null);
  return capture ? null : <LessonPanel />;
}

function InspectorSlot() {
  const t = useT();
  const segment = useLab(selectSelectedSegment);
  const traceIndex = useLab((s) => s.selected?.trace ?? 0);
  const events = useLab((s) => s.traces[traceIndex]?.events);
  const seqMode = useLab((s) => s.seqMode);
  const { select, setSeqMode } = useLab((s) => s.actions);
  const messages = useTranslations()?.inspector;
  // Relative numbers count per connection (a forged SYN's from its own ISN).
  const traceBases = useMemo(() => (events ? connectionBases(events) : null), [events]);
  // A captured segment brings its own bases (Wireshark's, per side and per incarnation).
  const bases = useMemo(
    () => (segment ? (capturedBases(segment) ?? traceBases?.get(segment.id)) : null) ?? NO_BASES,
    [segment, traceBases],
  );
  if (!segment || !events) {
    return (
      <section className="panel selection-slot" data-slot="inspector">
        <p className="muted">{t('app.sidePanelSlot')}</p>
      </section>
    );
  }
  return (
    <LazyPart
      loading={
        <section className="panel selection-slot">
          <p className="muted">{t('app.loadingPanel')}</p>
        </section>
      }
    >
      <SegmentInspector
        className="panel"
        segment={segment}
        events={events}
        isnBases={bases}
        numbers={seqMode}
        onNumbersChange={setSeqMode}
        onClose={() => {
          select(null);
          // Back to the arrow the inspector was opened from.
          const id = segment.id;
          focusAfterRemoval(() => document.querySelector<HTMLElement>(`[data-segment-id="${id}"]`));
        }}
        messages={messages}
      />
    </LazyPart>
  );
}

/** RFC 9293 Figure 5 for each side, lit at the state the cursor has reached. */
function StateDiagrams() {
  const t = useT();
  const k = useLab(selectNarratedTraceIndex);
  const events = useLab((s) => s.traces[k]?.events);
  const current = useLab((s) => (s.index > 0 ? s.model.appliedIn(k, s.index) : 0));
  // The diagrams follow the cursor in a deferred render: a step or a seek paints the timeline,
  // the lanes and the narration in its own frame, and the lit states a moment after. Each
  // side is redrawn only when its state changes (SideStateDiagram).
  const applied = useDeferredValue(current);
  const protocol = useLab((s) => s.protocols[k] ?? 'three-way');
  const messages = useTranslations()?.stateDiagram;
  if (!events) return null;
  return (
    <LazyPart>
      <section className="panel state-diagrams" aria-label={t('app.stateDiagrams')}>
        {(['client', 'server'] as const).map((side) => (
          <SideStateDiagram
            key={side}
            events={events}
            index={applied - 1}
            side={side}
            protocol={protocol}
            variant="compact"
            messages={messages}
          />
        ))}
      </section>
    </LazyPart>
  );
}
