// The glossary's terms and their meanings (Glossary.tsx folds them under its heading): loaded
// after the first frame, in the page's language.
import { useTranslations } from '../../app/i18n/i18n.tsx';
import {
  glossaryEn,
  glossaryIds,
  type GlossaryCatalogue,
  type GlossaryKey,
} from './messages.en.ts';

const IDS = glossaryIds();

export default function GlossaryTerms() {
  const words: GlossaryCatalogue = useTranslations()?.glossary ?? glossaryEn;
  return (
    <dl>
      {IDS.map((id) => (
        <div key={id}>
          <dt>{words[`term.${id}` as GlossaryKey]}</dt>
          <dd>{words[`meaning.${id}` as GlossaryKey]}</dd>
        </div>
      ))}
    </dl>
  );
}
