// Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): "=<" means less than or equal
// modulo 2^32, decided by the sign of the 32-bit difference.

export const SEQ_MOD = 0x1_0000_0000;

export function seqAdd(a: number, n: number): number {
  return (a + n) >>> 0;
}

/** a < b (mod 2^32) */
export function seqLt(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}

/** a =< b (mod 2^32) */
export function seqLe(a: number, b: number): boolean {
  return ((a - b) | 0) <= 0;
}

/** b - a as an unsigned distance. */
export function seqDiff(b: number, a: number): number {
  return (b - a) >>> 0;
}
