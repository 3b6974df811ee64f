// One plain sentence per trace event: what happened and why, from the event's data and
// the rule that fired (shared/tcp-notes.md §2.5), never from knowledge of a particular
// scenario. Unknown rules fall back to a generic sentence that still names the rule.

import type { TraceEvent } from '../../core/trace.ts';
import { narrateApp, narrateState, narrateTimer } from './narrate-host.ts';
import { narrateDeliver, narrateDrop, narrateSend } from './narrate-segment.ts';
import { NarrationContext, type NarrationOptions } from './narration-context.ts';

export type { NarrationOptions } from './narration-context.ts';

function sentence(c: NarrationContext, index: number): string {
  const e = c.events[index];
  if (!e) return '';
  switch (e.type) {
    case 'send':
      return narrateSend(c, e);
    case 'deliver':
      return narrateDeliver(c, e, index);
    case 'drop':
      return narrateDrop(c, e, index);
    case 'state':
      return narrateState(c, e, index);
    case 'timer':
      return narrateTimer(c, e, index);
    case 'app':
      return narrateApp(c, e, index);
  }
}

/** A narrator bound to one trace: the sentence for the event at an index. */
export interface Narrator {
  (index: number): string;
  /** Builds the trace's lookups now, not in the first sentence that needs them. */
  prepare(): void;
}

/**
 * A narrator bound to one trace: build it once per trace (its lookups are indexed on first
 * use, or by prepare()) and call it for each playhead step.
 */
export function createNarrator(
  events: readonly TraceEvent[],
  options: NarrationOptions = {},
): Narrator {
  const c = new NarrationContext(events, options);
  return Object.assign((index: number) => sentence(c, index), {
    prepare: () => c.lookup.prepare(),
  });
}

/** The sentences for every event of a trace, index for index. */
export function narrateAll(
  events: readonly TraceEvent[],
  options: NarrationOptions = {},
): string[] {
  const say = createNarrator(events, options);
  return events.map((_, i) => say(i));
}

/** The sentence for the event at `index` ('' when there is no such event). */
export function narrate(
  events: readonly TraceEvent[],
  index: number,
  options: NarrationOptions = {},
): string {
  return createNarrator(events, options)(index);
}
