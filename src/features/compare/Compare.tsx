// The switches between one run and two side by side (two-way next to three-way, or the
// scenario under RFC 9293 next to Linux: mutually exclusive), and each side's title and verdict.
import type { MessageKey } from '../../app/i18n/en.ts';
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import type { CompareMode } from '../../state/store.ts';
import { Switch } from '../controls/Switch.tsx';
import { byProfile, sideId, sideLabelKey } from './side-label.ts';
import { profileVerdictFor, verdictFor } from './verdict.ts';

function ModeSwitch({ mode, label }: { mode: Exclude<CompareMode, 'off'>; label: MessageKey }) {
  const t = useT();
  const actions = useLabActions();
  const on = useLab((s) => s.compareMode === mode);
  return (
    <Switch on={on} onToggle={() => actions.setCompareMode(on ? 'off' : mode)}>
      {t(label)}
    </Switch>
  );
}

/** "Two-way vs three-way" (its accessible name is a public contract). */
export function CompareSwitch() {
  return <ModeSwitch mode="protocols" label="compare.toggle" />;
}

/** "RFC 9293 vs Linux". */
export function ProfilesSwitch() {
  return <ModeSwitch mode="profiles" label="compare.profilesToggle" />;
}

export function VerdictCaption({ traceIndex }: { traceIndex: number }) {
  const t = useT();
  const trace = useLab((s) => s.traces[traceIndex]);
  const profiles = useLab(byProfile);
  const side = t(useLab((s) => sideLabelKey(s, traceIndex)));
  const id = useLab((s) => sideId(s, traceIndex));
  if (!trace) return null;
  const verdict = profiles ? profileVerdictFor(trace, t, side) : verdictFor(trace, t, side);
  // Under two profiles the verdict, which starts with the profile's name, is the diagram's title.
  const Tag = profiles ? 'h2' : 'p';
  return (
    <Tag className={`verdict ${verdict.bad ? 'bad' : 'good'}`} data-testid={`verdict-${id}`}>
      {verdict.text}
    </Tag>
  );
}
