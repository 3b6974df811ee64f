// 简体中文 narration templates: the same keys and {placeholders} as messages.en.ts (checked by
// i18n-parity.test.ts). Chinese has no capitals, so Who/who (and Whose/whose) are the same
// words. Flag names, state names (SYN-SENT…), RFC rule names and socket calls stay as written.

import type { NarrationCatalogue } from './messages.en.ts';
import { ruleCitationMessagesZhCN } from './rule-citation.zh-CN.ts';

export const narrationMessagesZhCN: NarrationCatalogue = {
  ...ruleCitationMessagesZhCN,
  // ── words ──
  'who.client': '客户端',
  'who.server': '服务器',
  'Who.client': '客户端',
  'Who.server': '服务器',
  'whose.client': '客户端的',
  'whose.server': '服务器的',
  'Whose.client': '客户端的',
  'Whose.server': '服务器的',
  'role.client': '客户端',
  'role.server': '服务器',
  'time.seconds': '{s} 秒',
  'time.twoMsl': '2 MSL',
  'seg.label': '{kind} {seq}',
  'seg.labelAck': '{kind} {seq}/{ack}',
  'seg.kindNone': '报文段',
  'seg.data': '{label}（{bytes} 字节数据）',
  'seg.payload': '{label}（{bytes} 字节数据：“{payload}”）',
  'seg.old': '{label}（旧报文段）',
  'seg.copy': '{label}（副本）',
  'seg.retransmitted': '{label}（重传）',
  'seg.plain': '{label}',
  'payload.quoted': '（“{payload}”）',
  'awaited.synAck': 'SYN-ACK',
  'awaited.ack': 'ACK',
  'awaited.finAck': 'FIN 的 ACK',
  'answer.none': '（无）',
  'result.ok': '成功',
  'result.refused': '被拒绝',
  'result.timeout': '超时',
  'result.reset': '被复位',
  'result.closing': '正在关闭',
  'result.error': '出错',
  'result.connection-exists': '连接已存在',
  'result.no-connection': '无此连接',

  // ── send ──
  'send.open': '{Who}发送 {seg} 以发起连接：SYN 宣告它的初始序号。',
  'send.synCookie':
    '{Who}以 {seg} 回应，且不保存任何状态：它的序号就是一个 SYN Cookie（RFC 4987）。',
  'send.synAck': '{Who}发送 {seg}：带上自己的初始序号，并且确认号 {ack} = 对方 SYN 的序号 + 1。',
  'send.synAck2wh': '{Who}发送 {seg}，并且在两次握手协议中，不等任何回应就认为连接已经建立。',
  'send.simultaneousSynAck':
    '双方都发出了 SYN（同时打开）：{who}以 {seg} 回应，确认对方的 SYN 并重复自己的 SYN。',
  'send.simultaneous2wh': '{Who}以 {seg} 回应该 SYN，并且在两次握手协议中立即认为连接已建立。',
  'send.finalAck':
    '{Who}发送三次握手的第三个报文 {seg}：确认号 {ack} 证明它收到了{whosePeer} SYN-ACK，这是任何旧的重复报文段都无法知道的。',
  'send.reset':
    '{Who}发送 {seg}，其编号取自它所拒绝的 {answered}：只有当 RST 的序号是{peer}所期望的，它才算数。',
  'send.resetAck':
    '{Who}发送 {seg}：它确认了所拒绝的 {answered}，{peer}由此知道这个 RST 回应的正是自己的报文段。',
  'send.dupAck': '{Who}回应 {seg}，重申它下一个期望的序号。',
  'send.challengeAck':
    '{Who}发送挑战 ACK（{seg}）：真正的对端会用一个序号恰好符合期望的 RST 来回应它（RFC 5961）。',
  'send.resetLegacySyn': '{Who}对窗口内的 SYN 回应 {seg} 并关闭连接（旧的 RFC 793 规则）。',
  'send.ackUnsent': '{Who}回应 {seg}：该报文段确认了它尚未发送的数据。',
  'send.timeWaitAck': '{Who}处于 TIME-WAIT，再次用 {seg} 确认重复到来的 FIN。',
  'send.ackData': '{Who}用 {seg} 确认数据：确认号 {ack} 是它期望的下一个字节。',
  'send.ackFin': '{Who}用 {seg} 确认 FIN。',
  'send.ack': '{Who}发送 {seg}。',
  'send.data': '{Who}发送 {bytes} 字节数据：{seg}。',
  'send.fin': '{Who}发送 {seg}：它已没有更多数据要发送。',
  'send.abort': '{Whose}应用程序中止连接：它发送 {seg}，让{peer}也丢弃该连接。',
  'send.retransmit': '{Who}再次发送 {seg}（重传）。',
  'send.dupSynLinux':
    '同一个 SYN 又到达了，于是{who}像 Linux 那样重发 SYN-ACK（{seg}）并重启定时器（按 RFC 应只发送一个普通 ACK）。',
  'send.embryonicReset':
    '另一个 SYN 撞上了{whose}半连接：{who}像 Linux 那样以 {seg} 回应，并丢弃该半连接。',
  'send.dupSyn2wh':
    '同一个 SYN 又到达了，于是{who}再次发送 SYN-ACK（{seg}）：在两次握手协议中，没有别的办法告诉{peer}连接已经存在。',
  'send.generic': '{Who}发送 {seg}（{rule}）。',

  // ── deliver ──
  'deliver.closed':
    '{Who}在端口 {port} 上没有连接，因此用 RST 拒绝该 {seg}（RFC 9293：关闭的端口对除 RST 以外的任何报文段都回应 RST）。',
  'deliver.closedRst': '{Who}在端口 {port} 上没有连接，忽略该 {seg}：RST 永远不会被回应。',
  'deliver.listenRst':
    '{Who}只是在监听，因此忽略该 {seg}：RST 在这里不可能指向任何连接（RFC 9293 §3.10.7.2 第一项检查）。',
  'deliver.listenAck':
    '{Who}只是在监听，而对尚不存在的连接来说 ACK 不可能正确，因此用 RST 拒绝该 {seg}（RFC 9293 §3.10.7.2 第二项检查）。',
  'deliver.syn': '{Who}收到 {seg}：它建立一个半连接，回复 {answer}，并等待{peer}确认。',
  'deliver.synSpoofed':
    '{Who}收到来自伪造地址的 {seg}：它建立一个半连接，而它回复的 {answer} 无人接收。',
  'deliver.synCookie': '{Who}不保存该 {seg}：它回复带有 SYN Cookie 的 {answer}。',
  'deliver.cookieAck': '确认号 {ack} − 1 是{whose} SYN Cookie 之一：该 {seg} 建立了连接。',
  'deliver.synStale': '{Who}无法看出这个 SYN 是旧的，于是回复 {answer}，并等待{peer}确认。',
  'deliver.syn2wh': '{Who}收到 {seg}，在两次握手协议中立即认为连接已建立，并回复 {answer}。',
  'deliver.synStale2wh':
    '{Who}无法看出这个 SYN 是旧的，而两次握手协议也不给它任何询问的机会：它回复 {answer}，并认为连接已建立。',
  'deliver.backlogFull': '{Whose}半连接队列已满，因此不作回应地丢弃该 {seg}；{peer}只能重传。',
  'deliver.backlogFullSpoofed':
    '{Whose}半连接队列已满，因此不作回应地丢弃这个来自伪造地址的 {seg}；没有人会再发送它。',
  'deliver.listenOther':
    '{Who}只是在监听，而该 {seg} 不带 SYN，因此被丢弃（RFC 9293 §3.10.7.2 第四项检查）。',
  'deliver.ss1Old':
    '{Whose} SYN 序号是 {isn}，该 {kind} 的确认号 {ack} 不大于它，因此没有确认这个连接发送过的任何内容：{who}以 RST 回应（RFC 9293 §3.10.7.3 第一项检查）。',
  'deliver.ss1Unknown':
    '该 {kind} 的确认号 {ack} 没有确认{who}在这个连接上发送过的任何内容，因此它以 RST 回应（RFC 9293 §3.10.7.3 第一项检查）。',
  'deliver.ss1Future':
    '{Whose} SYN 序号是 {isn}，因此该 {kind} 的确认号 {ack} 确认了它从未发送的内容：{who}以 RST 回应（RFC 9293 §3.10.7.3 第一项检查）。',
  'deliver.ss1Rst':
    '{Who}丢弃该 {seg}：它的确认号与{whose} SYN 不符，而 RST 永远不会被回应（RFC 9293 §3.10.7.3 第一项检查）。',
  'deliver.ss2Ignored':
    '{Who}忽略该 {seg}：在等待 SYN-ACK 时，只有确认了它的 SYN 的 RST 才有效（RFC 9293 §3.10.7.3 第二项检查）。',
  'deliver.refused':
    '该 {seg} 确认了{whose} SYN，因此连接被拒绝：{who}关闭，connect() 失败（RFC 9293 §3.10.7.3 第二项检查）。',
  'deliver.synAckOk':
    '该 {seg} 确认了{whose} SYN（确认号 {ack} = 它的初始序号 + 1），于是{who}进入 ESTABLISHED，并以 {answer} 确认。',
  'deliver.synAckOk2wh':
    '该 {seg} 确认了{whose} SYN，于是{who}进入 ESTABLISHED；在两次握手协议中它不发送第三个报文。',
  'deliver.simultaneous':
    '{Who}在自己的 SYN 尚未得到回应时收到 {seg}（同时打开）：它进入 SYN-RECEIVED，并回复 {answer}。',
  'deliver.simultaneous2wh':
    '{Who}在自己的 SYN 尚未得到回应时收到 {seg}；在两次握手协议中这就足以建立连接，它回复 {answer}。',
  'deliver.ss5':
    '{Who}正在等待 SYN-ACK，因此丢弃该 {seg}：此时只有 SYN 或 RST 能改变什么（RFC 9293 §3.10.7.3 第五项检查）。',
  'deliver.alreadyHave':
    '{Who}期望的下一个序号是 {expected}，该 {seg} 落在已收到的范围之内：它丢弃该报文段并回复 {answer}（RFC 9293 §3.10.7.4 第一项检查）。',
  'deliver.outOfWindow':
    '该 {seg} 位于{whose}接收窗口之外（它期望 {expected}），因此被丢弃，并以 {answer} 回应（RFC 9293 §3.10.7.4 第一项检查）。',
  'deliver.outOfWindowQuiet':
    '该 {seg} 位于{whose}接收窗口之外，因此被丢弃；回应的 ACK 因速率限制而未发送（RFC 5961 §7）。',
  'deliver.outOfWindowRst':
    '该 {seg} 位于{whose}接收窗口之外，因此被丢弃且不作回应（RFC 9293 §3.10.7.4 第一项检查）。',
  'deliver.rstToListen':
    '该 {seg} 的序号恰好是{who}下一个期望的序号，因此有效：{who}丢弃它的半连接，回到监听状态（RFC 9293 §3.10.7.4 第二项检查）。',
  'deliver.rstToListenWindow':
    '该 {seg} 落在{whose}接收窗口之内，按 RFC 793 的规则有效：{who}丢弃它的半连接，回到监听状态（RFC 9293 §3.10.7.4 第二项检查）。',
  'deliver.rstRefused':
    '该 {seg} 的序号恰好是{who}下一个期望的序号，因此有效：连接被拒绝，{who}关闭（RFC 9293 §3.10.7.4 第二项检查）。',
  'deliver.rstRefusedWindow':
    '该 {seg} 落在{whose}接收窗口之内，按 RFC 793 的规则有效：连接被拒绝，{who}关闭（RFC 9293 §3.10.7.4 第二项检查）。',
  'deliver.rstClose':
    '该 {seg} 的序号恰好是{who}下一个期望的序号，因此有效：{who}拆除连接（{from} → CLOSED，RFC 9293 §3.10.7.4 第二项检查）。',
  'deliver.rstCloseWindow':
    '该 {seg} 落在{whose}接收窗口之内，按 RFC 793 的规则有效：{who}拆除连接（{from} → CLOSED，RFC 9293 §3.10.7.4 第二项检查）。',
  'deliver.rstChallenge':
    '该 {seg} 在{whose}窗口之内，但不是它期望的下一个序号，因此{who}不信任它，转而发送挑战 ACK（RFC 5961 §3）。',
  'deliver.rstChallengeQuiet':
    '该 {seg} 在{whose}窗口之内，但不是它期望的下一个序号，因此{who}不信任它；{heldBack}。',
  'deliver.synInSynReceived':
    '{who}仍与第一个 SYN 处于半连接时，又来了另一个 SYN：它无法分辨哪一个是真的，于是放弃该半连接，不作回应地回到 LISTEN；真正的客户端会再次发送它的 SYN（RFC 9293 §3.10.7.4）。',
  'deliver.synLegacyReset':
    '按旧规则，已建立连接的窗口内出现 SYN 属于错误：{who}发送 RST 并关闭连接（RFC 793）。',
  'deliver.synChallenge':
    '{Who}在这里已经有一个连接，因此不会因为该 {seg} 而复位它：它发送挑战 ACK，真正重启过的对端会以 RST 回应（RFC 5961 §4）。',
  'deliver.synChallengeQuiet':
    '{Who}在这里已经有一个连接，因此不会因为该 {seg} 而复位它；{heldBack}。',
  'deliver.badAck':
    '这个 {segKind} 确认的是 {ack}，而不是{whose} SYN-ACK（那应是确认号 {expected}），因此它不可能属于这个连接：{who}以 RST 回应（RFC 9293 §3.10.7.4 第五项检查）。',
  'deliver.badAckData':
    '这个 {segKind} 确认的是 {ack}，而不是{whose} SYN-ACK（那应是确认号 {expected}），因此它不可能属于这个连接：{who}以 RST 回应，并且不交付其中的 {bytes} 字节{quoted}（RFC 9293 §3.10.7.4 第五项检查）。',
  'deliver.ackUnsent':
    '该 {seg} 确认了{who}尚未发送的数据，因此{who}丢弃它并回复 {answer}（RFC 9293 §3.10.7.4 第五项检查）。',
  'deliver.heldBack':
    '由于它刚刚回应过另一个不可接受的报文段，应回复的 ACK 因速率限制而不发送（RFC 5961 §7）',
  'deliver.ackUnsentQuiet': '该 {seg} 确认了{who}尚未发送的数据，因此{who}丢弃它；{heldBack}。',
  'deliver.timeWaitAck':
    '{Who}处于 TIME-WAIT，此时只有重复的 FIN 需要回应，因此它忽略该 {seg}（若每个 ACK 都回应，两端会无休止地互发 ACK）。',
  'deliver.noAck':
    '{Who}丢弃该 {seg}：它的 ACK 位未置位，而 SYN 之后的每个报文段都必须带 ACK（RFC 9293 §3.10.7.4 第五项检查）。',
  'deliver.handshakeDone':
    '该 {seg} 确认了{whose} SYN-ACK（确认号 {ack}），握手完成，{who}进入 ESTABLISHED。',
  'deliver.staleData':
    '{Who}已经认为连接已建立，于是这个旧报文段被当作迟到的确认放行：它把 {bytes} 字节旧数据{quoted}当作新数据接收，并交给应用程序。',
  'deliver.data': '{Who}按序接收 {bytes} 字节，并交给应用程序。',
  'deliver.finCloseWait':
    '该 {seg} 表明{peer}已发送完毕：{who}确认它，并在 CLOSE-WAIT 中等待自己的应用程序关闭。',
  'deliver.finAcked':
    '该 {seg} 确认了{whose} FIN：它的发送方向已关闭，它在 FIN-WAIT-2 中等待{whosePeer} FIN。',
  'deliver.toTimeWait':
    '该 {seg} 确认了{whose} FIN，而{who}早已确认了{whosePeer} FIN：它进入 TIME-WAIT，以防它的最后一个 ACK 丢失。',
  'deliver.finToTimeWait':
    '该 {seg} 带来了{whosePeer} FIN，而{whose}自己的 FIN 已被确认：{who}确认它并进入 TIME-WAIT，以防这最后一个 ACK 丢失。',
  'deliver.finAckToTimeWait':
    '该 {seg} 确认了{whose} FIN，同时带来了{whosePeer} FIN：{who}确认它并进入 TIME-WAIT，以防这最后一个 ACK 丢失。',
  'deliver.toClosing':
    '该 {seg} 与{whose} FIN 交叉（同时关闭）：它确认该 FIN，并在 CLOSING 中等待对自己 FIN 的 ACK。',
  'deliver.lastAck': '该 {seg} 确认了{whose} FIN，连接彻底关闭，{who}删除该连接。',
  'deliver.ack': '该 {seg} 到达{who}：它确认了{who}已发送的内容。',
  'deliver.ackChallenge':
    '这个 {segKind} 确认的是 {ack}，旧得不合情理，因此{who}丢弃它并发送挑战 ACK（RFC 5961 §5）。',
  'deliver.ackChallengeQuiet':
    '这个 {segKind} 确认的是 {ack}，旧得不合情理，因此{who}丢弃它；{heldBack}。',
  'deliver.finAgainTimeWait':
    '该 {seg} 重复了{whosePeer} FIN，说明{peer}没有及时收到{whose}对它的 ACK：处于 TIME-WAIT 的{who}再次确认，并重新开始 {wait} 的等待。',
  'deliver.dupSynLinux':
    '该 {seg} 重复了建立这个半连接的 SYN：{who}再次发送 SYN-ACK（Linux 行为），除非它在最近 500 毫秒内已经发过。',
  'deliver.simultaneousLinux':
    '该 {seg} 在同时打开期间回应了{whose} SYN：Linux 直接接受它，于是{who}立即进入 ESTABLISHED 并确认它。',
  'deliver.synEmbryonicReset':
    '{who}仍处于半连接时又来了一个新的 SYN：它像 Linux 那样复位并丢弃该半连接。',
  'deliver.dupSyn2wh': '该 {seg} 重复了建立这个连接的 SYN；两次握手的{role}再次以 SYN-ACK 回应。',
  'deliver.generic': '该 {seg} 到达{who}（{rule}）。',
  'deliver.genericDiscarded': '该 {seg} 到达{who}，被丢弃（{rule}）。',

  // ── drop ──
  'drop.fault': '{who}发出的 {seg} 在途中丢失（丢弃故障），因此{peer}永远收不到它{then}。',
  'drop.loss': '{who}发出的 {seg} 在途中丢失（链路随机丢包），因此{peer}永远收不到它{then}。',
  'drop.hostDown': '该 {seg} 到达时{who}已宕机，因此丢失{then}。',
  'drop.unreachable': '{who}发出的 {seg} 发往一个伪造的地址：那里没有任何主机{then}。',
  'drop.generic': '{who}发出的 {seg} 丢失了{then}。',
  'drop.thenResent': '；{sender}在 {time}时重传它',
  'drop.thenResentOnSyn': '；{sender}在 {time}时再次发送它，以回应重复到达的 SYN',
  'drop.thenNotResent': '；ACK 和 RST 没有重传定时器：只有当它所回应的报文段再次到达时才会再发送',
  'drop.thenNothing': '',

  // ── state ──
  'state.listen': '{Who}现在处于 LISTEN，等待 SYN。',
  'state.synSent': '{Who}从 CLOSED 进入 SYN-SENT：它的 SYN 已发出，正在等待回应。',
  'state.synReceived': '{Who}进入 SYN-RECEIVED：它收到了 SYN，但还没有证据表明{peer}想要这个连接。',
  'state.synReceivedSpoofed':
    '{Who}因一个来自伪造地址的 SYN 进入 SYN-RECEIVED：它为一个没有人会完成的连接占用了半连接队列中的一个位置。',
  'state.phantom2wh':
    '两次握手的{role}仅凭 SYN 就确立连接：它现在持有一个没有任何{peerRole}请求过的连接。',
  'state.established2wh': '两次握手的{role}仅凭 SYN 就确立连接：它从 LISTEN 直接进入 ESTABLISHED。',
  'state.establishedCookie':
    '{Who}从 LISTEN 直接进入 ESTABLISHED：SYN Cookie 代替了 SYN-RECEIVED 状态。',
  'state.establishedActive': '{Who}进入 ESTABLISHED：它的 SYN 已被确认，connect() 可以返回。',
  'state.establishedPassive': '{Who}进入 ESTABLISHED：三次握手完成。',
  'state.establishedSimultaneous': '{Who}进入 ESTABLISHED：同时打开完成。',
  'state.simultaneous': '{Who}从 SYN-SENT 进入 SYN-RECEIVED：双方同时打开。',
  'state.simultaneous2wh':
    '{Who}仅凭对方的 SYN 就从 SYN-SENT 直接进入 ESTABLISHED（两次握手协议）。',
  'state.refused': '{Who}从 SYN-SENT 进入 CLOSED：连接被拒绝。',
  'state.backToListen': '{Whose}半连接消失了：SYN-RECEIVED 回到 LISTEN，就像那个 SYN 从未到达过。',
  'state.reset': '{Who}从 {from} 进入 CLOSED：连接被复位。',
  'state.finWait1': '{Who}从 {from} 进入 FIN-WAIT-1：它的 FIN 已发出，等待被确认。',
  'state.finWait2': '{Who}进入 FIN-WAIT-2：它的 FIN 已被确认；它等待{whosePeer} FIN。',
  'state.closeWait': '{Who}进入 CLOSE-WAIT：{peer}已发送完毕；它等待自己的应用程序关闭。',
  'state.closing': '{Who}进入 CLOSING：双方同时发出了 FIN；它等待对自己 FIN 的 ACK。',
  'state.lastAck':
    '{Who}从 CLOSE-WAIT 进入 LAST-ACK：它的 FIN 已发出；再收到一个 ACK，连接就结束了。',
  'state.timeWait': '{Who}从 {from} 进入 TIME-WAIT：它停留 {wait}，以防最后一个 ACK 丢失。',
  'state.closedLastAck': '{Who}从 LAST-ACK 进入 CLOSED：它的 FIN 已被确认，连接结束。',
  'state.closedByUser': '{Who}从 {from} 进入 CLOSED：它的应用程序关闭了套接字。',
  'state.aborted': '{Who}从 {from} 进入 CLOSED：它的应用程序中止了连接。',
  'state.timeWaitOver': '{Who}在 {wait} 后离开 TIME-WAIT，并忘掉该连接（CLOSED）。',
  'state.inferred':
    '据推断，{Who}此时处于 {to}（之前为 {from}）：依据是抓包中的报文段，而非套接字本身的状态。',
  'state.gaveUp': '{Who}重试了足够久，放弃连接：{from} → CLOSED。',
  'state.crashedListen': '{Who}崩溃：它的监听套接字没有了，新的 SYN 将遇到一个关闭的端口。',
  'state.crashed': '{Who}崩溃：它处于 {from} 的连接悄然消失，没有通知{peer}。',
  'state.generic': '{Who}从 {from} 进入 {to}（{rule}）。',

  // ── timer ──
  'timer.rtxSet': '{Who}启动重传定时器：如果 {rto}内没有任何确认，它将重传。',
  'timer.rtxSetBackoff': '{Who}把重传定时器设为 {rto}，是上次的两倍。',
  'timer.rtxSetCapped': '{Who}把重传定时器设为 {rto}，即其上限。',
  'timer.rtxSetKept':
    '{Who}再次把重传定时器设为 {rto}，没有加倍：Linux 的前几次 SYN 重传是等间隔的。',
  'timer.rtxFire':
    '{elapsed}后仍未收到 {awaited}：{whose}重传定时器超时，它再次发送 {kind}（RTO 加倍为 {rto}）。',
  'timer.rtxFireCapped':
    '{elapsed}后仍未收到 {awaited}：{whose}重传定时器超时，它再次发送 {kind}（RTO 保持在上限 {rto}）。',
  'timer.rtxFireToCap':
    '{elapsed}后仍未收到 {awaited}：{whose}重传定时器超时，它再次发送 {kind}（RTO 本应加倍，但停在上限 {rto}）。',
  'timer.rtxFireKept':
    '{elapsed}后仍未收到 {awaited}：{whose}重传定时器超时，它再次发送 {kind}（RTO 保持 {rto}：Linux 的前几次 SYN 重传不做退避）。',
  'timer.rtxGiveUp': '{elapsed}后仍未收到 {awaited}：{who}已重试足够久，放弃该连接。',
  'timer.rtxFireIdle': '{Whose}重传定时器超时，但已没有需要重传的内容。',
  'timer.rtxRearm': '{Who}停止重传定时器，以便重新启动它。',
  'timer.rtxCancel': '{Who}停止重传定时器：它发送的一切都已被确认。',
  'timer.rtxStopClosing': '{Who}停止重传定时器：连接即将消失。',
  'timer.twSet':
    '{Who}将在 TIME-WAIT 中等待 2 MSL（{duration}），以便能重发丢失的最后一个 ACK，并让旧报文段在网络中消亡。',
  'timer.twSetFixed':
    '{Who}将在 TIME-WAIT 中等待 {duration}（Linux 固定的时长，与 MSL 无关），以便能重发丢失的最后一个 ACK，并让旧报文段在网络中消亡。',
  'timer.twFire': '2 MSL（{duration}）已过：{who}可以忘掉该连接了。',
  'timer.twFireFixed': 'TIME-WAIT 的 {duration} 已过：{who}可以忘掉该连接了。',
  'timer.twRearm': '{Who}停止 TIME-WAIT 定时器，以便重新开始 {wait} 的等待。',
  'timer.twCancel': '{Who}停止 TIME-WAIT 定时器：连接已不存在。',

  // ── app ──
  'app.listen': '{Whose}应用程序在端口 {port} 上调用 listen()。',
  'app.listenOk': 'listen() 返回：{who}在端口 {port} 上接受连接。',
  'app.listenExists': 'listen() 失败：{who}已经在端口 {port} 上监听。',
  'app.connect': '{Whose}应用程序调用 connect() 连接端口 {peerPort}，并阻塞直到握手完成。',
  'app.connectOk': '{who}上的 connect() 返回：连接已建立。',
  'app.connectRefused': '{who}上的 connect() 失败：连接被拒绝。',
  'app.connectTimeout': '{who}上的 connect() 失败：连接尝试超时。',
  'app.connectReset': '{who}上的 connect() 失败：连接被复位。',
  'app.connectClosing': '{who}上的 connect() 失败：握手完成之前套接字已被关闭。',
  'app.connectExists': '{who}上的 connect() 失败：该连接已经存在。',
  'app.acceptOk': 'accept() 返回：{whose}应用程序得到一个新连接。',
  'app.acceptPhantom': 'accept() 交给{whose}应用程序一个没有任何{peerRole}打开过的连接：幽灵连接。',
  'app.receive': '{Whose}应用程序收到 {bytes} 字节。',
  'app.receiveStale':
    '{Whose}应用程序收到来自先前连接的 {bytes} 字节旧数据{quoted}，并再次据此执行操作。',
  'app.receiveEnd': '{who}上的 recv() 返回 0：{peer}已发送完毕。',
  'app.receiveReset': '{Whose}应用程序得知连接已被复位。',
  'app.receiveTimeout': '{Whose}应用程序得知连接已超时。',
  'app.send': '{Whose}应用程序调用 send() 发送 {bytes} 字节。',
  'app.sendClosing': '{who}上的 send() 失败：连接正在关闭。',
  'app.noConnection': '{who}上的 {call}() 失败：没有这样的连接。',
  'app.close': '{Whose}应用程序调用 close()。',
  'app.closeClosing': '{who}上的 close() 失败：连接已经在关闭中。',
  'app.abort': '{Whose}应用程序调用 abort()。',
  'app.crash': '{Who}崩溃：它失去所有连接，且不发送任何报文。',
  'app.restart': '{Who}重启，不再记得先前的任何连接。',
  'app.hostDown': '{Who}已宕机，因此 {call}() 不起作用。',
  'app.generic': '{Whose}应用程序：{call}() {result}。',
};
