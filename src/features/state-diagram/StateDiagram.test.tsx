// Server-rendered markup (Node has no DOM here): what is lit and how it is named.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StateDiagram } from './StateDiagram.tsx';

describe('StateDiagram markup', () => {
  it('names the current state and the last transition, and lights both', () => {
    const html = renderToStaticMarkup(
      <StateDiagram
        side="server"
        state="SYN-RECEIVED"
        last={{ from: 'LISTEN', to: 'SYN-RECEIVED', rule: 'L-3' }}
      />,
    );
    expect(html).toContain(
      'role="img" aria-label="Server state machine: current state SYN-RECEIVED; last transition LISTEN → SYN-RECEIVED (rcv SYN / snd SYN,ACK)."',
    );
    expect(html).toMatch(/data-edge="listen-synrcvd" data-lit="true"/);
    expect(html).toMatch(/data-node="SYN-RECEIVED" data-lit="true"/);
    expect(html.match(/data-lit="true"/g)).toHaveLength(2);
  });

  it('heads each drawing with its caption, so stacked sides are not read as one another', () => {
    for (const variant of ['full', 'compact'] as const) {
      const html = renderToStaticMarkup(
        <StateDiagram side="client" state="SYN-SENT" variant={variant} />,
      );
      expect(html).toMatch(/^<figure[^>]*><figcaption[^>]*><strong>Client state machine<\/strong>/);
    }
  });

  it('draws the two-way transitions only for the two-way protocol, and note-3 edges only when taken', () => {
    const three = renderToStaticMarkup(<StateDiagram side="client" state="CLOSED" />);
    expect(three).not.toContain('listen-established-2wh');
    expect(three).not.toContain('closed-note3');
    expect(three).toContain('aria-label="Client state machine: current state CLOSED."');
    const two = renderToStaticMarkup(
      <StateDiagram
        side="server"
        state="ESTABLISHED"
        protocol="two-way"
        last={{ from: 'LISTEN', to: 'ESTABLISHED', rule: 'L-3/2WH' }}
      />,
    );
    expect(two).toMatch(/data-edge="listen-established-2wh" data-lit="true"/);
    const reset = renderToStaticMarkup(
      <StateDiagram
        side="client"
        state="CLOSED"
        last={{ from: 'ESTABLISHED', to: 'CLOSED', rule: 'O-2' }}
      />,
    );
    expect(reset).toMatch(/data-edge="established-closed-note3" data-lit="true"/);
    expect(reset).toMatch(/data-node="CLOSED-2" data-lit="true"/);
    expect(reset).toContain('rcv RST / delete TCB');
  });

  it('says what each protocol does on the SYN-ACK: three-way sends ACK, two-way sends nothing', () => {
    const last = { from: 'SYN-SENT', to: 'ESTABLISHED', rule: 'SS-4' } as const;
    const three = renderToStaticMarkup(
      <StateDiagram side="client" state="ESTABLISHED" last={last} variant="full" />,
    );
    expect(three).toContain('last transition SYN-SENT → ESTABLISHED (rcv SYN,ACK / snd ACK).');
    expect(three).not.toContain('two-way');
    const two = renderToStaticMarkup(
      <StateDiagram side="client" state="ESTABLISHED" last={last} protocol="two-way" />,
    );
    expect(two).toContain('last transition SYN-SENT → ESTABLISHED (rcv SYN,ACK / x).');
  });
});
