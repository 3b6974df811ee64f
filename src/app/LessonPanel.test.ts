import { describe, expect, it } from 'vitest';
import { stepNoteIndexAt } from './LessonPanel.tsx';

describe('stepNoteIndexAt', () => {
  const steps = [
    { at: 0, note: 'start' },
    { at: 50, note: 'SYN arrives' },
    { at: 50, note: 'and is answered' },
    { at: 1000, note: 'retransmission' },
  ];
  const noteAt = (list: typeof steps, time: number) => list[stepNoteIndexAt(list, time)]?.note;
  it('is the latest note whose moment has come (the later one of a tie)', () => {
    expect(noteAt(steps, 0)).toBe('start');
    expect(noteAt(steps, 49.9)).toBe('start');
    expect(noteAt(steps, 50)).toBe('and is answered');
    expect(noteAt(steps, 999)).toBe('and is answered');
    expect(noteAt(steps, 5000)).toBe('retransmission');
  });
  it('before a moment whose events have not all happened (a question held there): the one before', () => {
    expect(steps[stepNoteIndexAt(steps, 50, true)]?.note).toBe('start');
    expect(steps[stepNoteIndexAt(steps, 1000, true)]?.note).toBe('and is answered');
    expect(stepNoteIndexAt(steps, 0, true)).toBe(-1);
  });
  it('is nothing (-1) before the first note or without notes', () => {
    expect(stepNoteIndexAt(steps.slice(1), 10)).toBe(-1);
    expect(stepNoteIndexAt([], 10)).toBe(-1);
  });
});
