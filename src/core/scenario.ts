// Scenario format v1, as the engine consumes it. The JSON users write is checked and
// given these types by src/scenario/validate.ts; docs/scenario-format.md documents it.
// Published: fields may be added (optional), never renamed or given new meanings.

import type { LinuxSysctl } from './profile.ts';
import type { FlagName, HostName } from './trace.ts';

export type Protocol = 'three-way' | 'two-way';
export type ProfileName = 'rfc9293' | 'rfc793' | 'linux';

export interface HostConfig {
  port?: number;
  /**
   * Initial sequence numbers. A number fixes the first ISS this host chooses; a list
   * fixes the first few in order. Once used up, ISNs come from the RFC 9293 §3.4.1
   * clock-plus-hash generator, seeded by `seed`.
   */
  isn?: number | number[];
  /** Receive window advertised (RCV.WND), octets. */
  window?: number;
}

export type LatencySpec = number | { clientToServer: number; serverToClient: number };

export type CallName = 'listen' | 'connect' | 'send' | 'close' | 'abort' | 'crash' | 'restart';

export interface Action {
  at: number;
  host: HostName;
  call: CallName;
  /** Local port; defaults to the host's port. */
  port?: number;
  /** Remote port; defaults to the other host's port. */
  peerPort?: number;
  /** For `send`: octets to send. */
  bytes?: number;
  /** For `listen`: how many half-open (SYN-RECEIVED) connections the listener holds. */
  backlog?: number;
}

export interface FaultMatch {
  from: HostName;
  /** Exact flag set (order does not matter); absent matches any segment from `from`. */
  flags?: FlagName[];
  /** 1 = the first such segment that host sends (retransmissions counted). */
  nth: number;
}

export type Fault =
  | { match: FaultMatch; action: 'drop' }
  | { match: FaultMatch; action: 'delay'; ms: number }
  | { match: FaultMatch; action: 'duplicate'; ms: number };

export interface Injection {
  at: number;
  to: HostName;
  flags: FlagName[];
  seq: number;
  ack?: number;
  /** Data octets; defaults to the UTF-8 length of `payload`, or 0. */
  bytes?: number;
  srcPort?: number;
  dstPort?: number;
  /** Free text naming the stale data, e.g. "DEBIT 100"; shown by the UI. */
  payload?: string;
  /**
   * The segment carries a forged source address (a SYN flood's spoofed SYNs): it is not an
   * old segment, and whatever the receiver sends back to that address reaches no host.
   */
  spoofed?: boolean;
}

/**
 * SYN cookies (RFC 4987 §3.6), as Linux's net.ipv4.tcp_syncookies: 'off' (0), 'overflow'
 * (1: only while the listen backlog is full), 'always' (2).
 */
export type SynCookieMode = 'off' | 'overflow' | 'always';

export interface Scenario {
  version: 1;
  protocol?: Protocol;
  profile?: ProfileName;
  seed?: number;
  latencyMs?: LatencySpec;
  /** Uniform extra delay in [0, jitterMs], whole milliseconds, drawn from the seeded PRNG. */
  jitterMs?: number;
  lossRate?: number;
  mslMs?: number;
  client?: HostConfig;
  server?: HostConfig;
  actions?: Action[];
  faults?: Fault[];
  inject?: Injection[];
  /** Linux profile only: override its parameters by sysctl name, e.g. { "net.ipv4.tcp_syn_retries": 2 }. */
  sysctl?: Partial<Record<LinuxSysctl, number>>;
  /** rfc9293 and rfc793 profiles: SYN cookies (default 'off'); the linux profile uses net.ipv4.tcp_syncookies. */
  synCookies?: SynCookieMode;
  /** Stop at this virtual time; absent: run until nothing is left to happen. */
  until?: number;
  /** Free text: a title and notes travel with a scenario but do not affect the run. */
  title?: string;
  notes?: string;
  /** Teaching notes tied to moments: the lab shows each once the playhead reaches `at`. */
  steps?: StepNote[];
}

export interface StepNote {
  at: number;
  note: string;
}

/** Documented bounds (docs/scenario-format.md): no valid input can make the engine hang. */
export const LIMITS = {
  maxTimeMs: 24 * 60 * 60 * 1000,
  maxActions: 10_000,
  maxFaults: 1_000,
  maxInjections: 100_000,
  maxBytesPerSend: 10_000_000,
  maxBacklog: 100_000,
  maxLatencyMs: 600_000,
  maxDelayMs: 3_600_000,
  maxEvents: 2_000_000,
  maxTextLength: 10_000,
  maxSteps: 500,
} as const;

export const DEFAULTS = {
  protocol: 'three-way' as Protocol,
  profile: 'rfc9293' as ProfileName,
  seed: 1,
  latencyMs: 50,
  jitterMs: 0,
  lossRate: 0,
  mslMs: 120_000,
  clientPort: 40_000,
  serverPort: 80,
  window: 65_535,
  backlog: 128,
} as const;
