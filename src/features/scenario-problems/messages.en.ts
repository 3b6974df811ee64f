// What is wrong with a scenario, in English: the validator's own wording (src/scenario/phrases.ts),
// so the page and the CLI say the same words. Other languages: messages.<locale>.ts.
import { SCENARIO_PHRASES, type PhraseCatalogue } from '../../scenario/phrases.ts';

export type ScenarioProblemCatalogue = PhraseCatalogue;

export const scenarioProblemMessagesEn: ScenarioProblemCatalogue = SCENARIO_PHRASES;
