import { describe, expect, it } from 'vitest';
import { simulate, type Scenario } from '../../core/index.ts';
import type { Trace } from '../../core/trace.ts';
import { translator } from '../../app/i18n/i18n.tsx';
import { BUILT_IN_SCENARIOS } from '../../app/builtin-scenarios.ts';
import { oldSynArrivals, verdictFor } from './verdict.ts';

const t = translator('en');
/** How many events have happened once the playhead is at `time` (all those at `time` too). */
const upTo = (trace: Trace, time: number): number => trace.events.filter((e) => e.t <= time).length;
const basic = BUILT_IN_SCENARIOS.find((b) => b.id === 'basic-handshake')!.scenario;
/** The default scenario with the client's first SYN held up `ms` by the network. */
const firstSynDelayed = (ms: number): Scenario =>
  ({
    ...basic,
    faults: [{ match: { from: 'client', flags: ['SYN'], nth: 1 }, action: 'delay', ms }],
  }) as Scenario;
/** The default scenario with an old SYN numbered `seq` reaching the server at `at` ms. */
const oldSynAt = (at: number, seq: number): Scenario =>
  ({ ...basic, inject: [{ at, to: 'server', flags: ['SYN'], seq }] }) as Scenario;

describe('compare verdicts', () => {
  const story = BUILT_IN_SCENARIOS.find((b) => b.id === 'old-duplicate-syn')!.scenario;

  it('says two-way holds a phantom connection and three-way does not', () => {
    const two = verdictFor(simulate({ ...story, protocol: 'two-way' }), t);
    const three = verdictFor(simulate({ ...story, protocol: 'three-way' }), t);
    expect(two).toEqual({
      bad: true,
      text: 'Two-way: the server held a phantom connection from 3.05 s until 3.15 s',
    });
    expect(three).toEqual({
      bad: false,
      text: 'Three-way: the old SYN was reset at 3.15 s; no phantom connection',
    });
  });

  it('at a moment of the run, says only what has happened by then', () => {
    const two = simulate({ ...story, protocol: 'two-way' });
    const three = simulate({ ...story, protocol: 'three-way' });
    expect(verdictFor(two, t, undefined, upTo(two, 3000)).text).toBe(
      'Two-way: no phantom connection so far',
    );
    expect(verdictFor(two, t, undefined, upTo(two, 3050))).toEqual({
      bad: true,
      text: 'Two-way: the server holds a phantom connection since 3.05 s',
    });
    expect(verdictFor(three, t, undefined, upTo(three, 3100)).text).toBe(
      'Three-way: no phantom connection so far',
    );
    expect(verdictFor(three, t, undefined, three.events.length).text).toBe(
      'Three-way: the old SYN was reset at 3.15 s; no phantom connection',
    );
  });

  it('says the old SYN was reset on the step the server goes back to LISTEN, not before', () => {
    const three = simulate({ ...story, protocol: 'three-way' });
    const back = three.events.findIndex(
      (e) => e.type === 'state' && e.host === 'server' && e.to === 'LISTEN' && e.t > 0,
    );
    expect(three.events[back]).toMatchObject({ t: 3150, to: 'LISTEN' });
    // The reset's arrival comes steps before the state change it causes (its timer is
    // cancelled between): the verdict waits for the lane.
    const rst = three.events.findIndex(
      (e) => e.type === 'deliver' && e.host === 'server' && e.segment.flags.includes('RST'),
    );
    expect(three.events[rst]).toMatchObject({ t: 3150 });
    expect(rst).toBeLessThan(back);
    expect(verdictFor(three, t, undefined, rst + 1).text).toBe(
      'Three-way: no phantom connection so far',
    );
    expect(verdictFor(three, t, undefined, back).text).toBe(
      'Three-way: no phantom connection so far',
    );
    expect(verdictFor(three, t, undefined, back + 1).text).toBe(
      'Three-way: the old SYN was reset at 3.15 s; no phantom connection',
    );
  });

  it('turns red on the event that opens the phantom, with the lane, not on the copy’s arrival', () => {
    const two = simulate({ ...story, protocol: 'two-way' });
    // The server's state change to ESTABLISHED on the old copy: a step after its arrival.
    const opens = two.events.findIndex(
      (e) => e.type === 'state' && e.host === 'server' && e.to === 'ESTABLISHED' && e.t === 3050,
    );
    expect(two.events[opens - 1]).toMatchObject({ t: 3050 });
    expect(verdictFor(two, t, undefined, opens).text).toBe('Two-way: no phantom connection so far');
    expect(verdictFor(two, t, undefined, opens + 1).bad).toBe(true);
  });

  it('with old data, says two-way delivered it, from the moment it did', () => {
    const stale = BUILT_IN_SCENARIOS.find((b) => b.id === 'old-duplicate-syn-stale-data')!;
    const two = simulate({ ...stale.scenario, protocol: 'two-way' });
    const delivered = two.summary.anomalies.find((a) => a.kind === 'stale-data-delivered')!;
    expect(verdictFor(two, t, undefined, upTo(two, delivered.t - 1)).text).not.toContain(
      'old data',
    );
    // Said with the application's receive that takes the old data, not with its arrival.
    const receives = two.events.findIndex(
      (e) => e.type === 'app' && e.call === 'receive' && e.t === delivered.t,
    );
    expect(two.events[receives - 1]).toMatchObject({ t: delivered.t });
    expect(verdictFor(two, t, undefined, receives).text).not.toContain('old data');
    expect(verdictFor(two, t, undefined, receives + 1).text).toContain('old data');
    const phantom = two.summary.anomalies.find((a) => a.kind === 'phantom-connection')!;
    expect(verdictFor(two, t, undefined, upTo(two, delivered.t)).text).toBe(
      `Two-way: a phantom connection since 3.05 s, and old data delivered at ${delivered.t / 1000} s`,
    );
    // Once the phantom is gone, it is said to have been, not to be.
    expect(verdictFor(two, t).text).toBe(
      `Two-way: a phantom connection from 3.05 s to ${phantom.until! / 1000} s, and old data delivered at ${delivered.t / 1000} s`,
    );
    const three = simulate({ ...stale.scenario, protocol: 'three-way' });
    expect(verdictFor(three, t).text).toMatch(
      /^Three-way: the old SYN was reset at [\d.]+ s; no phantom connection$/,
    );
  });

  it('a run where nothing old arrives says it never tested the difference, and how to', () => {
    // A repeated ACK is not an old SYN: it does not test the difference either.
    const ackTwice: Scenario = {
      ...basic,
      faults: [{ match: { from: 'client', flags: ['ACK'], nth: 1 }, action: 'duplicate', ms: 30 }],
    } as Scenario;
    // Nor is a retransmitted SYN that follows its original in (the SYN-ACK was lost).
    const lostSynAck = BUILT_IN_SCENARIOS.find((b) => b.id === 'lost-syn-ack')!.scenario;
    for (const scenario of [basic, ackTwice, lostSynAck])
      for (const protocol of ['two-way', 'three-way'] as const) {
        const verdict = verdictFor(simulate({ ...scenario, protocol }), t);
        const side = protocol === 'two-way' ? 'Two-way' : 'Three-way';
        expect(verdict.text).toBe(
          `${side}: no phantom connection, but no old SYN arrived to test it: inject one`,
        );
        // The page draws it in two parts, the second a button to the inject form, or (with no
        // Faults panel) the sentence alone.
        expect(verdict.untested).toEqual({
          lead: `${side}: no phantom connection, but no old SYN arrived to test it: `,
          action: 'inject one',
          quiet: `${side}: no phantom connection, but no old SYN arrived to test it`,
        });
      }
  });

  it('an old SYN that knocks down a half-open connection it did not open is not said to be dropped', () => {
    // An old SYN inside the window of the server's half-open connection with the client: the
    // server abandons that connection (RFC 9293 §3.10.7.4). The old SYN opened nothing.
    const three = simulate({ ...oldSynAt(80, 5000), protocol: 'three-way' });
    const [old] = oldSynArrivals(three.events);
    expect(three.events[old!]).toMatchObject({ type: 'deliver', t: 80, rule: 'O-4' });
    expect(verdictFor(three, t).text).not.toMatch(/dropped|reset/);
  });

  it('a delayed first SYN overtaken by its retransmission arrives as an old SYN', () => {
    // The student's own experiment: delay the client's first SYN past its retransmission.
    // When it lands, the connection it belonged to is long open (and closing): to the server
    // it is an old duplicate, exactly what the injected SYN of the story is.
    const two = simulate({ ...firstSynDelayed(3000), protocol: 'two-way' });
    const three = simulate({ ...firstSynDelayed(3000), protocol: 'three-way' });
    expect(verdictFor(two, t)).toMatchObject({ bad: true });
    expect(verdictFor(two, t).text).toBe(
      'Two-way: the server holds a phantom connection since 3.05 s',
    );
    const old = oldSynArrivals(three.events);
    expect(old).toHaveLength(1);
    expect(three.events[old[0]!]).toMatchObject({ t: 3050, segment: { id: 1, seq: 100 } });
    // Its SYN-ACK finds the client in TIME-WAIT, and the half-open connection is reset when
    // the retransmitted SYN-ACK is refused by the client that has forgotten it (4.15 s).
    expect(verdictFor(three, t)).toEqual({
      bad: false,
      text: 'Three-way: the old SYN was reset at 4.15 s; no phantom connection',
    });
  });

  it('an old SYN that opens nothing is still an old SYN: no reset to tell, but tested', () => {
    // Delayed a little only, the first SYN lands on the open connection, behind what it has
    // received (answered with an ACK), not on the listener: no half-open connection to reset.
    const three = simulate({ ...firstSynDelayed(1300), protocol: 'three-way' });
    expect(oldSynArrivals(three.events)).toHaveLength(1);
    expect(verdictFor(three, t).text).toBe('Three-way: no phantom connection');
  });

  it('an old SYN whose half-open connection the client’s own SYN takes back: dropped, not reset', () => {
    // Injected just before the client's SYN arrives: that SYN, on the half-open connection,
    // makes the server abandon it (RFC 9293 §3.10.7.4) before the client's reset gets there.
    const three = simulate({ ...oldSynAt(20, 90), protocol: 'three-way' });
    expect(verdictFor(three, t)).toEqual({
      bad: false,
      text: "Three-way: the old SYN's half-open connection was dropped at 0.05 s; no phantom connection",
    });
  });
});
