// Translation: a typed key, optional {placeholders}, a catalogue per language. Components use
// the hook; non-React code (announcements, verdicts) takes the `t` function as a parameter.
import { createContext, useContext, type ReactNode } from 'react';
import { en, type Catalogue, type MessageKey } from './en.ts';

export type { MessageKey, Catalogue };
export type Locale = 'en';
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Locale, Catalogue> = { en };

export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => format(catalogue[key] ?? en[key], params);
}

interface I18nValue {
  locale: Locale;
  t: Translate;
}

const defaultValue: I18nValue = { locale: 'en', t: translator('en') };
const I18nContext = createContext<I18nValue>(defaultValue);

export function I18nProvider({
  locale = 'en',
  children,
}: {
  locale?: Locale;
  children: ReactNode;
}) {
  const value = locale === 'en' ? defaultValue : { locale, t: translator(locale) };
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

/** Seconds for display: exact to the millisecond, without trailing zeros (1.0, 3.05, 242.15). */
export function seconds(ms: number): string {
  return (ms / 1000)
    .toFixed(3)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '.0');
}
