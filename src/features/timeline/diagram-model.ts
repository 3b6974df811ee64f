// Everything drawn on one diagram, laid out once per (trace, width): state bands, timer spans,
// lane annotations (state names, application calls, timers, anomalies) and segment arrows, each
// with the event index at which it appears. Rendering then filters by (applied, window).
import type { HostName, TcpState } from '../../core/trace.ts';
import type { TimeScale } from '../../state/time-scale.ts';
import type { SegmentInfo, TraceIndex } from '../../state/trace-index.ts';
import type { Translate } from '../../app/i18n/i18n.tsx';
import { LONG_ARROW_PX, placeArrowLabels, separateTwins } from './arrow-labels.ts';
import { crowdedFlags } from './crowding.ts';
import { labelFontSize, stackLabels, yOf, type LaneLayout } from './geometry.ts';

export interface BandPiece {
  key: string;
  host: HostName;
  listener: boolean;
  state: TcpState;
  /** Appears once this many events are applied. */
  appearsAt: number;
  /** Index of the event that ends it (the next state change), or null if it lasts to the end. */
  endsAt: number | null;
  x: number;
  width: number;
  y0: number;
  y1: number;
}

export interface TimerPiece {
  key: string;
  host: HostName;
  appearsAt: number;
  x: number;
  y0: number;
  y1: number;
  /** When its end (fire/cancel) happens; null if it was pending at the end of the run. */
  endsAt: number | null;
  outcome: 'fire' | 'cancel' | 'pending';
}

export type AnnotationKind = 'state' | 'app' | 'timer' | 'anomaly';

export interface Annotation {
  key: string;
  host: HostName;
  kind: AnnotationKind;
  appearsAt: number;
  /** The moment it belongs to, and where the label sits after stacking. */
  anchorY: number;
  y: number;
  text: string;
  /** For state labels: the state, for colouring. */
  state?: TcpState;
  failed?: boolean;
  /** A state inferred from a capture, not simulated: drawn differently. */
  inferred?: boolean;
  /** A state of a socket drawn beside another open one: labelled only near its moment. */
  beside?: boolean;
}

export interface ArrowPiece {
  key: string;
  info: SegmentInfo;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Appears when `info.sendIndex` is applied; arrives/drops at `info.endIndex`. */
  yMin: number;
  yMax: number;
  /** Overlapped by many others (crowding.ts): drawn in a shared path, without its label. */
  crowded: boolean;
  /** Where its label is centred (arrow-labels.ts): on the arrow, by default its midpoint. */
  labelX: number;
  labelY: number;
  /**
   * A forged segment's label where another label already is: not drawn (a flood's dozens of
   * identical SYNs would print over each other); its name and the inspector still say all.
   */
  labelHidden?: boolean;
}

export interface DiagramModel {
  bands: BandPiece[];
  timers: TimerPiece[];
  annotations: Annotation[];
  arrows: ArrowPiece[];
  endY: number;
}

const MAX_TRACKS = 4;

/** How far above its arrival a forged segment's short arrow starts (px). */
const FORGED_RISE_PX = 32;

/** How far (in label rows) a call or timer label may be pushed below its moment. */
const MAX_LABEL_DRIFT_GAPS = 4;

/**
 * Whether the profile holds TIME-WAIT for a fixed time instead of RFC 9293's 2×MSL: Linux
 * waits TCP_TIMEWAIT_LEN, 60 s, whatever the MSL (core/profile.ts timeWaitMs, which the first
 * frame's bundle leaves out; geometry.test.ts checks the two agree).
 */
export function fixesTimeWait(profile: string): boolean {
  return profile === 'linux';
}

