// The CLI as users run it: a child process (node + tsx), real files and standard input.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTrace, simulate, type Scenario } from '../core/index.ts';
import { traceToPcap } from '../export/pcap-write.ts';
import { parseCapture } from '../import/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'src', 'cli', 'simulate.ts');
const dir = mkdtempSync(join(tmpdir(), 'handshake-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HANDSHAKE: Scenario = {
  version: 1,
  client: { isn: 100 },
  server: { isn: 300 },
  actions: [
    { at: 0, host: 'server', call: 'listen' },
    { at: 0, host: 'client', call: 'connect' },
    { at: 200, host: 'client', call: 'send', bytes: 10 },
  ],
  faults: [{ match: { from: 'server', flags: ['SYN', 'ACK'], nth: 1 }, action: 'drop' }],
};

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function run(
  args: string[],
  stdin?: string,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    input: stdin ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectInvalid(result: ReturnType<typeof run>): string[] {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.startsWith('simulate: ')).toBe(true);
  return result.stderr.trimEnd().split('\n');
}

describe('npm run simulate', { timeout: 60_000 }, () => {
  const good = file('handshake.json', JSON.stringify(HANDSHAKE, null, 2));
  const trace = simulate(HANDSHAKE);

  it('prints the readable trace of a file', () => {
    const r = run([good]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${formatTrace(trace)}\n`);
    expect(r.stdout).toContain('drop    #2 server.80 > client.40000: Flags [S.], seq 300, ack 101');
  });

  it('prints the trace as one JSON document with --json', () => {
    const r = run(['--json', good]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(trace)}\n`);
    const parsed = JSON.parse(r.stdout) as { events: unknown[]; summary: { eventCount: number } };
    expect(Object.keys(parsed)).toEqual(['events', 'summary']);
    expect(parsed.events).toHaveLength(parsed.summary.eventCount);
  });

  it('reads standard input when FILE is -', () => {
    const r = run(['-', '--json'], JSON.stringify(HANDSHAKE));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(trace)}\n`);
  });

  it('lists every validation problem on standard error, one per line, prefixed by the path', () => {
    const bad = file(
      'bad.json',
      JSON.stringify({
        version: 1,
        lantency: 5,
        faults: [{ match: { from: 'client', nth: 0 }, action: 'drop' }],
      }),
    );
    const lines = expectInvalid(run([bad]));
    expect(lines[0]).toContain(`${bad} is not a valid scenario (2 problems`);
    expect(lines.slice(1)).toEqual([
      "  lantency: unknown field 'lantency' — did you mean 'latencyMs'?",
      '  faults[0].match.nth: must be a whole number ≥ 1, got 0',
    ]);
  });

  it('gives the line and column of a JSON syntax error, from standard input too', () => {
    const lines = expectInvalid(run(['-'], '{\n  "version": 1,\n  "seed": 2,\n}\n'));
    expect(lines).toEqual([
      "simulate: standard input is not valid JSON: line 4, column 1: a comma before '}' is not allowed in JSON: remove the last comma",
    ]);
  });

  it('says when a scenario comes from a newer version', () => {
    const lines = expectInvalid(run([file('v2.json', '{ "version": 2, "wormholes": true }')]));
    expect(lines[1]).toContain(
      'version: this scenario was made by a newer version of Handshake Lab',
    );
  });

  it('rejects unreadable files, bad arguments and a missing FILE with exit code 2', () => {
    expect(expectInvalid(run([join(dir, 'missing.json')]))[0]).toBe(
      `simulate: cannot read ${join(dir, 'missing.json')}: no such file`,
    );
    expect(expectInvalid(run([dir]))[0]).toContain('it is a directory');
    expect(expectInvalid(run([good, '--jsno']))[0]).toBe(
      "simulate: unknown option '--jsno' — did you mean '--json'?",
    );
    expect(expectInvalid(run([]))[0]).toBe(
      'simulate: no scenario file given (use - to read standard input)',
    );
  });

  it('prints usage with --help', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Usage: npm run simulate -- FILE [options]');
    expect(r.stdout).toContain('--pcap OUT.pcap');
  });

  it('--pcap writes the capture file and still prints the trace (text or --json)', () => {
    const out = join(dir, 'run.pcap');
    const r = run([good, '--pcap', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${formatTrace(trace)}\n`);
    const bytes = new Uint8Array(readFileSync(out));
    expect(bytes).toEqual(traceToPcap(trace));
    const sends = trace.events.filter((e) => e.type === 'send');
    expect(parseCapture(bytes).packets).toHaveLength(sends.length);

    const out2 = join(dir, 'run2.pcap');
    const j = run(['-', `--pcap=${out2}`, '--json'], JSON.stringify(HANDSHAKE));
    expect(j.status).toBe(0);
    expect(j.stdout).toBe(`${JSON.stringify(trace)}\n`);
    expect(new Uint8Array(readFileSync(out2))).toEqual(bytes);
  });

  it('--pcap fails with exit code 2 and prints nothing when the file cannot be written or the run cannot be exported', () => {
    const missing = join(dir, 'no-such-folder', 'x.pcap');
    expect(expectInvalid(run([good, '--pcap', missing]))[0]).toBe(
      `simulate: cannot write ${missing}: its folder does not exist`,
    );
    expect(expectInvalid(run([good, '--pcap', dir]))[0]).toBe(
      `simulate: cannot write ${dir}: it is a directory`,
    );
    expect(expectInvalid(run([good, '--pcap', '-']))[0]).toBe(
      'simulate: --pcap needs a file name: standard output carries the trace',
    );
    const huge = file(
      'huge.json',
      JSON.stringify({
        ...HANDSHAKE,
        inject: [{ at: 10, to: 'server', flags: ['ACK'], seq: 1, ack: 1, bytes: 70_000 }],
      }),
    );
    const tooBig = join(dir, 'huge.pcap');
    expect(expectInvalid(run([huge, '--pcap', tooBig]))[0]).toMatch(
      /^simulate: cannot write .*huge\.pcap: segment #\d+ carries 70000 data octets; an IPv4 packet holds at most 65495/,
    );
    expect(existsSync(tooBig)).toBe(false);
  });
});
