// 简体中文 strings of the profile comparison's table of differences: the same keys and
// {placeholders} as messages.en.ts. Loaded only with the zh-CN bundle.
import type { DiffCatalogue } from './messages.en.ts';

export const diffMessagesZhCN: DiffCatalogue = {
  'diff.title': '差异',
  'diff.none': '两次运行完全相同：这个场景中没有任何行为取决于协议栈配置。',
  'diff.firstSegment': '第一个不同的报文段',
  'diff.schedule': '{host}发送 {flags} 的时刻',
  'diff.call': '{host}上的 {call}',
  'diff.timeWait': '{host}的 TIME-WAIT 持续',
  'diff.segment': '{time} 秒时{flags}',
  'diff.segmentRetransmitted': '{time} 秒时{flags}（重传）',
  'diff.nothingSent': '不再发送',
  'diff.times': '{times} 秒',
  'diff.never': '从未',
  'diff.outcomeOk': '{time} 秒时成功',
  'diff.outcome': '{time} 秒时{result}',
  'diff.show': '显示',
  'diff.showLabel': '显示第一个不同的报文段',
};
