// RFC 9293 Figure 5 (TCP Connection State Diagram) as data: the eleven states laid out
// by hand in the figure's own arrangement, every transition with its event / action
// label, the figure's notes 1–3, and the two transitions only the two-way contrast
// protocol takes. Pure: the SVG component draws from this; tests check it against the
// transitions the engine can emit.

import type { TcpState } from '../../core/trace.ts';
import type { StateDiagramKey } from './messages.en.ts';

export const VIEW_WIDTH = 660;
export const VIEW_HEIGHT = 720;
export const NODE_WIDTH = 136;
export const NODE_HEIGHT = 40;

export interface DiagramNode {
  /** Unique id; CLOSED is drawn twice, as in the RFC (top, and bottom right). */
  id: string;
  state: TcpState;
  /** Centre. */
  x: number;
  y: number;
}

export const NODES: readonly DiagramNode[] = [
  { id: 'CLOSED', state: 'CLOSED', x: 330, y: 30 },
  { id: 'LISTEN', state: 'LISTEN', x: 330, y: 140 },
  { id: 'SYN-RECEIVED', state: 'SYN-RECEIVED', x: 90, y: 250 },
  { id: 'SYN-SENT', state: 'SYN-SENT', x: 570, y: 250 },
  { id: 'ESTABLISHED', state: 'ESTABLISHED', x: 330, y: 360 },
  { id: 'FIN-WAIT-1', state: 'FIN-WAIT-1', x: 90, y: 470 },
  { id: 'CLOSE-WAIT', state: 'CLOSE-WAIT', x: 570, y: 470 },
  { id: 'FIN-WAIT-2', state: 'FIN-WAIT-2', x: 90, y: 580 },
  { id: 'CLOSING', state: 'CLOSING', x: 330, y: 580 },
  { id: 'LAST-ACK', state: 'LAST-ACK', x: 570, y: 580 },
  { id: 'TIME-WAIT', state: 'TIME-WAIT', x: 260, y: 682 },
  { id: 'CLOSED-2', state: 'CLOSED', x: 570, y: 682 },
];

/**
 * figure: drawn in RFC 9293 Figure 5. note: a transition the figure's notes describe
 * (note 2 drawn dashed; note 3 "reset/abort/timeout to CLOSED" drawn only when taken).
 * two-way: only the two-way contrast protocol takes it (drawn dashed in two-way mode).
 */
export type EdgeKind = 'figure' | 'note' | 'implicit' | 'two-way';

export interface EdgeLabel {
  event: StateDiagramKey;
  action: StateDiagramKey;
}

