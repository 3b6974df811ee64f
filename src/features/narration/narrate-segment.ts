// Sentences for the events that carry a segment: send, deliver, drop. Each explains what
// the rule that fired (event.rule, tcp-notes §2.5) did and why, from the event's data and
// the host's reaction that follows it in the trace.

import type {
  AppEvent,
  DeliverEvent,
  DropEvent,
  SendEvent,
  TraceEvent,
  TraceSegment,
} from '../../core/trace.ts';
import type { NarrationKey } from './messages.en.ts';
import type { NarrationContext } from './narration-context.ts';
import { answerTo, reactionTo, stateChangeIn } from './trace-lookup.ts';

/** The rule without its suffix: "O-4/challenge" → "O-4". */
export function ruleBase(rule: string): string {
  return rule.split('/')[0] ?? rule;
}

function occupiesSequenceSpace(seg: TraceSegment): boolean {
  return seg.len > 0 || seg.flags.includes('SYN') || seg.flags.includes('FIN');
}

export function narrateSend(c: NarrationContext, e: SendEvent): string {
  const seg = e.segment;
  const w = { ...c.hostWords(e.host), seg: c.label(seg) };
  const ack = c.nums.ack(seg) ?? '';
  const has = (f: 'SYN' | 'ACK' | 'FIN' | 'RST') => seg.flags.includes(f);
  const cause = e.cause === null ? undefined : c.lookup.deliveredSegment(e.cause);
  switch (e.rule) {
    case 'U-OPEN':
      return c.t('send.open', w);
    case 'L-3':
      return c.t('send.synAck', { ...w, ack });
    case 'L-3/2WH':
      return c.t('send.synAck2wh', w);
    case 'L-3/syncookie':
      return c.t('send.synCookie', { ...w, ack });
    case 'SS-4/2WH':
      return c.t('send.simultaneous2wh', w);
    case 'O-2/challenge':
    case 'O-4/challenge':
    case 'O-5/challenge':
      return c.t('send.challengeAck', w);
    case 'O-1':
      return c.t('send.dupAck', w);
    case 'O-5/TIME-WAIT':
      return c.t('send.timeWaitAck', w);
    case 'O-7':
      return c.t('send.ackData', { ...w, ack });
    case 'O-8':
      if (!has('FIN') && seg.len === 0) return c.t('send.ackFin', w);
      break;
    case 'U-ABORT':
      return c.t('send.abort', w);
    case 'T-RTO':
      return c.t('send.retransmit', w);
    case 'O-1/dup-syn':
      return c.t('send.dupSynLinux', w);
    case 'O-4/reset':
      return c.t('send.embryonicReset', w);
    case '2WH-DUP-SYN':
      return c.t('send.dupSyn2wh', w);
    case 'O-4':
      if (has('RST')) return c.t('send.resetLegacySyn', w);
      break;
    default:
      break;
  }
  if (has('RST')) {
    // C-1, L-2, SS-1, O-5: a reset answering a segment, numbered from it (RFC 9293 §3.5.2):
    // with its ACK as sequence number, or, if it had no ACK, acknowledging it (the receiver
    // in SYN-SENT believes such a reset by its ACK field, §3.10.7.3).
    const answered = cause ? c.kind(cause) : c.t('seg.kindNone');
    return c.t(has('ACK') ? 'send.resetAck' : 'send.reset', { ...w, answered });
  }
  if (has('SYN') && has('ACK') && ruleBase(e.rule) === 'SS-4')
    return c.t('send.simultaneousSynAck', w);
  if (e.rule === 'SS-4' && !has('FIN') && seg.len === 0) return c.t('send.finalAck', { ...w, ack });
  if (e.rule === 'O-5' && !has('FIN') && seg.len === 0) return c.t('send.ackUnsent', w);
  if (has('FIN')) return c.t('send.fin', w);
  if (seg.len > 0) return c.t('send.data', { ...w, bytes: seg.len });
  if (has('ACK') && !has('SYN')) return c.t('send.ack', w);
  return c.t('send.generic', { ...w, rule: c.cite(e.rule) });
}

// ───────────────────────────── deliver ─────────────────────────────

