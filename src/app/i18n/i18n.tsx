// Translation: a typed key, optional {placeholders}, a catalogue per language. Components use
// the hook; non-React code (announcements, verdicts) takes the `t` function as a parameter.
// English is built in; other languages arrive as one lazily loaded bundle (translations.ts)
// that also carries the feature catalogues (narration, inspector, state diagram, presets,
// sharing and files, capture import, shortcuts help, predict mode, faults, profile differences).
import { createContext, useContext, type ReactNode } from 'react';
import type { GlossaryCatalogue } from '../../features/glossary/messages.en.ts';
import type { CaptureProblemCatalogue } from '../../features/capture-problems/messages.en.ts';
import type { CaptureCatalogue } from '../../features/capture/messages.en.ts';
import type { DiffCatalogue } from '../../features/compare/messages.en.ts';
import type { FaultsCatalogue } from '../../features/faults/messages.en.ts';
import type { InspectorCatalogue } from '../../features/inspector/messages.en.ts';
import type { NarrationCatalogue } from '../../features/narration/messages.en.ts';
import type { PredictCatalogue } from '../../features/predict/messages.en.ts';
import type { ScenarioProblemCatalogue } from '../../features/scenario-problems/messages.en.ts';
import type { HelpCatalogue } from '../../features/present/messages.en.ts';
import type { ShareCatalogue } from '../../features/share/messages.en.ts';
import type { StateDiagramCatalogue } from '../../features/state-diagram/messages.en.ts';
import type { PresetTexts } from '../../presets/i18n/preset-texts.ts';
import type { Language, LinkProblemCode } from '../../share/link-format.ts';
import { en, type Catalogue, type MessageKey } from './en.ts';

export type { MessageKey, Catalogue };
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

// The link codec names the same languages (its `l=` key): a new locale must be added to both.
const sameAsLinkLanguages: [Locale, Language] extends [Language, Locale] ? true : never = true;
void sameAsLinkLanguages;

/** Everything another language provides: every catalogue complete (a missing key is a type error). */
export interface Translations {
  app: Catalogue;
  narration: NarrationCatalogue;
  inspector: InspectorCatalogue;
  stateDiagram: StateDiagramCatalogue;
  presets: PresetTexts;
  share: ShareCatalogue;
  capture: CaptureCatalogue;
  faults: FaultsCatalogue;
  diff: DiffCatalogue;
  help: HelpCatalogue;
  predict: PredictCatalogue;
  scenarioProblems: ScenarioProblemCatalogue;
  captureProblems: CaptureProblemCatalogue;
  glossary: GlossaryCatalogue;
  /** Why a link cannot be opened (src/share: LINK_PROBLEMS is the English). */
  linkProblems: Record<LinkProblemCode, string>;
}

// A placeholder filled into a Chinese sentence can leave a space between two Chinese
// characters or full-width marks: templates put spaces around {seg} for "SYN 100", but the
// value may end in "（重传）", or be Chinese itself ("报文段"). Such a gap is never wanted in
// Chinese, and text in other languages has no such characters, so both formatters (this one
// and the feature catalogues' fillTemplate) close it. Here, in the first frame's i18n chunk,
// not in a module of its own: shared with the lazily loaded features, a module of its own
// became one more request before the first draw.

/** CJK symbols and punctuation, CJK ideographs, full-width forms. */
const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
const CJK_GAP = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'g');

export function closeCjkGaps(text: string): string {
  return text.replace(CJK_GAP, '$1');
}

export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return closeCjkGaps(
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    ),
  );
}

/** `t` over a catalogue ('en': the built-in English one). */
export function translator(catalogue: Catalogue | 'en' = 'en'): Translate {
  const c = catalogue === 'en' ? en : catalogue;
  return (key, params) => format(c[key], params);
}

interface I18nValue {
  locale: Locale;
  t: Translate;
  /** null for English: each feature then uses its own built-in English catalogue. */
  translations: Translations | null;
}

const defaultValue: I18nValue = { locale: 'en', t: translator(), translations: null };
const I18nContext = createContext<I18nValue>(defaultValue);

/** English unless `translations` (for `locale`) are given. */
export function I18nProvider({
  locale = 'en',
  translations = null,
  children,
}: {
  locale?: Locale;
  translations?: Translations | null;
  children: ReactNode;
}) {
  const value =
    locale === 'en' || !translations
      ? defaultValue
      : { locale, t: translator(translations.app), translations };
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

/** The shown language's feature catalogues; null for English (the features' defaults). */
export function useTranslations(): Translations | null {
  return useContext(I18nContext).translations;
}

/** Seconds for display: exact to the millisecond, without trailing zeros (1.0, 3.05, 242.15). */
export function seconds(ms: number): string {
  return (ms / 1000)
    .toFixed(3)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '.0');
}
