// English glossary: the words the lab's diagram, narration and panels use, each said once in
// plain words for someone who has never read RFC 9293. Loaded with the glossary panel, after
// the first frame; another language provides a GlossaryCatalogue with the same keys.

export const glossaryEn = {
  'term.segment': 'Segment',
  'meaning.segment':
    'One TCP message on the wire: a header (ports, numbers, flags) and perhaps data. Each arrow is one.',
  'term.syn': 'SYN',
  'meaning.syn':
    'The flag that opens a connection. A SYN carries its sender’s initial sequence number (ISN).',
  'term.synAck': 'SYN-ACK',
  'meaning.synAck':
    'The answer to a SYN: the server’s own SYN, and an acknowledgement of the client’s.',
  'term.ack': 'ACK',
  'meaning.ack':
    'Acknowledgement. Its ack number is the next byte its sender expects: everything before it has arrived.',
  'term.seqAck': 'seq / ack',
  'meaning.seqAck':
    'seq numbers the segment’s first byte; ack names the next byte expected from the other side. A SYN and a FIN each count as one byte.',
  'term.isn': 'ISN',
  'meaning.isn':
    'Initial sequence number, chosen afresh for every connection, so that segments of an old connection are unlikely to fit a new one.',
  'term.fin': 'FIN',
  'meaning.fin': 'The flag that says its sender has no more data to send.',
  'term.rst': 'RST',
  'meaning.rst':
    'Reset: “there is no such connection here”, or “stop”. The receiver drops the connection at once, if the reset’s numbers show it belongs.',
  'term.handshake': 'Three-way / two-way handshake',
  'meaning.handshake':
    'Three-way: SYN, SYN-ACK, ACK. The third message proves the client really asked for this connection. Two-way (for contrast only): SYN, SYN-ACK, and the server counts the connection as open on the SYN alone.',
  'term.halfOpen': 'Half-open connection',
  'meaning.halfOpen':
    'One end holds a connection the other does not: a server in SYN-RECEIVED waiting for an ACK that may never come, or a peer that crashed.',
  'term.phantom': 'Phantom connection',
  'meaning.phantom':
    'A connection a server opened for an old SYN that no client is sending now: what the two-way handshake cannot avoid.',
  'term.rto': 'RTO',
  'meaning.rto':
    'Retransmission timeout: how long a sender waits for an acknowledgement before sending again. It doubles after each timeout.',
  'term.msl': 'MSL',
  'meaning.msl':
    'Maximum segment lifetime: the longest a segment is assumed to survive in the network (RFC 9293 assumes 2 minutes).',
  'term.timeWait': 'TIME-WAIT',
  'meaning.timeWait':
    'Where the end that closed first waits 2 MSL before forgetting the connection, so that its last ACK can be sent again and old segments die out.',
  'term.challengeAck': 'Challenge ACK',
  'meaning.challengeAck':
    'An ACK sent in answer to a suspicious RST or SYN, instead of obeying it, or to an ACK too old to be plausible. A genuine peer answers it with a reset carrying exactly the expected number (RFC 5961).',
  'term.rfc9293': 'RFC 9293',
  'meaning.rfc9293':
    'The standard that defines TCP today (2022; it replaced RFC 793 of 1981). The lab follows its rules, and the narration names the section a rule comes from, e.g. “RFC 9293 §3.10.7.4”.',
  'term.linux': 'Linux',
  'meaning.linux':
    'The lab’s Linux profile: the same rules with the choices the Linux kernel makes where the RFC leaves room or where Linux departs from it (when it gives up on an unanswered SYN, how it answers a SYN repeated while it waits for an ACK…). “RFC 9293 vs Linux” runs both side by side.',
  'term.tcb': 'TCB',
  'meaning.tcb':
    'Transmission control block: what a host keeps about one connection (its state, numbers and timers).',
} as const;

export type GlossaryKey = keyof typeof glossaryEn;
export type GlossaryCatalogue = Record<GlossaryKey, string>;

/** The terms, in the order the glossary lists them (each has a 'term.' and a 'meaning.' key). */
export const glossaryIds = (): string[] =>
  Object.keys(glossaryEn).flatMap((key) => (key.startsWith('term.') ? [key.slice(5)] : []));
