// Which language a visitor sees first: the link's (url-sync), else the one they chose here
// before (localStorage), else the first of the browser's languages that the lab speaks.
import type { Locale } from './i18n.tsx';
import { readSetting, writeSetting } from '../stored-setting.ts';

const STORAGE_KEY = 'handshake-lab.locale';

/** The first browser language the lab has: any Chinese (zh, zh-CN, zh-Hans, zh-TW…) is zh-CN. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh-CN';
}

/** The language chosen explicitly on an earlier visit, if any (storage may be unavailable). */
export function storedLocale(): Locale | null {
  const value = readSetting(STORAGE_KEY);
  return isLocale(value) ? value : null;
}

/** Remember an explicit choice (a private window may refuse: the choice then lasts the visit). */
export function rememberLocale(locale: Locale): void {
  writeSetting(STORAGE_KEY, locale);
}

/** The first visit's language: the link's, else the stored choice, else the browser's. */
export function initialLocale(fromLink: Locale | undefined): Locale {
  return fromLink ?? storedLocale() ?? localeFromLanguages(navigator.languages ?? []);
}
