// Says what is wrong with a scenario (a validator phrase, src/scenario/phrases.ts) in the
// page's language: the shown language's catalogue, or the validator's own English.
import { closeCjkGaps, type Translations } from '../../app/i18n/i18n.tsx';
import { sayPhrase, type Phrase } from '../../scenario/phrases.ts';

/** `translations`: the shown language's catalogues; null for English. */
export function sayProblem(phrase: Phrase, translations: Translations | null): string {
  return closeCjkGaps(sayPhrase(phrase, translations?.scenarioProblems));
}