export function buildDiagramModel(
  index: TraceIndex,
  eventCount: number,
  endTime: number,
  layout: LaneLayout,
  scale: TimeScale,
  t: Translate,
): DiagramModel {
  const y = (time: number) => yOf(layout, scale, time);
  const endY = y(endTime) + 40;
  const outward = (host: HostName) => (host === 'client' ? -1 : 1);

  // State bands: one track per connection socket that overlaps another; listeners are a strip.
  const bands: BandPiece[] = [];
  const bySocket = new Map<string, typeof index.stateChanges>();
  for (const c of index.stateChanges) {
    const list = bySocket.get(c.socket) ?? [];
    list.push(c);
    bySocket.set(c.socket, list);
  }
  const trackEnds: Record<HostName, number[]> = { client: [], server: [] };
  /** Sockets drawn beside another open one (a flood's half-open connections): track > 0. */
  const besideAnother = new Set<string>();
  for (const [socket, changes] of bySocket) {
    const first = changes[0]!;
    const host = first.host;
    const listener = index.listenerSockets.has(socket);
    const lastChange = changes[changes.length - 1]!;
    const lifeEnd =
      lastChange.to === 'CLOSED' || (!listener && lastChange.to === 'LISTEN')
        ? lastChange.t
        : endTime;
    let track = 0;
    if (!listener) {
      const ends = trackEnds[host];
      track = ends.findIndex((e) => e <= first.t);
      if (track < 0) track = ends.length;
      ends[track] = lifeEnd;
      track = Math.min(track, MAX_TRACKS - 1);
      if (track > 0) besideAnother.add(socket);
    }
    const width = listener ? 4 : track === 0 ? layout.bandWidth : layout.bandWidth * 0.6;
    const x = listener
      ? layout.bandX[host] + outward(host) * (layout.bandWidth / 2 + 3) - 2
      : layout.bandX[host] - width / 2 - outward(host) * track * (layout.bandWidth * 0.7);
    changes.forEach((c, i) => {
      const next = changes[i + 1];
      const t1 = next ? next.t : endTime;
      if (c.to === 'CLOSED' || (!listener && c.to === 'LISTEN')) return;
      bands.push({
        key: `${socket}:${i}`,
        host,
        listener,
        state: c.to,
        appearsAt: c.index,
        endsAt: next ? next.index : null,
        x,
        width,
        y0: y(c.t),
        y1: next ? y(t1) : endY,
      });
    });
  }

  const timers: TimerPiece[] = index.timers.map((tm, i) => ({
    key: `timer${i}`,
    host: tm.host,
    appearsAt: tm.setIndex,
    x: layout.edgeX[tm.host] - outward(tm.host) * 5,
    y0: y(tm.setT),
    y1: tm.outcome === 'pending' ? Math.min(y(tm.endT), endY) : y(tm.endT),
    endsAt: tm.endIndex,
    outcome: tm.outcome,
  }));

  // Lane annotations in event order, stacked per lane so none overlaps.
  const raw: Omit<Annotation, 'y'>[] = [];
  for (const c of index.stateChanges) {
    if (c.listener && c.to === 'LISTEN') {
      raw.push({
        key: `st${c.index}`,
        host: c.host,
        kind: 'state',
        appearsAt: c.index,
        anchorY: y(c.t),
        text: c.to,
        state: c.to,
        ...(c.rule === 'inferred' ? { inferred: true } : {}),
      });
      continue;
    }
    // A child socket's birth (LISTEN → SYN-RECEIVED) reads as its first state.
    raw.push({
      key: `st${c.index}`,
      host: c.host,
      kind: 'state',
      appearsAt: c.index,
      anchorY: y(c.t),
      text: c.to === 'LISTEN' ? t('lane.returnedToListen') : c.to,
      state: c.to,
      ...(c.rule === 'inferred' ? { inferred: true } : {}),
      ...(besideAnother.has(c.socket) ? { beside: true } : {}),
    });
  }
  for (const [i, m] of index.appMarks.entries()) {
    const callText =
      m.call === 'send'
        ? t('app.call.send', { bytes: m.bytes ?? 0 })
        : m.call === 'receive'
          ? t('app.call.receive', { bytes: m.bytes ?? 0 })
          : t(`app.call.${m.call}`);
    const blocked = m.startT < m.t || m.result === null;
    if (blocked) {
      raw.push({
        key: `call${i}`,
        host: m.host,
        kind: 'app',
        appearsAt: m.startIndex,
        anchorY: y(m.startT),
        text: t('app.call.blocking', { call: callText }),
      });
    }
    if (m.result === null) continue;
    const failed = m.result !== 'ok' && !(m.call === 'receive' && m.result === 'closing');
    const text =
      (m.call === 'receive' || m.call === 'send') && !failed
        ? callText
        : failed
          ? t('app.result.fail', {
              // A failed recv() returned no bytes: "recv() → reset", not "recv() → 0 B".
              call: m.call === 'receive' ? t('app.call.receiveFailed') : callText,
              result: t(`app.outcome.${m.result}`),
            })
          : blocked || m.call === 'accept' || m.call === 'listen' || m.call === 'connect'
            ? t('app.result.ok', { call: callText })
            : callText;
    raw.push({
      key: `ret${i}`,
      host: m.host,
      kind: 'app',
      appearsAt: m.index,
      anchorY: y(m.t),
      text,
      failed,
    });
  }
  for (const [i, tm] of index.timers.entries()) {
    if (tm.timer === 'retransmit') {
      // Restarted at the very moment it was set (an ACK for new data restarts it, RFC 6298
      // 5.3, and a burst of ACKs arrives at once): it never ran, and its label would only
      // stack "RTO 1000 ms" dozens of times at one moment. The timer that goes on keeps it.
      if (tm.outcome === 'cancel' && tm.endT === tm.setT) continue;
      raw.push({
        key: `tset${i}`,
        host: tm.host,
        kind: 'timer',
        appearsAt: tm.setIndex,
        anchorY: y(tm.setT),
        text: t('timeline.rto', { ms: tm.rto ?? tm.due - tm.setT }),
      });
      if (tm.outcome === 'fire' && tm.endIndex !== null) {
        raw.push({
          key: `tfire${i}`,
          host: tm.host,
          kind: 'timer',
          appearsAt: tm.endIndex,
          anchorY: y(tm.endT),
          text: t('timeline.timerFired'),
        });
      }
    } else {
      raw.push({
        key: `tset${i}`,
        host: tm.host,
        kind: 'timer',
        appearsAt: tm.setIndex,
        anchorY: y(tm.setT),
        text: fixesTimeWait(index.profile)
          ? t('timeline.timeWaitFixed', { s: Math.round((tm.due - tm.setT) / 1000) })
          : t('timeline.timeWait'),
      });
    }
  }
  for (const [i, a] of index.anomalies.entries()) {
    raw.push({
      key: `an${i}`,
      host: a.anomaly.host,
      kind: 'anomaly',
      appearsAt: a.index,
      anchorY: y(a.anomaly.t),
      text: `⚠ ${t(layout.labelWidth < 190 ? `anomaly.short.${a.anomaly.kind}` : `anomaly.${a.anomaly.kind}`)}`,
      failed: true,
    });
  }
  const annotations: Annotation[] = [];
  const gap = labelFontSize(layout) + 5;
  // On a phone the lane columns are narrow: states and anomalies only.
  const shown = layout.compact
    ? raw.filter((a) => a.kind === 'state' || a.kind === 'anomaly')
    : raw;
  for (const host of ['client', 'server'] as const) {
    const mine = shown
      .filter((a) => a.host === host)
      .sort((a, b) => a.anchorY - b.anchorY || a.appearsAt - b.appearsAt);
    // States and anomalies are always labelled, except the states of a socket drawn beside
    // another (a flood's many half-open connections: their band shows them); calls and timers
    // only near their moment.
    const ys = stackLabels(
      mine.map((a) => a.anchorY + layout.fontSize * 0.35),
      gap,
      mine.map((a) => a.kind === 'app' || a.kind === 'timer' || a.beside === true),
      gap * MAX_LABEL_DRIFT_GAPS,
    );
    mine.forEach((a, i) => {
      const y = ys[i];
      if (y !== null && y !== undefined) annotations.push({ ...a, y });
    });
  }

  const arrows: ArrowPiece[] = index.segments.map((info) => arrowFor(info, layout, y, endY));
  crowdedFlags(arrows, LONG_ARROW_PX).forEach((crowded, i) => (arrows[i]!.crowded = crowded));
  placeArrowLabels(arrows, layout, t, annotations, separateTwins(arrows));
  return { bands, timers, annotations, arrows, endY };
}

