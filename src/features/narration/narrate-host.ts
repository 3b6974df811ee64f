// Sentences for what happens inside a host: state changes, timers, application calls.

import type { AppEvent, SendEvent, StateEvent, TimerEvent, TraceEvent } from '../../core/trace.ts';
import { PROFILES } from '../../core/profile.ts';
import type { NarrationContext } from './narration-context.ts';
import { ruleBase } from './narrate-segment.ts';
import { reactionTo, stateChangeIn, triggeringDelivery } from './trace-lookup.ts';

export function narrateState(c: NarrationContext, e: StateEvent, index: number): string {
  const w = { ...c.hostWords(e.host), from: e.from, to: e.to };
  const base = ruleBase(e.rule);
  switch (e.rule) {
    case 'L-3/2WH': {
      const trigger = triggeringDelivery(c.events, index);
      const phantom = trigger?.segment.stale === true || c.isPhantom(e.host, e.socket);
      return c.t(phantom ? 'state.phantom2wh' : 'state.established2wh', w);
    }
    case 'SS-4/2WH':
      return c.t('state.simultaneous2wh', w);
    case 'T-2MSL':
      return c.t('state.timeWaitOver', { ...w, wait: c.timeWaitLength() });
    case 'L-2/syncookie':
      return c.t('state.establishedCookie', w);
    case 'T-RTO/give-up':
      return c.t('state.gaveUp', w);
    case 'crash':
      return c.t(e.from === 'LISTEN' ? 'state.crashedListen' : 'state.crashed', w);
    case 'U-ABORT':
      return c.t('state.aborted', w);
    case 'inferred':
      // A capture shows segments, not sockets: say the state is a reading of them.
      return c.t('state.inferred', w);
    default:
      break;
  }
  switch (e.to) {
    case 'LISTEN':
      return c.t(e.from === 'SYN-RECEIVED' ? 'state.backToListen' : 'state.listen', w);
    case 'SYN-SENT':
      return c.t('state.synSent', w);
    case 'SYN-RECEIVED':
      if (e.from === 'SYN-SENT') return c.t('state.simultaneous', w);
      return c.t(
        triggeringDelivery(c.events, index)?.segment.spoofed
          ? 'state.synReceivedSpoofed'
          : 'state.synReceived',
        w,
      );
    case 'ESTABLISHED':
      if (e.from === 'SYN-SENT') return c.t('state.establishedActive', w);
      // From SYN-RECEIVED: a listener's handshake, or the end of a simultaneous open.
      return c.t(
        c.lookup.openedHow(e.socket) === 'active'
          ? 'state.establishedSimultaneous'
          : 'state.establishedPassive',
        w,
      );
    case 'FIN-WAIT-1':
      return c.t('state.finWait1', w);
    case 'FIN-WAIT-2':
      return c.t('state.finWait2', w);
    case 'CLOSE-WAIT':
      return c.t('state.closeWait', w);
    case 'CLOSING':
      return c.t('state.closing', w);
    case 'LAST-ACK':
      return c.t('state.lastAck', w);
    case 'TIME-WAIT':
      return c.t('state.timeWait', { ...w, wait: c.timeWaitLength() });
    case 'CLOSED':
      if (base === 'SS-2') return c.t('state.refused', w);
      if (base === 'O-2' || base === 'O-4') return c.t('state.reset', w);
      if (e.from === 'LAST-ACK') return c.t('state.closedLastAck', w);
      if (base === 'U-CLOSE') return c.t('state.closedByUser', w);
      return c.t('state.generic', { ...w, rule: c.cite(e.rule) });
  }
}

// ───────────────────────────── timer ─────────────────────────────

