// `npm run simulate -- FILE [--json] [--pcap OUT.pcap]`: run a scenario file (or standard
// input, `-`) through the simulation core and print its trace. Invalid input → exit code 2,
// one message on standard error naming every problem, nothing on standard output.
// `--pcap` writes the capture file BEFORE the trace is printed, so a run that cannot be
// exported (or a file that cannot be written) fails the same way, with nothing printed.

import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { formatEvent, formatTrace, simulate, type Trace } from '../core/index.ts';
import { PcapExportError, traceToPcap } from '../export/pcap-write.ts';
import { parseScenarioJson, type ScenarioError } from '../scenario/index.ts';
import { parseArgs, usage } from './args.ts';

const EXIT_INVALID_INPUT = 2;
const EXIT_INTERNAL_ERROR = 1;
/** Events per write: large traces are streamed, never built as one giant string. */
const CHUNK = 2_000;

class InputError extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    await write(`${usage()}\n`);
    return 0;
  }
  if (parsed.kind === 'error')
    throw new InputError(`${parsed.message}\nRun with --help for usage.`);
  const { file, options } = parsed.args;
  const name = file === '-' ? 'standard input' : file;
  const result = parseScenarioJson(await readInput(file, name));
  if (!result.ok) throw new InputError(describeErrors(name, result.errors));
  let trace: Trace;
  try {
    trace = simulate(result.scenario);
  } catch (error) {
    process.stderr.write(
      `simulate: internal error in the simulation core; please report it with the scenario.\n${String(error instanceof Error ? (error.stack ?? error.message) : error)}\n`,
    );
    return EXIT_INTERNAL_ERROR;
  }
  const pcap = options['--pcap'];
  if (typeof pcap === 'string') await writePcap(trace, pcap);
  await (options['--json'] ? writeJson(trace) : writeText(trace));
  if (trace.summary.stopReason === 'event-limit') {
    process.stderr.write(
      `simulate: the run stopped at the safety limit of ${trace.summary.eventCount} events; the trace is incomplete.\n`,
    );
  }
  return 0;
}

async function readInput(file: string, name: string): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    throw new InputError(`cannot read ${name}: ${fileErrorReason(error, 'no such file')}`);
  }
}

/** A file-system error in words; `missing` says what ENOENT means for this operation. */
function fileErrorReason(error: unknown, missing: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return missing;
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

async function writePcap(trace: Trace, file: string): Promise<void> {
  if (file === '-')
    throw new InputError('--pcap needs a file name: standard output carries the trace');
  let bytes: Uint8Array;
  try {
    bytes = traceToPcap(trace);
  } catch (error) {
    if (error instanceof PcapExportError)
      throw new InputError(`cannot write ${file}: ${error.message}`);
    throw error;
  }
  try {
    await writeFile(file, bytes);
  } catch (error) {
    throw new InputError(
      `cannot write ${file}: ${fileErrorReason(error, 'its folder does not exist')}`,
    );
  }
}

function describeErrors(name: string, errors: readonly ScenarioError[]): string {
  const only = errors[0];
  if (errors.length === 1 && only?.code === 'syntax') return `${name} ${only.message}`;
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  const lines = errors.map((e) => `  ${e.path}: ${e.message}`);
  return [
    `${name} is not a valid scenario (${count}; the format is described in docs/scenario-format.md):`,
    ...lines,
  ].join('\n');
}

/** Exactly JSON.stringify(trace), written in pieces. */
async function writeJson(trace: Trace): Promise<void> {
  await write('{"events":[');
  for (let i = 0; i < trace.events.length; i += CHUNK) {
    const part = trace.events.slice(i, i + CHUNK).map((e) => JSON.stringify(e));
    await write((i > 0 ? ',' : '') + part.join(','));
  }
  await write(`],"summary":${JSON.stringify(trace.summary)}}\n`);
}

/** Exactly formatTrace(trace), written in pieces. */
async function writeText(trace: Trace): Promise<void> {
  for (let i = 0; i < trace.events.length; i += CHUNK) {
    await write(
      `${trace.events
        .slice(i, i + CHUNK)
        .map(formatEvent)
        .join('\n')}\n`,
    );
  }
  // formatTrace puts a blank line and the summary after the events; only the summary is rendered here.
  await write(`${formatTrace({ events: [], summary: trace.summary })}\n`);
}

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InputError) {
      process.stderr.write(`simulate: ${error.message}\n`);
      process.exitCode = EXIT_INVALID_INPUT;
      return;
    }
    process.stderr.write(
      `simulate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT_INTERNAL_ERROR;
  },
);
