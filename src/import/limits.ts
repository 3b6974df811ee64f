// Limits that make a huge or hostile file fail fast with a message instead of freezing
// the page. The defaults fit any handshake lesson with room to spare.

export interface CaptureLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most packet records decoded. */
  maxPackets: number;
}

export const DEFAULT_CAPTURE_LIMITS: CaptureLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPackets: 200_000,
};

/** A record claiming more than this is corrupt (libpcap's own MAXIMUM_SNAPLEN is 262144). */
export const MAX_RECORD_BYTES = 262_144;

export function describeBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MB` : `${n} bytes`;
}
