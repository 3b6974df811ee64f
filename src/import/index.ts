// Capture import (issue 5): parse pcap/pcapng bytes, list TCP conversations, turn one into
// a trace for the timeline. Pure: runs in the worker, in Node and in tests.

export { CaptureError } from './capture-error.ts';
export { DEFAULT_CAPTURE_LIMITS, type CaptureLimits } from './limits.ts';
export { parseCapture, millisBetween, type CapturedPacket, type ParsedCapture } from './parse-capture.ts';
export type { CaptureFormat } from './capture-record.ts';
export { LINKTYPE, linkTypeName } from './link-layer.ts';
export type { IpInfo, TcpFlag, TcpInfo, TcpOptions } from './ip-tcp.ts';
export { tcpConversations, endpointLabel, type Endpoint, type TcpConversation } from './conversations.ts';
export {
  conversationToTrace,
  type ImportedLane,
  type ImportedSegment,
  type ImportedTrace,
  type InferredStateEvent,
} from './conversation-trace.ts';
