// Other languages' catalogues are not needed for the first frame (which is English): each is
// one chunk, fetched on first use and kept, so switching back and forth is instant.
import type { Locale, Translations } from './i18n.tsx';

type OtherLocale = Exclude<Locale, 'en'>;

const loaders: Record<OtherLocale, () => Promise<Translations>> = {
  'zh-CN': () => import('./zh-CN.bundle.ts').then((m) => m.translations),
};

const loaded = new Map<OtherLocale, Translations>();

/** null for English (built in); the translations if already loaded; undefined if not yet. */
export function loadedTranslations(locale: Locale): Translations | null | undefined {
  return locale === 'en' ? null : loaded.get(locale);
}

/** Fetch a language's catalogues once (null for English). Rejects when the chunk cannot load. */
export async function loadTranslations(locale: Locale): Promise<Translations | null> {
  if (locale === 'en') return null;
  const have = loaded.get(locale);
  if (have) return have;
  const translations = await loaders[locale]();
  loaded.set(locale, translations);
  return translations;
}
