// Profiles are data: every place where the RFC leaves a choice, where RFC 793 and RFC 9293
// differ, or where Linux departs from the RFC is one field here, read by the engine. A new
// profile is a new object, not new branches scattered through the state machine.

import type { ProfileName, SynCookieMode } from './scenario.ts';

/** When an opening (SYN-SENT) stops retransmitting its SYN and connect() fails. */
export type SynGiveUp =
  /** RFC 9293 §3.8.3 R2 (MUST-23: at least 3 minutes): give up at the first expiry this long after the first SYN. */
  | { kind: 'elapsed'; ms: number }
  /**
   * Linux tcp_write_timeout() (net/ipv4/tcp_timer.c): give up at an expiry once
   * tcp_syn_retries + tcp_syn_linear_timeouts retransmissions were sent, or once
   * tcp_model_timeout(tcp_syn_retries) = (2^(n+1) − 1) × 1 s has passed since the first SYN.
   */
  | { kind: 'linux'; synRetries: number; linearTimeouts: number };

/** When a passive opening (SYN-RECEIVED) stops retransmitting its SYN,ACK. */
export type SynAckGiveUp =
  /** As for a SYN, then close with a reset (ABORT, RFC 9293 §3.10.5). */
  | { kind: 'elapsed'; ms: number }
  /** Linux reqsk_timer_handler(): after tcp_synack_retries retransmissions the request is dropped silently. */
  | { kind: 'count'; retries: number };

/** The options a host puts on its SYN (and, those the peer also offered, on its SYN,ACK). */
export interface SynOptions {
  mss: number;
  sackPermitted: boolean;
  timestamps: boolean;
  /** Window scale shift announced; null = no window scale option. */
  windowScale: number | null;
}

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
  /**
   * Minimum gap between ACKs sent in answer to unacceptable segments (challenge ACKs and
   * the O-1/O-5 replies), per socket; 0 = no throttle. RFC 5961 §7 says implementations
   * SHOULD throttle and leaves the rate open; 500 ms is Linux's tcp_invalid_ratelimit.
   * Without it two confused endpoints can trade ACKs for ever (an "ACK storm").
   */
  invalidAckIntervalMs: number;
  /** RFC 6298 (2.1): RTO before any RTT sample. */
  rtoInitialMs: number;
  /** RFC 6298 (2.4): lower bound on a computed RTO. */
  rtoMinMs: number;
  /** RFC 6298 (2.5): optional upper bound, at least 60 s. */
  rtoMaxMs: number;
  /** RFC 6298 (2.2): clock granularity G. */
  clockGranularityMs: number;
  /** RFC 6298 (5.7): RTO used for data once a SYN had to be retransmitted; 0 = rule off. */
  rtoAfterSynRetransmitMs: number;
  synGiveUp: SynGiveUp;
  synAckGiveUp: SynAckGiveUp;
  /** R2 for data and FIN (SHLD-11: at least 100 s). */
  dataGiveUpMs: number;
  /** TIME-WAIT length; null means 2×MSL from the scenario (RFC 9293 §3.6.1, MUST-13). */
  timeWaitMs: number | null;
  /**
   * A retransmission of the SYN that opened a passive SYN-RECEIVED: 'ack' answers it as
   * RFC 9293 O-1 says (an ACK); 'syn-ack' resends the SYN,ACK and restarts its timer, as
   * Linux tcp_check_req() does (its comment calls the RFC text for SYN-RECV "wrong").
   */
  dupSynInSynReceived: 'ack' | 'syn-ack';
  /**
   * A different in-window SYN at a passive SYN-RECEIVED: 'to-listen' returns silently to
   * LISTEN (RFC 1122 §4.2.2.20(e), O-4); 'reset' answers with a RST and drops the request
   * (Linux tcp_check_req(), "embryonic_reset").
   */
  newSynInSynReceived: 'to-listen' | 'reset';
  /**
   * A SYN,ACK with SEQ = IRS at an active SYN-RECEIVED (simultaneous open): 'strict' fails
   * the RFC 9293 §3.10.7.4 acceptability test and draws an ACK; 'accept' enters
   * ESTABLISHED and still sends that ACK, as Linux does since commit 23e89e8ee7be (v6.11).
   */
  simultaneousSynAck: 'strict' | 'accept';
  /**
   * After answering a bad ACK in SYN-SENT with a RST (SS-1), Linux re-sends its SYN after
   * TCP_TIMEOUT_MIN if it had not retransmitted yet (tcp_rcv_synsent_state_process());
   * null keeps the RFC behaviour (timer unchanged). Measured: 8–9 ms (2 jiffies at HZ=250).
   */
  synSentBadAckResendMs: number | null;
  /** Set PSH on data segments (Linux does on the last segment of each write). */
  pshOnData: boolean;
  /**
   * SYN cookies (RFC 4987 §3.6, src/core/syn-cookie.ts): when (if ever) a listener answers a
   * SYN with a cookie SYN,ACK instead of keeping a half-open connection. The RFCs leave it
   * out of TCP itself ('off'); Linux's default net.ipv4.tcp_syncookies = 1 is 'overflow'.
   */
  synCookies: SynCookieMode;
  /**
   * TCP options on SYN and SYN,ACK; null sends none (the RFC profiles, so their traces carry
   * no options; without an MSS option the peer assumes 536, RFC 9293 §3.7.1).
   */
  synOptions: SynOptions | null;
}

