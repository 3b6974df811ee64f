// The profile comparison table's translator: its own strings (messages.en.ts) and the app's.
import { useFeatureT, type FeatureTranslate } from '../../app/i18n/feature-translate.ts';
import type { Translations } from '../../app/i18n/i18n.tsx';
import { diffMessagesEn, type DiffMessageKey } from './messages.en.ts';

export type DiffTranslate = FeatureTranslate<DiffMessageKey>;

const pick = (translations: Translations) => translations.diff;

export function useDiffT(): DiffTranslate {
  return useFeatureT(diffMessagesEn, pick);
}
