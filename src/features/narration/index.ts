// Narration: one plain sentence per trace event (what happened and why).
export {
  createNarrator,
  narrate,
  narrateAll,
  type NarrationOptions,
  type Narrator,
} from './narrate.ts';
export { narrationMessagesEn, type NarrationCatalogue, type NarrationKey } from './messages.en.ts';
export { NarrationCaption, type NarrationCaptionProps } from './NarrationCaption.tsx';
export { connectionBases, type IsnBases, type SegmentBases } from './isn-bases.ts';
export { SeqNumbers, flagsName, secondsText, type NumberMode } from './words.ts';
export { fillTemplate, formatterFor, type Catalogue, type TemplateParams } from './template.ts';
