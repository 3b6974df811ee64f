// Capture import over the worker protocol (same version field as messages.ts). A capture is
// parsed in its own worker (src/worker/capture.worker.ts), created only when a file is
// opened, so the parser never weighs on the first frame and a huge file never blocks the
// simulation. The worker keeps the last parsed capture, so choosing another conversation
// sends a conversation number, not the file again.
import { capturePhrase, type CapturePhrase } from '../import/capture-phrases.ts';
import type { CaptureFormat } from '../import/capture-record.ts';
import type { CaptureTrace } from '../import/timeline-trace.ts';
import type { TcpFlag } from '../import/ip-tcp.ts';
import { PROTOCOL_VERSION } from './messages.ts';

export { PROTOCOL_VERSION };

/** Largest file opened, and most packet records decoded (docs/capture-import.md). */
export const CAPTURE_FILE_LIMIT_BYTES = 64 * 1024 * 1024;
export const CAPTURE_PACKET_LIMIT = 200_000;
/** Most segments of one conversation drawn on the timeline (the rest are counted, not drawn). */
export const CAPTURE_SHOWN_SEGMENTS = 2_000;

/** Page → worker: parse this file (its bytes are transferred, not copied). */
export interface ParseCaptureRequest {
  v: typeof PROTOCOL_VERSION;
  type: 'parse-capture';
  requestId: number;
  fileName: string;
  bytes: ArrayBuffer;
}

/** Page → worker: the trace of conversation `conversation` of capture `captureId`. */
export interface CaptureConversationRequest {
  v: typeof PROTOCOL_VERSION;
  type: 'capture-conversation';
  requestId: number;
  captureId: number;
  conversation: number;
}

export type ToCaptureWorker = ParseCaptureRequest | CaptureConversationRequest;

/** One row of the conversation list. */
export interface ConversationSummary {
  id: number;
  /** "10.0.0.1:40000" (the side that sent the first SYN, or else the first sender). */
  client: string;
  server: string;
  packetCount: number;
  /** Flags of the conversation's first segment, e.g. ["SYN"]. */
  firstFlags: TcpFlag[];
  /** Milliseconds from its first to its last packet. */
  durationMs: number;
  handshakeSeen: boolean;
}

/** Worker → page: the file parsed; its conversations and the trace of the one chosen first. */
export interface CaptureParsed {
  v: typeof PROTOCOL_VERSION;
  type: 'capture-parsed';
  requestId: number;
  captureId: number;
  fileName: string;
  format: CaptureFormat;
  packetCount: number;
  conversations: ConversationSummary[];
  /** The conversation shown first: the first with a complete handshake, or else the first. */
  chosen: number;
  trace: CaptureTrace;
  /** Notes on the file, worded by the page in its language. */
  warnings: CapturePhrase[];
}

/** Worker → page: one conversation as a trace. */
export interface CaptureConversationTrace {
  v: typeof PROTOCOL_VERSION;
  type: 'capture-trace';
  requestId: number;
  captureId: number;
  conversation: number;
  trace: CaptureTrace;
}

/** Worker → page: the file (or the request) is unusable; the message names what is wrong. */
export interface CaptureFailed {
  v: typeof PROTOCOL_VERSION;
  type: 'capture-error';
  requestId: number;
  /** In English (logs, tests). */
  message: string;
  /** The same, as data: the page says it in its language. */
  phrase: CapturePhrase;
}

export type FromCaptureWorker = CaptureParsed | CaptureConversationTrace | CaptureFailed;

/** The size message, checked on the page before reading and again in the worker. */
export function fileSizeProblem(
  bytes: number,
  limit = CAPTURE_FILE_LIMIT_BYTES,
): CapturePhrase | null {
  if (bytes <= limit) return null;
  return capturePhrase('sizeOverLimit', { size: megabytes(bytes), limit: megabytes(limit) });
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