/** The arrow of one segment: send point on the sender's edge to arrival (or loss) point. */
export function arrowFor(
  info: SegmentInfo,
  layout: LaneLayout,
  y: (t: number) => number,
  endY: number,
): ArrowPiece {
  const xFrom = layout.edgeX[info.from];
  const xTo = layout.edgeX[info.to];
  let x0 = xFrom;
  let y0 = y(info.sendT);
  let x1 = xTo;
  const y1 = info.endT !== null ? y(info.endT) : endY;
  if (info.fromPast && info.segment.spoofed) {
    // A forged segment (a flood's SYN with a made-up source): not from the client, and not
    // from the past either: it enters short, from the middle of the link (someone on the way).
    x0 = xFrom + (xTo - xFrom) * 0.5;
    y0 = Math.max(4, y1 - FORGED_RISE_PX);
  } else if (info.fromPast) {
    // An old segment from an earlier incarnation: it enters from above the diagram's present.
    y0 = Math.max(4, y1 - 140);
    x0 = xFrom + (xTo - xFrom) * -0.02;
  }
  if (info.end === 'drop') {
    x1 = xFrom + (xTo - xFrom) * info.dropFraction;
  }
  if (info.endT === null && !info.fromPast) {
    x1 = xFrom + (xTo - xFrom) * 0.9;
  }
  return {
    key: `seg${info.id}`,
    info,
    x0,
    y0,
    x1,
    y1,
    yMin: Math.min(y0, y1),
    yMax: Math.max(y0, y1),
    crowded: false,
    labelX: (x0 + x1) / 2,
    labelY: (y0 + y1) / 2,
  };
}
