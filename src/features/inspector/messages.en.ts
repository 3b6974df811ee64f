// English strings of the segment inspector. Field names follow RFC 9293 §3.1 Figure 1.
// Another language implements InspectorCatalogue with the same keys and placeholders.

import { ruleCitationMessagesEn } from '../narration/rule-citation.ts';
import type { Catalogue } from '../narration/template.ts';

export const inspectorMessagesEn = {
  // Where a rule is written, for the story's sentences (rule-citation.ts).
  ...ruleCitationMessagesEn,
  'inspector.name': 'Segment inspector',
  'inspector.heading': 'Segment #{id}: {flags} {direction}',
  'inspector.close': 'Close inspector',
  'inspector.numbers': 'Sequence numbers',
  'inspector.numbers.relative': 'Relative',
  'inspector.numbers.absolute': 'Absolute',
  'inspector.diagramCaption': 'TCP header (RFC 9293 §3.1), one row per 32 bits',
  'inspector.bitRuler': 'Bit positions 0 to 31',
  'field.srcPort': 'Source Port',
  'field.dstPort': 'Destination Port',
  'field.seq': 'Sequence Number',
  'field.ack': 'Acknowledgment Number',
  'field.dataOffset': 'DOffset',
  'field.reserved': 'Rsrvd',
  'field.window': 'Window',
  'field.checksum': 'Checksum',
  'field.urgent': 'Urgent Pointer',
  'value.numberBoth': '{primary} ({otherMode} {other})',
  'value.ackOff': '0 (ACK bit off: not meaningful)',
  'value.dataOffset':
    'DOffset {value}: the header is {value} × 4 = {bytes} octets, with no options.',
  'value.checksum': '0x{hex}',
  'value.windowClamped': '{value} (window {wnd} does not fit 16 bits)',
  'value.windowScaled': '{value} (× 2^{shift} = {octets} octets: window scale agreed in the SYNs)',
  'value.dataOffsetOptions':
    'DOffset {value}: the header is {value} × 4 = {bytes} octets, {options} of them options.',
  'options.title': 'Options',
  'option.mss': 'Maximum segment size {value} ({hex})',
  'option.sackPermitted': 'SACK permitted ({hex})',
  'option.timestamp': 'Timestamps: TSval {value}, TSecr {echo} ({hex})',
  'option.windowScale': 'Window scale {value}: windows × {factor} after the handshake ({hex})',
  'option.nop': 'No-operation, for alignment ({hex})',
  'flag.set': '{name} bit set',
  'flag.clear': '{name} bit clear',
  'hex.title': 'Header bytes (hex)',
  'hex.tcp': 'TCP header',
  'hex.ip': 'IPv4 header ({src} → {dst})',
  'hex.checksumOk':
    'Checksum 0x{hex} is correct: the ones’-complement sum over the pseudo-header, header and {bytes} data octets checks out (RFC 1071).',
  'hex.checksumBad': 'Checksum 0x{hex} does not verify.',
  'hex.payloadNote': 'Data: {bytes} octets ({what}).',
  'hex.payloadZeros': 'zeros; the simulation counts octets but carries none',
  'hex.payloadText': '"{payload}", padded with zeros to the length',
  'story.title': 'What happened to it',
  'story.sent': 'Sent by the {host} at {time} ({rule}).',
  'story.sentAnswer': 'Sent by the {host} at {time} ({rule}), answering segment #{cause}.',
  'story.injected':
    'Injected as an old segment from an earlier connection: nobody sent it in this run.',
  'story.spoofed':
    'Injected with a forged source address (a SYN flood): nobody in this run sent it, and replies to it reach no one.',
  'story.copy': 'A copy of segment #{original} made by the network (duplicate fault).',
  'story.copies': 'The network duplicated it: copies {ids}.',
  'story.retransmission': 'A retransmission of a segment sent earlier.',
  'story.delivered': 'Arrived at the {host} at {time} and was accepted ({rule}).',
  'story.discarded': 'Arrived at the {host} at {time} and was discarded ({rule}).',
  'story.dropped': 'Lost at {time}: {reason}.',
  'story.captured':
    'Seen in the capture at {time}; whether and when it reached the other side is not in the file.',
  'story.inFlight': 'Still in flight when the run ended.',
  'reason.fault': 'a drop fault',
  'reason.loss': 'random loss on the link',
  'reason.host-down': 'the receiver was down',
  'reason.unreachable': 'sent to a forged source address where no host answers',
  'host.client': 'client',
  'host.server': 'server',
  'time.seconds': '{s} s',
  'list.separator': ', ',
} as const;

export type InspectorKey = keyof typeof inspectorMessagesEn;
export type InspectorCatalogue = Catalogue<InspectorKey>;
