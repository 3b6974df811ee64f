// Says what is wrong with a capture file (an importer phrase, src/import/capture-phrases.ts)
// in the page's language: the shown language's catalogue, or the importer's own English.
import { closeCjkGaps, type Translations } from '../../app/i18n/i18n.tsx';
import { sayCapturePhrase, type CapturePhrase } from '../../import/capture-phrases.ts';

/** `translations`: the shown language's catalogues; null for English. */
export function sayCaptureProblem(
  phrase: CapturePhrase,
  translations: Translations | null,
): string {
  return closeCjkGaps(sayCapturePhrase(phrase, translations?.captureProblems));
}
