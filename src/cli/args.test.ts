import { describe, expect, it } from 'vitest';
import { OPTIONS, parseArgs, usage } from './args.ts';

/** The real table, whose `--pcap OUT.pcap` is an option with a value. */
const WITH_VALUE = OPTIONS;

describe('parseArgs', () => {
  it('takes one file and the --json switch, in any order', () => {
    expect(parseArgs(['a.json'])).toEqual({ kind: 'run', args: { file: 'a.json', options: {} } });
    expect(parseArgs(['--json', 'a.json'])).toEqual({
      kind: 'run',
      args: { file: 'a.json', options: { '--json': true } },
    });
    expect(parseArgs(['a.json', '--json'])).toEqual({
      kind: 'run',
      args: { file: 'a.json', options: { '--json': true } },
    });
  });

  it('reads - as standard input and -- as the end of options', () => {
    expect(parseArgs(['-'])).toEqual({ kind: 'run', args: { file: '-', options: {} } });
    expect(parseArgs(['--json', '--', '-odd.json'])).toEqual({
      kind: 'run',
      args: { file: '-odd.json', options: { '--json': true } },
    });
  });

  it('answers --help and -h with help, whatever else is there', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['x.json', '-h'])).toEqual({ kind: 'help' });
  });

  it('rejects a missing file, two files and unknown options', () => {
    expect(parseArgs([])).toEqual({
      kind: 'error',
      message: 'no scenario file given (use - to read standard input)',
    });
    expect(parseArgs(['a', 'b'])).toEqual({
      kind: 'error',
      message: 'expected one scenario file, got 2: a, b',
    });
    expect(parseArgs(['a', '--jsno'])).toEqual({
      kind: 'error',
      message: "unknown option '--jsno' — did you mean '--json'?",
    });
    expect(parseArgs(['a', '-x'])).toEqual({ kind: 'error', message: "unknown option '-x'" });
    expect(parseArgs(['a', '--json=yes'])).toEqual({
      kind: 'error',
      message: 'option --json takes no value',
    });
  });

  it('reads an option value after a space or an equals sign', () => {
    expect(parseArgs(['a', '--pcap', 'out.pcap'], WITH_VALUE)).toEqual({
      kind: 'run',
      args: { file: 'a', options: { '--pcap': 'out.pcap' } },
    });
    expect(parseArgs(['--pcap=out.pcap', 'a'], WITH_VALUE)).toEqual({
      kind: 'run',
      args: { file: 'a', options: { '--pcap': 'out.pcap' } },
    });
    expect(parseArgs(['a', '--pcap'], WITH_VALUE)).toEqual({
      kind: 'error',
      message: 'option --pcap needs a value: --pcap OUT.pcap',
    });
  });
});

describe('usage', () => {
  it('lists every option of the table with its value placeholder', () => {
    expect(OPTIONS.find((o) => o.name === '--pcap')).toMatchObject({ value: 'OUT.pcap' });
    const text = usage();
    expect(text).toContain('Usage: npm run simulate -- FILE [options]');
    for (const line of ['  --json ', '  -h, --help ', '  --pcap OUT.pcap '])
      expect(text).toContain(line);
  });
});
