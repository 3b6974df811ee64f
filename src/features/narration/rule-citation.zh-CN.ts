// 简体中文: where a rule is written (rule-citation.ts), same keys and placeholders.
import type { Catalogue } from './template.ts';
import type { CitationKey } from './rule-citation.ts';

export const ruleCitationMessagesZhCN: Catalogue<CitationKey> = {
  'cite.closed': 'RFC 9293 §3.10.7.1，无连接',
  'cite.check': 'RFC 9293 §{section} 第{nth}项检查',
  'cite.nth1': '一',
  'cite.nth2': '二',
  'cite.nth3': '三',
  'cite.nth4': '四',
  'cite.nth5': '五',
  'cite.nth6': '六',
  'cite.nth7': '七',
  'cite.nth8': '八',
  'cite.call': 'RFC 9293 §{section}，{call} 调用',
  'cite.rto': 'RFC 9293 §3.10.8，重传超时',
  'cite.giveUp': 'RFC 9293 §3.8.3，放弃重传',
  'cite.timeWait': 'RFC 9293 §3.10.8，TIME-WAIT 超时',
  'cite.challenge': '{base}，RFC 5961 §{section} 挑战 ACK',
  'cite.syncookie': '{base}，使用 SYN cookie，见 RFC 4987 §3.6',
  'cite.backlogFull': '{base}，半连接队列已满',
  'cite.twoWayChanged': '{base}，经两次握手协议修改',
  'cite.twoWay': '两次握手协议',
  'cite.crash': '主机崩溃',
};
