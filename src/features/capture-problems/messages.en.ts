// What is wrong with a capture file, in English: the importer's own wording
// (src/import/capture-phrases.ts), so the page, logs and tests say the same words.
import { CAPTURE_PHRASES, type CapturePhraseCatalogue } from '../../import/capture-phrases.ts';

export type CaptureProblemCatalogue = CapturePhraseCatalogue;

export const captureProblemMessagesEn: CaptureProblemCatalogue = CAPTURE_PHRASES;
