// What the network does besides carrying segments: fault rules (drop, delay or
// duplicate the nth segment of a kind) and injected stale segments.

import { LIMITS, type Fault, type FaultMatch, type Injection } from '../core/scenario.ts';
import { childPath, type Problems } from './errors.ts';
import { phrase } from './phrases.ts';
import {
  forbidField,
  HOSTS,
  PORT,
  present,
  readBoolean,
  readChoice,
  readFlags,
  readNumber,
  readObject,
  readText,
  requireField,
  TIME,
  UINT32,
} from './fields.ts';

const FAULT_FIELDS = ['match', 'action', 'ms'] as const;
const MATCH_FIELDS = ['from', 'flags', 'nth'] as const;
const FAULT_ACTIONS = ['drop', 'delay', 'duplicate'] as const;
const INJECT_FIELDS = [
  'at',
  'to',
  'flags',
  'seq',
  'ack',
  'bytes',
  'srcPort',
  'dstPort',
  'payload',
  'spoofed',
] as const;

export function readFault(p: Problems, value: unknown, path: string): Fault | undefined {
  const before = p.list.length;
  const obj = readObject(p, value, path, FAULT_FIELDS, {
    match: phrase('whatFaultMatch'),
    action: phrase('whatFaultAction'),
  });
  if (!obj) return undefined;
  const match = !present(obj, 'match')
    ? undefined
    : readMatch(p, obj.match, childPath(path, 'match'));
  const action = readChoice(p, obj, path, 'action', FAULT_ACTIONS);
  const ms = readNumber(p, obj, path, 'ms', { min: 0, max: LIMITS.maxDelayMs });
  if (action === 'drop') forbidField(p, obj, path, 'ms', phrase('dropNoMs'));
  else if (action === 'delay') requireField(p, obj, path, 'ms', phrase('whatDelayMs'));
  else if (action === 'duplicate') requireField(p, obj, path, 'ms', phrase('whatDuplicateMs'));
  if (p.list.length > before || match === undefined || action === undefined) return undefined;
  if (action === 'drop') return { match, action };
  return ms === undefined ? undefined : { match, action, ms };
}

function readMatch(p: Problems, value: unknown, path: string): FaultMatch | undefined {
  const before = p.list.length;
  const obj = readObject(p, value, path, MATCH_FIELDS, {
    from: phrase('whatMatchFrom'),
    nth: phrase('whatMatchNth'),
  });
  if (!obj) return undefined;
  const from = readChoice(p, obj, path, 'from', HOSTS);
  const flags = readFlags(p, obj, path, 'flags');
  const nth = readNumber(p, obj, path, 'nth', { whole: true, min: 1 });
  if (p.list.length > before || from === undefined || nth === undefined) return undefined;
  return flags === undefined ? { from, nth } : { from, flags, nth };
}

export function readInjection(p: Problems, value: unknown, path: string): Injection | undefined {
  const before = p.list.length;
  const obj = readObject(p, value, path, INJECT_FIELDS, {
    at: phrase('whatInjectAt'),
    to: phrase('whatInjectTo'),
    flags: phrase('whatInjectFlags'),
    seq: phrase('whatInjectSeq'),
  });
  if (!obj) return undefined;
  const at = readNumber(p, obj, path, 'at', TIME);
  const to = readChoice(p, obj, path, 'to', HOSTS);
  const flags = readFlags(p, obj, path, 'flags');
  const seq = readNumber(p, obj, path, 'seq', UINT32);
  const ack = readNumber(p, obj, path, 'ack', UINT32);
  const bytes = readNumber(p, obj, path, 'bytes', {
    whole: true,
    min: 0,
    max: LIMITS.maxBytesPerSend,
  });
  const srcPort = readNumber(p, obj, path, 'srcPort', PORT);
  const dstPort = readNumber(p, obj, path, 'dstPort', PORT);
  const payload = readText(p, obj, path, 'payload');
  const spoofed = readBoolean(p, obj, path, 'spoofed');
  // The acknowledgment field means something exactly when the ACK bit is on (RFC 9293 §3.1).
  if (flags?.includes('ACK')) requireField(p, obj, path, 'ack', phrase('whatInjectAck'));
  else if (flags) forbidField(p, obj, path, 'ack', phrase('ackOnlyWithAck'));
  if (
    p.list.length > before ||
    at === undefined ||
    to === undefined ||
    flags === undefined ||
    seq === undefined
  )
    return undefined;
  const injection: Injection = { at, to, flags, seq };
  if (ack !== undefined) injection.ack = ack;
  if (bytes !== undefined) injection.bytes = bytes;
  if (srcPort !== undefined) injection.srcPort = srcPort;
  if (dstPort !== undefined) injection.dstPort = dstPort;
  if (payload !== undefined) injection.payload = payload;
  if (spoofed === true) injection.spoofed = true;
  return injection;
}
