import type { ReactNode } from 'react';
import { useLab } from '../state/LabProvider.tsx';
import { selectSelectedSegmentInfo } from '../state/selectors.ts';
import { segmentName } from '../features/timeline/segment-label.ts';
import { useT } from './i18n/i18n.tsx';

/**
 * The side panel. SLOT for the lead: mount the inspector (src/features/inspector), the state
 * diagram (src/features/state-diagram) and the narration (src/features/narration) here, above
 * the fault panel. They read the store through the selectors in src/state/selectors.ts.
 */
export function SidePanel({ children }: { children: ReactNode }) {
  const t = useT();
  const selected = useLab(selectSelectedSegmentInfo);
  const seqMode = useLab((s) => s.seqMode);
  return (
    <aside className="side-panel" aria-label={t('app.sidePanel')}>
      <section className="panel selection-slot" data-slot="inspector">
        <p className={selected ? '' : 'muted'}>
          {selected ? segmentName(selected, seqMode, t) : t('app.sidePanelSlot')}
        </p>
      </section>
      {children}
    </aside>
  );
}
