// English strings of the keyboard shortcuts dialog (loaded with it). Another language
// provides a HelpCatalogue with the same keys and placeholders.
import type { Catalogue } from '../narration/template.ts';

export const helpMessagesEn = {
  'help.keyColumn': 'Keys',
  'help.actionColumn': 'Action',
  'help.or': 'or',
  'help.stepBySegment': 'Step by segment (for a clicker)',
  'help.stepBySegmentHint':
    'Each step goes to the next moment a segment is sent, arrives or is lost: the handshake takes four steps, and a comparison steps both protocols at once. Off: one event per step. Until you choose, presenter mode steps by segment and the rest of the lab by event.',
  'help.singleKeys': 'Single-key shortcuts (letters, punctuation, Space)',
  'help.singleKeysHint':
    'Turn these off if you use speech input or press keys by accident. Arrows, Page Up/Down, Home, End and Escape keep working.',
  // Between the two hints: a space after an English full stop, none after a Chinese 。.
  'help.hintSeparator': ' ',
  'help.typingHint':
    'Shortcuts do nothing while you type in a field or while another dialog is open.',
  'help.close': 'Close',
  'key.space': 'Space',
  'key.arrowRight': '→',
  'key.arrowLeft': '←',
  'key.pageDown': 'Page Down',
  'key.pageUp': 'Page Up',
  'key.home': 'Home',
  'key.end': 'End',
  'key.escape': 'Esc',
} as const;

export type HelpKey = keyof typeof helpMessagesEn;
export type HelpCatalogue = Catalogue<HelpKey>;
