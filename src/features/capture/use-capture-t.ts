// The capture panel's translator: its own catalogue (loaded with the panel), the app's format.
import { useCallback } from 'react';
import { format, type MessageParams } from '../../app/i18n/i18n.tsx';
import { captureMessagesEn, type CaptureCatalogue, type CaptureMessageKey } from './messages.en.ts';

export type CaptureTranslate = (key: CaptureMessageKey, params?: MessageParams) => string;

export function useCaptureT(messages: CaptureCatalogue = captureMessagesEn): CaptureTranslate {
  return useCallback(
    (key, params) => format(messages[key] ?? captureMessagesEn[key], params),
    [messages],
  );
}
