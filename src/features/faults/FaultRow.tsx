// One rule in words with its Remove button: a row of the Faults list, and of a segment's menu
// (the rules already on it). The button's name says which rule it removes.
import { useFaultsT } from './use-faults-t.ts';

export function FaultRow({ text, onRemove }: { text: string; onRemove: () => void }) {
  const t = useFaultsT();
  return (
    <li>
      <span>{text}</span>
      <button
        type="button"
        onClick={onRemove}
        aria-label={t('faults.removeFault', { fault: text })}
      >
        {t('faults.remove')}
      </button>
    </li>
  );
}
