// Wireshark's own reader on our captures (issue 5): for every preset (docs/examples and the
// lab's built-in scenarios), the exported pcap is read by `tshark` (Debian package `tshark`,
// which the test command installs like the browser) with IP and TCP checksum validation on. It must
// find no malformed packet and no error-level expert info, call every checksum "Good",
// and decode each packet's addresses, ports, flags, seq, ack, length, IPv4 id and time
// exactly as the trace says. One tshark process per file, all files at once.

import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../app/builtin-scenarios.ts';
import { simulate, type Scenario } from '../core/index.ts';
import { parseExample } from '../core/test-helpers/examples.ts';
import { PCAP_EPOCH_SECONDS, traceToPcap, wirePackets, type WirePacket } from './pcap-write.ts';
import type { SegmentOptions } from '../core/trace.ts';
import { CLIENT_IPV4, controlBitsOctet, SERVER_IPV4, spoofedIpv4 } from './tcp-header.ts';
import { windowShifts } from './window-scale.ts';

const run = promisify(execFile);
const EXAMPLES = join(import.meta.dirname, '../../docs/examples');
const dir = mkdtempSync(join(tmpdir(), 'handshake-tshark-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Wireshark's checksum status values (epan/proto.h, PROTO_CHECKSUM_E_*). */
const CHECKSUM = { bad: 0, good: 1 } as const;
/** Expert severities (epan/proto.h): the level of an error such as "Malformed" or "Bad checksum". */
const PI_ERROR = 0x00800000;

const FIELDS = [
  'frame.number',
  'frame.time_epoch',
  'ip.src',
  'ip.dst',
  'ip.id',
  'ip.checksum.status',
  'tcp.srcport',
  'tcp.dstport',
  'tcp.flags',
  'tcp.seq_raw',
  'tcp.ack_raw',
  'tcp.len',
  'tcp.checksum.status',
  'tcp.hdr_len',
  'tcp.window_size_value',
  'tcp.option_kind',
  'tcp.options.mss_val',
  'tcp.options.wscale.shift',
  'tcp.options.timestamp.tsval',
  'tcp.options.timestamp.tsecr',
  '_ws.malformed',
  '_ws.expert.severity',
] as const;
type Row = Record<(typeof FIELDS)[number], string>;

const tshark = spawnSync('tshark', ['--version'], { encoding: 'utf8' });
const MISSING =
  tshark.error || tshark.status !== 0
    ? "tshark (Wireshark's command-line reader) is not installed. The test command installs it " +
      '(`npm test`); by hand: `sudo DEBIAN_FRONTEND=noninteractive apt-get install -y tshark`.'
    : null;

async function read(file: string): Promise<Row[]> {
  const args = [
    '-r',
    file,
    '-n',
    '-o',
    'tcp.check_checksum:TRUE',
    '-o',
    'ip.check_checksum:TRUE',
    '-T',
    'fields',
  ];
  args.push('-E', 'separator=/t', '-E', 'occurrence=a', '-E', 'aggregator=,');
  for (const f of FIELDS) args.push('-e', f);
  const { stdout } = await run('tshark', args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const cells = line.split('\t');
      return Object.fromEntries(FIELDS.map((f, i) => [f, cells[i] ?? ''])) as Row;
    });
}

/** Option kinds in Linux's layout (MSS, SACK_PERM+TS or NOP NOP TS, NOP WS, NOP NOP SACK_PERM). */
function optionKinds(o: SegmentOptions | undefined): number[] {
  if (!o) return [];
  const kinds: number[] = [];
  if (o.mss !== undefined) kinds.push(2);
  if (o.timestamp) kinds.push(...(o.sackPermitted ? [4] : [1, 1]), 8);
  if (o.windowScale !== undefined) kinds.push(1, 3);
  if (o.sackPermitted && !o.timestamp) kinds.push(1, 1, 4);
  return kinds;
}

/** What tshark must say about one packet, in its own notation. */
function expectedRow(p: WirePacket, frame: number, windowShift: number): Row {
  const s = p.segment;
  const o = s.options;
  const kinds = optionKinds(o);
  // The client side of a spoofed segment is its forged address (TEST-NET-3).
  const client = s.spoofed ? spoofedIpv4(s.from === 'client' ? s.srcPort : s.dstPort) : CLIENT_IPV4;
  const shift = s.flags.includes('SYN') ? 0 : windowShift;
  const us = Math.round(p.t * 1000);
  const seconds = PCAP_EPOCH_SECONDS + Math.floor(us / 1e6);
  return {
    'frame.number': String(frame),
    'frame.time_epoch': `${seconds}.${String(us % 1e6).padStart(6, '0')}000`,
    'ip.src': s.from === 'client' ? client : SERVER_IPV4,
    'ip.dst': s.from === 'client' ? SERVER_IPV4 : client,
    'ip.id': `0x${(s.id & 0xffff).toString(16).padStart(4, '0')}`,
    'ip.checksum.status': String(CHECKSUM.good),
    'tcp.srcport': String(s.srcPort),
    'tcp.dstport': String(s.dstPort),
    'tcp.flags': `0x${controlBitsOctet(s.flags).toString(16).padStart(4, '0')}`,
    'tcp.seq_raw': String(s.seq >>> 0),
    'tcp.ack_raw': String(s.ack === null ? 0 : s.ack >>> 0),
    'tcp.len': String(s.len),
    'tcp.checksum.status': String(CHECKSUM.good),
    'tcp.hdr_len': String(
      20 +
        4 *
          Math.ceil(
            kinds.reduce(
              (n, k) => n + ({ 2: 4, 4: 2, 8: 10, 1: 1, 3: 3 } as Record<number, number>)[k]!,
              0,
            ) / 4,
          ),
    ),
    'tcp.window_size_value': String(Math.min(0xffff, Math.floor(s.wnd / 2 ** shift))),
    'tcp.option_kind': kinds.join(','),
    'tcp.options.mss_val': o?.mss === undefined ? '' : String(o.mss),
    'tcp.options.wscale.shift': o?.windowScale === undefined ? '' : String(o.windowScale),
    'tcp.options.timestamp.tsval': o?.timestamp ? String(o.timestamp.value) : '',
    'tcp.options.timestamp.tsecr': o?.timestamp ? String(o.timestamp.echo) : '',
    '_ws.malformed': '',
    '_ws.expert.severity': '',
  };
}

/**
 * Every scenario a user can start from: docs/examples, and the lab's built-in scenarios
 * (under two-way as well when the lab shows them side by side), plus one under the linux
 * profile so PSH on data segments is read back too.
 */
function presets(): { name: string; scenario: Scenario }[] {
  const examples = readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({
      name,
      scenario: parseExample(name, readFileSync(join(EXAMPLES, name), 'utf8')),
    }));
  const builtIn = BUILT_IN_SCENARIOS.flatMap((b) => [
    { name: `built-in ${b.id}`, scenario: b.scenario },
    ...(b.compare
      ? [
          {
            name: `built-in ${b.id} (two-way)`,
            scenario: { ...b.scenario, protocol: 'two-way' as const },
          },
        ]
      : []),
  ]);
  const linux = {
    name: 'built-in basic-handshake (linux)',
    scenario: { ...BUILT_IN_SCENARIOS[0]!.scenario, profile: 'linux' as const },
  };
  return [...examples, ...builtIn, linux];
}

