// English strings of the capture import panel (loaded with the panel, not with the first
// frame). Another language implements CaptureCatalogue with the same keys and placeholders.

export const captureMessagesEn = {
  'capture.title': 'Open a capture',
  'capture.fileLabel': 'Open a capture file (pcap or pcapng)',
  'capture.dropHint': 'or drop a .pcap / .pcapng file here',
  'capture.limits':
    'Up to {mb} MB and {packets} packets; Ethernet, Linux cooked (SLL, SLL2), raw IP and loopback captures.',
  'capture.reading': 'Reading {file}…',
  'capture.error': '{file}: {message}. The lab is unchanged.',
  'capture.errorNoFile': '{message}. The lab is unchanged.',
  'capture.dismiss': 'Dismiss',
  'capture.opened': '{file} ({format}, {packets} packets)',
  'capture.conversations': 'TCP conversations',
  'capture.conversation': '{client} → {server}',
  'capture.conversationFacts': '{packets} packets · first {flags} · {duration} s',
  'capture.handshake': 'handshake seen',
  'capture.noFlags': 'no flags',
  'capture.shownFirst': 'Only the first {shown} of its {total} segments are drawn.',
  'capture.warnings': 'Notes on the file',
  'capture.linkNote':
    'A capture cannot be put in a link: the address still names the last scenario.',
  'capture.inferredNote':
    'Client and server are the addresses in the capture. Their states are inferred from the observed segments (italic on the timeline); each arrow is drawn at the moment the capture saw it.',
  'capture.back': 'Back to the simulation',
  'capture.close': 'Close the capture panel',
} as const;

export type CaptureMessageKey = keyof typeof captureMessagesEn;
export type CaptureCatalogue = Record<CaptureMessageKey, string>;
