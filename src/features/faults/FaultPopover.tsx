// The small menu that opens on a segment (Drop, Delay, Duplicate) or on the server lane
// ("Inject an old SYN here"). Each choice becomes a rule in the scenario and the run is
// simulated again; the playhead stays where it is.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../core/scenario.ts';
import { seconds } from '../../app/i18n/i18n.tsx';
import { useFaultsT } from './use-faults-t.ts';
import { useLab, useLabActions, useLabStore } from '../../state/LabProvider.tsx';
import { selectAppliedCount } from '../../state/selectors.ts';
import { indexTrace } from '../../state/trace-index.ts';
import { segmentName } from '../timeline/segment-label.ts';
import { canTarget, faultFor, type FaultAction } from './fault-rules.ts';
import {
  describeFault,
  describeInjection,
  describeTarget,
  faultsOn,
  oldSynInjection,
  sameFault,
} from './fault-edits.ts';
import type { AddedNote, FaultMenu } from './useFaultMenu.ts';
import { focusAfterRemoval } from '../../app/focus-after-removal.ts';
import { FaultRow } from './FaultRow.tsx';

const POPOVER_WIDTH = 290;

/** Where a box opened at (x, y) in a diagram `width` wide sits: under the point, in view. */
function popoverBox(x: number, y: number, width: number) {
  return {
    left: Math.max(4, Math.min(x - POPOVER_WIDTH / 2, width - POPOVER_WIDTH - 4)),
    top: y + 18,
    width: POPOVER_WIDTH,
  };
}

