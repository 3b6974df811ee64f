// Building blocks for the SEGMENT ARRIVES and user-call tests: deliver a crafted segment
// and read its fate, or drive a connection through a Figure 12/13 close to a chosen state.
// Pure (no node:*), so it sits under the core's lint rules.

import { simulate } from '../engine.ts';
import type { Action, Fault, Injection, ProfileName, Scenario } from '../scenario.ts';
import type { Trace } from '../trace.ts';
import {
  clientAlone,
  established,
  listenerAlone,
  repliesTo,
  staleDeliveries,
  wire,
} from './views.ts';

/** Run and describe the n-th injected segment: the rule applied, whether discarded, the replies. */
export function probe(
  s: Scenario,
  n = 0,
): { trace: Trace; rule: string; discarded: boolean; replies: string[] } {
  const trace = simulate(s);
  const d = staleDeliveries(trace)[n];
  if (!d) throw new Error(`injected segment ${n} was not delivered`);
  return { trace, rule: d.rule, discarded: d.discarded, replies: repliesTo(trace, d.segment.id) };
}

/** One injected segment's fate on one line: "RULE (discarded): reply; reply". */
export const outcome = (r: { rule: string; discarded: boolean; replies: string[] }): string =>
  `${r.rule}${r.discarded ? ' (discarded)' : ''}: ${r.replies.join('; ') || 'no reply'}`;

/** A listener alone (client host down), run long enough for every case, short of the SYN,ACK give-up at 183 s. */
export const listening = (inj: Injection[], extra: Partial<Scenario> = {}): Scenario =>
  listenerAlone(inj, { until: 5000, ...extra });

/** The client in SYN-SENT with ISS 100, server down; its first SYN is lost, the retransmission is at 1 s. */
export const synSent = (inj: Injection[], profile?: ProfileName): Scenario =>
  clientAlone({
    ...(profile ? { profile } : {}),
    faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'drop' }],
    inject: inj,
    until: 900,
  });

/** The states a connection goes through in a Figure 12 or 13 close, with the call under test at `at`. */
export function closeAt(
  call: 'close' | 'abort',
  host: 'client' | 'server',
  at: number,
  opts: { simultaneous?: boolean; faults?: Fault[] } = {},
): Trace {
  const actions: Action[] = [{ at: 1000, host: 'client', call: 'close' }];
  if (opts.simultaneous) actions.push({ at: 1000, host: 'server', call: 'close' });
  else actions.push({ at: 2000, host: 'server', call: 'close' });
  actions.push({ at, host, call });
  const faults: Fault[] = [...(opts.faults ?? [])];
  if (opts.simultaneous) {
    faults.push({
      match: { from: 'client', flags: ['FIN', 'ACK'], nth: 1 },
      action: 'delay',
      ms: 100,
    });
    faults.push({ match: { from: 'client', flags: ['ACK'], nth: 2 }, action: 'delay', ms: 150 });
  }
  return simulate(established({ actions, faults }));
}

/** Segments sent at exactly time t by host. */
export const sentAt = (trace: Trace, host: 'client' | 'server', t: number): string[] =>
  trace.events
    .filter((e) => e.type === 'send' && e.host === host && e.t === t)
    .map((e) => (e.type === 'send' ? wire({ ...trace, events: [e] })[0]! : ''));
