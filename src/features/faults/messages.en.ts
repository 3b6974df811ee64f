// English strings of the fault controls (the Faults list, a segment's menu, the rules in words),
// loaded with those controls, not with the first frame. Another language implements
// FaultsCatalogue with the same keys and placeholders.

export const faultsMessagesEn = {
  'faults.title': 'Faults',
  'faults.listLabel': 'Fault rules in force',
  'faults.none': 'No faults: the network delivers everything.',
  'faults.forSegment': 'Break {segment}',
  'faults.which': 'This is {flags} #{nth} from the {from}, sent at {time} s.',
  'faults.whichRetransmission':
    'This is {flags} #{nth} from the {from}, a retransmission sent at {time} s.',
  'faults.drop': 'Drop',
  'faults.delay': 'Delay',
  'faults.delayMs': 'Extra delay (ms)',
  'faults.duplicate': 'Duplicate',
  'faults.duplicateMs': 'Copy arrives after (ms)',
  'faults.close': 'Close',
  'faults.remove': 'Remove',
  'faults.removeFault': 'Remove fault: {fault}',
  'faults.onSegment': 'Already on this segment:',
  'faults.added': 'Added: {fault}. Play or step to watch it.',
  'faults.rule.drop': 'Drop {flags} #{nth} from the {from}',
  'faults.rule.delay': 'Delay {flags} #{nth} from the {from} by {ms} ms',
  'faults.rule.duplicate': 'Duplicate {flags} #{nth} from the {from} (copy {ms} ms later)',
  'faults.rule.inject': 'Old {flags} seq={seq} reaches the {to} at {time} s',
  'faults.anySegment': 'segment',
  'faults.inject': 'Inject an old SYN here',
  'faults.injectAt': 'Inject an old SYN at the server at (s)',
  'faults.injectButton': 'Inject old SYN',
  'faults.injectSuggested':
    "Suggested: a moment between {from}\u00a0s, when the server starts listening, and {to}\u00a0s, when the client's SYN reaches it. An old SYN then fools a two-way server into a connection nobody opened; a three-way server asks the client first.",
  'faults.injected': 'Added: the old SYN reaches the server at {time} s. Play or step to watch it.',
  'faults.compareNow': 'Compare two-way and three-way',
  'faults.link': 'Link',
  'faults.latency': 'One-way latency (ms)',
  'faults.loss': 'Random loss (%)',
  'faults.invalidNumber': '{field} must be a number between {min} and {max}.',
  'faults.cannotTarget':
    'This segment was not sent by a host (a copy or an old segment), so no rule can name it.',
  'faults.injectTitle': 'Server lane at {time} s',
  'faults.hint': 'Select a segment on the diagram to drop, delay or duplicate it.',
} as const;

export type FaultsMessageKey = keyof typeof faultsMessagesEn;
export type FaultsCatalogue = Record<FaultsMessageKey, string>;