export function narrateDeliver(c: NarrationContext, e: DeliverEvent, index: number): string {
  const seg = e.segment;
  const ev = c.events;
  const reaction = reactionTo(ev, index);
  const answerEv = answerTo(ev, index, seg.id);
  const answer = answerEv ? c.label(answerEv.segment) : c.t('answer.none');
  const change = stateChangeIn(reaction, e.socket);
  const has = (f: 'SYN' | 'ACK' | 'FIN' | 'RST') => seg.flags.includes(f);
  const ack = c.nums.ack(seg) ?? '';
  const w = {
    ...c.hostWords(e.host),
    seg: c.phrase(seg),
    segKind: c.phrase(seg, c.kind(seg)),
    kind: c.kind(seg),
    answer,
    ack,
    port: seg.dstPort,
  };
  const twoWay = reaction.some(
    (r) => (r.type === 'state' || r.type === 'send') && r.rule.endsWith('/2WH'),
  );

  switch (e.rule) {
    case 'C-1':
      return c.t(has('RST') ? 'deliver.closedRst' : 'deliver.closed', w);
    case 'L-1':
      return c.t('deliver.listenRst', w);
    case 'L-2':
      return c.t('deliver.listenAck', w);
    case 'L-3':
      if (twoWay) return c.t(seg.stale ? 'deliver.synStale2wh' : 'deliver.syn2wh', w);
      if (seg.spoofed) return c.t('deliver.synSpoofed', w);
      return c.t(seg.stale ? 'deliver.synStale' : 'deliver.syn', w);
    case 'L-3/backlog-full':
      return c.t(seg.spoofed ? 'deliver.backlogFullSpoofed' : 'deliver.backlogFull', w);
    case 'L-3/syncookie':
      return c.t('deliver.synCookie', w);
    case 'L-2/syncookie':
      return c.t('deliver.cookieAck', w);
    case 'L-4':
      return c.t('deliver.listenOther', w);
    case 'SS-1':
      return synSentBadAck(c, e, w);
    case 'SS-2':
      return c.t(e.discarded ? 'deliver.ss2Ignored' : 'deliver.refused', w);
    case 'SS-4':
      if (has('ACK'))
        return c.t(twoWay || !answerEv ? 'deliver.synAckOk2wh' : 'deliver.synAckOk', w);
      return c.t(twoWay ? 'deliver.simultaneous2wh' : 'deliver.simultaneous', w);
    case 'SS-5':
      return c.t('deliver.ss5', w);
    case 'O-1': {
      if (has('RST')) return c.t('deliver.outOfWindowRst', w);
      if (!answerEv || answerEv.segment.ack === null) return c.t('deliver.outOfWindowQuiet', w);
      const expectedRaw = answerEv.segment.ack;
      const expected = c.nums.inSpaceOf(seg.from, expectedRaw, seg);
      const behind = ((seg.seq - expectedRaw) | 0) < 0;
      return c.t(behind ? 'deliver.alreadyHave' : 'deliver.outOfWindow', { ...w, expected });
    }
    case 'O-2':
      // Which reset is believed depends on the profile: under RFC 5961 only one on the exact
      // next sequence number (else O-2/challenge), under RFC 793 any in the window.
      if (change?.to === 'LISTEN')
        return c.t(c.exactResets ? 'deliver.rstToListen' : 'deliver.rstToListenWindow', w);
      if (change?.from === 'SYN-RECEIVED')
        return c.t(c.exactResets ? 'deliver.rstRefused' : 'deliver.rstRefusedWindow', w);
      return c.t(c.exactResets ? 'deliver.rstClose' : 'deliver.rstCloseWindow', {
        ...w,
        from: change?.from ?? '?',
      });
    // A challenge ACK is rate-limited (RFC 5961 §7): the sentence says whether one went out.
    case 'O-2/challenge':
      return owedAck(c, answerEv, 'deliver.rstChallenge', 'deliver.rstChallengeQuiet', w);
    case 'O-4':
      return c.t(
        change?.to === 'LISTEN' ? 'deliver.synInSynReceived' : 'deliver.synLegacyReset',
        w,
      );
    case 'O-4/challenge':
      return owedAck(c, answerEv, 'deliver.synChallenge', 'deliver.synChallengeQuiet', w);
    case 'O-5':
    case 'O-7':
    case 'O-8':
      return ackArrives(c, e, index, reaction, answerEv, w);
    case 'O-1/dup-syn':
      return c.t('deliver.dupSynLinux', w);
    case 'O-1/simultaneous':
      return c.t('deliver.simultaneousLinux', w);
    case 'O-4/reset':
      return c.t('deliver.synEmbryonicReset', w);
    case 'O-5/challenge':
      return owedAck(c, answerEv, 'deliver.ackChallenge', 'deliver.ackChallengeQuiet', w);
    case 'O-5/TIME-WAIT':
      return c.t('deliver.finAgainTimeWait', { ...w, wait: c.timeWaitLength() });
    case '2WH-DUP-SYN':
      return c.t('deliver.dupSyn2wh', w);
    default:
      return c.t(e.discarded ? 'deliver.genericDiscarded' : 'deliver.generic', {
        ...w,
        rule: c.cite(e.rule),
      });
  }
}

/**
 * An ACK owed to an unacceptable segment (a challenge ACK, RFC 5961): `sent` when it went out,
 * else `held`, which ends with why not (the rate limit, §7).
 */
function owedAck(
  c: NarrationContext,
  answerEv: SendEvent | undefined,
  sent: NarrationKey,
  held: NarrationKey,
  w: Record<string, string | number>,
): string {
  return answerEv ? c.t(sent, w) : c.t(held, { ...w, heldBack: c.t('deliver.heldBack') });
}

