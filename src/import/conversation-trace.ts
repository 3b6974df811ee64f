// One captured TCP conversation as a trace the timeline can show: the same event types as
// a simulation (src/core/trace.ts), with `send` events at capture time and `state` events
// that are INFERRED (marked `inferred: true`, rule "inferred"). Lanes are labelled by
// address:port. A capture is seen from one point on the path, so there are no `deliver`
// events: when a segment arrived, and whether it did, is not in the file.

import type { FlagName, HostName, SendEvent, SocketSummary, StateEvent, Trace, TraceSegment } from '../core/trace.ts';
import { FLAG_NAMES } from '../core/trace.ts';
import { conversationPackets, endpointLabel, sameEndpoint, sourceOf, type Endpoint, type TcpConversation } from './conversations.ts';
import { inferStates, type InferredStates, type ObservedSegment } from './infer-states.ts';
import type { TcpFlag, TcpOptions } from './ip-tcp.ts';
import { millisBetween, type CapturedPacket } from './parse-capture.ts';
import { SequenceBases } from './sequence-numbers.ts';

export interface ImportedSegment extends TraceSegment {
  /** Frame number in the capture (from 1). */
  frame: number;
  /** Milliseconds since the conversation's first packet. */
  t: number;
  /** Wireshark-style relative numbers (see sequence-numbers.ts). */
  seqRelative: number;
  ackRelative: number | null;
  /** Every header flag, including CWR, ECE and AE which TraceSegment.flags does not model. */
  tcpFlags: TcpFlag[];
  options: TcpOptions;
  /** This SYN restarted its sender's relative numbering (a new initial sequence number). */
  newIsn?: true;
}

export interface InferredStateEvent extends StateEvent {
  inferred: true;
  /** What the inference rests on. */
  because: string;
}

export interface ImportedLane {
  address: string;
  port: number;
  /** "10.0.0.1:40000" or "[2001:db8::1]:80". */
  label: string;
}

export interface ImportedTrace extends Trace {
  source: 'capture';
  lanes: Record<HostName, ImportedLane>;
  segments: ImportedSegment[];
  /** Inferred states before the first segment. */
  initialStates: InferredStates['initial'];
}

export function conversationToTrace(packets: readonly CapturedPacket[], conversation: TcpConversation): ImportedTrace {
  const own = conversationPackets(packets, conversation);
  const start = own[0];
  const bases = new SequenceBases();
  const seen: Record<HostName, Set<string>> = { client: new Set(), server: new Set() };
  const lanes = { client: lane(conversation.client), server: lane(conversation.server) };

  const segments = own.map((p, i): ImportedSegment => {
    const from: HostName = sameEndpoint(sourceOf(p), conversation.client) ? 'client' : 'server';
    const { tcp } = p;
    const rel = bases.relative(from, tcp);
    const segment: ImportedSegment = {
      id: i + 1,
      from,
      srcPort: tcp.srcPort,
      dstPort: tcp.dstPort,
      seq: tcp.seq,
      ack: tcp.flags.includes('ACK') ? tcp.ack : null,
      flags: FLAG_NAMES.filter((f: FlagName) => tcp.flags.includes(f)),
      len: tcp.payloadLength,
      wnd: tcp.window,
      frame: p.frame,
      t: start ? millisBetween(start, p) : 0,
      seqRelative: rel.seq,
      ackRelative: rel.ack,
      tcpFlags: tcp.flags,
      options: tcp.options,
    };
    if (rel.newIsn) segment.newIsn = true;
    // Something that occupies sequence space sent again is a retransmission.
    const occupies = tcp.payloadLength > 0 || tcp.flags.includes('SYN') || tcp.flags.includes('FIN');
    const key = `${tcp.seq}|${segment.flags.join(',')}|${tcp.payloadLength}`;
    if (occupies && seen[from].has(key)) segment.retransmission = true;
    seen[from].add(key);
    return segment;
  });

  const observed: ObservedSegment[] = segments.map((s, i) => ({ from: s.from, t: s.t, tcp: own[i]!.tcp }));
  const inferred = inferStates(observed);
  const sends: SendEvent[] = segments.map((segment) => ({
    type: 'send',
    t: segment.t,
    host: segment.from,
    socket: lanes[segment.from].label,
    segment,
    rule: 'captured',
    cause: null,
  }));
  const states: InferredStateEvent[] = inferred.transitions.map((x) => ({
    type: 'state',
    t: x.t,
    host: x.host,
    socket: lanes[x.host].label,
    port: lanes[x.host].port,
    peerPort: lanes[x.host === 'client' ? 'server' : 'client'].port,
    from: x.from,
    to: x.to,
    rule: 'inferred',
    inferred: true,
    because: x.because,
  }));
  // Each state change follows the segment that is its evidence (stable merge by time).
  const events = [...sends, ...states].sort((a, b) => a.t - b.t || order(a) - order(b));
  const endTime = segments.length ? segments[segments.length - 1]!.t : 0;
  return {
    source: 'capture',
    lanes,
    segments,
    initialStates: inferred.initial,
    events,
    summary: {
      protocol: 'three-way',
      profile: 'capture',
      seed: 0,
      endTime,
      eventCount: events.length,
      truncated: false,
      sockets: (['client', 'server'] as const).map((host) => socketSummary(host, lanes, segments, inferred)),
      anomalies: [],
    },
  };
}

function order(e: SendEvent | InferredStateEvent): number {
  return e.type === 'send' ? 0 : 1;
}

function lane(e: Endpoint): ImportedLane {
  return { address: e.address, port: e.port, label: endpointLabel(e) };
}

function socketSummary(
  host: HostName,
  lanes: Record<HostName, ImportedLane>,
  segments: ImportedSegment[],
  inferred: InferredStates,
): SocketSummary {
  const established = inferred.transitions.find((x) => x.host === host && x.to === 'ESTABLISHED');
  return {
    host,
    socket: lanes[host].label,
    port: lanes[host].port,
    peerPort: lanes[host === 'client' ? 'server' : 'client'].port,
    role: host === 'client' || inferred.initial[host] !== 'LISTEN' ? 'active' : 'passive',
    finalState: inferred.final[host],
    establishedAt: established ? established.t : null,
    bytesSent: segments.filter((s) => s.from === host).reduce((n, s) => n + s.len, 0),
    bytesReceived: segments.filter((s) => s.from !== host).reduce((n, s) => n + s.len, 0),
  };
}