export function narrateTimer(c: NarrationContext, e: TimerEvent, index: number): string {
  const w = c.hostWords(e.host);
  const reaction = reactionTo(c.events, index);
  const sameSocket = (r: TraceEvent) => 'socket' in r && r.socket === e.socket;
  if (e.timer === 'time-wait') {
    // Linux's TIME-WAIT is a fixed length, not 2 MSL: said so, not "2 MSL (60 s)".
    const fixed = c.fixedTimeWaitMs !== null;
    if (e.action === 'set') {
      const duration = c.secs((e.due ?? e.t) - e.t);
      return c.t(fixed ? 'timer.twSetFixed' : 'timer.twSet', { ...w, duration });
    }
    if (e.action === 'fire') {
      const set = c.lookup.lastTimerSet(index, e.socket, 'time-wait');
      const duration = c.secs(set ? e.t - set.t : 0);
      return c.t(fixed ? 'timer.twFireFixed' : 'timer.twFire', { ...w, duration });
    }
    const rearm = reaction.some(
      (r) => r.type === 'timer' && sameSocket(r) && r.timer === 'time-wait' && r.action === 'set',
    );
    return rearm
      ? c.t('timer.twRearm', { ...w, wait: c.timeWaitLength() })
      : c.t('timer.twCancel', w);
  }
  switch (e.action) {
    case 'set': {
      const rto = c.secs(e.rto ?? (e.due ?? e.t) - e.t);
      const prev = c.lookup.lastTimerSet(index, e.socket, 'retransmit');
      const backedOff =
        firedJustBefore(c, index, e.socket) && prev?.rto !== undefined && e.rto !== undefined;
      // Doubled; grown by less than that, it reached the ceiling (rtxSetCapped, below).
      if (backedOff && e.rto! >= 2 * prev!.rto!) return c.t('timer.rtxSetBackoff', { ...w, rto });
      if (backedOff && notBackedOff(prev!.rto!, e.rto!))
        return c.t('timer.rtxSetKept', { ...w, rto });
      if (backedOff) return c.t('timer.rtxSetCapped', { ...w, rto });
      return c.t('timer.rtxSet', { ...w, rto });
    }
    case 'fire':
      return retransmitFires(c, e, index, reaction, w);
    case 'cancel': {
      if (
        reaction.some(
          (r) =>
            r.type === 'timer' && sameSocket(r) && r.timer === 'retransmit' && r.action === 'set',
        )
      ) {
        return c.t('timer.rtxRearm', w);
      }
      const change = stateChangeIn(reaction, e.socket);
      const goingAway =
        change !== undefined &&
        (change.to === 'CLOSED' || change.to === 'LISTEN') &&
        change.rule !== 'O-5';
      return c.t(goingAway ? 'timer.rtxStopClosing' : 'timer.rtxCancel', w);
    }
  }
}

function firedJustBefore(c: NarrationContext, index: number, socket: string): boolean {
  const t = c.events[index]!.t;
  for (let i = index - 1; i >= 0 && c.events[i]!.t === t; i--) {
    const p = c.events[i]!;
    if (
      p.type === 'timer' &&
      p.socket === socket &&
      p.timer === 'retransmit' &&
      p.action === 'fire'
    )
      return true;
  }
  return false;
}

/** RFC 6298 (5.4)–(5.6): resend the earliest unacknowledged segment and back off — or give up (R2). */
function retransmitFires(
  c: NarrationContext,
  e: TimerEvent,
  index: number,
  reaction: readonly TraceEvent[],
  w: Record<string, string>,
): string {
  const set = c.lookup.lastTimerSet(index, e.socket, 'retransmit');
  const elapsed = c.secs(set ? e.t - set.t : 0);
  const resend = reaction.find(
    (r): r is SendEvent => r.type === 'send' && r.socket === e.socket && r.rule === 'T-RTO',
  );
  const gaveUp = reaction.some(
    (r) =>
      (r.type === 'state' && r.socket === e.socket && r.rule === 'T-RTO/give-up') ||
      (r.type === 'app' && r.socket === e.socket && r.result === 'timeout'),
  );
  // What the host was waiting for: the answer to the head of its retransmission queue.
  const head = resend?.segment ?? c.lookup.lastSpaceSend(index, e.socket);
  const awaited = !head
    ? c.t('awaited.ack')
    : head.flags.includes('SYN') && !head.flags.includes('ACK')
      ? c.t('awaited.synAck')
      : head.flags.includes('FIN')
        ? c.t('awaited.finAck')
        : c.t('awaited.ack');
  if (gaveUp) return c.t('timer.rtxGiveUp', { ...w, awaited, elapsed });
  if (!resend) return c.t('timer.rtxFireIdle', w);
  const next = reaction.find(
    (r): r is TimerEvent =>
      r.type === 'timer' && r.socket === e.socket && r.action === 'set' && r.timer === 'retransmit',
  );
  const rtoMs = next?.rto ?? (next?.due !== undefined ? next.due - next.t : undefined);
  const params = {
    ...w,
    awaited,
    elapsed,
    kind: c.kind(resend.segment),
    rto: rtoMs === undefined ? '?' : c.secs(rtoMs),
  };
  const before = set?.rto;
  const doubled = rtoMs !== undefined && before !== undefined && rtoMs >= 2 * before;
  if (doubled || before === undefined) return c.t('timer.rtxFire', params);
  // Grown, but by less than double: the doubling was cut at the ceiling.
  if (rtoMs !== undefined && rtoMs > before) return c.t('timer.rtxFireToCap', params);
  return c.t(
    rtoMs !== undefined && notBackedOff(before, rtoMs)
      ? 'timer.rtxFireKept'
      : 'timer.rtxFireCapped',
    params,
  );
}

