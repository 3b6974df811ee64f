// The switches between one run and two side by side (two-way next to three-way, or the
// scenario under RFC 9293 next to Linux: mutually exclusive). Each side's verdict: VerdictCaption.tsx.
import type { MessageKey } from '../../app/i18n/en.ts';
import { useT } from '../../app/i18n/i18n.tsx';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import type { CompareMode } from '../../state/store.ts';
import { Switch } from '../controls/Switch.tsx';

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
