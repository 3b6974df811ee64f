// The one error type the capture parser throws. Its message names what is wrong with the
// file in words a user can act on; `offset` points at the byte where it went wrong.

export class CaptureError extends Error {
  override readonly name = 'CaptureError';
  /** Byte offset in the file where the problem was found, when it is about one place. */
  readonly offset: number | undefined;

  constructor(message: string, offset?: number) {
    super(message);
    this.offset = offset;
  }
}

export function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}