// tshark spends about a second of CPU starting up per file: on a loaded 2-core machine the
// whole check can take a minute or two, so it gets room, and runs a few files at a time.
describe("tshark reads every preset's export", { timeout: 240_000 }, () => {
  const all = presets();

  it('tshark is installed', () => {
    expect(MISSING, MISSING ?? '').toBeNull();
  });

  it('finds the examples and the built-in scenarios, data, PSH, options and spoofed segments included', () => {
    expect(all.length).toBeGreaterThanOrEqual(14);
    const packets = all.flatMap(({ scenario }) => wirePackets(simulate(scenario)));
    expect(packets.some((p) => p.segment.len > 0 && p.segment.flags.includes('PSH'))).toBe(true);
    expect(packets.some((p) => p.segment.options?.windowScale !== undefined)).toBe(true);
    expect(packets.some((p) => p.segment.spoofed)).toBe(true);
  });

  it.skipIf(MISSING !== null)(
    'no malformed packets, good IP and TCP checksums, and flags/seq/ack/len/time equal to the trace',
    async () => {
      const job = async ({ name, scenario }: (typeof all)[number], i: number) => {
        const trace = simulate(scenario);
        const file = join(dir, `${i}.pcap`);
        writeFileSync(file, traceToPcap(trace));
        return {
          name,
          packets: wirePackets(trace),
          shift: windowShifts(trace.events),
          rows: await read(file),
        };
      };
      const results: Awaited<ReturnType<typeof job>>[] = [];
      for (let i = 0; i < all.length; i += 3) {
        results.push(...(await Promise.all(all.slice(i, i + 3).map((x, j) => job(x, i + j)))));
      }
      for (const { name, packets, shift, rows } of results) {
        expect(packets.length, name).toBeGreaterThan(0);
        expect(rows, name).toHaveLength(packets.length);
        rows.forEach((row, i) => {
          const severities = row['_ws.expert.severity'].split(',').filter(Boolean).map(Number);
          expect(
            severities.filter((s) => s >= PI_ERROR),
            `${name} frame ${i + 1}: error-level expert info`,
          ).toEqual([]);
          expect({ ...row, '_ws.expert.severity': '' }, `${name} frame ${i + 1}`).toEqual(
            expectedRow(packets[i]!, i + 1, shift(packets[i]!.segment)),
          );
        });
      }
    },
  );

  it.skipIf(MISSING !== null)(
    'the check can fail: one flipped checksum octet is "Bad" with an error-level expert info',
    async () => {
      const trace = simulate(
        parseExample(
          'fig06-basic-handshake.json',
          readFileSync(join(EXAMPLES, 'fig06-basic-handshake.json'), 'utf8'),
        ),
      );
      const bytes = traceToPcap(trace);
      const at = 24 + 16 + 20 + 16; // first record: TCP checksum, high octet
      bytes[at] = bytes[at]! ^ 0xff;
      const file = join(dir, 'corrupt.pcap');
      writeFileSync(file, bytes);
      const [first, second] = await read(file);
      expect(first!['tcp.checksum.status']).toBe(String(CHECKSUM.bad));
      expect(first!['_ws.expert.severity'].split(',').map(Number)).toContain(PI_ERROR);
      expect(second!['tcp.checksum.status']).toBe(String(CHECKSUM.good));
    },
  );
});