export interface DiagramEdge {
  id: string;
  /** Node ids (not states: CLOSED has two boxes). */
  from: string;
  to: string;
  kind: EdgeKind;
  /** The figure's label. */
  label: EdgeLabel;
  /** Engine rules (tcp-notes §2.5 names) that take this transition with the figure's label. */
  rules: readonly string[];
  /**
   * What the two-way protocol does on this transition instead, where it differs: its client
   * answers the SYN-ACK with nothing (tcp-host.ts, SS-4).
   */
  twoWay?: EdgeLabel;
  /** Other rules that take the same transition for another reason, with their own label. */
  variants?: readonly (EdgeLabel & { rules: readonly string[] })[];
  /** SVG path: start, optional quadratic control point, end. */
  path: { from: [number, number]; control?: [number, number]; to: [number, number] };
  /** Where the two-line label goes (first line's baseline) and how it is anchored. */
  labelAt: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

const L = (event: StateDiagramKey, action: StateDiagramKey): EdgeLabel => ({ event, action });

/** The RFC 9293 note 3 transitions to CLOSED: a valid reset, ABORT, the R2 give-up, a crash. */
const NOTE3_VARIANTS = [
  { ...L('ev.rcvRst', 'act.deleteTcb'), rules: ['O-2'] },
  { ...L('ev.abort', 'act.sndRst'), rules: ['U-ABORT'] },
  // R2 (and Linux's SYN,ACK retries) run out: the TCB goes without a word (tcp-host.ts).
  { ...L('ev.giveUp', 'act.deleteTcb'), rules: ['T-RTO/give-up'] },
  { ...L('ev.crash', 'act.stateLost'), rules: ['crash'] },
  { ...L('ev.rcvSynLegacy', 'act.sndRst'), rules: ['O-4'] },
] as const;

export const EDGES: readonly DiagramEdge[] = [
  // ── opening ──
  {
    id: 'closed-listen',
    from: 'CLOSED',
    to: 'LISTEN',
    kind: 'figure',
    label: L('ev.passiveOpen', 'act.createTcb'),
    rules: ['U-OPEN'],
    path: { from: [310, 50], to: [310, 120] },
    labelAt: { x: 302, y: 80, anchor: 'end' },
  },
  {
    id: 'listen-closed',
    from: 'LISTEN',
    to: 'CLOSED',
    kind: 'figure',
    label: L('ev.close', 'act.deleteTcb'),
    rules: ['U-CLOSE'],
    variants: [
      { ...L('ev.abort', 'act.deleteTcb'), rules: ['U-ABORT'] },
      { ...L('ev.crash', 'act.stateLost'), rules: ['crash'] },
    ],
    path: { from: [350, 120], to: [350, 50] },
    labelAt: { x: 358, y: 80, anchor: 'start' },
  },
  {
    id: 'closed-synsent',
    from: 'CLOSED',
    to: 'SYN-SENT',
    kind: 'figure',
    label: L('ev.activeOpen', 'act.createTcbSndSyn'),
    rules: ['U-OPEN'],
    path: { from: [398, 22], control: [640, 22], to: [620, 230] },
    labelAt: { x: 650, y: 60, anchor: 'end' },
  },
  {
    id: 'synsent-closed',
    from: 'SYN-SENT',
    to: 'CLOSED',
    kind: 'figure',
    label: L('ev.close', 'act.deleteTcb'),
    rules: ['U-CLOSE'],
    variants: [
      { ...L('ev.rcvRst', 'act.deleteTcb'), rules: ['SS-2'] },
      ...NOTE3_VARIANTS.filter((v) => v.rules[0] !== 'O-2' && v.rules[0] !== 'O-4'),
    ],
    path: { from: [590, 230], control: [560, 40], to: [398, 40] },
    labelAt: { x: 520, y: 110, anchor: 'end' },
  },
  {
    id: 'listen-synrcvd',
    from: 'LISTEN',
    to: 'SYN-RECEIVED',
    kind: 'figure',
    label: L('ev.rcvSyn', 'act.sndSynAck'),
    rules: ['L-3'],
    path: { from: [262, 152], control: [150, 165], to: [120, 230] },
    labelAt: { x: 190, y: 182, anchor: 'end' },
  },
  {
    id: 'listen-synsent',
    from: 'LISTEN',
    to: 'SYN-SENT',
    kind: 'figure',
    label: L('ev.send', 'act.sndSyn'),
    rules: [],
    path: { from: [398, 152], control: [510, 165], to: [540, 230] },
    labelAt: { x: 434, y: 190, anchor: 'start' },
  },
  {
    id: 'synsent-synrcvd',
    from: 'SYN-SENT',
    to: 'SYN-RECEIVED',
    kind: 'figure',
    label: L('ev.rcvSyn', 'act.sndSynAck'),
    rules: ['SS-4'],
    path: { from: [502, 256], to: [158, 256] },
    labelAt: { x: 420, y: 248, anchor: 'middle' },
  },
  {
    id: 'synrcvd-listen',
    from: 'SYN-RECEIVED',
    to: 'LISTEN',
    kind: 'figure',
    label: L('ev.rcvRstNote1', 'act.none'),
    rules: ['O-2'],
    variants: [{ ...L('ev.rcvSynNewIn', 'act.none'), rules: ['O-4'] }],
    path: { from: [60, 230], control: [60, 132], to: [262, 132] },
    labelAt: { x: 70, y: 160, anchor: 'start' },
  },
  {
    id: 'synrcvd-established',
    from: 'SYN-RECEIVED',
    to: 'ESTABLISHED',
    kind: 'figure',
    label: L('ev.rcvAckOfSyn', 'act.none'),
    rules: ['O-5'],
    path: { from: [130, 270], control: [170, 345], to: [262, 350] },
    labelAt: { x: 176, y: 300, anchor: 'start' },
  },
  {
    id: 'synsent-established',
    from: 'SYN-SENT',
    to: 'ESTABLISHED',
    kind: 'figure',
    label: L('ev.rcvSynAck', 'act.sndAck'),
    twoWay: L('ev.rcvSynAck', 'act.none'),
    rules: ['SS-4'],
    path: { from: [530, 270], control: [490, 345], to: [398, 350] },
    labelAt: { x: 484, y: 300, anchor: 'end' },
  },
  {
    id: 'listen-established-2wh',
    from: 'LISTEN',
    to: 'ESTABLISHED',
    kind: 'two-way',
    label: L('ev.rcvSynTwoWay', 'act.sndSynAck'),
    rules: ['L-3/2WH'],
    // SYN cookies: the ACK that returns a valid cookie opens the connection straight from
    // LISTEN (RFC 4987 §3.6), with nothing sent.
    variants: [{ ...L('ev.rcvCookieAck', 'act.createTcb'), rules: ['L-2/syncookie'] }],
    path: { from: [330, 160], to: [330, 340] },
    labelAt: { x: 322, y: 196, anchor: 'end' },
  },
  {
    id: 'synsent-established-2wh',
    from: 'SYN-SENT',
    to: 'ESTABLISHED',
    kind: 'two-way',
    label: L('ev.rcvSynTwoWay', 'act.sndSynAck'),
    rules: ['SS-4/2WH'],
    path: { from: [600, 270], control: [600, 372], to: [398, 372] },
    labelAt: { x: 652, y: 340, anchor: 'end' },
  },
  // ── closing ──
  {
    id: 'synrcvd-finwait1',
    from: 'SYN-RECEIVED',
    to: 'FIN-WAIT-1',
    kind: 'figure',
    label: L('ev.close', 'act.sndFin'),
    rules: ['U-CLOSE'],
    path: { from: [40, 270], to: [40, 450] },
    labelAt: { x: 48, y: 340, anchor: 'start' },
  },
  {
    id: 'established-finwait1',
    from: 'ESTABLISHED',
    to: 'FIN-WAIT-1',
    kind: 'figure',
    label: L('ev.close', 'act.sndFin'),
    rules: ['U-CLOSE', 'O-5'],
    path: { from: [280, 380], control: [220, 455], to: [158, 462] },
    labelAt: { x: 236, y: 412, anchor: 'end' },
  },
  {
    id: 'established-closewait',
    from: 'ESTABLISHED',
    to: 'CLOSE-WAIT',
    kind: 'figure',
    label: L('ev.rcvFin', 'act.sndAck'),
    rules: ['O-8'],
    path: { from: [380, 380], control: [440, 455], to: [502, 462] },
    labelAt: { x: 424, y: 412, anchor: 'start' },
  },
  {
    id: 'finwait1-finwait2',
    from: 'FIN-WAIT-1',
    to: 'FIN-WAIT-2',
    kind: 'figure',
    label: L('ev.rcvAckOfFin', 'act.none'),
    rules: ['O-5'],
    path: { from: [40, 490], to: [40, 560] },
    labelAt: { x: 48, y: 522, anchor: 'start' },
  },
  {
    id: 'finwait1-closing',
    from: 'FIN-WAIT-1',
    to: 'CLOSING',
    kind: 'figure',
    label: L('ev.rcvFin', 'act.sndAck'),
    rules: ['O-8'],
    path: { from: [158, 480], control: [300, 490], to: [310, 560] },
    labelAt: { x: 246, y: 512, anchor: 'start' },
  },
  {
    id: 'finwait1-timewait',
    from: 'FIN-WAIT-1',
    to: 'TIME-WAIT',
    kind: 'note',
    label: L('ev.rcvFinAcked', 'act.sndAck'),
    rules: ['O-8'],
    path: { from: [140, 490], control: [200, 560], to: [236, 662] },
    labelAt: { x: 206, y: 622, anchor: 'end' },
  },
  {
    id: 'closewait-lastack',
    from: 'CLOSE-WAIT',
    to: 'LAST-ACK',
    kind: 'figure',
    label: L('ev.close', 'act.sndFin'),
    rules: ['U-CLOSE', 'O-5'],
    path: { from: [600, 490], to: [600, 560] },
    labelAt: { x: 592, y: 522, anchor: 'end' },
  },
  {
    id: 'finwait2-timewait',
    from: 'FIN-WAIT-2',
    to: 'TIME-WAIT',
    kind: 'figure',
    label: L('ev.rcvFin', 'act.sndAck'),
    rules: ['O-8'],
    path: { from: [60, 600], control: [60, 682], to: [192, 682] },
    labelAt: { x: 54, y: 630, anchor: 'end' },
  },
  {
    id: 'closing-timewait',
    from: 'CLOSING',
    to: 'TIME-WAIT',
    kind: 'figure',
    label: L('ev.rcvAckOfFin', 'act.none'),
    rules: ['O-5'],
    path: { from: [330, 600], control: [330, 640], to: [300, 662] },
    labelAt: { x: 340, y: 626, anchor: 'start' },
  },
  {
    id: 'lastack-closed',
    from: 'LAST-ACK',
    to: 'CLOSED-2',
    kind: 'figure',
    label: L('ev.rcvAckOfFin', 'act.none'),
    rules: ['O-5'],
    variants: NOTE3_VARIANTS.filter((v) => v.rules[0] !== 'O-4'),
    path: { from: [600, 600], to: [600, 662] },
    labelAt: { x: 592, y: 626, anchor: 'end' },
  },
  {
    id: 'timewait-closed',
    from: 'TIME-WAIT',
    to: 'CLOSED-2',
    kind: 'figure',
    label: L('ev.timeout2msl', 'act.deleteTcb'),
    rules: ['T-2MSL'],
    variants: NOTE3_VARIANTS.filter((v) => v.rules[0] !== 'O-4'),
    path: { from: [328, 690], to: [502, 690] },
    labelAt: { x: 415, y: 682, anchor: 'middle' },
  },
  // ── note 3: a reset, ABORT, give-up or crash from a state the figure gives no such arrow ──
  ...(
    [
      ['SYN-RECEIVED', 'CLOSED', [30, 230], [20, 20], [262, 22]],
      ['ESTABLISHED', 'CLOSED-2', [398, 366], [470, 600], [520, 662]],
      ['FIN-WAIT-1', 'CLOSED-2', [120, 490], [420, 640], [502, 676]],
      ['FIN-WAIT-2', 'CLOSED-2', [158, 592], [420, 650], [502, 680]],
      ['CLOSE-WAIT', 'CLOSED-2', [640, 470], [655, 600], [608, 676]],
      ['CLOSING', 'CLOSED-2', [388, 592], [470, 640], [510, 662]],
    ] as const
  ).map(([from, to, start, control, end]): DiagramEdge => ({
    id: `${from.toLowerCase()}-closed-note3`,
    from,
    to,
    kind: 'implicit',
    label: L('ev.resetNote3', 'act.deleteTcb'),
    rules: [],
    variants: NOTE3_VARIANTS,
    path: { from: [...start], control: [...control], to: [...end] },
    labelAt: { x: (start[0] + end[0]) / 2, y: (start[1] + end[1]) / 2, anchor: 'middle' },
  })),
];

const NODE_BY_ID = new Map(NODES.map((n) => [n.id, n]));

export function nodeById(id: string): DiagramNode | undefined {
  return NODE_BY_ID.get(id);
}

/** Node ids showing a state (CLOSED has two). */
export function nodesOfState(state: TcpState): DiagramNode[] {
  return NODES.filter((n) => n.state === state);
}

export interface Transition {
  from: TcpState;
  to: TcpState;
  /** The engine rule, when known; picks between edges and label variants. */
  rule?: string;
}

export interface EdgeMatch {
  edge: DiagramEdge;
  /** The label for this particular rule (a variant's, or the figure's). */
  label: EdgeLabel;
}

function stateOf(nodeId: string): TcpState | undefined {
  return NODE_BY_ID.get(nodeId)?.state;
}

/**
 * The drawn edge for a transition the engine took, and the label that explains it.
 * An exact rule match wins (e.g. SS-4/2WH picks the two-way edge), then a variant's
 * rule, then any edge between the two states; undefined if the figure has none.
 */
export function findEdge(t: Transition): EdgeMatch | undefined {
  const candidates = EDGES.filter((e) => stateOf(e.from) === t.from && stateOf(e.to) === t.to);
  if (candidates.length === 0) return undefined;
  if (t.rule !== undefined) {
    for (const edge of candidates)
      if (edge.rules.includes(t.rule)) return { edge, label: edge.label };
    for (const edge of candidates) {
      const v = edge.variants?.find((x) => x.rules.includes(t.rule!));
      if (v) return { edge, label: { event: v.event, action: v.action } };
    }
  }
  const edge = candidates.find((e) => e.kind !== 'two-way') ?? candidates[0]!;
  return { edge, label: edge.label };
}

/** The label to show for `label` on `edge` under `protocol`: the two-way one where it differs. */
export function labelFor(
  edge: DiagramEdge,
  label: EdgeLabel,
  protocol: 'three-way' | 'two-way',
): EdgeLabel {
  return protocol === 'two-way' && edge.twoWay && label === edge.label ? edge.twoWay : label;
}

/** "M x y Q cx cy x y" for an edge. */
export function edgePathD(edge: DiagramEdge): string {
  const { from, control, to } = edge.path;
  return control
    ? `M ${from[0]} ${from[1]} Q ${control[0]} ${control[1]} ${to[0]} ${to[1]}`
    : `M ${from[0]} ${from[1]} L ${to[0]} ${to[1]}`;
}
