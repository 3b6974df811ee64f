// The language choice in the header. Its accessible name holds both words ("Language / 语言")
// so that it can be found whichever language the page is in; on screen the languages' own
// names say what it is, so it takes no label's width in a crowded header. An explicit choice is
// remembered for the next visit; the link carries it too (url-sync.ts).
import { useLab, useLabActions } from '../state/LabProvider.tsx';
import { LOCALES, useT, type Locale } from './i18n/i18n.tsx';
import { rememberLocale } from './i18n/locale-preference.ts';

/** Each language by its own name (the same in every language, as pickers usually show them). */
const ENDONYMS: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

export function LanguagePicker() {
  const t = useT();
  const locale = useLab((s) => s.locale);
  const { setLocale } = useLabActions();
  return (
    <div className="field language-field">
      <select
        aria-label={t('language.accessibleName')}
        value={locale}
        onChange={(e) => {
          const chosen = LOCALES.find((l) => l === e.currentTarget.value);
          if (!chosen) return;
          rememberLocale(chosen);
          setLocale(chosen);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {ENDONYMS[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
