// Profiles are data: every place where the RFC leaves a choice, or where RFC 793 and
// RFC 9293 differ, is one field here, read by the engine. A new profile (e.g. `linux`)
// is a new object, not new branches scattered through the state machine.

import type { ProfileName } from './scenario.ts';

export interface Profile {
  name: ProfileName;
  /** One line for the UI. */
  description: string;
  /**
   * RFC 5961 blind-attack mitigations as restated in RFC 9293 §3.10.7.4: a RST must hit
   * RCV.NXT exactly (else a challenge ACK), a SYN in a synchronized state draws a
   * challenge ACK, and ACKs are range-checked against MAX.SND.WND.
   */
  rfc5961: boolean;
  /** RFC 6298 (2.1): RTO before any RTT sample. */
  rtoInitialMs: number;
  /** RFC 6298 (2.4): lower bound on a computed RTO. */
  rtoMinMs: number;
  /** RFC 6298 (2.5): optional upper bound, at least 60 s. */
  rtoMaxMs: number;
  /** RFC 6298 (2.2): clock granularity G. */
  clockGranularityMs: number;
  /** RFC 6298 (5.7): RTO used for data once a SYN had to be retransmitted. */
  rtoAfterSynRetransmitMs: number;
  /**
   * RFC 9293 §3.8.3 R2 for a SYN (MUST-23: at least 3 minutes): on a retransmission
   * timeout, give up instead of resending once this long has passed since the first SYN.
   */
  synGiveUpMs: number;
  /** R2 for data and FIN (SHLD-11: at least 100 s). */
  dataGiveUpMs: number;
  /**
   * Minimum gap between ACKs sent in answer to unacceptable segments (challenge ACKs and
   * the O-1/O-5 replies), per socket; 0 = no throttle. RFC 5961 §7 says implementations
   * SHOULD throttle and leaves the rate open; 500 ms is Linux's tcp_invalid_ratelimit.
   * Without it two confused endpoints can trade ACKs for ever (an "ACK storm").
   */
  invalidAckIntervalMs: number;
  /** TIME-WAIT length; null means 2×MSL from the scenario (RFC 9293 §3.6.1, MUST-13). */
  timeWaitMs: number | null;
}

const rfcTimers = {
  rtoInitialMs: 1_000,
  rtoMinMs: 1_000,
  rtoMaxMs: 60_000,
  clockGranularityMs: 1,
  rtoAfterSynRetransmitMs: 3_000,
  synGiveUpMs: 180_000,
  dataGiveUpMs: 100_000,
  timeWaitMs: null,
} as const;

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  rfc9293: {
    name: 'rfc9293',
    description: 'RFC 9293 with the RFC 5961 mitigations it recommends (challenge ACKs).',
    rfc5961: true,
    invalidAckIntervalMs: 500,
    ...rfcTimers,
  },
  rfc793: {
    name: 'rfc793',
    description: 'RFC 9293 without RFC 5961: the original RFC 793 reset and SYN handling.',
    rfc5961: false,
    invalidAckIntervalMs: 0,
    ...rfcTimers,
  },
};

export function getProfile(name: ProfileName): Profile {
  return PROFILES[name];
}
