import { describe, expect, it } from 'vitest';
import { simulate, type Scenario } from '../core/index.ts';
import { translator } from '../app/i18n/i18n.tsx';
import { findBuiltIn } from '../app/builtin-scenarios.ts';
import { handshake } from '../state/test-scenarios.ts';
import { indexTrace } from '../state/trace-index.ts';
import { mermaidText, traceToMermaid } from './mermaid.ts';

const t = translator('en');
const mermaid = (scenario: Scenario, title?: string) =>
  traceToMermaid(simulate(scenario), { t, ...(title === undefined ? {} : { title }) });

/**
 * The statements of Mermaid's sequenceDiagram grammar this exporter writes, as its lexer reads
 * them: a message or note text is `:` then one or more characters other than `#`, `;` and a
 * line break; an arrow is `->>` or `-x` between two participant ids.
 */
const STATEMENT = [
  /^ {4}participant (Client|Server)( as [^#\n;]+)?$/,
  /^ {4}title [^#\n;]+$/,
  /^ {4}(Client|Server)(->>|-x)(Client|Server): [^#\n;]+$/,
  /^ {4}Note over (Client|Server): [^#\n;]+$/,
];

function expectValidMermaid(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  expect(lines[0]).toBe('sequenceDiagram');
  for (const line of lines.slice(1))
    expect(
      STATEMENT.some((re) => re.test(line)),
      `not a valid statement: ${line}`,
    ).toBe(true);
  return lines;
}

describe('Mermaid sequenceDiagram', () => {
  it('writes the basic handshake as three messages and the state changes as notes', () => {
    expect(expectValidMermaid(mermaid(handshake))).toEqual([
      'sequenceDiagram',
      '    participant Client',
      '    participant Server',
      '    Note over Server: LISTEN',
      '    Note over Client: SYN-SENT',
      '    Client->>Server: SYN seq=100',
      '    Note over Server: SYN-RECEIVED',
      '    Server->>Client: SYN ACK seq=300 ack=101',
      '    Note over Client: ESTABLISHED',
      '    Client->>Server: ACK seq=101 ack=301',
      '    Note over Server: ESTABLISHED',
    ]);
  });

  it('draws lost segments with -x, one message per segment, in valid syntax', () => {
    for (const id of ['lost-syn', 'old-duplicate-syn', 'duplicate-syn', 'closed-port']) {
      const trace = simulate(findBuiltIn(id)!.scenario);
      const lines = expectValidMermaid(traceToMermaid(trace, { t, title: id }));
      const segments = indexTrace(trace).segments;
      const messages = lines.filter((l) => /^ {4}(Client|Server)(->>|-x)/.test(l));
      expect(messages).toHaveLength(segments.length);
      expect(messages.filter((l) => l.includes('-x'))).toHaveLength(
        segments.filter((s) => s.end === 'drop').length,
      );
    }
    const lostSyn = mermaid(findBuiltIn('lost-syn')!.scenario);
    expect(lostSyn).toContain('    Client-xServer: SYN seq=100 (lost)\n');
    expect(lostSyn).toContain('    Client->>Server: SYN seq=100 (retransmission)\n');
  });

  it('keeps a title from breaking the statement it is in', () => {
    const text = mermaid(handshake, 'Lost SYN; see #2\nsecond line');
    expectValidMermaid(text);
    expect(text).toContain('    title Lost SYN, see no. 2 second line\n');
    expect(mermaidText('a;b#c')).toBe('a,bno. c');
  });

  it('is the same text for the same run (deterministic)', () => {
    const scenario = findBuiltIn('old-duplicate-syn')!.scenario;
    expect(mermaid(scenario)).toBe(mermaid(scenario));
  });
});
