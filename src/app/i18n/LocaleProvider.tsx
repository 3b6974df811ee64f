// Shows the app in the store's language. Another language's catalogues load on first use;
// until they arrive the page stays in the language it was in (no flash of keys or of an
// empty page), then everything switches in one commit. The store, and so the run and the
// playhead, are not touched by a switch. <html lang> follows the language shown.
import { useEffect, useReducer, useState, type ReactNode } from 'react';
import { useLab, useLabActions } from '../../state/LabProvider.tsx';
import { I18nProvider, translator, type Locale } from './i18n.tsx';
import { loadedTranslations, loadTranslations } from './translations.ts';

export function LocaleProvider({ children }: { children: ReactNode }) {
  const locale = useLab((s) => s.locale);
  const { setLocale, notify } = useLabActions();
  const [, loadedOne] = useReducer((n: number) => n + 1, 0);
  const ready = loadedTranslations(locale);
  const [lastShown, setLastShown] = useState<Locale>(ready !== undefined ? locale : 'en');
  const shown = ready !== undefined ? locale : lastShown;
  if (shown !== lastShown) setLastShown(shown);
  const translations = loadedTranslations(shown) ?? null;

  useEffect(() => {
    if (ready !== undefined) return;
    let current = true;
    loadTranslations(locale).then(
      () => {
        if (current) loadedOne();
      },
      () => {
        if (!current) return;
        // Offline with the chunk not cached, say: stay in the language on screen, and say so.
        notify(translator(loadedTranslations(lastShown)?.app ?? 'en')('language.loadFailed'));
        setLocale(lastShown);
      },
    );
    return () => {
      current = false;
    };
  }, [locale, ready, lastShown, notify, setLocale]);

  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);

  return (
    <I18nProvider locale={shown} translations={translations}>
      {children}
    </I18nProvider>
  );
}
