// English strings of predict mode (loaded with it). Another language provides a
// PredictCatalogue with the same keys and placeholders.
import type { Catalogue } from '../narration/template.ts';

export const predictMessagesEn = {
  'predict.label': 'Prediction',
  'predict.question': 'What does the {receiver} send next?',
  'predict.questionIn': '{side}: what does the {receiver} send next?',
  'predict.arriving': 'Arriving now: {segment}.',
  'predict.flags': 'Flags',
  'predict.ack': 'Ack number',
  'predict.ackHint': 'In {mode} numbers, as on the diagram. Leave it empty if the ACK bit is off.',
  'predict.reveal': 'Reveal',
  'predict.invalidAck':
    'The ack number must be a whole number from 0 to 4294967295 (or empty when the ACK bit is off).',
  'predict.correct': 'Correct.',
  'predict.incorrect': 'Not quite.',
  'predict.flagsCorrect': 'Flags: correct ({flags}).',
  'predict.flagsWrong': 'Flags: incorrect. You chose {given}; the {receiver} sent {expected}.',
  'predict.ackCorrect': 'Ack number: correct ({ack}).',
  'predict.ackWrong': 'Ack number: incorrect. You said {given}; the {receiver} sent {expected}.',
  'predict.answerHeading': 'The answer:',
  'predict.answer': 'the {receiver} sent {flags}, ack number {ack}.',
  'predict.noFlags': 'none of these',
  'predict.noAck': 'none (ACK bit off)',
} as const;

export type PredictKey = keyof typeof predictMessagesEn;
export type PredictCatalogue = Catalogue<PredictKey>;
