// SYN cookies (RFC 4987 §3.6), computed the way Linux does (net/ipv4/syncookies.c): when a
// listener will not keep state for a SYN, its SYN,ACK's sequence number encodes what it
// would have kept, and a later ACK of it (ACK − 1 = the cookie) proves the SYN was answered.
//
//   cookie = H(tuple, 0) + peerIsn + (count << 24) + ((H(tuple, count) + mssIndex) mod 2^24)
//
// H is a keyed 32-bit hash of the 4-tuple (hash32 from prng.ts, keyed by the scenario's seed,
// as the ISN generator is: no crypto global, the same on every machine); `count` is a coarse
// clock, one tick per minute of virtual time (Linux tcp_cookie_time()). A cookie is valid for
// the tick it was made in and the next (MAX_SYNCOOKIE_AGE = 2), and only if the index it
// carries is one of the four MSS values. Pure functions: the engine passes time and key in.

import { hash32 } from './prng.ts';

/** Linux msstab[]: the MSS values a cookie can carry, by index (2 bits). */
export const COOKIE_MSS = [536, 1300, 1440, 1460] as const;
/** One tick of the cookie clock (Linux TCP_SYNCOOKIE_PERIOD: 60 s). */
export const COOKIE_PERIOD_MS = 60_000;
/** How many ticks a cookie stays valid (Linux MAX_SYNCOOKIE_AGE). */
export const COOKIE_MAX_AGE = 2;
const BITS = 24;
const MASK = (1 << BITS) - 1;

/** The connection a cookie is bound to, as the listener sees it. */
export interface CookieTuple {
  /** The secret (derived from the scenario's seed). */
  key: number;
  /** Which host the listener is on: 1 client, 2 server. */
  side: number;
  localPort: number;
  remotePort: number;
  /** The peer's address: 0 the other host, 1 a spoofed (forged) address. */
  peerAddr: number;
}

export function cookieCount(nowMs: number): number {
  return Math.floor(nowMs / COOKIE_PERIOD_MS) >>> 0;
}

/** The largest table MSS not above the peer's (index 0 when the peer announced none or less). */
export function cookieMssIndex(peerMss: number): number {
  let i = COOKIE_MSS.length - 1;
  while (i > 0 && COOKIE_MSS[i]! > peerMss) i--;
  return i;
}

const h = (t: CookieTuple, count: number, c: number): number =>
  hash32(t.key, t.side, t.localPort, t.remotePort, t.peerAddr, count, c);

/** The ISN of a cookie SYN,ACK answering a SYN with sequence number `peerIsn`. */
export function encodeCookie(t: CookieTuple, peerIsn: number, count: number, mssIndex: number): number {
  return (h(t, 0, 0) + peerIsn + ((count << BITS) >>> 0) + ((h(t, count, 1) + mssIndex) & MASK)) >>> 0;
}

/**
 * Check `cookie` (an ACK's number − 1) against the tuple and the peer's ISN (the ACK's
 * sequence number − 1) at time tick `count`: the MSS index it carries, or null when it is
 * not a cookie this listener made in the last COOKIE_MAX_AGE ticks.
 */
export function verifyCookie(t: CookieTuple, peerIsn: number, cookie: number, count: number): number | null {
  const c = (cookie - h(t, 0, 0) - peerIsn) >>> 0;
  const age = (count - (c >>> BITS)) & (0xffffffff >>> BITS);
  if (age >= COOKIE_MAX_AGE) return null;
  const index = (c - h(t, (count - age) >>> 0, 1)) & MASK;
  return index < COOKIE_MSS.length ? index : null;
}
