// Byte-level renderings of a trace: the real IPv4/TCP header bytes (the inspector) and the
// pcap capture file (CLI --pcap, UI download). Pure: usable in the worker, the UI and Node.

export {
  LINKTYPE_RAW,
  MAX_DATA_PER_PACKET,
  PCAP_EPOCH_SECONDS,
  PcapExportError,
  traceToPcap,
  wirePackets,
  type WirePacket,
} from './pcap-write.ts';
