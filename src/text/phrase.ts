// A sentence as data: an id and its values, some of which are sentences too ("must be {rule},
// got {got}"). Code that finds a problem (the scenario validator, the capture reader) says it
// this way, so the page can word it in the reader's language at the moment it is read, while
// logs, the CLI and tests keep the English. Pure: no DOM, no i18n runtime.

export interface PhraseOf<Id extends string> {
  id: Id;
  values?: Readonly<Record<string, PhraseValueOf<Id>>>;
}
export type PhraseValueOf<Id extends string> = string | number | PhraseOf<Id>;

export function phraseOf<Id extends string>(
  id: Id,
  values?: Readonly<Record<string, PhraseValueOf<Id>>>,
): PhraseOf<Id> {
  return values === undefined ? { id } : { id, values };
}

/**
 * The phrase worded by `catalogue` (an id it lacks reads as in `english`); values that are
 * phrases are worded by the same catalogue. An unknown placeholder stays as written.
 */
export function wordPhrase<Id extends string>(
  p: PhraseOf<Id>,
  catalogue: Readonly<Record<Id, string>>,
  english: Readonly<Record<Id, string>>,
): string {
  const template = catalogue[p.id] ?? english[p.id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = p.values?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? wordPhrase(value, catalogue, english) : String(value);
  });
}

/**
 * A domain's phrases bound to its English: `phrase` makes one (ids checked), `say` words one
 * in a catalogue (English by default).
 */
export function phraseBook<Id extends string>(english: Readonly<Record<Id, string>>) {
  return {
    phrase: (id: Id, values?: Readonly<Record<string, PhraseValueOf<Id>>>): PhraseOf<Id> =>
      phraseOf(id, values),
    say: (p: PhraseOf<Id>, catalogue: Readonly<Record<Id, string>> = english): string =>
      wordPhrase(p, catalogue, english),
  };
}
