// Prints, for each recorded Linux case, the segments of its TCP conversation as a Markdown
// table (time, direction, flags, relative seq/ack, length, notes), read from the pcap with
// the app's own importer (src/import). docs/linux-fixtures.md is made from this output:
//
//   npx tsx scripts/linux-capture/fixture-table.ts [FIXTURE_DIR] > /tmp/tables.md

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conversationToTrace, parseCapture, tcpConversations, type ImportedSegment } from '../../src/import/index.ts';

interface DropFault {
  from: 'client' | 'server';
  /** Flags the dropped segments carry exactly, e.g. "SYN" or "SYN,ACK" or "ACK". */
  flags: string;
  /** How many of the first matching segments were dropped; absent: all of them. */
  first?: number;
  /** Only segments whose absolute seq differs from this (the injected old SYN is spared). */
  seqNot?: number;
}

interface ManifestCase {
  name: string;
  file: string;
  description: string;
  faults: { drop?: DropFault }[];
  sysctl: { client: Record<string, number> };
}

const dir = process.argv[2] ?? join(import.meta.dirname, '../../test/fixtures/linux');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  kernel: string;
  date: string;
  cases: ManifestCase[];
};

console.log(`Kernel ${manifest.kernel}, recorded ${manifest.date}. Times in ms from the first segment, as seen in hl-client.\n`);
for (const c of manifest.cases) {
  const parsed = parseCapture(new Uint8Array(readFileSync(join(dir, c.file))));
  const conversations = tcpConversations(parsed.packets);
  console.log(`### ${c.name}\n\n${c.description}\n`);
  for (const conversation of conversations) {
    const trace = conversationToTrace(parsed.packets, conversation);
    const dropped = droppedSegments(trace.segments, c.faults);
    console.log(`${trace.lanes.client.label} (client) ↔ ${trace.lanes.server.label} (server)\n`);
    console.log('| # | t (ms) | dir | flags | seq | ack | len | notes |');
    console.log('|---|---:|---|---|---:|---:|---:|---|');
    trace.segments.forEach((s, i) => {
      const dirText = s.from === 'client' ? 'C→S' : 'S→C';
      const notes = [
        dropped.has(s) ? '**dropped**' : '',
        s.retransmission ? 'retransmission' : '',
        s.newIsn ? `numbering restarts (ISN ${s.seq})` : '',
        foreignNumbers(s),
        optionsText(s),
      ].filter(Boolean);
      console.log(
        `| ${i + 1} | ${s.t.toFixed(1)} | ${dirText} | ${flagsText(s)} | ${s.seqRelative} | ${s.ackRelative ?? ''} | ${s.len} | ${notes.join('; ')} |`,
      );
    });
    const states = trace.events.filter((e) => e.type === 'state');
    console.log(`\nInferred states: ${states.map((e) => `${e.host} ${e.from}→${e.to} @${e.t.toFixed(0)}`).join(', ')}\n`);
  }
}

function droppedSegments(segments: ImportedSegment[], faults: ManifestCase['faults']): Set<ImportedSegment> {
  const out = new Set<ImportedSegment>();
  for (const { drop } of faults) {
    if (!drop) continue;
    const matching = segments.filter(
      (s) => s.from === drop.from && s.flags.join(',') === drop.flags && s.seq !== drop.seqNot,
    );
    for (const s of matching.slice(0, drop.first ?? matching.length)) out.add(s);
  }
  return out;
}

/** A relative number past 2^31 belongs to another incarnation: show the absolute one. */
function foreignNumbers(s: ImportedSegment): string {
  const parts = [
    s.seqRelative >= 2 ** 31 ? `abs seq ${s.seq}` : '',
    s.ackRelative !== null && s.ackRelative >= 2 ** 31 ? `abs ack ${s.ack}` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')} (an earlier connection's numbers)` : '';
}

function optionsText(s: ImportedSegment): string {
  const o = s.options;
  if (!s.flags.includes('SYN')) return o.sack ? `SACK ${o.sack.map(([l, r]) => `${l}-${r}`).join(' ')} (abs)` : '';
  const parts = [
    o.mss !== undefined ? `MSS ${o.mss}` : '',
    o.sackPermitted ? 'SACK-perm' : '',
    o.timestamp ? 'TS' : '',
    o.windowScale !== undefined ? `WS ${o.windowScale}` : '',
  ].filter(Boolean);
  return parts.join(' ') || 'no options';
}

/** SYN,ACK order (the trace's), with the ECN bits after. */
function flagsText(s: ImportedSegment): string {
  return [...s.flags, ...s.tcpFlags.filter((f) => f === 'ECE' || f === 'CWR' || f === 'AE')].join(',');
}
