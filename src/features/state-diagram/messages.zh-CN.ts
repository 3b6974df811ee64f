// 简体中文 labels for the state diagram: the same keys as messages.en.ts. Events and
// actions keep the RFC 9293 Figure 5 notation ("rcv SYN", "snd SYN,ACK"), as Chinese
// textbooks print the figure; the notes, headings and captions are translated.

import type { StateDiagramCatalogue } from './messages.en.ts';

export const stateDiagramMessagesZhCN: StateDiagramCatalogue = {
  // events (what causes a transition)
  'ev.passiveOpen': 'passive OPEN',
  'ev.activeOpen': 'active OPEN',
  'ev.close': 'CLOSE',
  'ev.send': 'SEND',
  'ev.abort': 'ABORT',
  'ev.crash': '崩溃',
  'ev.rcvSyn': 'rcv SYN',
  'ev.rcvSynAck': 'rcv SYN,ACK',
  'ev.rcvAckOfSyn': 'rcv ACK of SYN',
  'ev.rcvRst': 'rcv RST',
  'ev.rcvRstNote1': 'rcv RST（注 1）',
  'ev.rcvFin': 'rcv FIN',
  'ev.rcvFinAcked': 'rcv FIN（注 2）',
  'ev.rcvAckOfFin': 'rcv ACK of FIN',
  'ev.timeout2msl': 'Timeout=2MSL',
  'ev.giveUp': '放弃重传',
  'ev.rcvSynTwoWay': 'rcv SYN（两次握手）',
  'ev.rcvSynNewIn': 'rcv 新 SYN（RFC 1122）',
  'ev.rcvSynLegacy': 'rcv 窗口内 SYN（RFC 793）',
  'ev.rcvCookieAck': 'rcv ACK（Cookie 有效）',
  'ev.resetNote3': '复位（注 3）、中止或超时',
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
  'act.stateLost': '状态全部丢失',
  // panel
  'panel.title.client': '客户端状态机',
  'panel.title.server': '服务器状态机',
  'panel.label': '{title}：当前状态 {state}。',
  'panel.labelWithLast':
    '{title}：当前状态 {state}；最近一次转换 {from} → {to}（{event} / {action}）。',
  'panel.lastCaption': '{from} → {to}：{event} / {action}',
  'panel.noTransition': '尚无状态转换。',
  'panel.legendTwoWay': '虚线：仅两次握手协议',
};
