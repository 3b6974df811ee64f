// The capture panel's translator: its own catalogue (English built in, another language's from
// that language's lazily loaded bundle), the app's format.
import { useCallback } from 'react';
import { format, useTranslations, type MessageParams } from '../../app/i18n/i18n.tsx';
import { captureMessagesEn, type CaptureCatalogue, type CaptureMessageKey } from './messages.en.ts';

export type CaptureTranslate = (key: CaptureMessageKey, params?: MessageParams) => string;

/** `messages` overrides the page's language (tests); by default the shown language's catalogue. */
export function useCaptureT(messages?: CaptureCatalogue): CaptureTranslate {
  const shown = useTranslations()?.capture;
  const catalogue = messages ?? shown ?? captureMessagesEn;
  return useCallback(
    (key, params) => format(catalogue[key] ?? captureMessagesEn[key], params),
    [catalogue],
  );
}
