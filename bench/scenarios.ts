// Scenario generators for the benchmark. Every stress scenario is built here by code,
// within the documented LIMITS of scenario format v1, so a run measures the engine on
// input a user could legally write.

import { LIMITS, type Action, type Injection, type Scenario } from '../src/core/index.ts';

const SERVER_PORT = 80;
/** First ephemeral port the generated clients use (IANA dynamic range starts at 49152). */
const FIRST_CLIENT_PORT = 1024;
const CLIENT_PORT_COUNT = 65536 - FIRST_CLIENT_PORT;

export interface ConnectionsOptions {
  connections: number;
  lossRate: number;
  /** Octets each client sends after connecting. */
  bytesPerConnection: number;
  seed?: number;
}

/**
 * Many clients, each from its own port: connect, send, close; the server closes its side
 * too, so every connection walks the whole state diagram (and, under loss, retransmits).
 * Connections start 2 ms apart, so thousands overlap in time.
 */
export function manyConnections(o: ConnectionsOptions): Scenario {
  const actions: Action[] = [
    { at: 0, host: 'server', call: 'listen', port: SERVER_PORT, backlog: o.connections },
  ];
  for (let i = 0; i < o.connections; i++) {
    const port = FIRST_CLIENT_PORT + (i % CLIENT_PORT_COUNT);
    const at = i * 2;
    actions.push(
      { at, host: 'client', call: 'connect', port, peerPort: SERVER_PORT },
      {
        at: at + 400,
        host: 'client',
        call: 'send',
        port,
        peerPort: SERVER_PORT,
        bytes: o.bytesPerConnection,
      },
      { at: at + 5_000, host: 'client', call: 'close', port, peerPort: SERVER_PORT },
      { at: at + 6_000, host: 'server', call: 'close', port: SERVER_PORT, peerPort: port },
    );
  }
  checkLimit('actions', actions.length, LIMITS.maxActions);
  return {
    version: 1,
    seed: o.seed ?? 1,
    lossRate: o.lossRate,
    server: { port: SERVER_PORT },
    actions,
  };
}

export interface FloodOptions {
  syns: number;
  backlog: number;
  /** SYNs arriving per virtual millisecond. */
  perMs: number;
}

/**
 * A SYN flood from spoofed sources: injected SYNs with distinct (source port, sequence
 * number) pairs at a listener with a small backlog. The client host is down for the
 * whole run, as spoofed addresses do not answer: each SYN-ACK goes nowhere, the backlog
 * stays full of half-open connections retransmitting until they give up, and every
 * other SYN is turned away.
 */
export function synFlood(o: FloodOptions): Scenario {
  const inject: Injection[] = [];
  for (let i = 0; i < o.syns; i++) {
    inject.push({
      // From t = 1: at t = 0 arrivals come before the listen call (network first at the same instant).
      at: 1 + Math.floor(i / o.perMs),
      to: 'server',
      flags: ['SYN'],
      srcPort: FIRST_CLIENT_PORT + (i % CLIENT_PORT_COUNT),
      dstPort: SERVER_PORT,
      seq: Math.imul(i + 1, 2654435761) >>> 0,
    });
  }
  checkLimit('inject', inject.length, LIMITS.maxInjections);
  const actions: Action[] = [
    { at: 0, host: 'server', call: 'listen', port: SERVER_PORT, backlog: o.backlog },
    { at: 0, host: 'client', call: 'crash' },
  ];
  return { version: 1, seed: 1, server: { port: SERVER_PORT }, actions, inject };
}

function checkLimit(field: string, count: number, limit: number): void {
  if (count > limit)
    throw new Error(`bench scenario has ${count} ${field}, over the documented limit of ${limit}`);
}