/** SS-1: the ACK field of a segment arriving in SYN-SENT is not ISS < SEG.ACK =< SND.NXT. */
function synSentBadAck(
  c: NarrationContext,
  e: DeliverEvent,
  w: Record<string, string | number>,
): string {
  const seg = e.segment;
  if (seg.flags.includes('RST')) return c.t('deliver.ss1Rst', w);
  const iss = c.lookup.socketIss(e.socket);
  if (iss === undefined || seg.ack === null) return c.t('deliver.ss1Unknown', w);
  const tooOld = ((seg.ack - iss) | 0) <= 0; // SEG.ACK =< ISS
  return c.t(tooOld ? 'deliver.ss1Old' : 'deliver.ss1Future', {
    ...w,
    isn: c.nums.inSpaceOf(e.host, iss, seg),
  });
}

/** O-5 (and the O-7/O-8 steps that follow it): the ACK field, then text and FIN. */
function ackArrives(
  c: NarrationContext,
  e: DeliverEvent,
  index: number,
  reaction: readonly TraceEvent[],
  answerEv: SendEvent | undefined,
  w: Record<string, string | number>,
): string {
  const seg = e.segment;
  const change = stateChangeIn(reaction, e.socket);
  if (e.discarded) {
    if (!seg.flags.includes('ACK')) return c.t('deliver.noAck', w);
    if (answerEv?.segment.flags.includes('RST')) {
      const iss = c.lookup.socketIss(e.socket);
      const expected = iss === undefined ? '?' : c.nums.inSpaceOf(e.host, (iss + 1) >>> 0, seg);
      if (seg.len > 0)
        return c.t('deliver.badAckData', { ...w, expected, bytes: seg.len, quoted: c.quoted(seg) });
      return c.t('deliver.badAck', { ...w, expected });
    }
    // An ACK of what was never sent draws an ACK (in any state), unless the rate limit holds
    // it back; unanswered in TIME-WAIT, it was a bare ACK, which TIME-WAIT ignores.
    if (!answerEv && c.lookup.stateBefore(index, e.socket) === 'TIME-WAIT')
      return c.t('deliver.timeWaitAck', w);
    return owedAck(c, answerEv, 'deliver.ackUnsent', 'deliver.ackUnsentQuiet', w);
  }
  // A FIN+ACK in FIN-WAIT-1 passes through FIN-WAIT-2 (its ACK) on the way to TIME-WAIT (its
  // FIN): the sentence is about where the segment takes the host, and from where.
  const timeWait = reaction.some(
    (r) => r.type === 'state' && r.socket === e.socket && r.to === 'TIME-WAIT',
  );
  if (change && timeWait) {
    // From CLOSING the ACK of its own FIN completes the close; from FIN-WAIT-1 or -2 the
    // peer's FIN arrives (with that ACK, from FIN-WAIT-1) and is acknowledged next.
    if (change.from === 'FIN-WAIT-2') return c.t('deliver.finToTimeWait', w);
    if (change.from === 'FIN-WAIT-1') return c.t('deliver.finAckToTimeWait', w);
    return c.t('deliver.toTimeWait', w);
  }
  if (change) {
    if (change.from === 'SYN-RECEIVED' && change.to === 'ESTABLISHED')
      return c.t('deliver.handshakeDone', w);
    if (change.to === 'CLOSE-WAIT') return c.t('deliver.finCloseWait', w);
    if (change.to === 'FIN-WAIT-2') return c.t('deliver.finAcked', w);
    if (change.to === 'CLOSING') return c.t('deliver.toClosing', w);
    if (change.from === 'LAST-ACK' && change.to === 'CLOSED') return c.t('deliver.lastAck', w);
  }
  const received = reaction.find(
    (r): r is AppEvent => r.type === 'app' && r.call === 'receive' && r.result === 'ok',
  );
  if (received) {
    const bytes = received.bytes ?? seg.len;
    if (seg.stale) return c.t('deliver.staleData', { ...w, bytes, quoted: c.quoted(seg) });
    return c.t('deliver.data', { ...w, bytes });
  }
  return c.t('deliver.ack', w);
}

// ───────────────────────────── drop ─────────────────────────────

export function narrateDrop(c: NarrationContext, e: DropEvent, index: number): string {
  const seg = e.segment;
  // For host-down the event names the receiver; otherwise the sender.
  const w = { ...c.hostWords(e.reason === 'host-down' ? e.host : seg.from), seg: c.phrase(seg) };
  const resend = c.lookup.laterResend(index, seg);
  let then = c.t('drop.thenNothing');
  if (resend) {
    // A timer resends it; in the two-way protocol a SYN-ACK has none and goes again only
    // when the repeated SYN comes in.
    const key = resend.rule === '2WH-DUP-SYN' ? 'drop.thenResentOnSyn' : 'drop.thenResent';
    then = c.t(key, { sender: c.t(`who.${seg.from}`), time: c.secs(resend.t) });
  } else if (!occupiesSequenceSpace(seg)) then = c.t('drop.thenNotResent');
  const key: Record<DropEvent['reason'], NarrationKey> = {
    fault: 'drop.fault',
    loss: 'drop.loss',
    'host-down': 'drop.hostDown',
    unreachable: 'drop.unreachable',
  };
  return c.t(key[e.reason] ?? 'drop.generic', { ...w, then });
}
