// The capture worker's logic as a plain object, so it runs in the worker, on the main thread
// in tests, and in Node alike. It keeps the last parsed capture (one at a time) so choosing
// another conversation costs one conversion, not a second parse.
import {
  CaptureError,
  conversationToTrace,
  endpointLabel,
  parseCapture,
  tcpConversations,
  type ParsedCapture,
  type TcpConversation,
} from '../import/index.ts';
import { capturePhrase, sayCapturePhrase, type CapturePhrase } from '../import/capture-phrases.ts';
import { toTimelineTrace, type CaptureTrace } from '../import/timeline-trace.ts';
import {
  CAPTURE_FILE_LIMIT_BYTES,
  CAPTURE_PACKET_LIMIT,
  CAPTURE_SHOWN_SEGMENTS,
  fileSizeProblem,
  PROTOCOL_VERSION,
  type ConversationSummary,
  type FromCaptureWorker,
} from './capture-messages.ts';

export interface CaptureHandlerOptions {
  maxBytes?: number;
  maxPackets?: number;
  maxShownSegments?: number;
}

export interface CaptureHandler {
  handle(message: unknown): FromCaptureWorker;
}

export function createCaptureHandler(options: CaptureHandlerOptions = {}): CaptureHandler {
  const maxBytes = options.maxBytes ?? CAPTURE_FILE_LIMIT_BYTES;
  const maxPackets = options.maxPackets ?? CAPTURE_PACKET_LIMIT;
  const maxShown = options.maxShownSegments ?? CAPTURE_SHOWN_SEGMENTS;
  let current: { id: number; parsed: ParsedCapture; conversations: TcpConversation[] } | null =
    null;
  let nextCaptureId = 1;

  const traceOf = (conversation: TcpConversation): CaptureTrace => {
    const shown = { ...conversation, frames: conversation.frames.slice(0, maxShown) };
    return toTimelineTrace(
      conversationToTrace(current!.parsed.packets, shown),
      conversation.packetCount,
    );
  };

  const fail = (requestId: number, phrase: CapturePhrase): FromCaptureWorker => ({
    v: PROTOCOL_VERSION,
    type: 'capture-error',
    requestId,
    message: sayCapturePhrase(phrase),
    phrase,
  });

  return {
    handle(message) {
      const m = isObject(message) ? message : {};
      const requestId = typeof m.requestId === 'number' ? m.requestId : -1;
      if (m.v !== PROTOCOL_VERSION)
        return fail(
          requestId,
          capturePhrase('unsupportedMessageVersion', { version: String(m.v) }),
        );
      try {
        if (m.type === 'parse-capture') {
          if (!(m.bytes instanceof ArrayBuffer)) return fail(requestId, capturePhrase('noBytes'));
          const tooBig = fileSizeProblem(m.bytes.byteLength, maxBytes);
          if (tooBig) return fail(requestId, tooBig);
          current = null;
          const parsed = parseCapture(new Uint8Array(m.bytes), { maxBytes, maxPackets });
          const conversations = tcpConversations(parsed.packets);
          if (conversations.length === 0) return fail(requestId, capturePhrase('noConversations'));
          current = { id: nextCaptureId++, parsed, conversations };
          const chosen = (conversations.find((c) => c.handshakeSeen) ?? conversations[0]!).id;
          return {
            v: PROTOCOL_VERSION,
            type: 'capture-parsed',
            requestId,
            captureId: current.id,
            fileName: typeof m.fileName === 'string' ? m.fileName : '',
            format: parsed.format,
            packetCount: parsed.packets.length,
            conversations: conversations.map((c) => summarize(parsed, c)),
            chosen,
            trace: traceOf(conversations[chosen]!),
            warnings: parsed.warnings,
          };
        }
        if (m.type === 'capture-conversation') {
          if (!current || current.id !== m.captureId)
            return fail(requestId, capturePhrase('captureClosed'));
          const conversation =
            typeof m.conversation === 'number' ? current.conversations[m.conversation] : undefined;
          if (!conversation)
            return fail(
              requestId,
              capturePhrase('noSuchConversation', { conversation: String(m.conversation) }),
            );
          return {
            v: PROTOCOL_VERSION,
            type: 'capture-trace',
            requestId,
            captureId: current.id,
            conversation: conversation.id,
            trace: traceOf(conversation),
          };
        }
        return fail(requestId, capturePhrase('unknownMessageType', { type: String(m.type) }));
      } catch (error) {
        // A CaptureError names what is wrong with the file; anything else is a bug, still said in words.
        if (error instanceof CaptureError) return fail(requestId, error.phrase);
        const detail = error instanceof Error ? error.message : String(error);
        return fail(requestId, capturePhrase('captureUnreadable', { detail }));
      }
    },
  };
}

function summarize(parsed: ParsedCapture, c: TcpConversation): ConversationSummary {
  const first = parsed.packets[c.frames[0]! - 1];
  return {
    id: c.id,
    client: endpointLabel(c.client),
    server: endpointLabel(c.server),
    packetCount: c.packetCount,
    firstFlags: first?.tcp?.flags ?? [],
    durationMs: c.endMs - c.startMs,
    handshakeSeen: c.handshakeSeen,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