const rfcCommon = {
  invalidAckIntervalMs: 500,
  rtoInitialMs: 1_000,
  rtoMinMs: 1_000,
  rtoMaxMs: 60_000,
  clockGranularityMs: 1,
  rtoAfterSynRetransmitMs: 3_000,
  synGiveUp: { kind: 'elapsed', ms: 180_000 },
  synAckGiveUp: { kind: 'elapsed', ms: 180_000 },
  dataGiveUpMs: 100_000,
  timeWaitMs: null,
  dupSynInSynReceived: 'ack',
  newSynInSynReceived: 'to-listen',
  simultaneousSynAck: 'strict',
  synSentBadAckResendMs: null,
  pshOnData: false,
  synCookies: 'off',
  synOptions: null,
} as const satisfies Partial<Profile>;

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  rfc9293: {
    name: 'rfc9293',
    description: 'RFC 9293 with the RFC 5961 mitigations it recommends (challenge ACKs).',
    rfc5961: true,
    ...rfcCommon,
  },
  rfc793: {
    name: 'rfc793',
    description: 'RFC 9293 without RFC 5961: the original RFC 793 reset and SYN handling.',
    rfc5961: false,
    ...rfcCommon,
    invalidAckIntervalMs: 0,
  },
  // Linux 6.x defaults: include/net/tcp.h and Documentation/networking/ip-sysctl.rst;
  // checked against captures of kernel 6.18 in test/fixtures/linux (docs/linux-fixtures.md).
  linux: {
    name: 'linux',
    description: 'Linux 6.x defaults: linear first SYN retries, SYN-ACK retries, 60 s TIME-WAIT.',
    rfc5961: true, // tcp_validate_incoming() implements RFC 5961 §3, §4 and §5
    invalidAckIntervalMs: 500, // net.ipv4.tcp_invalid_ratelimit
    rtoInitialMs: 1_000, // TCP_TIMEOUT_INIT
    rtoMinMs: 200, // TCP_RTO_MIN
    rtoMaxMs: 120_000, // TCP_RTO_MAX
    clockGranularityMs: 1,
    // TCP_TIMEOUT_FALLBACK applies only without timestamps, which Linux negotiates by default.
    rtoAfterSynRetransmitMs: 0,
    synGiveUp: { kind: 'linux', synRetries: 6, linearTimeouts: 4 }, // tcp_syn_retries, tcp_syn_linear_timeouts
    synAckGiveUp: { kind: 'count', retries: 5 }, // tcp_synack_retries
    dataGiveUpMs: 924_600, // tcp_retries2 = 15 with TCP_RTO_MIN 200 ms (tcp_model_timeout)
    timeWaitMs: 60_000, // TCP_TIMEWAIT_LEN
    dupSynInSynReceived: 'syn-ack',
    newSynInSynReceived: 'reset',
    simultaneousSynAck: 'accept',
    synSentBadAckResendMs: 8, // TCP_TIMEOUT_MIN, 2 jiffies at HZ=250
    pshOnData: true,
    synCookies: 'overflow', // net.ipv4.tcp_syncookies = 1
    // As in every SYN of test/fixtures/linux: MSS 1460 (MTU 1500), tcp_sack, tcp_timestamps,
    // tcp_window_scaling with shift 10 (tcp_rmem[2] of kernel 6.18).
    synOptions: { mss: 1460, sackPermitted: true, timestamps: true, windowScale: 10 },
  },
};

/** The sysctls a scenario may set (linux profile only), with their bounds. */
export const LINUX_SYSCTLS = {
  'net.ipv4.tcp_syn_retries': { min: 1, max: 127 },
  'net.ipv4.tcp_syn_linear_timeouts': { min: 0, max: 127 },
  'net.ipv4.tcp_synack_retries': { min: 1, max: 127 },
  'net.ipv4.tcp_invalid_ratelimit': { min: 0, max: 3_600_000 },
  'net.ipv4.tcp_syncookies': { min: 0, max: 2 },
} as const;
export type LinuxSysctl = keyof typeof LINUX_SYSCTLS;

const COOKIE_MODES: readonly SynCookieMode[] = ['off', 'overflow', 'always'];

/**
 * A profile with a scenario's overrides: Linux sysctls (linux profile), or the `synCookies`
 * option (the RFC profiles; validation keeps each to its profiles).
 */
export function getProfile(name: ProfileName, sysctl?: Partial<Record<LinuxSysctl, number>>, synCookies?: SynCookieMode): Profile {
  const base = synCookies === undefined ? PROFILES[name] : { ...PROFILES[name], synCookies };
  if (!sysctl || base.synGiveUp.kind !== 'linux' || base.synAckGiveUp.kind !== 'count') return base;
  return {
    ...base,
    synGiveUp: {
      kind: 'linux',
      synRetries: sysctl['net.ipv4.tcp_syn_retries'] ?? base.synGiveUp.synRetries,
      linearTimeouts: sysctl['net.ipv4.tcp_syn_linear_timeouts'] ?? base.synGiveUp.linearTimeouts,
    },
    synAckGiveUp: { kind: 'count', retries: sysctl['net.ipv4.tcp_synack_retries'] ?? base.synAckGiveUp.retries },
    invalidAckIntervalMs: sysctl['net.ipv4.tcp_invalid_ratelimit'] ?? base.invalidAckIntervalMs,
    synCookies: COOKIE_MODES[sysctl['net.ipv4.tcp_syncookies'] ?? -1] ?? base.synCookies,
  };
}

/** Linux tcp_model_timeout(): how long `boundary` exponential retransmissions from `rtoBase` last. */
export function linuxModelTimeout(boundary: number, rtoBase: number, rtoMax: number): number {
  const thresh = Math.floor(Math.log2(rtoMax / rtoBase));
  if (boundary <= thresh) return (2 ** (boundary + 1) - 1) * rtoBase;
  return (2 ** (thresh + 1) - 1) * rtoBase + (boundary - thresh) * rtoMax;
}
