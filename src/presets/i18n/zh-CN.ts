// 简体中文 texts of the built-in scenarios (the 15 presets and the lab's default), keyed by
// id; `steps` follows the file's steps index for index (preset-texts.test.ts checks it).
// The scenario files themselves, in the public format v1, stay English.

import type { PresetTexts } from './preset-texts.ts';

export const presetTextsZhCN: PresetTexts = {
  'basic-handshake': {
    title: '三次握手、少量数据与关闭',
    steps: [],
  },
  'close-time-wait': {
    title: '正常关闭与 TIME-WAIT：为什么发送最后一个 ACK 的一方要等待',
    notes:
      '每一方用 FIN 关闭自己的方向，每个 FIN 都被确认。这里最后一个 ACK 丢失了。服务器重传它的 FIN，而仍处于 TIME-WAIT 的客户端可以再次确认。假如客户端已经忘掉了这个连接，它就会以 RST 回应。',
    steps: [
      '客户端关闭：FIN-WAIT-1。',
      '服务器确认该 FIN；它的应用程序读到流结束。',
      '服务器也关闭：LAST-ACK。',
      '客户端确认，并进入 TIME-WAIT，等待 2 × MSL。',
      '最后那个 ACK 丢失了。',
      '服务器的定时器超时，它重传 FIN。',
      '客户端仍处于 TIME-WAIT：它再次确认，并重新开始 2 × MSL 等待。',
    ],
  },
  'closed-port': {
    title: '连接一个关闭的端口',
    notes:
      '服务器的端口上没有任何监听。没有连接的主机对除 RST 以外的任何报文段都回应 RST，并且构造得让发送方能接受：它的 ACK 字段确认了那个 SYN。connect() 立即失败，报“连接被拒绝”（connection refused）。',
    steps: [
      '没有匹配的套接字：服务器回应 <SEQ=0><ACK=101><CTL=RST,ACK>。',
      '该 RST 确认了客户端的 SYN，因此客户端相信它：connect() 被拒绝。',
    ],
  },
  'duplicate-syn': {
    title: '重复的 SYN',
    notes:
      '网络把客户端的 SYN 传递了两次，相隔 30 毫秒。副本携带的序号服务器已经见过，因此落在接收窗口之外，服务器只回应一个 ACK，重申自己的位置；除此之外什么都没有改变。',
    steps: [
      '第一份 SYN 建立连接：SYN-RECEIVED，SYN-ACK 300/101。',
      '第二份的序号是 100，但服务器现在期望 101：它是旧的，所以服务器只回应一个 ACK。',
      '客户端已处于 ESTABLISHED，它看到一个没有确认任何新内容的确认，于是忽略它。',
    ],
  },
  'half-open-after-crash': {
    title: '崩溃之后发现半开连接',
    notes:
      '客户端崩溃，完全忘记了它的连接；服务器仍然保留着。重启后的客户端用新的序号从同一个端口再次连接时，服务器按旧连接作答。客户端不认识这个回应，就用 RST 复位它：半开连接被发现并清除，新连接得以建立（RFC 9293 图 9）。',
    steps: [
      '客户端崩溃。没有发送任何报文段：服务器无从得知。',
      '重启后的客户端从同一个端口连接，使用新的初始序号 400。',
      '服务器的连接处于同步状态：在这里收到 SYN 会引出一个带旧序号的挑战 ACK（RFC 5961）。',
      '该 ACK 确认的是 101，而新的客户端从未发送过它：客户端以 RST 回应。',
      '该 RST 携带的正是服务器期望的序号：旧连接被清除。',
      '客户端的 SYN 定时器超时，这次握手成功。',
    ],
  },
  'handshake-data-close': {
    title: '三次握手、一次请求、一次应答、关闭',
    notes:
      '这是其他所有场景所要破坏的连接。客户端用 SYN 发起，服务器回应 SYN-ACK，客户端用 ACK 确认：三个报文，每一方都得知了对方的初始序号，并证明自己收到了它。随后是 10 字节的请求、20 字节的应答，以及两个方向上的关闭，最后客户端在 TIME-WAIT 中等待。',
    steps: [
      '服务器正在监听。客户端调用 connect()：它选定初始序号（100）并发送 SYN。',
      '服务器用自己的序号（300）作答，并确认客户端的序号：确认号 101 表示“我收到了你的 100”。',
      '客户端现在知道了双方的序号，并用 ACK 301 表明这一点。它的 connect() 返回。',
      '直到此时服务器才认为连接进入 ESTABLISHED：客户端已证明它收到了 300。',
      '数据开始流动。序号按字节计数：从 101 开始的 10 个字节结束于 111，因此应答确认 111。',
      '客户端关闭：FIN 和 SYN 一样占用一个序号。',
      '双方的 FIN 都已被确认。先关闭的一方在 TIME-WAIT 中等待（2 × MSL，这里是 4 分钟），以便仍能重发丢失的最后一个 ACK。',
    ],
  },
  'lost-final-ack': {
    title: '最后的 ACK 丢失：数据完成了握手',
    notes:
      '第三个报文丢失了。客户端并不知道：它的 connect() 已经返回，于是发送请求。这个数据报文段携带着同样的确认（确认号 301），对服务器来说这就足够了：握手随数据一起完成。',
    steps: [
      '客户端处于 ESTABLISHED，发送最后的 ACK。',
      '该 ACK 丢失了。服务器停留在 SYN-RECEIVED，它的 SYN-ACK 定时器仍在运行。',
      '客户端发送 10 字节。SYN 之后的每个报文段都带 ACK，这一个确认了服务器的 SYN。',
      '服务器检查该 ACK（300 < 301 =< 301），进入 ESTABLISHED，接收数据并确认。',
    ],
  },
  'lost-syn-ack': {
    title: 'SYN-ACK 丢失',
    notes:
      '服务器的回应丢失了。现在双方都在等待：客户端等 SYN-ACK，服务器等对其 SYN 的 ACK。两个重传定时器都在运行，在 1 秒时两者相隔 50 毫秒先后超时。',
    steps: [
      '服务器回应 SYN-ACK，并启动自己的重传定时器：它也需要一个确认。',
      '该 SYN-ACK 丢失了。',
      '客户端的定时器先超时：它重传 SYN。',
      '重传的 SYN 是重复的（其序号已经知道），因此服务器只回应一个普通 ACK；与此同时它自己的定时器超时，重传 SYN-ACK。',
      '重传的 SYN-ACK 完成了握手。',
    ],
  },
  'lost-syn': {
    title: 'SYN 丢失：重传与退避',
    notes:
      '网络丢掉了客户端的 SYN，接着又丢掉了第一次重传。没有任何回应，客户端无法区分丢包和慢速的服务器：它等待一个重传超时（起初为 1 秒，RFC 6298），再次发送 SYN，并且每次把超时加倍（1 秒，然后 2 秒）。第三个 SYN 终于到达。',
    steps: [
      'connect() 发送 SYN 100 并启动重传定时器：1 秒，因为还不知道往返时间。',
      '网络丢弃了该 SYN。服务器对此一无所知。',
      '定时器超时：同一个 SYN、同一个序号再次发出，超时加倍为 2 秒。',
      '第二次重传到达了。从这里开始就是普通的握手，晚了 3 秒。',
      '由于 SYN 经历过重传，数据使用 3 秒的超时计时（RFC 6298 第 5.7 条）。',
    ],
  },
  'old-duplicate-syn-stale-data': {
    title: '带旧数据的旧的重复 SYN：两次握手会交付两次',
    notes:
      '客户端发送请求“DEBIT 100”，然后关闭。它的 SYN 和请求的副本滞留在网络中，3 秒后才到达。两次握手的服务器接受了旧的 SYN，然后接受了旧的请求：扣款被执行了两次，而客户端的 RST 来得太晚。三次握手的服务器拒绝了该请求，因为它的确认号与新的 SYN-ACK 不符。',
    steps: [
      '请求“DEBIT 100”（9 字节）被交付一次，理应如此。',
      '旧 SYN 的一个副本到达。',
      '旧请求的一个副本到达，携带着旧连接的确认号 301。',
      '三次握手：服务器期望确认号 401，因此用 RST 回应旧请求，什么也没有交付。两次握手：该请求被再次交付。',
      '客户端对旧 SYN 的 RST 到达；两次握手的服务器已经推进到第 110 字节，于是忽略了它。',
    ],
  },
  'old-duplicate-syn': {
    title: '旧的重复 SYN：为什么 TCP 需要三次握手',
    notes:
      '网络复制了客户端的 SYN，并让副本滞留了 3 秒；原来的 SYN 照常到达并建立了连接。客户端使用并关闭了连接；TIME-WAIT 结束（MSL 缩短为 0.5 秒，就像重启之后那样）。然后那份旧的副本终于到达。服务器无法看出它是旧的。两次握手的服务器立即确立连接，持有一个谁也没有打开过的连接；三次握手的服务器请客户端确认，而客户端的 RST 清除了这个半连接。',
    steps: [
      '网络复制了客户端的 SYN：原件 50 毫秒后到达，副本滞留 3 秒。',
      '原来的 SYN 正常地建立了连接。它的副本仍在网络中。',
      '连接已被使用并关闭；客户端的 TIME-WAIT 在 2.65 秒时结束。',
      '旧的 SYN 副本到达了。在服务器看来，它和任何新的连接请求一样。',
      '客户端没有连接，因此用 RST 回应 SYN-ACK。',
      '三次握手：半连接回到 LISTEN，什么也没有交付。两次握手：服务器早已确立连接，在 RST 到来之前一直持有一个幽灵连接。',
    ],
  },
  'simultaneous-close': {
    title: '同时关闭',
    notes:
      '双方的应用程序在同一时刻关闭。每一方都在自己的 FIN 被确认之前收到了对方的 FIN，经过 CLOSING，最后双方都进入 TIME-WAIT（RFC 9293 图 13）。',
    steps: [
      '双方都发送 FIN，进入 FIN-WAIT-1。',
      '每一方都在自己的 FIN 未被确认时收到了 FIN：进入 CLOSING，并发送一个 ACK。',
      '每个 FIN 都被确认：双方都在 TIME-WAIT 中等待。',
    ],
  },
  'simultaneous-open': {
    title: '同时打开',
    notes:
      '双方几乎在同一时刻调用 connect()，各自连接对方的端口。它们的 SYN 在网络中交叉。每一方都用 SYN-ACK 回应收到的 SYN，连接通过四个报文段而不是三个建立（RFC 9293 图 7）。按严格的处理规则，每个交叉的 SYN-ACK 还会再引出一个 ACK。',
    steps: [
      '客户端发送 SYN 100。',
      '服务器没有在监听，它也发起连接：SYN 300。',
      '处于 SYN-SENT 的服务器收到一个不带 ACK 的 SYN：它进入 SYN-RECEIVED，并回应 SYN-ACK。',
      '两个 SYN-ACK 重复了已经收到的序号，因此每一方都回应一个 ACK。',
      '每一方在自己的 SYN 被确认时进入 ESTABLISHED。',
    ],
  },
  'syn-black-hole': {
    title: 'SYN 黑洞：connect() 超时',
    notes:
      '每个 SYN 都消失了：防火墙悄悄地丢弃了它们。客户端以加倍的超时重试（1、2、4、8、16、32 秒，之后上限为 60 秒），并在 RFC 9293 要求的三分钟之后、即 183 秒时放弃。时间线上压缩了长时间的空闲段。打开“RFC 9293 与 Linux 对比”，可以看到 Linux 按另一套时间表重试，并且更早放弃。',
    steps: [
      'SYN，以及 1 秒的定时器。',
      '没有回应：重传并加倍。',
      '第七个 SYN。下一次超时本应是 64 秒；它被限制为 60 秒。',
      '自第一个 SYN 起已过三分钟：connect() 因超时而失败。',
    ],
  },
  'syn-flood': {
    title: 'SYN 洪泛：半连接队列被占满，客户端无法连接',
    notes:
      '源地址伪造的 SYN（端口 1001–1010）填满了服务器容量为 4 的半连接队列；SYN Cookie 已关闭（net.ipv4.tcp_syncookies = 0）。服务器回复的 SYN-ACK 无人接收，因此这些队列位置被占用 63 秒。客户端的 SYN 被丢弃，攻击者不断重新占满队列，最终 connect() 超时。',
    steps: [
      '一个伪造的 SYN 占用了一个队列位置；SYN-ACK 发往一台并不存在的主机。',
      '半连接队列已满：此后的 SYN 都被丢弃（L-3/backlog-full）。',
      '客户端的 SYN 也被丢弃了。',
      '半连接超时消失；攻击者再次占满队列位置。',
      'connect() 放弃：拒绝服务。',
    ],
  },
  'syn-flood-cookies': {
    title: '开启 SYN Cookie 的 SYN 洪泛：客户端成功连接',
    notes:
      '同样的洪泛，但使用 Linux 的默认设置 net.ipv4.tcp_syncookies = 1。半连接队列已满时，服务器不保存任何状态：它的 SYN-ACK 的序号就是一个 Cookie，即对地址、端口、时间和 MSS 的带密钥哈希（RFC 4987）。客户端的 ACK 把它带回来，服务器据此建立连接。',
    steps: [
      '半连接队列已满：回复带 Cookie 的 SYN-ACK，且不保存状态（L-3/syncookie）。',
      '客户端的 SYN 也得到一个 Cookie。',
      '确认号 − 1 是有效的 Cookie：连接直接以 ESTABLISHED 状态建立（L-2/syncookie）。',
      '数据像在任何连接上一样传输。',
    ],
  },
};
