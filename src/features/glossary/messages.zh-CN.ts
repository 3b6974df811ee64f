// 简体中文 glossary (same keys as messages.en.ts). Terms as Chinese networking courses use them.
// Loaded only with the zh-CN bundle (src/app/i18n/zh-CN.bundle.ts).
import type { GlossaryCatalogue } from './messages.en.ts';

export const glossaryZhCN: GlossaryCatalogue = {
  'term.segment': '报文段',
  'meaning.segment':
    '线路上的一条 TCP 消息：首部（端口、序号、标志）以及可能携带的数据。图中每个箭头就是一个报文段。',
  'term.syn': 'SYN',
  'meaning.syn': '用来建立连接的标志。SYN 携带发送方的初始序号（ISN）。',
  'term.synAck': 'SYN-ACK',
  'meaning.synAck': '对 SYN 的回应：服务器自己的 SYN，加上对客户端 SYN 的确认。',
  'term.ack': 'ACK',
  'meaning.ack': '确认。确认号是发送方期望收到的下一个字节：在它之前的都已到达。',
  'term.seqAck': 'seq / ack',
  'meaning.seqAck':
    'seq 是该报文段第一个字节的序号；ack 是期望从对方收到的下一个字节。SYN 和 FIN 各占一个序号。',
  'term.isn': 'ISN',
  'meaning.isn': '初始序号。每个连接都重新选取，使旧连接的报文段很难恰好落入新连接。',
  'term.fin': 'FIN',
  'meaning.fin': '表示发送方已没有更多数据要发送的标志。',
  'term.rst': 'RST',
  'meaning.rst':
    '复位：“这里没有这个连接”，或“停止”。只要 RST 的序号表明它属于该连接，接收方就立即丢弃连接。',
  'term.handshake': '三次握手 / 两次握手',
  'meaning.handshake':
    '三次握手：SYN、SYN-ACK、ACK，第三个报文段证明客户端确实请求了这个连接。两次握手（仅作对比）：SYN、SYN-ACK，服务器仅凭 SYN 就认为连接已建立。',
  'term.halfOpen': '半连接',
  'meaning.halfOpen':
    '一端持有另一端并不持有的连接：在 SYN-RECEIVED 中等待一个可能永远不会到来的 ACK 的服务器，或对端已崩溃。',
  'term.phantom': '幽灵连接',
  'meaning.phantom':
    '服务器为一个此刻并没有客户端在发送的旧 SYN 而打开的连接：两次握手无法避免它。',
  'term.rto': 'RTO',
  'meaning.rto': '重传超时：发送方在重发之前等待确认的时间。每次超时后加倍。',
  'term.msl': 'MSL',
  'meaning.msl': '最大报文段寿命：假定报文段在网络中存活的最长时间（RFC 9293 假定为 2 分钟）。',
  'term.timeWait': 'TIME-WAIT',
  'meaning.timeWait':
    '先关闭的一方在忘掉连接之前等待 2 MSL，以便能重发最后一个 ACK，并让旧报文段在网络中消亡。',
  'term.challengeAck': '挑战 ACK',
  'meaning.challengeAck':
    '对可疑的 RST 或 SYN 不予执行，而是回复一个 ACK；对旧得不合情理的 ACK 也是如此。真正的对端会用一个序号恰好正确的 RST 来回应（RFC 5961）。',
  'term.rfc9293': 'RFC 9293',
  'meaning.rfc9293':
    '当今定义 TCP 的标准（2022 年发布，取代了 1981 年的 RFC 793）。本实验遵循它的规则，旁白会注明规则出自哪一节，例如“RFC 9293 §3.10.7.4”。',
  'term.linux': 'Linux',
  'meaning.linux':
    '本实验的 Linux 配置：规则相同，但在 RFC 留有余地或 Linux 与之不同之处采用 Linux 内核的做法（何时放弃一个无人应答的 SYN，在等待 ACK 时如何应答重复的 SYN……）。“RFC 9293 与 Linux 对比”把两者并排运行。',
  'term.tcb': 'TCB',
  'meaning.tcb': '传输控制块：主机为一个连接保存的信息（状态、序号和定时器）。',
};
