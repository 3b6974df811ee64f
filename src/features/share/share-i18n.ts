// The translator for sharing and files: this feature's catalogue for the page's language.
// English is built in; another language's catalogue arrives with that language's lazily
// loaded bundle (src/app/i18n/translations.ts), so no translation sits in the first frame.
import { useMemo } from 'react';
import { useTranslations } from '../../app/i18n/i18n.tsx';
import { fillTemplate, type TemplateParams } from '../narration/template.ts';
import { shareMessagesEn, type ShareCatalogue, type ShareKey } from './messages.en.ts';

export type ShareTranslate = (key: ShareKey, params?: TemplateParams) => string;

/** `t` over a catalogue (English by default); a key it lacks reads English. */
export function shareTranslator(catalogue: ShareCatalogue = shareMessagesEn): ShareTranslate {
  return (key, params) => fillTemplate(catalogue[key] ?? shareMessagesEn[key], params);
}

export function useShareT(): ShareTranslate {
  const catalogue = useTranslations()?.share;
  return useMemo(() => shareTranslator(catalogue), [catalogue]);
}
