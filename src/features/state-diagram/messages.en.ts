// English labels for the state diagram: the event / action text of RFC 9293 Figure 5
// (kept in the RFC's own notation) and the panel's accessible names. Another language
// implements StateDiagramCatalogue with the same keys.

import type { Catalogue } from '../narration/template.ts';

export const stateDiagramMessagesEn = {
  // events (what causes a transition)
  'ev.passiveOpen': 'passive OPEN',
  'ev.activeOpen': 'active OPEN',
  'ev.close': 'CLOSE',
  'ev.send': 'SEND',
  'ev.abort': 'ABORT',
  'ev.crash': 'crash',
  'ev.rcvSyn': 'rcv SYN',
  'ev.rcvSynAck': 'rcv SYN,ACK',
  'ev.rcvAckOfSyn': 'rcv ACK of SYN',
  'ev.rcvRst': 'rcv RST',
  'ev.rcvRstNote1': 'rcv RST (note 1)',
  'ev.rcvFin': 'rcv FIN',
  'ev.rcvFinAcked': 'rcv FIN (note 2)',
  'ev.rcvAckOfFin': 'rcv ACK of FIN',
  'ev.timeout2msl': 'Timeout=2MSL',
  'ev.giveUp': 'retransmission gives up',
  'ev.rcvSynTwoWay': 'rcv SYN (two-way)',
  'ev.rcvSynNewIn': 'rcv new SYN (RFC 1122)',
  'ev.rcvSynLegacy': 'rcv SYN in window (RFC 793)',
  'ev.rcvCookieAck': 'rcv ACK with a valid cookie',
  'ev.resetNote3': 'reset (note 3), abort or timeout',
  // actions (what the host does)
  'act.createTcb': 'create TCB',
  'act.createTcbSndSyn': 'create TCB, snd SYN',
  'act.deleteTcb': 'delete TCB',
  'act.sndSyn': 'snd SYN',
  'act.sndSynAck': 'snd SYN,ACK',
  'act.sndAck': 'snd ACK',
  'act.sndFin': 'snd FIN',
  'act.sndRst': 'snd RST',
  'act.none': 'x',
  'act.stateLost': 'all state lost',
  // panel
  'panel.title.client': 'Client state machine',
  'panel.title.server': 'Server state machine',
  'panel.label': '{title}: current state {state}.',
  'panel.labelWithLast':
    '{title}: current state {state}; last transition {from} → {to} ({event} / {action}).',
  'panel.lastCaption': '{from} → {to}: {event} / {action}',
  'panel.noTransition': 'No transition yet.',
  'panel.legendTwoWay': 'Dashed: two-way protocol only',
} as const;

export type StateDiagramKey = keyof typeof stateDiagramMessagesEn;
export type StateDiagramCatalogue = Catalogue<StateDiagramKey>;
