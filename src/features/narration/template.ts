// The tiny message formatter the narration, inspector and state-diagram catalogues share:
// "{name}" placeholders filled from a params object. A catalogue for another language
// keeps the same keys and placeholders, so it can move words around freely.

import { closeCjkGaps } from '../../app/i18n/i18n.tsx';

export type TemplateParams = Readonly<Record<string, string | number>>;

/**
 * Fill `{name}` placeholders. A placeholder with no value is left as written, so a
 * missing parameter is visible (and caught by the tests) instead of reading "undefined".
 */
export function fillTemplate(template: string, params: TemplateParams = {}): string {
  return closeCjkGaps(
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      return v === undefined ? whole : String(v);
    }),
  );
}

/** A catalogue: message id → template. Other languages implement the same key set. */
export type Catalogue<K extends string> = Readonly<Record<K, string>>;

/** A formatter bound to one catalogue: `t('key', params)`. */
export function formatterFor<K extends string>(
  catalogue: Catalogue<K>,
): (key: K, params?: TemplateParams) => string {
  return (key, params) => fillTemplate(catalogue[key], params);
}
