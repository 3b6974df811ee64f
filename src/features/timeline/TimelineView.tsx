// The scrolling viewport around one diagram (or two side by side, sharing the time scale and
// the playhead). It owns what is per-frame but not React: following the playhead by scrolling,
// and the render window, which changes state only when the view crosses a coarse bucket.
import {
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useT } from '../../app/i18n/i18n.tsx';
import { useReducedMotion } from './reduced-motion.ts';
import { PrerenderSizeContext } from '../../app/prerender-size.ts';
import { NARROW, SIDE_RAIL } from '../../app/transport-height.ts';
import { useLab, useLabActions, useLabStore, usePlayhead } from '../../state/LabProvider.tsx';
import { sideLabelKey } from '../compare/side-label.ts';
import {
  diagramHeight,
  laneLayout,
  renderWindowAt,
  sameRange,
  yOf,
  type RenderWindow,
} from './geometry.ts';
import { followScrollTop, type FollowView } from './follow-scroll.ts';
import { LaneHeader } from './LaneHeader.tsx';
import { TraceDiagram, type TraceDiagramProps } from './TraceDiagram.tsx';

export interface TimelineViewProps {
  /** Rendered above each diagram (e.g. the compare verdict), by trace index. */
  renderCaption?: (traceIndex: number) => ReactNode;
  /** Rendered over each diagram (e.g. the fault popover), by trace index. */
  renderOverlay?: (traceIndex: number, diagramWidth: number) => ReactNode;
  onSegmentMenu?: TraceDiagramProps['onSegmentMenu'];
  onLaneClick?: TraceDiagramProps['onLaneClick'];
}

const MIN_DIAGRAM_WIDTH = 340;

