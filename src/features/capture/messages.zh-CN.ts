// 简体中文 strings of the capture import panel: the same keys and {placeholders} as
// messages.en.ts. Loaded only with the zh-CN bundle (src/app/i18n/zh-CN.bundle.ts).
import type { CaptureCatalogue } from './messages.en.ts';

export const captureMessagesZhCN: CaptureCatalogue = {
  'capture.title': '打开抓包文件',
  'capture.fileLabel': '打开抓包文件（pcap 或 pcapng）',
  'capture.dropHint': '或将 .pcap / .pcapng 文件拖放到这里',
  'capture.limits':
    '最多 {mb} MB、{packets} 个分组；支持以太网、Linux cooked（SLL、SLL2）、原始 IP 和环回接口的抓包。',
  'capture.reading': '正在读取 {file}…',
  'capture.error': '{file}：{message}。实验保持不变。',
  'capture.errorNoFile': '{message}。实验保持不变。',
  'capture.dismiss': '关闭提示',
  'capture.opened': '{file}（{format}，{packets} 个分组）',
  'capture.conversations': 'TCP 会话',
  'capture.conversation': '{client} → {server}',
  'capture.conversationFacts': '{packets} 个分组 · 首个为 {flags} · {duration} 秒',
  'capture.handshake': '含三次握手',
  'capture.noFlags': '无标志位',
  'capture.shownFirst': '其 {total} 个报文段中只画出了前 {shown} 个。',
  'capture.warnings': '关于该文件的说明',
  'capture.linkNote': '抓包无法放进链接：地址栏中仍是上一个场景。',
  'capture.inferredNote':
    '客户端和服务器就是抓包中的地址。它们的状态是根据观察到的报文段推断出来的（在时间线上以斜体显示）；每个箭头画在抓包看到它的时刻。',
  'capture.back': '返回模拟',
  'capture.close': '关闭抓包面板',
};