export function FaultPopover({
  menu,
  width,
  onClose,
  onAdded,
}: {
  menu: FaultMenu;
  width: number;
  onClose: () => void;
  /** A rule was added (the menu then closes): FaultAdded says so where the menu was. */
  onAdded?: (note: AddedNote) => void;
}) {
  const t = useFaultsT();
  const actions = useLabActions();
  const trace = useLab((s) => s.traces[menu.traceIndex]);
  const faults = useLab((s) => s.scenario.faults);
  const seqMode = useLab((s) => s.seqMode);
  const applied = useLab(selectAppliedCount(menu.traceIndex));
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const whichId = useId();
  const delayId = useId();
  const dupId = useId();
  // Half the first retransmission timeout: the segment arrives visibly late but before a
  // handshake segment would be sent again (at 1 000 ms both arrive together, one on the other).
  const [delayMs, setDelayMs] = useState('500');
  const [dupMs, setDupMs] = useState('200');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    // All of it in view (near the diagram's lower edge it would open partly below the view,
    // its Close button out of sight), then focus on its first control.
    ref.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    ref.current?.querySelector<HTMLElement>('button, input')?.focus({ preventScroll: true });
  }, [menu]);

  // Closed with focus in it (a choice, Escape, Close), focus goes back to the arrow the menu
  // was opened on (a lane's menu: on to Play/Pause) once the menu has gone. Decided as it goes,
  // not a frame after the choice: the menu may still be in the page then (App.tsx keys the
  // boundary around it for that reason), and focus, still in it, was left to fall to the page's
  // start.
  const segmentId = menu.kind === 'segment' ? menu.info.id : null;
  /** Closed by a press elsewhere: focus goes where the press puts it, a moment later. */
  const pressedAway = useRef(false);
  useLayoutEffect(() => {
    const el = ref.current;
    return () => {
      if (pressedAway.current || !el?.contains(document.activeElement)) return;
      focusAfterRemoval(() =>
        segmentId === null
          ? null
          : document.querySelector<HTMLElement>(`[data-segment-id="${segmentId}"]`),
      );
    };
  }, [segmentId]);

  // It is not modal: a press elsewhere, or focus moving elsewhere (Tab past its last button),
  // closes it and leaves focus where the user put it; Escape closes it wherever focus is
  // (inside, focus then goes back to the segment, above).
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !el.contains(target);
    const onPointerDown = (e: PointerEvent) => {
      if (!outside(e.target)) return;
      pressedAway.current = true;
      onClose();
    };
    const onFocusOut = (e: FocusEvent) => {
      if (outside(e.relatedTarget)) onClose();
    };
    const onDocumentKey = (e: globalThis.KeyboardEvent) => {
      // Another dialog (the shortcuts help) handles its own Escape.
      const inDialog = e.target instanceof Element && e.target.closest('[role="dialog"]');
      if (e.key === 'Escape' && !e.defaultPrevented && outside(e.target) && !inDialog) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onDocumentKey);
    el.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onDocumentKey);
      el.removeEventListener('focusout', onFocusOut);
    };
  }, [onClose]);

  if (!trace) return null;
  const index = indexTrace(trace);
  const existing = menu.kind === 'segment' ? faultsOn(faults ?? [], index, menu.info) : [];

  const said = (text: string) =>
    onAdded?.({ traceIndex: menu.traceIndex, text, x: menu.x, y: menu.y });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  const readMs = (raw: string, field: string): number | null => {
    const ms = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(ms) || ms < 0 || ms > LIMITS.maxDelayMs) {
      setProblem(t('faults.invalidNumber', { field, min: 0, max: LIMITS.maxDelayMs }));
      return null;
    }
    return Math.round(ms);
  };

  const apply = (action: FaultAction) => {
    if (menu.kind !== 'segment') return;
    let ms = 0;
    if (action === 'delay' || action === 'duplicate') {
      const read = readMs(
        action === 'delay' ? delayMs : dupMs,
        t(action === 'delay' ? 'faults.delayMs' : 'faults.duplicateMs'),
      );
      if (read === null) return;
      ms = read;
    }
    const fault = faultFor(index, menu.info, action, ms);
    // The same rule twice would change nothing but list it twice.
    if (!(faults ?? []).some((f) => sameFault(f, fault))) {
      actions.addFault(fault);
      said(describeFault(fault, t));
    }
    // Back to the segment (kept while the run is redone), not to the page's start.
    onClose();
  };

  return (
    <div
      className="popover fault-popover"
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={menu.kind === 'segment' && canTarget(menu.info) ? whichId : undefined}
      style={popoverBox(menu.x, menu.y, width)}
      onKeyDown={onKeyDown}
    >
      {menu.kind === 'segment' ? (
        <>
          <h3 id={titleId}>
            {t('faults.forSegment', { segment: segmentName(menu.info, seqMode, t) })}
          </h3>
          {canTarget(menu.info) && (
            <p className="fault-which" id={whichId}>
              {describeTarget(index, menu.info, t)}
            </p>
          )}
          {canTarget(menu.info) ? (
            <div className="fault-actions">
              <button type="button" onClick={() => apply('drop')}>
                {t('faults.drop')}
              </button>
              <div className="fault-row">
                <label htmlFor={delayId}>{t('faults.delayMs')}</label>
                <input
                  id={delayId}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={LIMITS.maxDelayMs}
                  value={delayMs}
                  onChange={(e) => setDelayMs(e.currentTarget.value)}
                />
                <button type="button" onClick={() => apply('delay')}>
                  {t('faults.delay')}
                </button>
              </div>
              {/* The pointer's way to the same rule, said where the keyboard's way is: once
                there is a head to drag, when the segment has arrived (SegmentArrow.tsx). The
                test is diagram-window.ts's isArrived, written out: importing it from here put
                374 B more into the first frame's JavaScript. */}
              {menu.info.end === 'deliver' &&
                menu.info.endIndex !== null &&
                menu.info.endIndex < applied && (
                  <p className="fault-drag-hint">{t('timeline.dragDelayHint')}</p>
                )}
              <div className="fault-row">
                <label htmlFor={dupId}>{t('faults.duplicateMs')}</label>
                <input
                  id={dupId}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={LIMITS.maxDelayMs}
                  value={dupMs}
                  onChange={(e) => setDupMs(e.currentTarget.value)}
                />
                <button type="button" onClick={() => apply('duplicate')}>
                  {t('faults.duplicate')}
                </button>
              </div>
            </div>
          ) : (
            <p>{t('faults.cannotTarget')}</p>
          )}
          {/* Undo where the fault was made: the rules already on this segment, removable. */}
          {existing.length > 0 && (
            <div className="fault-existing">
              <p className="muted">{t('faults.onSegment')}</p>
              <ul>
                {existing.map((i) => (
                  <FaultRow
                    key={i}
                    text={describeFault(faults![i]!, t)}
                    onRemove={() => {
                      actions.removeFault(i);
                      onClose();
                    }}
                  />
                ))}
              </ul>
            </div>
          )}
        </>
      ) : (
        <>
          <h3 id={titleId}>{t('faults.injectTitle', { time: seconds(menu.time) })}</h3>
          <button
            type="button"
            onClick={() => {
              const injection = oldSynInjection(index, 'server', menu.time);
              actions.addInjection(injection);
              said(describeInjection(injection, t));
              onClose();
            }}
          >
            {t('faults.inject')}
          </button>
        </>
      )}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="close" onClick={onClose}>
        {t('faults.close')}
      </button>
    </div>
  );
}

/**
 * Where a menu closed on a new rule, a few seconds' word that it took, and what to do to see
 * it: at the moment the rule was made nothing on the diagram changes yet (a SYN dropped at
 * its sending is lost later), and the Faults list may be out of view. A polite status too:
 * written once the box is in the page, as a status inserted with its text already
 * in it is often not announced.
 */
export function FaultAdded({ note, width }: { note: AddedNote; width: number }) {
  const t = useFaultsT();
  const text = t('faults.added', { fault: note.text });
  const ref = useRef<HTMLParagraphElement>(null);
  // Into the page empty, then the text: React renders no children here.
  useEffect(() => {
    if (ref.current) ref.current.textContent = text;
  }, [text]);
  // Its job is done once the user plays or steps, as it says to: from then on it would only
  // cover the diagram where the consequence unfolds (the dropped SYN's label, the lane's state).
  const store = useLabStore();
  const [done, setDone] = useState<AddedNote | null>(null);
  useEffect(() => {
    const { stepSeq } = store.getState();
    return store.subscribe((s) => {
      if (s.playing || s.stepSeq !== stepSeq) setDone(note);
    });
  }, [note, store]);
  if (done === note) return null;
  return (
    <p
      ref={ref}
      className="popover fault-added"
      role="status"
      style={popoverBox(note.x, note.y, width)}
    />
  );
}
