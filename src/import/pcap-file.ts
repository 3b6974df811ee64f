// Classic libpcap files: a 24-byte global header, then records of a 16-byte header and
// the packet bytes. The magic number tells byte order and the timestamp unit:
// 0xa1b2c3d4 (microseconds) or 0xa1b23c4d (nanoseconds), written in the writer's order.

import { ByteView, swap32 } from './byte-view.ts';
import { CaptureError, truncated } from './capture-error.ts';
import { capturePhrase, type CapturePhrase } from './capture-phrases.ts';
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
  const magic = view.u32(0, true, 'partPcapFileHeader');
  const littleEndian = magic === PCAP_MAGIC_MICRO || magic === PCAP_MAGIC_NANO;
  const nativeMagic = littleEndian ? magic : swap32(magic);
  const nanos = nativeMagic === PCAP_MAGIC_NANO;
  view.require(0, GLOBAL_HEADER, 'partPcapFileHeader');
  const major = view.u16(4, littleEndian, 'partPcapFileHeader');
  const warnings: CapturePhrase[] = [];
  if (major !== 2) warnings.push(capturePhrase('pcapVersion', { major, minor: view.u16(6, littleEndian, 'partPcapFileHeader') }));
  // The low 16 bits are the link type; the upper bits may carry FCS information.
  const linkType = view.u32(20, littleEndian, 'partPcapFileHeader') & 0xffff;

  const records: CaptureRecord[] = [];
  let offset = GLOBAL_HEADER;
  while (offset < view.length) {
    if (!view.has(offset, RECORD_HEADER)) throw truncated('partPacketRecord', offset);
    if (records.length >= limits.maxPackets) {
      throw new CaptureError(capturePhrase('tooManyPackets', { max: limits.maxPackets }), offset);
    }
    const tsSec = view.u32(offset, littleEndian, 'partPacketRecord');
    const frac = view.u32(offset + 4, littleEndian, 'partPacketRecord');
    const capturedLength = view.u32(offset + 8, littleEndian, 'partPacketRecord');
    const originalLength = view.u32(offset + 12, littleEndian, 'partPacketRecord');
    if (capturedLength > MAX_RECORD_BYTES) {
      throw new CaptureError(
        capturePhrase('recordTooLong', { offset, bytes: capturedLength, max: MAX_RECORD_BYTES }),
        offset,
      );
    }
    if (!view.has(offset + RECORD_HEADER, capturedLength)) {
      throw truncated('partPacketRecord', offset);
    }
    records.push({
      offset,
      linkType,
      tsSec,
      tsNsec: nanos ? frac : frac * 1000,
      capturedLength,
      originalLength,
      data: view.slice(offset + RECORD_HEADER, capturedLength, 'partPacketRecord'),
    });
    offset += RECORD_HEADER + capturedLength;
  }
  return { format: 'pcap', records, linkType, warnings };
}
