// The one error type the capture parser throws. Its message names what is wrong with the
// file in words a user can act on (English; `phrase` is the same as data, for the page to say
// in its language); `offset` points at the byte where it went wrong.
import { capturePhrase, sayCapturePhrase, type CapturePhrase, type FilePart } from './capture-phrases.ts';

export class CaptureError extends Error {
  override readonly name = 'CaptureError';
  readonly phrase: CapturePhrase;
  /** Byte offset in the file where the problem was found, when it is about one place. */
  readonly offset: number | undefined;

  constructor(phrase: CapturePhrase, offset?: number) {
    super(sayCapturePhrase(phrase));
    this.phrase = phrase;
    this.offset = offset;
  }
}

/** The file ends (or a length says it ends) in the middle of `part`, which starts at `offset`. */
export function truncated(part: FilePart, offset: number): CaptureError {
  return new CaptureError(capturePhrase('truncated', { part: capturePhrase(part), offset }), offset);
}

export function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}
