// 简体中文 strings of the fault controls: the same keys and {placeholders} as messages.en.ts.
// Loaded only with the zh-CN bundle (src/app/i18n/zh-CN.bundle.ts).
import type { FaultsCatalogue } from './messages.en.ts';

export const faultsMessagesZhCN: FaultsCatalogue = {
  'faults.title': '故障',
  'faults.listLabel': '生效的故障规则',
  'faults.none': '没有故障：网络会送达所有报文段。',
  'faults.forSegment': '破坏 {segment}',
  'faults.drop': '丢弃',
  'faults.delay': '延迟',
  'faults.delayMs': '额外延迟（毫秒）',
  'faults.duplicate': '复制',
  'faults.duplicateMs': '副本晚到（毫秒）',
  'faults.close': '关闭',
  'faults.remove': '移除',
  'faults.removeFault': '移除故障：{fault}',
  'faults.onSegment': '这个报文段上已有：',
  'faults.added': '已加入：{fault}。播放或单步前进即可看到。',
  'faults.rule.drop': '丢弃{from}的第 {nth} 个 {flags}',
  'faults.rule.delay': '将{from}的第 {nth} 个 {flags} 延迟 {ms} 毫秒',
  'faults.rule.duplicate': '复制{from}的第 {nth} 个 {flags}（副本晚 {ms} 毫秒）',
  'faults.rule.inject': '旧的 {flags} seq={seq} 于 {time} 秒到达{to}',
  'faults.anySegment': '报文段',
  'faults.inject': '在此注入一个旧的 SYN',
  'faults.injectAt': '旧 SYN 到达服务器的时间（秒）',
  'faults.injectButton': '注入旧 SYN',
  'faults.injectSuggested':
    '建议的时刻：介于 {from}\u00a0秒（服务器开始监听）与 {to}\u00a0秒（客户端的 SYN 到达）之间。这时到达的旧 SYN 会让两次握手的服务器打开一个无人发起的连接；三次握手的服务器则先向客户端确认。',
  'faults.injected': '已加入：旧 SYN 将在 {time} 秒到达服务器。播放或单步前进即可看到。',
  'faults.compareNow': '对比两次握手与三次握手',
  'faults.link': '链路',
  'faults.latency': '单向时延（毫秒）',
  'faults.loss': '随机丢包率（%）',
  'faults.invalidNumber': '{field}必须是 {min} 到 {max} 之间的数。',
  'faults.cannotTarget': '这个报文段不是由主机发送的（是副本或旧报文段），因此规则无法指定它。',
  'faults.injectTitle': '服务器时间线，{time} 秒',
  'faults.hint': '在图上选择一个报文段，可以丢弃、延迟或复制它。',
};
