// SYN cookies: the encoding (src/core/syn-cookie.ts) and the listener's use of it
// (tcp-host.ts rules L-3/syncookie and L-2/syncookie), against a SYN flood.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import type { Injection, Scenario } from './scenario.ts';
import {
  COOKIE_MSS,
  COOKIE_PERIOD_MS,
  cookieCount,
  cookieMssIndex,
  encodeCookie,
  verifyCookie,
  type CookieTuple,
} from './syn-cookie.ts';
import type { Trace } from './trace.ts';

const tuple = fc.record({
  key: fc.nat({ max: 0xffffffff }),
  side: fc.constantFrom(1, 2),
  localPort: fc.integer({ min: 1, max: 65535 }),
  remotePort: fc.integer({ min: 1, max: 65535 }),
  peerAddr: fc.constantFrom(0, 1),
});
const u32 = fc.nat({ max: 0xffffffff });
const tick = fc.nat({ max: 100_000 });
const mssIndex = fc.nat({ max: COOKIE_MSS.length - 1 });

describe('SYN cookie encoding', () => {
  it('verifies for its own tuple and peer ISN in the tick it was made and the next, giving back the MSS index', () => {
    fc.assert(
      fc.property(tuple, u32, tick, mssIndex, fc.constantFrom(0, 1), (t, isn, count, m, age) => {
        const cookie = encodeCookie(t, isn, count, m);
        expect(verifyCookie(t, isn, cookie, count + age)).toBe(m);
      }),
      { numRuns: 500 },
    );
  });

  it('fails two ticks later, for another tuple, another peer ISN or another cookie', () => {
    // The peer ISN and the MSS index are added into the low 24 bits (as in Linux), so an
    // offset below 4 would only shift the index; larger ones push it out of the table.
    const offset = fc.integer({ min: 4, max: 0xffff });
    fc.assert(
      fc.property(tuple, tuple, u32, tick, mssIndex, offset, (t, other, isn, count, m, k) => {
        const cookie = encodeCookie(t, isn, count, m);
        expect(verifyCookie(t, isn, cookie, count + 2)).toBeNull();
        if (JSON.stringify(other) !== JSON.stringify(t))
          expect(verifyCookie(other, isn, cookie, count)).toBeNull();
        expect(verifyCookie(t, (isn + k) >>> 0, cookie, count)).toBeNull();
        expect(verifyCookie(t, isn, (cookie - k) >>> 0, count)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('rejects random numbers (fewer than 1 in 100000 pass by chance)', () => {
    const t: CookieTuple = { key: 7, side: 2, localPort: 80, remotePort: 40000, peerAddr: 0 };
    let accepted = 0;
    for (let i = 0; i < 100_000; i++)
      if (verifyCookie(t, i * 7919, (i * 2654435761) >>> 0, 5) !== null) accepted++;
    expect(accepted).toBe(0);
  });

  it('ticks once a minute and maps an MSS to the largest table entry not above it', () => {
    expect([0, COOKIE_PERIOD_MS - 1, COOKIE_PERIOD_MS, 150_000].map(cookieCount)).toEqual([
      0, 0, 1, 2,
    ]);
    expect([100, 536, 1299, 1300, 1459, 1460, 65495].map(cookieMssIndex)).toEqual([
      0, 0, 0, 1, 2, 3, 3,
    ]);
  });
});

/** Four slots, filled by four spoofed SYNs, then four more; the client connects at 100 ms. */
function flood(extra: Partial<Scenario>, moreSpoofed: Injection[] = []): Scenario {
  const spoof = (at: number, port: number): Injection => ({
    at,
    to: 'server',
    flags: ['SYN'],
    seq: port * 10,
    srcPort: port,
    spoofed: true,
  });
  return {
    version: 1,
    client: { isn: 100 },
    actions: [
      { at: 0, host: 'server', call: 'listen', backlog: 4 },
      { at: 100, host: 'client', call: 'connect' },
      { at: 300, host: 'client', call: 'send', bytes: 5 },
    ],
    inject: [...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => spoof(10 * i, 1000 + i)), ...moreSpoofed],
    ...extra,
  };
}
const rulesAt = (t: Trace, host: string, type: 'deliver' | 'send'): string[] =>
  t.events.flatMap((e) => (e.type === type && e.host === host ? [`${e.t} ${e.rule}`] : []));
const clientConnect = (t: Trace) => t.summary.sockets.find((s) => s.host === 'client')?.connect;

describe('a SYN flood against a backlog of 4', () => {
  it('without cookies: the spoofed SYN,ACKs vanish, the client is shut out until half-open slots expire', () => {
    const t = simulate(flood({ until: 20_000 }));
    const delivered = rulesAt(t, 'server', 'deliver');
    expect(delivered.slice(0, 9)).toEqual([
      '10 L-3',
      '20 L-3',
      '30 L-3',
      '40 L-3',
      '50 L-3/backlog-full',
      '60 L-3/backlog-full',
      '70 L-3/backlog-full',
      '80 L-3/backlog-full',
      '150 L-3/backlog-full',
    ]);
    // Every client SYN (first and retries) is refused while the backlog is full.
    const clientSyns = t.events.filter(
      (e) => e.type === 'send' && e.host === 'client' && e.segment.flags.join() === 'SYN',
    );
    expect(clientSyns.length).toBeGreaterThan(3);
    expect(
      t.events
        .filter((e) => e.type === 'deliver' && e.segment.from === 'client' && !e.segment.spoofed)
        .every((e) => e.type === 'deliver' && e.rule === 'L-3/backlog-full'),
    ).toBe(true);
    // Replies to forged addresses never arrive anywhere: each send to them is dropped as unreachable.
    const toSpoofed = t.events.filter((e) => e.type === 'send' && e.segment.spoofed);
    const unreachable = t.events.filter((e) => e.type === 'drop' && e.reason === 'unreachable');
    expect(toSpoofed.length).toBeGreaterThan(4);
    expect(unreachable.length).toBe(toSpoofed.length);
    expect(t.events.some((e) => e.type === 'deliver' && e.host === 'client')).toBe(false);
    expect(clientConnect(t)).toBeUndefined();
  });

  it('without cookies and a flood that refills the slots: connect() times out (rfc9293, 180 s)', () => {
    const refill: Injection[] = [1, 2, 3, 4].map((i) => ({
      at: 180_100 + i,
      to: 'server',
      flags: ['SYN'],
      seq: i,
      srcPort: 2000 + i,
      spoofed: true,
    }));
    const t = simulate(flood({}, refill));
    expect(clientConnect(t)).toBe('timeout');
    expect(t.summary.anomalies.map((a) => `${a.kind} ${a.host}`)).toEqual([
      'connect-failed client',
    ]);
  });

  it.each([
    ['rfc9293 with synCookies "overflow"', { synCookies: 'overflow' } as const],
    ['linux defaults (tcp_syncookies = 1)', { profile: 'linux' } as const],
  ])(
    'with cookies (%s): the client gets a cookie SYN,ACK and its ACK opens an ESTABLISHED connection',
    (_name, extra) => {
      const t = simulate(flood(extra));
      expect(rulesAt(t, 'server', 'deliver').slice(3, 10)).toEqual([
        '40 L-3',
        '50 L-3/syncookie',
        '60 L-3/syncookie',
        '70 L-3/syncookie',
        '80 L-3/syncookie',
        '150 L-3/syncookie',
        '250 L-2/syncookie',
      ]);
      const child = t.events.find((e) => e.type === 'state' && e.rule === 'L-2/syncookie');
      expect(child).toMatchObject({
        t: 250,
        host: 'server',
        from: 'LISTEN',
        to: 'ESTABLISHED',
        peerPort: 40000,
      });
      // The cookie is the server's ISS: the client's ACK acknowledges it + 1.
      const cookie = t.events.find(
        (e) => e.type === 'send' && e.rule === 'L-3/syncookie' && !e.segment.spoofed,
      );
      const ack = t.events.find((e) => e.type === 'deliver' && e.rule === 'L-2/syncookie');
      expect(
        ack?.type === 'deliver' &&
          cookie?.type === 'send' &&
          ack.segment.ack === (cookie.segment.seq + 1) >>> 0,
      ).toBe(true);
      expect(clientConnect(t)).toBe('ok');
      const server = t.summary.sockets.find(
        (s) => s.socket === (child?.type === 'state' ? child.socket : ''),
      );
      expect(server).toMatchObject({
        finalState: 'ESTABLISHED',
        establishedAt: 250,
        bytesReceived: 5,
      });
      expect(t.summary.anomalies).toEqual([]);
    },
  );

  it('"always" answers every SYN with a cookie and keeps no half-open connection at all', () => {
    const t = simulate(flood({ synCookies: 'always' }));
    expect(t.events.some((e) => e.type === 'state' && e.to === 'SYN-RECEIVED')).toBe(false);
    expect(rulesAt(t, 'server', 'deliver').slice(0, 2)).toEqual([
      '10 L-3/syncookie',
      '20 L-3/syncookie',
    ]);
    expect(clientConnect(t)).toBe('ok');
  });

  it('an ACK whose number is not a cookie is answered with a reset (L-2), and an ACK long after cookies were sent too', () => {
    const forged: Injection = {
      at: 500,
      to: 'server',
      flags: ['ACK'],
      seq: 5,
      ack: 12345,
      srcPort: 3000,
    };
    const t = simulate(flood({ synCookies: 'overflow' }, [forged]));
    expect(t.events.find((e) => e.type === 'deliver' && e.t === 500)).toMatchObject({
      rule: 'L-2',
      discarded: true,
    });
    // The real cookie, replayed 3 minutes later (past the two-minute validity), no longer opens anything.
    const first = simulate(flood({ synCookies: 'overflow' }));
    const cookie = first.events.find(
      (e) => e.type === 'send' && e.rule === 'L-3/syncookie' && !e.segment.spoofed,
    );
    const seq = cookie?.type === 'send' ? cookie.segment.seq : 0;
    const replay: Injection = {
      at: 400_000,
      to: 'server',
      flags: ['ACK'],
      seq: 101,
      ack: (seq + 1) >>> 0,
      srcPort: 40001,
    };
    const late = simulate(flood({ synCookies: 'overflow' }, [replay]));
    expect(late.events.find((e) => e.type === 'deliver' && e.t === 400_000)).toMatchObject({
      rule: 'L-2',
    });
  });

  it('off means off: the profile default for rfc9293, and net.ipv4.tcp_syncookies = 0 on linux', () => {
    for (const extra of [
      {},
      { profile: 'linux', sysctl: { 'net.ipv4.tcp_syncookies': 0 } },
    ] as const) {
      const t = simulate(flood({ ...extra, until: 5_000 }));
      expect(t.events.some((e) => e.type === 'send' && e.rule === 'L-3/syncookie')).toBe(false);
    }
  });

  it('is deterministic: the same scenario gives the same trace, another seed other cookies', () => {
    const s = flood({ synCookies: 'overflow' });
    expect(JSON.stringify(simulate(s))).toBe(JSON.stringify(simulate(s)));
    const cookies = (seed: number) =>
      simulate({ ...s, seed }).events.flatMap((e) =>
        e.type === 'send' && e.rule === 'L-3/syncookie' ? [e.segment.seq] : [],
      );
    expect(cookies(1)).not.toEqual(cookies(2));
  });
});
