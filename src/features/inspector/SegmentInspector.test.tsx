// Server-rendered markup (Node has no DOM here): the accessible names the e2e tests and
// outside tools rely on.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import { handshake } from '../../state/test-scenarios.ts';
import { connectionBases } from '../narration/isn-bases.ts';
import SegmentInspector from './SegmentInspector.tsx';

describe('SegmentInspector markup', () => {
  const trace = simulate(handshake);
  const syn = trace.events.find((e) => e.type === 'send')!;
  if (syn.type !== 'send') throw new Error('no send');
  const html = renderToStaticMarkup(
    <SegmentInspector
      segment={syn.segment}
      events={trace.events}
      isnBases={connectionBases(trace.events).get(syn.segment.id)!}
      numbers="absolute"
      onNumbersChange={() => {}}
      onClose={() => {}}
    />,
  );

  it('is a region named "Segment inspector" with every control bit named with its state', () => {
    expect(html).toContain('role="region" aria-label="Segment inspector"');
    expect(html).toContain('aria-label="SYN bit set"');
    for (const name of ['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'FIN'])
      expect(html).toContain(`aria-label="${name} bit clear"`);
    expect(html).toContain('aria-label="Close inspector"');
  });

  it('shows the header bytes and the verified checksum', () => {
    expect(html).toContain('9c400050 00000064 00000000 5002ffff 26b80000');
    expect(html).toContain('Checksum 0x26b8 is correct');
    expect(html).toContain('100 (relative 0)');
  });
});
