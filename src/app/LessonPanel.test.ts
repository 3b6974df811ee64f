import { describe, expect, it } from 'vitest';
import { stepNoteAt } from './LessonPanel.tsx';

describe('stepNoteAt', () => {
  const steps = [
    { at: 0, note: 'start' },
    { at: 50, note: 'SYN arrives' },
    { at: 50, note: 'and is answered' },
    { at: 1000, note: 'retransmission' },
  ];
  it('is the latest note whose moment has come (the later one of a tie)', () => {
    expect(stepNoteAt(steps, 0)?.note).toBe('start');
    expect(stepNoteAt(steps, 49.9)?.note).toBe('start');
    expect(stepNoteAt(steps, 50)?.note).toBe('and is answered');
    expect(stepNoteAt(steps, 5000)?.note).toBe('retransmission');
  });
  it('is nothing before the first note or without notes', () => {
    expect(stepNoteAt(steps.slice(1), 10)).toBeNull();
    expect(stepNoteAt([], 10)).toBeNull();
  });
});
