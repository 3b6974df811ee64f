import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import { PRESETS } from '../../presets/index.ts';
import { citeRule, ruleCitationMessagesEn } from './rule-citation.ts';
import { ruleCitationMessagesZhCN } from './rule-citation.zh-CN.ts';
import { formatterFor } from './template.ts';

const en = formatterFor(ruleCitationMessagesEn);
const zh = formatterFor(ruleCitationMessagesZhCN);

describe('rule citations', () => {
  it('say where each kind of rule is written in RFC 9293, and which check of the section', () => {
    expect(citeRule('C-1', en)).toBe('RFC 9293 §3.10.7.1, no connection');
    expect(citeRule('L-3', en)).toBe('RFC 9293 §3.10.7.2, third check');
    expect(citeRule('SS-1', en)).toBe('RFC 9293 §3.10.7.3, first check');
    expect(citeRule('O-8', en)).toBe('RFC 9293 §3.10.7.4, eighth check');
    expect(citeRule('U-OPEN', en)).toBe('RFC 9293 §3.10.1, the OPEN call');
    expect(citeRule('U-CLOSE', en)).toBe('RFC 9293 §3.10.4, the CLOSE call');
    expect(citeRule('T-RTO', en)).toBe('RFC 9293 §3.10.8, retransmission timeout');
    expect(citeRule('T-RTO/give-up', en)).toBe('RFC 9293 §3.8.3, retransmissions given up');
    expect(citeRule('T-2MSL', en)).toBe('RFC 9293 §3.10.8, TIME-WAIT timeout');
  });

  it('name the other RFC or the protocol a qualified rule comes from', () => {
    expect(citeRule('O-4/challenge', en)).toBe(
      'RFC 9293 §3.10.7.4, fourth check, RFC 5961 §4 challenge ACK',
    );
    expect(citeRule('O-2/challenge', en)).toContain('RFC 5961 §3');
    expect(citeRule('L-3/syncookie', en)).toBe(
      'RFC 9293 §3.10.7.2, third check, with SYN cookies, RFC 4987 §3.6',
    );
    expect(citeRule('L-3/backlog-full', en)).toBe('RFC 9293 §3.10.7.2, third check, backlog full');
    expect(citeRule('L-3/2WH', en)).toBe(
      'RFC 9293 §3.10.7.2, third check, as the two-way protocol changes it',
    );
    expect(citeRule('2WH-DUP-SYN', en)).toBe('the two-way protocol');
    // Which case of a check it was adds nothing a reader could look up.
    expect(citeRule('O-1/dup-syn', en)).toBe(citeRule('O-1', en));
  });

  it('give a rule they do not know as the trace names it', () => {
    expect(citeRule('X-99', en)).toBe('X-99');
    expect(citeRule('O-9', en)).toBe('O-9');
    expect(citeRule('U-FROB', en)).toBe('U-FROB');
  });

  it('cite every rule the engine fires in the presets, in English and in Chinese', () => {
    const rules = new Set<string>();
    for (const p of PRESETS)
      for (const protocol of ['three-way', 'two-way'] as const)
        for (const profile of ['rfc9293', 'linux'] as const)
          for (const e of simulate({ ...p.scenario, protocol, profile }).events)
            if ('rule' in e) rules.add(e.rule);
    expect(rules.size).toBeGreaterThan(20);
    for (const rule of rules) {
      expect(citeRule(rule, en), rule).not.toBe(rule);
      expect(citeRule(rule, zh), rule).not.toBe(rule);
      expect(citeRule(rule, zh), rule).not.toMatch(/[{}]|undefined/);
    }
    expect(citeRule('SS-4', zh)).toBe('RFC 9293 §3.10.7.3 第四项检查');
  });
});
