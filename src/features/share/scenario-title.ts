// What to call the current experiment in a file, a snippet or a diagram: the scenario's own
// title (a built-in's in the page's language while it is unedited), else the built-in's
// translated name, else "Edited scenario".
import { builtInNow } from '../../app/builtin-catalogue.ts';
import type { Translate } from '../../app/i18n/i18n.tsx';
import { scenarioTexts, type PresetTexts } from '../../presets/i18n/preset-texts.ts';
import type { LabState } from '../../state/store.ts';

/** @param presets the built-in scenarios' texts in the page's language (none in English). */
export function scenarioTitle(
  s: Pick<LabState, 'scenario' | 'scenarioId'>,
  t: Translate,
  presets?: PresetTexts,
): string {
  const builtIn = s.scenarioId === null ? undefined : builtInNow(s.scenarioId);
  if (s.scenario.title) {
    const translation = s.scenarioId === null ? undefined : presets?.[s.scenarioId];
    return scenarioTexts(s.scenario, builtIn?.scenario, translation).title ?? s.scenario.title;
  }
  return builtIn?.titleKey ? t(builtIn.titleKey) : t('scenario.custom');
}
