// What to call the current experiment in a file, a snippet or a diagram: the scenario's own
// title, else the built-in's translated name, else "Edited scenario".
import { builtInNow } from '../../app/builtin-catalogue.ts';
import type { Translate } from '../../app/i18n/i18n.tsx';
import type { LabState } from '../../state/store.ts';

export function scenarioTitle(s: Pick<LabState, 'scenario' | 'scenarioId'>, t: Translate): string {
  if (s.scenario.title) return s.scenario.title;
  const builtIn = s.scenarioId === null ? undefined : builtInNow(s.scenarioId);
  return builtIn?.titleKey ? t(builtIn.titleKey) : t('scenario.custom');
}
