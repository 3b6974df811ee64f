// Classic libpcap files: a 24-byte global header, then records of a 16-byte header and
// the packet bytes. The magic number tells byte order and the timestamp unit:
// 0xa1b2c3d4 (microseconds) or 0xa1b23c4d (nanoseconds), written in the writer's order.

import { ByteView, swap32 } from './byte-view.ts';
import { CaptureError } from './capture-error.ts';
import type { CaptureRecord, CaptureRecords } from './capture-record.ts';
import { MAX_RECORD_BYTES, type CaptureLimits } from './limits.ts';

export const PCAP_MAGIC_MICRO = 0xa1b2c3d4;
export const PCAP_MAGIC_NANO = 0xa1b23c4d;
const GLOBAL_HEADER = 24;
const RECORD_HEADER = 16;

export function isPcapMagic(magicLittleEndian: number): boolean {
  return [PCAP_MAGIC_MICRO, PCAP_MAGIC_NANO].some((m) => m === magicLittleEndian || m === swap32(magicLittleEndian));
}

export function readPcap(bytes: Uint8Array, limits: CaptureLimits): CaptureRecords {
  const view = new ByteView(bytes);
  const magic = view.u32(0, true, 'pcap file header');
  const littleEndian = magic === PCAP_MAGIC_MICRO || magic === PCAP_MAGIC_NANO;
  const nativeMagic = littleEndian ? magic : swap32(magic);
  const nanos = nativeMagic === PCAP_MAGIC_NANO;
  view.require(0, GLOBAL_HEADER, 'pcap file header');
  const major = view.u16(4, littleEndian, 'pcap file header');
  const warnings: string[] = [];
  if (major !== 2) warnings.push(`pcap version ${major}.${view.u16(6, littleEndian, 'pcap file header')} (expected 2.4); read as 2.4`);
  // The low 16 bits are the link type; the upper bits may carry FCS information.
  const linkType = view.u32(20, littleEndian, 'pcap file header') & 0xffff;

  const records: CaptureRecord[] = [];
  let offset = GLOBAL_HEADER;
  while (offset < view.length) {
    if (!view.has(offset, RECORD_HEADER)) throw new CaptureError(`truncated packet record at byte ${offset}`, offset);
    if (records.length >= limits.maxPackets) {
      throw new CaptureError(`more than ${limits.maxPackets} packets (the limit); open a smaller capture`, offset);
    }
    const tsSec = view.u32(offset, littleEndian, 'packet record');
    const frac = view.u32(offset + 4, littleEndian, 'packet record');
    const capturedLength = view.u32(offset + 8, littleEndian, 'packet record');
    const originalLength = view.u32(offset + 12, littleEndian, 'packet record');
    if (capturedLength > MAX_RECORD_BYTES) {
      throw new CaptureError(
        `packet record at byte ${offset} claims ${capturedLength} bytes (more than ${MAX_RECORD_BYTES}): the file is corrupt`,
        offset,
      );
    }
    if (!view.has(offset + RECORD_HEADER, capturedLength)) {
      throw new CaptureError(`truncated packet record at byte ${offset}`, offset);
    }
    records.push({
      offset,
      linkType,
      tsSec,
      tsNsec: nanos ? frac : frac * 1000,
      capturedLength,
      originalLength,
      data: view.slice(offset + RECORD_HEADER, capturedLength, 'packet record'),
    });
    offset += RECORD_HEADER + capturedLength;
  }
  return { format: 'pcap', records, linkType, warnings };
}
