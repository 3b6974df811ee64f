// Seeded pseudo-random numbers: the core's only source of randomness, so the same
// scenario and seed give the same trace on every machine. sfc32 (Chris Doty-Humphrey's
// Small Fast Counter) passes PractRand and uses only 32-bit integer arithmetic, which
// JavaScript engines evaluate identically everywhere.

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** A 32-bit unsigned integer. */
  nextUint32(): number;
}

export function createPrng(seed: number): Prng {
  // Expand the seed into the 128-bit state with splitmix32 so nearby seeds diverge.
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) nextUint32();
  return { nextUint32, next: () => nextUint32() / 4294967296 };
}

/** A 32-bit hash of a list of integers (murmur3 finalizer per word): the F() of RFC 9293 §3.4.1. */
export function hash32(seed: number, ...words: number[]): number {
  let h = seed >>> 0;
  for (const w of words) {
    let k = Math.imul(w >>> 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
  }
  h ^= words.length;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
