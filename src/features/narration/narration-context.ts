// What every narration sentence is built from: the trace with its indexed lookups, the
// catalogue, and the shared phrases (who, which segment, how many seconds).

import type { Anomaly, HostName, TraceEvent, TraceSegment } from '../../core/trace.ts';
import { PROFILES } from '../../core/profile.ts';
import type { ProfileName } from '../../core/scenario.ts';
import { narrationMessagesEn, type NarrationCatalogue, type NarrationKey } from './messages.en.ts';
import { citeRule } from './rule-citation.ts';
import { fillTemplate, type TemplateParams } from './template.ts';
import { connectionBases, NO_BASES, type IsnBases } from './isn-bases.ts';
import { peerOf, traceIndexOf, type TraceIndex } from './trace-lookup.ts';
import { SeqNumbers, flagsName, secondsText, type BasesOf, type NumberMode } from './words.ts';

export interface NarrationOptions {
  /** 'absolute' (as on the wire, the default) or relative to each connection's ISNs. */
  numbers?: NumberMode;
  /** The same bases for every segment; each connection's own (from the trace) when absent. */
  isnBases?: IsnBases;
  /** The trace summary's anomalies, so a phantom connection is named as one. */
  anomalies?: readonly Anomaly[];
  /**
   * The profile the trace ran under (its summary's): which resets a host believes. The
   * default profile's rule (RFC 5961, exactly the next sequence number) when absent.
   */
  profile?: string;
  /** Another language's catalogue (same keys); English by default. */
  messages?: NarrationCatalogue;
}

function perConnection(mode: NumberMode, events: readonly TraceEvent[]): BasesOf {
  if (mode !== 'relative') return () => NO_BASES;
  const bases = connectionBases(events);
  return (seg) => bases.get(seg.id) ?? NO_BASES;
}

export class NarrationContext {
  readonly nums: SeqNumbers;
  readonly lookup: TraceIndex;
  /** Whether a reset is believed only on exactly the next sequence number (RFC 5961 §3). */
  readonly exactResets: boolean;
  /**
   * TIME-WAIT's length where the profile fixes it (Linux: TCP_TIMEWAIT_LEN, 60 s whatever the
   * MSL), or null where it is 2 MSL (RFC 9293 §3.6.1).
   */
  readonly fixedTimeWaitMs: number | null;
  private readonly messages: NarrationCatalogue;

  constructor(
    readonly events: readonly TraceEvent[],
    private readonly options: NarrationOptions,
  ) {
    const mode = options.numbers ?? 'absolute';
    this.nums = new SeqNumbers(mode, options.isnBases ?? perConnection(mode, events));
    this.messages = options.messages ?? narrationMessagesEn;
    this.lookup = traceIndexOf(events);
    const profile = options.profile;
    const rules =
      profile !== undefined && profile in PROFILES ? PROFILES[profile as ProfileName] : null;
    this.exactResets = rules?.rfc5961 ?? true;
    this.fixedTimeWaitMs = rules?.timeWaitMs ?? null;
  }

  t(key: NarrationKey, params?: TemplateParams): string {
    return fillTemplate(this.messages[key], params);
  }

  /** Where a rule is written (rule-citation.ts), for the sentences that name one. */
  cite(rule: string): string {
    return citeRule(rule, (key, params) => this.t(key, params));
  }

  private readonly wordsCache = new Map<HostName, Record<string, string>>();

  /** who/Who/whose/Whose/peer/Peer/whosePeer/role/peerRole for a host. */
  hostWords(host: HostName): Record<string, string> {
    const cached = this.wordsCache.get(host);
    if (cached) return cached;
    const peer = peerOf(host);
    const words = {
      who: this.t(`who.${host}`),
      Who: this.t(`Who.${host}`),
      whose: this.t(`whose.${host}`),
      Whose: this.t(`Whose.${host}`),
      peer: this.t(`who.${peer}`),
      Peer: this.t(`Who.${peer}`),
      whosePeer: this.t(`whose.${peer}`),
      role: this.t(`role.${host}`),
      peerRole: this.t(`role.${peer}`),
    };
    this.wordsCache.set(host, words);
    return words;
  }

  kind(seg: TraceSegment): string {
    return flagsName(seg.flags) || this.t('seg.kindNone');
  }

  /** "SYN-ACK 300/91", plus the data count and any stale payload text. */
  label(seg: TraceSegment): string {
    const ack = this.nums.ack(seg);
    const base =
      ack === null
        ? this.t('seg.label', { kind: this.kind(seg), seq: this.nums.seq(seg) })
        : this.t('seg.labelAck', { kind: this.kind(seg), seq: this.nums.seq(seg), ack });
    if (seg.len === 0) return base;
    if (seg.payload !== undefined)
      return this.t('seg.payload', { label: base, bytes: seg.len, payload: seg.payload });
    return this.t('seg.data', { label: base, bytes: seg.len });
  }

  /** The label with what the network made of it: old (injected), duplicated, retransmitted. */
  phrase(seg: TraceSegment, label: string = this.label(seg)): string {
    if (seg.stale) return this.t('seg.old', { label });
    if (seg.copyOf !== undefined) return this.t('seg.copy', { label });
    if (seg.retransmission) return this.t('seg.retransmitted', { label });
    return this.t('seg.plain', { label });
  }

  secs(ms: number): string {
    return this.t('time.seconds', { s: secondsText(ms) });
  }

  /** How long TIME-WAIT lasts, as the sentences about it say: "2 MSL", or a fixed "60 s". */
  timeWaitLength(): string {
    return this.fixedTimeWaitMs === null ? this.t('time.twoMsl') : this.secs(this.fixedTimeWaitMs);
  }

  quoted(seg: TraceSegment | undefined): string {
    return seg?.payload !== undefined ? this.t('payload.quoted', { payload: seg.payload }) : '';
  }

  isPhantom(host: HostName, socket: string | null): boolean {
    return (this.options.anomalies ?? []).some(
      (a) => a.kind === 'phantom-connection' && a.host === host && a.socket === socket,
    );
  }
}