export function TimelineView({
  renderCaption,
  renderOverlay,
  onSegmentMenu,
  onLaneClick,
}: TimelineViewProps) {
  const t = useT();
  const store = useLabStore();
  const playhead = usePlayhead();
  const reducedMotion = useReducedMotion();
  const traceCount = useLab((s) => s.traces.length);
  const protocols = useLab((s) => s.protocols);
  const profiles = useLab((s) => s.profiles);
  const scale = useLab((s) => s.scale);
  const large = useLab((s) => s.presenter);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  // In the browser the viewport is measured (below); the build-time prerender, which has no
  // layout, says how wide to draw, and the app's first render is told the size on screen.
  const prerenderSize = useContext(PrerenderSizeContext);
  const [size, setSize] = useState(() => prerenderSize ?? { width: 0, height: 0 });
  // What to draw before the viewport has been measured: with the size of the prerendered
  // timeline, what the first measurement will find (so it changes nothing); in Node, which has
  // no viewport, a generous first screen.
  const [win, setWin] = useState<RenderWindow>(() =>
    size.height > 0 ? renderWindowAt(0, size.height) : { range: [0, 2000], view: [0, 2000] },
  );

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // The same size again (the first measurement of a page started from its prerender, the
    // observer's first call) is no change: no second render.
    const measure = () => {
      const width = el.clientWidth;
      const height = el.clientHeight;
      setSize((prev) =>
        prev.width === width && prev.height === height ? prev : { width, height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Side by side when there is room; otherwise each diagram takes the full width and the
  // viewport scrolls (and snaps) sideways between them.
  const shared = Math.floor(size.width / Math.max(1, traceCount)) - (traceCount > 1 ? 8 : 0);
  const diagramWidth = shared >= MIN_DIAGRAM_WIDTH ? shared : Math.max(size.width, 300);
  const layout = useMemo(
    () => laneLayout(diagramWidth, large, scale.endTime, (s) => t('timeline.seconds', { s })),
    [diagramWidth, large, scale.endTime, t],
  );
  const height = diagramHeight(layout, scale);

  // Scroll metrics cached outside React and outside layout: reading scrollTop or offsetHeight
  // in the per-frame follow would force a synchronous layout of the whole diagram every frame.
  const metrics = useRef<FollowView>({ scrollTop: 0, view: 0, header: 76, clear: 0 });
  /**
   * Whether the narration covers the view's lower part (the narrow layout, unless it is the
   * side rail's): a layout that only a resize changes.
   */
  const overlaid = useRef(false);
  useLayoutEffect(() => {
    metrics.current.view = size.height;
    overlaid.current = window.matchMedia(NARROW).matches && !window.matchMedia(SIDE_RAIL).matches;
    const el = scrollRef.current;
    metrics.current.clear =
      overlaid.current && el ? clearOfNarration(el, size.height) : size.height;
  }, [size]);
  /** Whether the columns (and so the header) are in the page: after the first measurement. */
  const measured = size.width > 0;
  // The sticky header's height changes after the first render too: the comparison's verdicts
  // load later, a state's name wraps, a listening socket's line comes and goes.
  useLayoutEffect(() => {
    const header = headerRef.current;
    if (!header) return;
    metrics.current.header = header.offsetHeight;
    const observer = new ResizeObserver(() => {
      metrics.current.header = header.offsetHeight;
    });
    observer.observe(header);
    return () => observer.disconnect();
  }, [traceCount, measured]);

  const updateWindow = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    metrics.current.scrollTop = el.scrollTop;
    const next = renderWindowAt(el.scrollTop, el.clientHeight || 800);
    setWin((prev) => (sameRange(prev.range, next.range) ? prev : next));
  }, []);

  // Follow the playhead (follow-scroll.ts says where to): scrolled the moment it moves (a step,
  // a seek, each frame of playing), not from the scroll event a frame later.
  const followRef = useRef<((time: number) => void) | null>(null);
  useEffect(() => {
    const follow = (time: number) => {
      const el = scrollRef.current;
      const m = metrics.current;
      if (!el || m.view === 0) return;
      const y = yOf(layout, scale, time) + m.header;
      const top = followScrollTop(y, m, store.getState().playing);
      if (top !== null) {
        el.scrollTop = top;
        m.scrollTop = top;
        // The window follows in the same render as the step (a seek), not one frame later
        // from the scroll event, so the diagram is filled once, for where it lands.
        const next = renderWindowAt(top, m.view);
        setWin((prev) => (sameRange(prev.range, next.range) ? prev : next));
      }
    };
    follow(playhead.get());
    followRef.current = follow;
    const off = playhead.on('change', follow);
    return () => {
      off();
      followRef.current = null;
    };
  }, [playhead, layout, scale, size, store]);
  // A narrow screen: how much of the view the narration covers depends on the page's scroll
  // and on the step's sentence, which is in the page only once React has committed the step.
  // Then (FollowAfterStep) it is measured and the playhead followed again, before the frame is
  // drawn.
  const followAfterStep = useCallback(() => {
    const el = scrollRef.current;
    if (!el || !overlaid.current || store.getState().playing) return;
    metrics.current.clear = clearOfNarration(el, metrics.current.view);
    followRef.current?.(playhead.get());
  }, [store, playhead]);

  useEffect(updateWindow, [updateWindow, size]);

  // Side by side, or one per screen width (a phone) with the viewport scrolling sideways
  // between them: then a diagram is brought into view by scrolling to its column.
  const stacked = traceCount > 1 && diagramWidth * traceCount > size.width;
  const sides = { protocols, profiles };
  const showColumn = useCallback(
    (k: number) => {
      const el = scrollRef.current;
      const left = k * (diagramWidth + 8);
      if (el && Math.abs(el.scrollLeft - left) > 1)
        el.scrollTo({ left, behavior: reducedMotion ? 'auto' : 'smooth' });
    },
    [diagramWidth, reducedMotion],
  );

  // Which diagram a phone shows (the narration speaks of it): read where the sideways scroll
  // came to rest, and again when the layout changes between stacked and side by side.
  const { setShownColumn } = useLabActions();
  const readShownColumn = useCallback(() => {
    const el = scrollRef.current;
    if (el) setShownColumn(stacked ? Math.round(el.scrollLeft / (diagramWidth + 8)) : null);
  }, [stacked, diagramWidth, setShownColumn]);
  useEffect(readShownColumn, [readShownColumn]);
  useEffect(() => () => setShownColumn(null), [setShownColumn]);
  const onScroll = () => {
    updateWindow();
    readShownColumn();
  };

  // Two diagrams side by side share one time axis only if they start at the same height: every
  // column's lane headers get the height of the tallest (a state that wraps, or a listening
  // socket's line, in one column only; app.css --lanes-even), measured again as states change.
  const columnsRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const columns = columnsRef.current;
    if (!columns || traceCount < 2) return;
    const lanes = Array.from(columns.querySelectorAll<HTMLElement>('.lane-header'));
    // How far below the top of its row each lane ends (app.css adds the padding below).
    const observer = new ResizeObserver(() => {
      const bottoms = lanes.map((l) => l.offsetTop + l.offsetHeight - l.parentElement!.offsetTop);
      columns.style.setProperty('--lanes-even', `${Math.max(...bottoms)}px`);
    });
    for (const lane of lanes) observer.observe(lane);
    return () => {
      observer.disconnect();
      columns.style.removeProperty('--lanes-even');
    };
  }, [traceCount, measured]);

  // Another scenario starts on the first diagram (two-way: the one that goes wrong), not on
  // whichever one a phone was left showing for the last scenario. Before the selection's
  // effect below, so a link's selected segment in the other diagram still brings that one.
  const scenarioId = useLab((s) => s.scenarioId);
  useEffect(() => {
    const el = scrollRef.current;
    if (el && el.scrollLeft > 0) el.scrollLeft = 0;
  }, [scenarioId]);

  // Selecting a segment of the other diagram (e.g. "Show the first different segment")
  // brings that diagram into view.
  const selectedTrace = useLab((s) => s.selected?.trace);
  useEffect(() => {
    if (stacked && selectedTrace !== undefined) showColumn(selectedTrace);
  }, [stacked, selectedTrace, showColumn]);

  return (
    // Focusable, so keyboard users can scroll the time axis with Up and Down (the other keys
    // stay shortcuts) even before there is a segment to focus (axe: scrollable-region-focusable).
    <div
      className="timeline-scroll"
      ref={scrollRef}
      onScroll={onScroll}
      tabIndex={0}
      role="group"
      aria-label={t('timeline.scrollRegion')}
    >
      <FollowAfterStep onStep={followAfterStep} />
      {size.width > 0 && (
        <div
          className="timeline-columns"
          ref={columnsRef}
          style={{
            width: traceCount > 1 ? diagramWidth * traceCount + 8 * (traceCount - 1) : undefined,
          }}
        >
          {Array.from({ length: traceCount }, (_, k) => (
            <section
              key={k}
              className="timeline-column"
              style={{ width: diagramWidth }}
              aria-label={traceCount > 1 ? t(sideLabelKey(sides, k)) : undefined}
              role={traceCount > 1 ? 'region' : undefined}
            >
              <div className="column-header" ref={k === 0 ? headerRef : undefined}>
                {/* One diagram per screen width (a phone): say that the other is beside it. */}
                {stacked && (
                  <button
                    type="button"
                    className="show-side"
                    aria-label={t('compare.showSide', { side: t(sideLabelKey(sides, 1 - k)) })}
                    onClick={() => showColumn(1 - k)}
                  >
                    {t(k === 0 ? 'compare.showNext' : 'compare.showPrevious', {
                      side: t(sideLabelKey(sides, 1 - k)),
                    })}
                  </button>
                )}
                {renderCaption?.(k)}
                <div className="lane-headers">
                  <LaneHeader traceIndex={k} host="client" />
                  <LaneHeader traceIndex={k} host="server" />
                </div>
              </div>
              <TraceDiagram
                traceIndex={k}
                layout={layout}
                scale={scale}
                height={height}
                window={win.range}
                view={win.view}
                reducedMotion={reducedMotion}
                onSegmentMenu={onSegmentMenu}
                onLaneClick={onLaneClick}
              >
                {renderOverlay?.(k, diagramWidth)}
              </TraceDiagram>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * Calls `onStep` once each step, seek or change of the diagram shown (a phone's other column)
 * has been committed, the narration's new sentence with it, before the frame is drawn. A step
 * between two events of one instant changes the index, not the time. On its own so that the
 * commits while playing, ten a second, re-render nothing else here.
 */
function FollowAfterStep({ onStep }: { onStep: () => void }) {
  const time = useLab((s) => s.time);
  const index = useLab((s) => s.index);
  const shownColumn = useLab((s) => s.shownColumn);
  useLayoutEffect(onStep, [time, index, shownColumn, onStep]);
  return null;
}

/**
 * How far down from the scroll view's top the narration leaves it uncovered (a narrow screen:
 * the narration sticks above the transport bar, over the view's lower part). Never less than the
 * view's upper 60% (the fixed share used before this was measured): a page scrolled so that the
 * view starts low, behind the narration, would otherwise leave the playhead nowhere to go.
 */
function clearOfNarration(view: HTMLElement, height: number): number {
  const narration = document.querySelector('.announcer');
  if (!narration) return height;
  const clear = narration.getBoundingClientRect().top - view.getBoundingClientRect().top;
  return Math.min(height, Math.max(0.6 * height, clear));
}
