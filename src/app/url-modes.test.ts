// Presenter, embed and predict mode live in query parameters, beside the #v1 fragment.
import { describe, expect, it } from 'vitest';
import { readModes, searchWithModes } from './url-sync.ts';

describe('mode query parameters', () => {
  it('reads ?present, ?embed and ?predict by presence', () => {
    expect(readModes('')).toEqual({ presenter: false, embed: false, predict: false });
    expect(readModes('?embed')).toEqual({ presenter: false, embed: true, predict: false });
    expect(readModes('?present&predict=1')).toEqual({
      presenter: true,
      embed: false,
      predict: true,
    });
  });

  it('writes bare parameters and keeps the others', () => {
    expect(searchWithModes('', { presenter: true })).toBe('?present');
    expect(searchWithModes('?present', { presenter: false })).toBe('');
    expect(searchWithModes('?lang=x&embed', { embed: false, predict: true })).toBe(
      '?lang=x&predict',
    );
    expect(searchWithModes('?embed', {})).toBe('?embed');
  });
});
