// The translator of a lazily loaded feature whose sentences mix its own strings with the
// app's (a fault rule names its host with "segment.host.client"). The feature's own keys come
// from its catalogue, loaded with the feature rather than with the first frame (English built
// in, another language's from that language's bundle); every other key goes to the app's t.
import { useMemo } from 'react';
import {
  format,
  useT,
  useTranslations,
  type MessageKey,
  type MessageParams,
  type Translate,
  type Translations,
} from './i18n.tsx';

export type FeatureTranslate<K extends string> = (
  key: MessageKey | K,
  params?: MessageParams,
) => string;

/** `shown`: the shown language's catalogue for the feature; null or absent for English. */
export function featureTranslator<K extends string>(
  t: Translate,
  english: Readonly<Record<K, string>>,
  shown?: Readonly<Record<K, string>> | null,
): FeatureTranslate<K> {
  const own = shown ?? english;
  return (key, params) =>
    Object.hasOwn(english, key) ? format(own[key as K], params) : t(key as MessageKey, params);
}

/** In a component: `pick` finds the feature's catalogue in another language's bundle. */
export function useFeatureT<K extends string>(
  english: Readonly<Record<K, string>>,
  pick: (translations: Translations) => Readonly<Record<K, string>>,
): FeatureTranslate<K> {
  const t = useT();
  const translations = useTranslations();
  const shown = translations ? pick(translations) : null;
  return useMemo(() => featureTranslator(t, english, shown), [t, english, shown]);
}
