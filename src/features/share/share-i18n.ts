// The translator for sharing and files: this feature's catalogue for the page's language.
import { useMemo } from 'react';
import { useLocale, type Locale } from '../../app/i18n/i18n.tsx';
import { fillTemplate, type TemplateParams } from '../narration/template.ts';
import { shareMessagesEn, type ShareCatalogue, type ShareKey } from './messages.en.ts';

export type ShareTranslate = (key: ShareKey, params?: TemplateParams) => string;

/** Catalogues by language; a language without one reads English. */
const catalogues: Partial<Record<Locale, ShareCatalogue>> = { en: shareMessagesEn };

export function shareTranslator(locale: Locale): ShareTranslate {
  const catalogue = catalogues[locale] ?? shareMessagesEn;
  return (key, params) => fillTemplate(catalogue[key] ?? shareMessagesEn[key], params);
}

export function useShareT(): ShareTranslate {
  const locale = useLocale();
  return useMemo(() => shareTranslator(locale), [locale]);
}
