// One packet record as stored in a capture file, before any protocol decoding.

import type { CapturePhrase } from './capture-phrases.ts';

export interface CaptureRecord {
  /** Byte offset of the record (pcap) or block (pcapng) in the file. */
  offset: number;
  /** LINKTYPE_* value of the interface the packet was captured on. */
  linkType: number;
  /** Capture time: whole seconds since the Unix epoch, and nanoseconds within the second. */
  tsSec: number;
  tsNsec: number;
  /** Bytes present in the file (may be cut short by the snapshot length). */
  capturedLength: number;
  /** Bytes the packet had on the wire. */
  originalLength: number;
  data: Uint8Array;
}

export type CaptureFormat = 'pcap' | 'pcapng';

export interface CaptureRecords {
  format: CaptureFormat;
  records: CaptureRecord[];
  /** The file's link type (pcap) or its first interface's (pcapng); null when none is described. */
  linkType: number | null;
  /** Notes on the file (what was read but not shown), as phrases the page words. */
  warnings: CapturePhrase[];
}
