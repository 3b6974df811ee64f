import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/index.ts';
import type { Trace } from '../../core/trace.ts';
import { findPreset } from '../../presets/index.ts';
import { scenariosFor } from '../../state/compare-mode.ts';
import { translator } from '../../app/i18n/i18n.tsx';
import { featureTranslator } from '../../app/i18n/feature-translate.ts';
import { diffMessagesEn } from './messages.en.ts';
import { profileDifferences, type Difference } from './profile-diff.ts';
import { differenceRow } from './profile-diff-text.ts';
import { profileVerdictFor } from './verdict.ts';

/** The preset as the profiles view runs it: RFC 9293 on the left, Linux on the right. */
function sides(id: string): [Trace, Trace] {
  const plan = scenariosFor(findPreset(id)!.scenario, 'profiles');
  expect(plan.profiles).toEqual(['rfc9293', 'linux']);
  const [a, b] = plan.scenarios.map((s) => simulate(s));
  return [a!, b!];
}
const only = <K extends Difference['kind']>(d: Difference[], kind: K) =>
  d.filter((x): x is Extract<Difference, { kind: K }> => x.kind === kind);

describe('differences between the RFC 9293 and Linux runs of a scenario', () => {
  it('lost SYN: the third SYN leaves at 3 s under RFC 9293, at 2 s under Linux', () => {
    const d = profileDifferences(...sides('lost-syn'));
    expect(d[0]).toMatchObject({
      kind: 'first-segment',
      segments: [
        { t: 3000, host: 'client', flags: ['SYN'], retransmission: true },
        { t: 2000, host: 'client', flags: ['SYN'], retransmission: true },
      ],
    });
    expect(only(d, 'schedule')).toEqual([
      {
        kind: 'schedule',
        host: 'client',
        flags: ['SYN'],
        times: [
          [0, 1000, 3000],
          [0, 1000, 2000],
        ],
      },
      { kind: 'schedule', host: 'server', flags: ['SYN', 'ACK'], times: [[3050], [2050]] },
    ]);
    expect(only(d, 'call')).toEqual([
      {
        kind: 'call',
        host: 'client',
        call: 'connect',
        outcomes: [[{ t: 3100, result: 'ok' }], [{ t: 2100, result: 'ok' }]],
      },
      {
        kind: 'call',
        host: 'server',
        call: 'accept',
        outcomes: [[{ t: 3150, result: 'ok' }], [{ t: 2150, result: 'ok' }]],
      },
    ]);
    expect(only(d, 'time-wait')).toEqual([]);
  });

  it('SYN black hole: the two retry schedules, and connect() gives up at 183 s vs 131 s', () => {
    const d = profileDifferences(...sides('syn-black-hole'));
    expect(only(d, 'schedule')).toEqual([
      {
        kind: 'schedule',
        host: 'client',
        flags: ['SYN'],
        times: [
          [0, 1000, 3000, 7000, 15000, 31000, 63000, 123000],
          [0, 1000, 2000, 3000, 4000, 5000, 7000, 11000, 19000, 35000, 67000],
        ],
      },
    ]);
    expect(only(d, 'call')).toEqual([
      {
        kind: 'call',
        host: 'client',
        call: 'connect',
        outcomes: [[{ t: 183000, result: 'timeout' }], [{ t: 131000, result: 'timeout' }]],
      },
    ]);
  });

  it('duplicate SYN in SYN-RECEIVED: an ACK under RFC 9293, the SYN,ACK again under Linux', () => {
    const d = profileDifferences(...sides('duplicate-syn'));
    expect(d[0]).toMatchObject({
      kind: 'first-segment',
      segments: [
        { t: 80, host: 'server', flags: ['ACK'], retransmission: false },
        { t: 80, host: 'server', flags: ['SYN', 'ACK'], retransmission: true },
      ],
    });
  });

  it('TIME-WAIT: twice the MSL under RFC 9293, 60 s under Linux', () => {
    const d = profileDifferences(...sides('close-time-wait'));
    const tw = only(d, 'time-wait');
    expect(tw.length).toBeGreaterThan(0);
    for (const row of tw) expect(row.lengths[1].every((ms) => ms === 60_000)).toBe(true);
    expect(tw.some((row) => row.lengths[0].some((ms) => ms !== 60_000))).toBe(true);
  });

  it('finds nothing when both runs are the same', () => {
    const [a] = sides('lost-syn');
    expect(profileDifferences(a, a)).toEqual([]);
  });

  it('names the side that sent nothing more when one run is a prefix of the other', () => {
    const [a] = sides('lost-syn');
    const shorter: Trace = { ...a, events: a.events.filter((e) => e.t < 3000) };
    const d = profileDifferences(shorter, a);
    expect(d[0]).toMatchObject({ kind: 'first-segment', segments: [null, { t: 3000 }] });
  });

  it("in words: both schedules, and each side's verdict", () => {
    const t = featureTranslator(translator('en'), diffMessagesEn);
    const [rfc, linux] = sides('syn-black-hole');
    const rows = profileDifferences(rfc, linux).map((d) => differenceRow(d, t));
    expect(rows.map((r) => [r.label, ...r.values])).toEqual([
      [
        'First different segment',
        'client SYN (retransmission) at 3.0 s',
        'client SYN (retransmission) at 2.0 s',
      ],
      [
        'SYN from the client sent at',
        '0.0, 1.0, 3.0, 7.0, 15.0, 31.0, 63.0, 123.0 s',
        '0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 7.0, 11.0, 19.0, 35.0, 67.0 s',
      ],
      ['connect() on the client', 'timeout at 183.0 s', 'timeout at 131.0 s'],
    ]);
    expect(profileVerdictFor(rfc, t, 'RFC 9293').text).toBe(
      'RFC 9293: connect() failed at 183.0 s',
    );
    expect(profileVerdictFor(linux, t, 'Linux 6.x').text).toBe(
      'Linux 6.x: connect() failed at 131.0 s',
    );
    const [late, early] = sides('lost-syn');
    expect(profileVerdictFor(late, t, 'RFC 9293')).toEqual({
      bad: false,
      text: 'RFC 9293: connected at 3.1 s',
    });
    expect(profileVerdictFor(early, t, 'Linux 6.x').text).toBe('Linux 6.x: connected at 2.1 s');
  });
});
