// English narration templates. One sentence per trace event, chosen by event type and
// the rule that fired; "{name}" placeholders are filled by narrate.ts. A catalogue for
// another language implements NarrationCatalogue (same keys, same placeholders).
//
// Placeholders: {who}/{Who} the host ("the client" / "The client"), {peer}/{Peer} the
// other host, {whose} "the client's", {seg} a segment phrase ("SYN 100", "old SYN 90"),
// {answer} the segment sent in reply, {kind} flag name ("SYN-ACK"), numbers as shown.

import { ruleCitationMessagesEn } from './rule-citation.ts';
import type { Catalogue } from './template.ts';

export const narrationMessagesEn = {
  // Where a rule is written, for the sentences that name one (rule-citation.ts).
  ...ruleCitationMessagesEn,
  // ── words ──
  'who.client': 'the client',
  'who.server': 'the server',
  'Who.client': 'The client',
  'Who.server': 'The server',
  'whose.client': "the client's",
  'whose.server': "the server's",
  'Whose.client': "The client's",
  'Whose.server': "The server's",
  'role.client': 'client',
  'role.server': 'server',
  'time.seconds': '{s} s',
  'time.twoMsl': '2 MSL',
  'seg.label': '{kind} {seq}',
  'seg.labelAck': '{kind} {seq}/{ack}',
  'seg.kindNone': 'segment',
  'seg.data': '{label} with {bytes} bytes',
  'seg.payload': '{label} with {bytes} bytes ("{payload}")',
  'seg.old': 'old {label}',
  'seg.copy': 'duplicated {label}',
  'seg.retransmitted': 'retransmitted {label}',
  'seg.plain': '{label}',
  'payload.quoted': ' ("{payload}")',
  'awaited.synAck': 'SYN-ACK',
  'awaited.ack': 'ACK',
  'awaited.finAck': 'ACK of its FIN',
  'answer.none': 'nothing',
  /** A socket call's result code (only the generic sentence shows it). */
  'result.ok': 'ok',
  'result.refused': 'refused',
  'result.timeout': 'timeout',
  'result.reset': 'reset',
  'result.closing': 'closing',
  'result.error': 'error',
  'result.connection-exists': 'connection-exists',
  'result.no-connection': 'no-connection',

  // ── send ──
  'send.open':
    '{Who} sends {seg} to open the connection: the SYN announces its initial sequence number.',
  'send.synAck':
    "{Who} sends {seg}: its own initial sequence number, and ack {ack} = the SYN's number + 1.",
  'send.synCookie':
    '{Who} answers with {seg} and stores nothing: its sequence number is a SYN cookie (RFC 4987).',
  'send.synAck2wh':
    '{Who} sends {seg} and, in the two-way protocol, counts the connection as open without waiting for an answer.',
  'send.simultaneousSynAck':
    'Both ends sent a SYN (simultaneous open): {who} answers with {seg}, acknowledging the other SYN and repeating its own.',
  'send.simultaneous2wh':
    '{Who} answers the SYN with {seg} and, in the two-way protocol, treats the connection as open at once.',
  'send.finalAck':
    "{Who} sends the handshake's third message, {seg}: ack {ack} proves it received {whosePeer} SYN-ACK, which no old duplicate could know.",
  'send.reset':
    '{Who} sends {seg}, numbered from the {answered} it rejects: a reset counts only if its number is one {peer} expects.',
  'send.resetAck':
    '{Who} sends {seg}: it acknowledges the {answered} it rejects, which tells {peer} the reset answers its own segment.',
  'send.dupAck': '{Who} answers with {seg}, restating which sequence number it expects next.',
  'send.challengeAck':
    '{Who} sends a challenge ACK, {seg}: a genuine peer will answer it with a reset carrying exactly the expected number (RFC 5961).',
  'send.resetLegacySyn':
    '{Who} answers the in-window SYN with {seg} and closes the connection (legacy RFC 793 rule).',
  'send.ackUnsent': '{Who} answers with {seg}: the segment acknowledged data it has not sent yet.',
  'send.timeWaitAck': '{Who}, in TIME-WAIT, acknowledges the repeated FIN again with {seg}.',
  'send.ackData': '{Who} acknowledges the data with {seg}: ack {ack} is the next octet it expects.',
  'send.ackFin': '{Who} acknowledges the FIN with {seg}.',
  'send.ack': '{Who} sends {seg}.',
  'send.data': '{Who} sends {bytes} bytes of data: {seg}.',
  'send.fin': '{Who} sends {seg}: it has no more data to send.',
  'send.abort':
    '{Whose} application aborts: it sends {seg} so that {peer} drops the connection too.',
  'send.retransmit': '{Who} sends {seg} again (retransmission).',
  'send.dupSynLinux':
    'The same SYN arrived again, so {who} resends its SYN-ACK ({seg}) and restarts its timer, as Linux does (the RFC would send a plain ACK).',
  'send.embryonicReset':
    'A different SYN hit {whose} half-open connection: like Linux, {who} answers with {seg} and drops the half-open connection.',
  'send.dupSyn2wh':
    'The same SYN arrived again, so {who} sends its SYN-ACK again ({seg}): in the two-way protocol nothing else would tell {peer} the connection exists.',
  'send.generic': '{Who} sends {seg} ({rule}).',

  // ── deliver ──
  // An arrival's state change is the next step, and the lane shows the old state until then:
  // an arrival says where the host "moves to", the state change that it "is" there.
  'deliver.closed':
    '{Who} has no connection on port {port}, so it rejects the {seg} with a reset (RFC 9293: a closed port answers every segment except a reset with a reset).',
  'deliver.closedRst':
    '{Who} has no connection on port {port} and ignores the {seg}: a reset is never answered.',
  'deliver.listenRst':
    '{Who} is only listening, so it ignores the {seg}: a reset cannot refer to anything there (RFC 9293 §3.10.7.2, first check).',
  'deliver.listenAck':
    '{Who} is only listening, and an ACK cannot be right for a connection that does not exist yet, so it rejects the {seg} with a reset (RFC 9293 §3.10.7.2, second check).',
  'deliver.syn':
    '{Who} receives the {seg}: it opens a half-open connection, answers {answer} and waits for {peer} to confirm.',
  'deliver.synStale':
    '{Who} cannot tell this SYN is old, so it answers {answer} and waits for {peer} to confirm.',
  'deliver.syn2wh':
    '{Who} receives the {seg} and, in the two-way protocol, counts the connection as open at once, answering {answer}.',
  'deliver.synStale2wh':
    '{Who} cannot tell this SYN is old, and the two-way protocol gives it no way to ask: it answers {answer} and treats the connection as open.',
  'deliver.backlogFull':
    '{Whose} queue of half-open connections is full, so it drops the {seg} without answering; {peer} will have to send it again.',
  'deliver.backlogFullSpoofed':
    '{Whose} queue of half-open connections is full, so it drops the {seg} from a forged address without answering; no one will send it again.',
  'deliver.synSpoofed':
    '{Who} takes the {seg} from a forged address: a half-open connection, and {answer} to no one.',
  'deliver.synCookie': '{Who} does not store the {seg}: it answers {answer} with a SYN cookie.',
  'deliver.cookieAck':
    'Ack {ack} − 1 is one of {whose} SYN cookies: the {seg} opens the connection.',
  'deliver.listenOther':
    '{Who} is only listening and the {seg} carries no SYN, so it is dropped (RFC 9293 §3.10.7.2, fourth check).',
  'deliver.ss1Old':
    "{Whose} SYN was numbered {isn}, and the {kind}'s ack {ack} is not above that, so it acknowledges nothing this connection sent: {who} answers with a reset (RFC 9293 §3.10.7.3, first check).",
  'deliver.ss1Unknown':
    "The {kind}'s ack {ack} acknowledges nothing {who} sent on this connection, so it answers with a reset (RFC 9293 §3.10.7.3, first check).",
  'deliver.ss1Future':
    "{Whose} SYN was numbered {isn}, so the {kind}'s ack {ack} acknowledges something it never sent: {who} answers with a reset (RFC 9293 §3.10.7.3, first check).",
  'deliver.ss1Rst':
    '{Who} drops the {seg}: its ack does not match {whose} SYN, and a reset is never answered (RFC 9293 §3.10.7.3, first check).',
  'deliver.ss2Ignored':
    '{Who} ignores the {seg}: while it waits for a SYN-ACK, only a reset that acknowledges its SYN counts (RFC 9293 §3.10.7.3, second check).',
  'deliver.refused':
    'The {seg} acknowledges {whose} SYN, so the connection is refused: {who} closes and connect() fails (RFC 9293 §3.10.7.3, second check).',
  'deliver.synAckOk':
    'The {seg} acknowledges {whose} SYN (ack {ack} = its initial number + 1), so {who} moves to ESTABLISHED and confirms with {answer}.',
  'deliver.synAckOk2wh':
    'The {seg} acknowledges {whose} SYN, so {who} moves to ESTABLISHED; in the two-way protocol it sends no third message.',
  'deliver.simultaneous':
    '{Who} receives the {seg} while its own SYN is unanswered (simultaneous open): it moves to SYN-RECEIVED and answers {answer}.',
  'deliver.simultaneous2wh':
    '{Who} receives the {seg} while its own SYN is unanswered; in the two-way protocol that alone opens the connection, and it answers {answer}.',
  'deliver.ss5':
    '{Who} is waiting for a SYN-ACK, so it drops the {seg}: only a SYN or a reset can change anything now (RFC 9293 §3.10.7.3, fifth check).',
  'deliver.alreadyHave':
    '{Who} expects {expected} next, so the {seg} lies behind what it has received: it drops it and answers {answer} (RFC 9293 §3.10.7.4, first check).',
  'deliver.outOfWindow':
    'The {seg} is outside {whose} receive window (it expects {expected}), so it is dropped and answered with {answer} (RFC 9293 §3.10.7.4, first check).',
  'deliver.outOfWindowQuiet':
    'The {seg} is outside {whose} receive window, so it is dropped; the answering ACK is held back by the rate limit (RFC 5961 §7).',
  'deliver.outOfWindowRst':
    'The {seg} is outside {whose} receive window, so it is dropped without an answer (RFC 9293 §3.10.7.4, first check).',
  'deliver.rstToListen':
    'The {seg} carries exactly the sequence number {who} expects next, so it is valid: {who} drops its half-open connection and goes back to listening (RFC 9293 §3.10.7.4, second check).',
  'deliver.rstToListenWindow':
    'The {seg} fits {whose} receive window, so it is valid under the RFC 793 rules: {who} drops its half-open connection and goes back to listening (RFC 9293 §3.10.7.4, second check).',
  'deliver.rstRefused':
    'The {seg} carries exactly the sequence number {who} expects next, so it is valid: the connection is refused and {who} closes (RFC 9293 §3.10.7.4, second check).',
  'deliver.rstRefusedWindow':
    'The {seg} fits {whose} receive window, so it is valid under the RFC 793 rules: the connection is refused and {who} closes (RFC 9293 §3.10.7.4, second check).',
  'deliver.rstClose':
    'The {seg} carries exactly the sequence number {who} expects next, so it is valid: {who} tears the connection down ({from} → CLOSED, RFC 9293 §3.10.7.4, second check).',
  'deliver.rstCloseWindow':
    'The {seg} fits {whose} receive window, so it is valid under the RFC 793 rules: {who} tears the connection down ({from} → CLOSED, RFC 9293 §3.10.7.4, second check).',
  'deliver.rstChallenge':
    'The {seg} is in {whose} window but is not exactly the number it expects next, so {who} does not trust it and sends a challenge ACK instead (RFC 5961 §3).',
  'deliver.rstChallengeQuiet':
    'The {seg} is in {whose} window but is not exactly the number it expects next, so {who} does not trust it; {heldBack}.',
  'deliver.synInSynReceived':
    'Another SYN arrives while {who} is still half-open with the first: it cannot tell which one is real, so it abandons that half-open connection and goes back to LISTEN without replying; a genuine client will send its SYN again (RFC 9293 §3.10.7.4).',
  'deliver.synLegacyReset':
    'A SYN inside the window of an open connection is an error under the legacy rules: {who} sends a reset and closes (RFC 793).',
  'deliver.synChallenge':
    '{Who} already has a connection here, so it does not reset it for the {seg}: it sends a challenge ACK, which a peer that really restarted will answer with a reset (RFC 5961 §4).',
  'deliver.synChallengeQuiet':
    '{Who} already has a connection here, so it does not reset it for the {seg}; {heldBack}.',
  'deliver.badAck':
    'This {segKind} acknowledges {ack}, not {whose} SYN-ACK (that would be ack {expected}), so it cannot belong to this connection: {who} answers with a reset (RFC 9293 §3.10.7.4, fifth check).',
  'deliver.badAckData':
    'This {segKind} acknowledges {ack}, not {whose} SYN-ACK (that would be ack {expected}), so it cannot belong to this connection: {who} answers with a reset and does not deliver its {bytes} bytes{quoted} (RFC 9293 §3.10.7.4, fifth check).',
  'deliver.ackUnsent':
    'The {seg} acknowledges data {who} has not sent, so {who} drops it and answers {answer} (RFC 9293 §3.10.7.4, fifth check).',
  /** Why an ACK owed to an unacceptable segment was not sent (the *Quiet sentences end with it). */
  'deliver.heldBack':
    'the ACK it would answer with is held back by the rate limit, as it answered another unacceptable segment moments ago (RFC 5961 §7)',
  'deliver.ackUnsentQuiet':
    'The {seg} acknowledges data {who} has not sent, so {who} drops it; {heldBack}.',
  'deliver.timeWaitAck':
    '{Who} is in TIME-WAIT, where only a repeated FIN needs an answer, so it ignores the {seg} (answering every ACK would let two ends trade ACKs for ever).',
  'deliver.noAck':
    '{Who} drops the {seg}: it has no ACK bit, and every segment after the SYN must carry one (RFC 9293 §3.10.7.4, fifth check).',
  'deliver.handshakeDone':
    'The {seg} acknowledges {whose} SYN-ACK (ack {ack}), so the handshake is complete: {who} moves to ESTABLISHED.',
  'deliver.staleData':
    '{Who} already counts the connection as open, so this old segment passes as a late acknowledgement: it accepts {bytes} bytes of old data{quoted} as new and hands them to its application.',
  'deliver.data': '{Who} accepts {bytes} bytes in sequence and hands them to its application.',
  'deliver.finCloseWait':
    'The {seg} says {peer} has finished sending: {who} acknowledges it and waits in CLOSE-WAIT for its own application to close.',
  'deliver.finAcked':
    'The {seg} acknowledges {whose} FIN: its sending side is closed, and it waits in FIN-WAIT-2 for {whosePeer} FIN.',
  'deliver.toTimeWait':
    'The {seg} acknowledges {whose} FIN, and {who} has already acknowledged {whosePeer}: it enters TIME-WAIT, in case its last ACK is lost.',
  'deliver.finToTimeWait':
    'The {seg} carries {whosePeer} FIN, and {whose} own FIN is already acknowledged: {who} acknowledges it and enters TIME-WAIT, in case that last ACK is lost.',
  'deliver.finAckToTimeWait':
    'The {seg} acknowledges {whose} FIN and carries {whosePeer}: {who} acknowledges it and enters TIME-WAIT, in case that last ACK is lost.',
  'deliver.toClosing':
    'The {seg} crosses {whose} own FIN (simultaneous close): it acknowledges it and waits in CLOSING for the ACK of its FIN.',
  'deliver.lastAck':
    'The {seg} acknowledges {whose} FIN, so the connection is fully closed and {who} deletes it.',
  'deliver.ack': 'The {seg} reaches {who}: it acknowledges what {who} has sent.',
  'deliver.ackChallenge':
    'This {segKind} acknowledges {ack}, too old to be plausible, so {who} drops it and sends a challenge ACK (RFC 5961 §5).',
  'deliver.ackChallengeQuiet':
    'This {segKind} acknowledges {ack}, too old to be plausible, so {who} drops it; {heldBack}.',
  'deliver.finAgainTimeWait':
    'The {seg} repeats {whosePeer} FIN, so {peer} did not get {whose} ACK of it in time: {who}, in TIME-WAIT, acknowledges it again and restarts its {wait} wait.',
  'deliver.dupSynLinux':
    'The {seg} repeats the SYN that opened this half-open connection: {who} sends its SYN-ACK again (Linux), unless it did so within the last 500 ms.',
  'deliver.simultaneousLinux':
    'The {seg} answers {whose} own SYN during a simultaneous open: Linux takes it at face value, so {who} moves to ESTABLISHED at once and acknowledges it.',
  'deliver.synEmbryonicReset':
    'A new SYN arrives while {who} is still half-open: like Linux, it resets and drops that half-open connection.',
  'deliver.dupSyn2wh':
    'The {seg} repeats the SYN that opened this connection; the two-way {role} answers with its SYN-ACK again.',
  'deliver.generic': 'The {seg} reaches {who} ({rule}).',
  'deliver.genericDiscarded': 'The {seg} reaches {who}, which discards it ({rule}).',

  // ── drop ──
  'drop.fault':
    'The {seg} from {who} is lost on the way (a drop fault), so {peer} never sees it{then}.',
  'drop.loss':
    'The {seg} from {who} is lost on the way (random loss on the link), so {peer} never sees it{then}.',
  'drop.hostDown': 'The {seg} reaches {who} while it is down, so it is lost{then}.',
  'drop.unreachable': 'The {seg} from {who} goes to a forged address: no one is there{then}.',
  'drop.generic': 'The {seg} from {who} is lost{then}.',
  'drop.thenResent': '; {sender} sends it again at {time}',
  'drop.thenResentOnSyn': '; {sender} sends it again at {time}, in answer to the repeated SYN',
  'drop.thenNotResent':
    '; an ACK or a reset has no retransmission timer: it is repeated only if what it answers arrives again',
  'drop.thenNothing': '',

  // ── state ──
  'state.listen': '{Who} is now in LISTEN, waiting for a SYN.',
  'state.synSent':
    '{Who} moves from CLOSED to SYN-SENT: its SYN is on its way and it waits for the answer.',
  'state.synReceived':
    '{Who} moves to SYN-RECEIVED: it has a SYN but no proof yet that {peer} wants this connection.',
  'state.synReceivedSpoofed':
    '{Who} moves to SYN-RECEIVED on a SYN from a forged address: it holds a slot for a connection no one will complete.',
  'state.phantom2wh':
    'The two-way {role} commits on the SYN alone: it now holds a connection no {peerRole} asked for.',
  'state.established2wh':
    'The two-way {role} commits on the SYN alone: it goes straight from LISTEN to ESTABLISHED.',
  'state.establishedActive':
    '{Who} is ESTABLISHED: its SYN is acknowledged and connect() can return.',
  'state.establishedCookie':
    '{Who} goes straight from LISTEN to ESTABLISHED: the cookie stood in for SYN-RECEIVED.',
  'state.establishedPassive': '{Who} is ESTABLISHED: the three-way handshake is complete.',
  'state.establishedSimultaneous': '{Who} is ESTABLISHED: the simultaneous open is complete.',
  'state.simultaneous': '{Who} moves from SYN-SENT to SYN-RECEIVED: both ends opened at once.',
  'state.simultaneous2wh':
    '{Who} goes from SYN-SENT straight to ESTABLISHED on the other SYN alone (two-way protocol).',
  'state.refused': '{Who} goes from SYN-SENT to CLOSED: the connection was refused.',
  'state.backToListen':
    '{Whose} half-open connection is gone: SYN-RECEIVED returns to LISTEN, as if that SYN had never arrived.',
  'state.reset': '{Who} goes from {from} to CLOSED: the connection was reset.',
  'state.finWait1':
    '{Who} moves from {from} to FIN-WAIT-1: its FIN is out and waits to be acknowledged.',
  'state.finWait2':
    '{Who} moves to FIN-WAIT-2: its FIN is acknowledged; it waits for {whosePeer} FIN.',
  'state.closeWait':
    '{Who} moves to CLOSE-WAIT: {peer} has finished sending; it waits for its own application to close.',
  'state.closing':
    '{Who} moves to CLOSING: both ends sent a FIN at once; it waits for the ACK of its own.',
  'state.lastAck':
    '{Who} moves from CLOSE-WAIT to LAST-ACK: its FIN is out; one ACK and the connection is gone.',
  'state.timeWait':
    '{Who} moves from {from} to TIME-WAIT: it lingers for {wait} in case its last ACK is lost.',
  'state.closedLastAck':
    '{Who} goes from LAST-ACK to CLOSED: its FIN is acknowledged and the connection is over.',
  'state.closedByUser': '{Who} goes from {from} to CLOSED: its application closed the socket.',
  'state.aborted': '{Who} goes from {from} to CLOSED: its application aborted the connection.',
  'state.timeWaitOver': '{Who} leaves TIME-WAIT after {wait} and forgets the connection (CLOSED).',
  'state.inferred':
    '{Who} is now taken to be in {to} (was {from}): inferred from the segments in the capture, not read from the socket itself.',
  'state.gaveUp': '{Who} gives up after retrying for long enough: {from} → CLOSED.',
  'state.crashedListen':
    '{Who} crashes: its listening socket is gone, so new SYNs will find a closed port.',
  'state.crashed': '{Who} crashes: its {from} connection vanishes without a word to {peer}.',
  'state.generic': '{Who} moves from {from} to {to} ({rule}).',

  // ── timer ──
  'timer.rtxSet':
    '{Who} starts its retransmission timer: if nothing is acknowledged within {rto}, it will send again.',
  'timer.rtxSetBackoff': '{Who} sets its retransmission timer to {rto}, twice as long as before.',
  'timer.rtxSetCapped': '{Who} sets its retransmission timer to {rto}, its maximum.',
  'timer.rtxSetKept':
    '{Who} sets its retransmission timer to {rto} again, without doubling it: Linux spaces its first SYN retries evenly.',
  'timer.rtxFire':
    'No {awaited} after {elapsed}: {whose} retransmission timer fires and it sends the {kind} again (RTO doubles to {rto}).',
  'timer.rtxFireCapped':
    'No {awaited} after {elapsed}: {whose} retransmission timer fires and it sends the {kind} again (RTO stays at its maximum, {rto}).',
  'timer.rtxFireToCap':
    'No {awaited} after {elapsed}: {whose} retransmission timer fires and it sends the {kind} again (RTO would double, but stops at its maximum, {rto}).',
  'timer.rtxFireKept':
    'No {awaited} after {elapsed}: {whose} retransmission timer fires and it sends the {kind} again (RTO stays at {rto}: Linux does not back off its first SYN retries).',
  'timer.rtxGiveUp':
    'No {awaited} after {elapsed}: {who} has retried long enough and gives up on the connection.',
  'timer.rtxFireIdle': '{Whose} retransmission timer fires with nothing left to resend.',
  'timer.rtxRearm': '{Who} stops its retransmission timer to start it afresh.',
  'timer.rtxCancel':
    '{Who} stops its retransmission timer: everything it sent has been acknowledged.',
  'timer.rtxStopClosing': '{Who} stops its retransmission timer: the connection is going away.',
  'timer.twSet':
    '{Who} will wait 2 MSL ({duration}) in TIME-WAIT, so that a lost last ACK can be repeated and old segments die out.',
  'timer.twSetFixed':
    '{Who} will wait {duration} in TIME-WAIT, a length Linux fixes whatever the MSL, so that a lost last ACK can be repeated and old segments die out.',
  'timer.twFire': '2 MSL ({duration}) have passed: {who} can forget the connection.',
  'timer.twFireFixed': '{duration} have passed in TIME-WAIT: {who} can forget the connection.',
  'timer.twRearm': '{Who} stops its TIME-WAIT timer to start its {wait} wait afresh.',
  'timer.twCancel': '{Who} stops its TIME-WAIT timer: the connection is gone.',

  // ── app ──
  'app.listen': '{Whose} application calls listen() on port {port}.',
  'app.listenOk': 'listen() returns: {who} accepts connections on port {port}.',
  'app.listenExists': 'listen() fails: {who} is already listening on port {port}.',
  'app.connect':
    '{Whose} application calls connect() to port {peerPort} and blocks until the handshake completes.',
  'app.connectOk': 'connect() returns on {who}: the connection is open.',
  'app.connectRefused': 'connect() fails on {who}: connection refused.',
  'app.connectTimeout': 'connect() fails on {who}: the connection attempt timed out.',
  'app.connectReset': 'connect() fails on {who}: the connection was reset.',
  'app.connectClosing':
    'connect() fails on {who}: the socket was closed before the handshake finished.',
  'app.connectExists': 'connect() fails on {who}: that connection already exists.',
  'app.acceptOk': 'accept() returns: {whose} application has a new connection.',
  'app.acceptPhantom':
    'accept() hands {whose} application a connection that no {peerRole} opened: a phantom.',
  'app.receive': '{Whose} application receives {bytes} bytes.',
  'app.receiveStale':
    '{Whose} application receives {bytes} bytes of old data{quoted} from an earlier connection and acts on them again.',
  'app.receiveEnd': 'recv() on {who} returns 0: {peer} has finished sending.',
  'app.receiveReset': '{Whose} application learns that the connection was reset.',
  'app.receiveTimeout': '{Whose} application learns that the connection timed out.',
  'app.send': '{Whose} application calls send() with {bytes} bytes.',
  'app.sendClosing': 'send() fails on {who}: the connection is closing.',
  'app.noConnection': '{call}() fails on {who}: there is no such connection.',
  'app.close': '{Whose} application calls close().',
  'app.closeClosing': 'close() fails on {who}: the connection is already closing.',
  'app.abort': '{Whose} application calls abort().',
  'app.crash': '{Who} crashes: it loses every connection without sending anything.',
  'app.restart': '{Who} restarts with no memory of its earlier connections.',
  'app.hostDown': '{Who} is down, so {call}() does nothing.',
  'app.generic': '{Whose} application: {call}() {result}.',
} as const;

export type NarrationKey = keyof typeof narrationMessagesEn;
export type NarrationCatalogue = Catalogue<NarrationKey>;
