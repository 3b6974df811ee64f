// Command-line arguments of `npm run simulate`, driven by one table of options so a new
// one (such as `--pcap OUT.pcap`, issue #5) is a new row, and the usage text follows.

import { suggestField } from '../scenario/suggest.ts';

export interface OptionSpec {
  name: `--${string}`;
  short?: `-${string}`;
  /** Placeholder of the option's value (`--pcap OUT.pcap`); absent for a switch. */
  value?: string;
  help: string;
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: '--json',
    help: 'print the trace as one JSON document: { "events": [...], "summary": {...} }',
  },
  {
    name: '--pcap',
    value: 'OUT.pcap',
    help: 'also write the run as a capture file (pcap) for Wireshark',
  },
  { name: '--help', short: '-h', help: 'print this help and exit' },
];

export interface CliArgs {
  /** The scenario file, or '-' for standard input. */
  file: string;
  /** By long name: switches map to true, options with a value map to that value. */
  options: Record<string, string | true>;
}

export type ParsedArgs =
  { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export function usage(table: readonly OptionSpec[] = OPTIONS): string {
  const left = (o: OptionSpec): string =>
    [o.short, o.name + (o.value ? ` ${o.value}` : '')].filter(Boolean).join(', ');
  const width = Math.max(...table.map((o) => left(o).length));
  return [
    'Usage: npm run simulate -- FILE [options]',
    '',
    'Runs a Handshake Lab scenario (format v1, see docs/scenario-format.md) and prints its',
    'trace: one line per event, segments tcpdump-style. FILE is a scenario JSON file, or -',
    'to read the scenario from standard input.',
    '',
    'Options:',
    ...table.map((o) => `  ${left(o).padEnd(width)}  ${o.help}`),
    '',
    'Exit status: 0 when the scenario ran, 2 when the input is not a valid scenario or the',
    'arguments are wrong (the reason is on standard error), 1 on an internal error.',
  ].join('\n');
}

export function parseArgs(
  argv: readonly string[],
  table: readonly OptionSpec[] = OPTIONS,
): ParsedArgs {
  const files: string[] = [];
  const options: CliArgs['options'] = {};
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true; // what follows is a file name, even if it starts with '-'
      continue;
    }
    const [flag, inlineValue] = splitInline(arg);
    const spec = table.find((o) => o.name === flag || o.short === flag);
    if (!spec) return { kind: 'error', message: unknownOption(flag, table) };
    if (spec.name === '--help') return { kind: 'help' };
    if (spec.value === undefined) {
      if (inlineValue !== undefined)
        return { kind: 'error', message: `option ${spec.name} takes no value` };
      options[spec.name] = true;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || value === '')
      return {
        kind: 'error',
        message: `option ${spec.name} needs a value: ${spec.name} ${spec.value}`,
      };
    options[spec.name] = value;
  }
  if (files.length === 0)
    return { kind: 'error', message: 'no scenario file given (use - to read standard input)' };
  if (files.length > 1)
    return {
      kind: 'error',
      message: `expected one scenario file, got ${files.length}: ${files.join(', ')}`,
    };
  return { kind: 'run', args: { file: files[0]!, options } };
}

/** `--pcap=out.pcap` → ['--pcap', 'out.pcap']; a short option never has an inline value. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function unknownOption(flag: string, table: readonly OptionSpec[]): string {
  // Suggest long names only: any one-letter typo is "close" to every short option.
  const suggestion = suggestField(
    flag,
    table.map((o) => o.name),
  );
  return `unknown option '${flag}'${suggestion ? ` — did you mean '${suggestion}'?` : ''}`;
}
