// Bounds-checked little/big-endian reads over a Uint8Array. Every read that would run past
// the end throws a CaptureError naming what was being read, so a cut file can never be
// misread as zeros (DataView alone would throw a RangeError, which is not ours).

import { truncated } from './capture-error.ts';
import type { FilePart } from './capture-phrases.ts';

export class ByteView {
  readonly bytes: Uint8Array;
  private readonly view: DataView;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  has(offset: number, count: number): boolean {
    return offset >= 0 && count >= 0 && offset + count <= this.bytes.length;
  }

  require(offset: number, count: number, what: FilePart): void {
    if (!this.has(offset, count)) throw truncated(what, offset);
  }

  u8(offset: number, what: FilePart): number {
    this.require(offset, 1, what);
    return this.view.getUint8(offset);
  }

  u16(offset: number, littleEndian: boolean, what: FilePart): number {
    this.require(offset, 2, what);
    return this.view.getUint16(offset, littleEndian);
  }

  u32(offset: number, littleEndian: boolean, what: FilePart): number {
    this.require(offset, 4, what);
    return this.view.getUint32(offset, littleEndian);
  }

  slice(offset: number, count: number, what: FilePart): Uint8Array {
    this.require(offset, count, what);
    return this.bytes.subarray(offset, offset + count);
  }
}

export function swap32(v: number): number {
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}

/** Network-order reads for protocol headers, where a short packet is handled by the caller. */
export function be16(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

export function be32(b: Uint8Array, at: number): number {
  return (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;
}
