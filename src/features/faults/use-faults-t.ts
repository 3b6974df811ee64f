// The fault controls' translator: their own strings (messages.en.ts) and the app's.
import { useFeatureT, type FeatureTranslate } from '../../app/i18n/feature-translate.ts';
import type { Translations } from '../../app/i18n/i18n.tsx';
import { faultsMessagesEn, type FaultsMessageKey } from './messages.en.ts';

export type FaultsTranslate = FeatureTranslate<FaultsMessageKey>;

const pick = (translations: Translations) => translations.faults;

export function useFaultsT(): FaultsTranslate {
  return useFeatureT(faultsMessagesEn, pick);
}
