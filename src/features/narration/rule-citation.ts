// The rule a trace event carries ("L-3", "O-2/challenge", "T-RTO") is our own label, from
// shared/tcp-notes.md §2.5 and the trace format (docs/architecture.md), which a student
// will not find in the RFC. Where the page names a rule, it says where the rule is written
// instead: the section of RFC 9293 and the check within it, or the other RFC it comes from.
// The labels stay what the trace carries; only their wording on the page changes.
import type { TemplateParams } from './template.ts';

export const ruleCitationMessagesEn = {
  'cite.closed': 'RFC 9293 §3.10.7.1, no connection',
  'cite.check': 'RFC 9293 §{section}, {nth} check',
  'cite.nth1': 'first',
  'cite.nth2': 'second',
  'cite.nth3': 'third',
  'cite.nth4': 'fourth',
  'cite.nth5': 'fifth',
  'cite.nth6': 'sixth',
  'cite.nth7': 'seventh',
  'cite.nth8': 'eighth',
  'cite.call': 'RFC 9293 §{section}, the {call} call',
  'cite.rto': 'RFC 9293 §3.10.8, retransmission timeout',
  'cite.giveUp': 'RFC 9293 §3.8.3, retransmissions given up',
  'cite.timeWait': 'RFC 9293 §3.10.8, TIME-WAIT timeout',
  'cite.challenge': '{base}, RFC 5961 §{section} challenge ACK',
  'cite.syncookie': '{base}, with SYN cookies, RFC 4987 §3.6',
  'cite.backlogFull': '{base}, backlog full',
  'cite.twoWayChanged': '{base}, as the two-way protocol changes it',
  'cite.twoWay': 'the two-way protocol',
  'cite.crash': 'a host crash',
} as const;

export type CitationKey = keyof typeof ruleCitationMessagesEn;
type Say = (key: CitationKey, params?: TemplateParams) => string;

/** The section whose numbered checks a rule family follows, in order (RFC 9293 §3.10.7). */
const CHECKS: Readonly<Record<string, string>> = { L: '3.10.7.2', SS: '3.10.7.3', O: '3.10.7.4' };
/** The user calls (RFC 9293 §3.10.1–§3.10.5). */
const CALLS: Readonly<Record<string, string>> = {
  OPEN: '3.10.1',
  SEND: '3.10.2',
  CLOSE: '3.10.4',
  ABORT: '3.10.5',
};
/** RFC 5961's section for each check that may answer with a challenge ACK. */
const CHALLENGES: Readonly<Record<string, string>> = { 'O-2': '3', 'O-4': '4', 'O-5': '5' };

function citeBase(base: string, say: Say): string | null {
  if (base === 'C-1') return say('cite.closed');
  const check = /^(L|SS|O)-([1-8])$/.exec(base);
  if (check) {
    const nth = say(`cite.nth${check[2]}` as CitationKey);
    return say('cite.check', { section: CHECKS[check[1]!]!, nth });
  }
  const call = /^U-([A-Z]+)$/.exec(base);
  if (call && CALLS[call[1]!])
    return say('cite.call', { section: CALLS[call[1]!]!, call: call[1]! });
  if (base === 'T-RTO') return say('cite.rto');
  if (base === 'T-2MSL') return say('cite.timeWait');
  if (base === '2WH-DUP-SYN') return say('cite.twoWay');
  if (base === 'crash') return say('cite.crash');
  return null;
}

/**
 * Where the rule `rule` is written, in the page's words ("RFC 9293 §3.10.7.2, third check").
 * A rule it does not know is given as the trace names it.
 */
export function citeRule(rule: string, say: Say): string {
  const slash = rule.indexOf('/');
  const base = slash < 0 ? rule : rule.slice(0, slash);
  const qualifier = slash < 0 ? '' : rule.slice(slash + 1);
  if (base === 'T-RTO' && qualifier === 'give-up') return say('cite.giveUp');
  const cited = citeBase(base, say);
  if (cited === null) return rule;
  switch (qualifier) {
    case 'challenge':
      return say('cite.challenge', { base: cited, section: CHALLENGES[base] ?? '3' });
    case 'syncookie':
      return say('cite.syncookie', { base: cited });
    case 'backlog-full':
      return say('cite.backlogFull', { base: cited });
    case '2WH':
      return say('cite.twoWayChanged', { base: cited });
    default:
      // "dup-syn", "simultaneous", "reset", "TIME-WAIT": which case of the check it was.
      return cited;
  }
}
