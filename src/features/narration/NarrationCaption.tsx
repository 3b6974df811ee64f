// The sentence for the event under the playhead. Presentational only: the app shell owns
// the polite live region that announces changes, so this element is not itself live.

export interface NarrationCaptionProps {
  /** The sentence from narrate(); nothing is drawn for an empty one. */
  sentence: string;
  className?: string;
}

export function NarrationCaption({ sentence, className }: NarrationCaptionProps) {
  if (!sentence) return null;
  return (
    <p className={className ?? 'narration-caption'} data-testid="narration-caption">
      {sentence}
    </p>
  );
}
