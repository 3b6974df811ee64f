// The scripted user calls (`actions`): when, on which host, which call, and the
// fields each call takes. A field a call does not use is an error rather than silently
// ignored, so `{ "call": "close", "bytes": 10 }` cannot hide a mistake.

import { LIMITS, type Action, type CallName } from '../core/scenario.ts';
import type { Problems } from './errors.ts';
import { phrase } from './phrases.ts';
import {
  forbidField,
  HOSTS,
  PORT,
  readChoice,
  readNumber,
  readObject,
  requireField,
  TIME,
  type Fields,
} from './fields.ts';

export const CALLS: readonly CallName[] = [
  'listen',
  'connect',
  'send',
  'close',
  'abort',
  'crash',
  'restart',
];
const ACTION_FIELDS = ['at', 'host', 'call', 'port', 'peerPort', 'bytes', 'backlog'] as const;

/** Calls that act on the whole host, not on a socket. */
const HOST_WIDE: readonly CallName[] = ['crash', 'restart'];

export function readAction(p: Problems, value: unknown, path: string): Action | undefined {
  const before = p.list.length;
  const obj = readObject(p, value, path, ACTION_FIELDS, {
    at: phrase('whatActionAt'),
    host: phrase('whatActionHost'),
    call: phrase('whatActionCall', { calls: CALLS.join(', ') }),
  });
  if (!obj) return undefined;
  const at = readNumber(p, obj, path, 'at', TIME);
  const host = readChoice(p, obj, path, 'host', HOSTS);
  const call = readChoice(p, obj, path, 'call', CALLS);
  const port = readNumber(p, obj, path, 'port', PORT);
  const peerPort = readNumber(p, obj, path, 'peerPort', PORT);
  const bytes = readNumber(p, obj, path, 'bytes', {
    whole: true,
    min: 1,
    max: LIMITS.maxBytesPerSend,
  });
  const backlog = readNumber(p, obj, path, 'backlog', {
    whole: true,
    min: 0,
    max: LIMITS.maxBacklog,
  });
  if (call !== undefined) checkFieldsForCall(p, obj, path, call);
  if (p.list.length > before || at === undefined || host === undefined || call === undefined)
    return undefined;
  const action: Action = { at, host, call };
  if (port !== undefined) action.port = port;
  if (peerPort !== undefined) action.peerPort = peerPort;
  if (bytes !== undefined) action.bytes = bytes;
  if (backlog !== undefined) action.backlog = backlog;
  return action;
}

function checkFieldsForCall(p: Problems, obj: Fields, path: string, call: CallName): void {
  if (call === 'send') requireField(p, obj, path, 'bytes', phrase('whatSendBytes'));
  else forbidField(p, obj, path, 'bytes', phrase('onlyForSend', { call }));
  if (call !== 'listen') forbidField(p, obj, path, 'backlog', phrase('onlyForListen', { call }));
  if (HOST_WIDE.includes(call)) {
    const why = phrase('hostWideNoPort', { call });
    forbidField(p, obj, path, 'port', why);
    forbidField(p, obj, path, 'peerPort', why);
  } else if (call === 'listen') {
    forbidField(p, obj, path, 'peerPort', phrase('listenNoPeerPort'));
  }
}
