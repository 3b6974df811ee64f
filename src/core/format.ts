// Plain-text rendering of a trace: one line per event, segments tcpdump-style
// ("client.40000 > server.80: Flags [S], seq 100, win 65535, length 0").

import { tcpdumpFlags } from './segment.ts';
import type { SegmentOptions, Trace, TraceEvent, TraceSegment } from './trace.ts';

export function formatSegment(s: TraceSegment): string {
  const to = s.from === 'client' ? 'server' : 'client';
  let out = `${s.from}.${s.srcPort} > ${to}.${s.dstPort}: Flags [${tcpdumpFlags(s.flags)}], seq ${s.seq}`;
  if (s.len > 0) out += `:${(s.seq + s.len) >>> 0}`;
  if (s.ack !== null) out += `, ack ${s.ack}`;
  out += `, win ${s.wnd}`;
  if (s.options) out += `, options [${formatOptions(s.options)}]`;
  out += `, length ${s.len}`;
  const tags: string[] = [];
  if (s.retransmission) tags.push('retransmission');
  if (s.copyOf !== undefined) tags.push(`copy of #${s.copyOf}`);
  if (s.stale) tags.push('stale');
  if (s.spoofed) tags.push('spoofed');
  if (s.payload !== undefined) tags.push(JSON.stringify(s.payload));
  if (tags.length > 0) out += ` (${tags.join(', ')})`;
  return out;
}

/** tcpdump's option list, in the order the options are written: "mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 10". */
export function formatOptions(o: SegmentOptions): string {
  const parts: string[] = [];
  if (o.mss !== undefined) parts.push(`mss ${o.mss}`);
  if (o.sackPermitted) parts.push('sackOK');
  if (o.timestamp) parts.push(`TS val ${o.timestamp.value} ecr ${o.timestamp.echo}`);
  if (o.windowScale !== undefined) parts.push('nop', `wscale ${o.windowScale}`);
  return parts.join(',');
}

export function formatTime(t: number): string {
  return `${(t / 1000).toFixed(3).padStart(9)}s`;
}

export function formatEvent(e: TraceEvent): string {
  const at = formatTime(e.t);
  switch (e.type) {
    case 'send':
      return `${at}  send    #${e.segment.id} ${formatSegment(e.segment)}  [${e.rule}]`;
    case 'deliver':
      // An injected segment has no `send` line, so its arrival shows what it carries.
      return `${at}  deliver #${e.segment.id}${e.segment.stale || e.segment.spoofed ? ` ${formatSegment(e.segment)}` : ''} at ${e.host}${e.socket ? `/${e.socket}` : ''}  [${e.rule}${e.discarded ? ', discarded' : ''}]`;
    case 'drop':
      return `${at}  drop    #${e.segment.id} ${formatSegment(e.segment)}  (${e.reason})`;
    case 'state':
      return `${at}  state   ${e.host}/${e.socket} ${e.from} -> ${e.to}  [${e.rule}]`;
    case 'timer':
      return `${at}  timer   ${e.host}/${e.socket} ${e.timer} ${e.action}${e.due !== undefined ? ` due ${(e.due / 1000).toFixed(3)}s` : ''}${e.rto !== undefined ? ` (RTO ${e.rto} ms)` : ''}`;
    case 'app': {
      const parts = [`${at}  app     ${e.host}${e.socket ? `/${e.socket}` : ''} ${e.call}()`];
      if (e.bytes !== undefined) parts.push(`${e.bytes} bytes`);
      if (e.result) parts.push(`-> ${e.result}`);
      return parts.join(' ');
    }
  }
}

export function formatTrace(trace: Trace): string {
  const lines = trace.events.map(formatEvent);
  const s = trace.summary;
  lines.push('');
  lines.push(`summary: ${s.protocol}, profile ${s.profile}, seed ${s.seed}, ${s.eventCount} events, ended at ${(s.endTime / 1000).toFixed(3)}s${s.truncated ? ` (stopped: ${s.stopReason})` : ''}`);
  for (const k of s.sockets) {
    const est = k.establishedAt !== null ? `established at ${(k.establishedAt / 1000).toFixed(3)}s` : 'never established';
    const conn = k.connect ? `, connect ${k.connect}` : '';
    lines.push(`  ${k.host}/${k.socket} ${k.role} ${k.port}${k.peerPort !== null ? `<->${k.peerPort}` : ''}: ${k.finalState}, ${est}${conn}, received ${k.bytesReceived} bytes`);
  }
  if (s.anomalies.length === 0) lines.push('  anomalies: none');
  for (const a of s.anomalies) {
    lines.push(`  anomaly ${a.kind} at ${(a.t / 1000).toFixed(3)}s${a.until !== undefined ? ` until ${(a.until / 1000).toFixed(3)}s` : ''}: ${a.detail}`);
  }
  return lines.join('\n');
}
