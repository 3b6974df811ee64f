// Predict mode as one piece loaded when the mode is first switched on: the stops on playing
// and stepping, and the question panel.
import { useTranslations } from '../../app/i18n/i18n.tsx';
import { useLabStore } from '../../state/LabProvider.tsx';
import { usePredictStops } from './predict-stops.ts';
import { PredictPrompt } from './PredictPrompt.tsx';

export default function PredictMode() {
  usePredictStops(useLabStore());
  return <PredictPrompt messages={useTranslations()?.predict} />;
}