/** The lowest RTO ceiling of any profile (RFC 6298's 60 s; Linux's TCP_RTO_MAX is 120 s). */
const LOWEST_RTO_MAX_MS = Math.min(...Object.values(PROFILES).map((p) => p.rtoMaxMs));

/**
 * A timeout that stayed the same below every ceiling was not held by a cap: the retry was
 * not backed off at all (Linux's first SYN retries, tcp_syn_linear_timeouts).
 */
function notBackedOff(before: number, after: number): boolean {
  return after === before && after < LOWEST_RTO_MAX_MS;
}

// ───────────────────────────── app ─────────────────────────────

export function narrateApp(c: NarrationContext, e: AppEvent, index: number): string {
  const w = {
    ...c.hostWords(e.host),
    call: e.call,
    port: e.port ?? '?',
    peerPort: e.peerPort ?? '?',
    bytes: e.bytes ?? 0,
    result: e.result === undefined ? '' : c.t(`result.${e.result}`),
  };
  if (e.result === 'error' && e.call !== 'crash' && e.call !== 'restart')
    return c.t('app.hostDown', w);
  if (e.result === 'no-connection') return c.t('app.noConnection', w);
  switch (e.call) {
    case 'listen':
      if (e.result === undefined) return c.t('app.listen', w);
      if (e.result === 'connection-exists') return c.t('app.listenExists', w);
      return c.t('app.listenOk', { ...w, port: e.port ?? portOfSocket(c, index, e.socket) });
    case 'connect':
      switch (e.result) {
        case undefined:
          return c.t('app.connect', w);
        case 'ok':
          return c.t('app.connectOk', w);
        case 'refused':
          return c.t('app.connectRefused', w);
        case 'timeout':
          return c.t('app.connectTimeout', w);
        case 'reset':
          return c.t('app.connectReset', w);
        case 'closing':
          return c.t('app.connectClosing', w);
        case 'connection-exists':
          return c.t('app.connectExists', w);
        default:
          return c.t('app.generic', w);
      }
    case 'accept': {
      const trigger = triggeringDelivery(c.events, index);
      const phantom =
        c.isPhantom(e.host, e.socket) ||
        (trigger?.segment.stale === true && trigger.segment.flags.includes('SYN'));
      return c.t(phantom ? 'app.acceptPhantom' : 'app.acceptOk', w);
    }
    case 'receive': {
      if (e.result === 'closing') return c.t('app.receiveEnd', w);
      if (e.result === 'reset') return c.t('app.receiveReset', w);
      if (e.result === 'timeout') return c.t('app.receiveTimeout', w);
      const seg = e.segment === undefined ? undefined : c.lookup.deliveredSegment(e.segment);
      if (seg?.stale) return c.t('app.receiveStale', { ...w, quoted: c.quoted(seg) });
      return c.t('app.receive', w);
    }
    case 'send':
      return c.t(e.result === 'closing' ? 'app.sendClosing' : 'app.send', w);
    case 'close':
      return c.t(e.result === 'closing' ? 'app.closeClosing' : 'app.close', w);
    case 'abort':
      return c.t('app.abort', w);
    case 'crash':
      return c.t('app.crash', w);
    case 'restart':
      return c.t('app.restart', w);
  }
}

function portOfSocket(c: NarrationContext, index: number, socket: string | null): number | string {
  for (let i = index; i >= 0; i--) {
    const p = c.events[i]!;
    if (p.type === 'state' && p.socket === socket) return p.port;
  }
  return '?';
}
