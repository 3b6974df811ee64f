// pcapng (draft-ietf-opsawg-pcapng): a sequence of blocks, each
// [type u32][total length u32][body][total length u32], lengths multiple of 4. A Section
// Header Block (SHB) starts each section and fixes its byte order through the magic
// 0x1A2B3C4D; Interface Description Blocks (IDB) give each interface's link type and
// timestamp resolution (option if_tsresol); packets come in Enhanced (EPB), Simple (SPB)
// or obsolete Packet Blocks (PB). Every other block type is skipped by its length.

import { ByteView } from './byte-view.ts';
import { CaptureError, hex32, truncated } from './capture-error.ts';
import { capturePhrase, type CapturePhrase } from './capture-phrases.ts';
import type { CaptureRecord, CaptureRecords } from './capture-record.ts';
import { MAX_RECORD_BYTES, type CaptureLimits } from './limits.ts';

export const PCAPNG_SHB = 0x0a0d0d0a;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const IDB = 0x00000001;
const PB = 0x00000002;
const SPB = 0x00000003;
const EPB = 0x00000006;
const OPT_END = 0;
const IF_TSRESOL = 9;
const IF_TSOFFSET = 14;

interface Interface {
  linkType: number;
  snapLength: number;
  /** Timestamp units per second, as a power: 10^-n (decimal) or 2^-n (binary). */
  resolution: { base: 10n | 2n; exponent: bigint };
  /** if_tsoffset: seconds added to every timestamp. */
  offsetSeconds: bigint;
}

interface Section {
  littleEndian: boolean;
  interfaces: Interface[];
}

export function readPcapng(bytes: Uint8Array, limits: CaptureLimits): CaptureRecords {
  const view = new ByteView(bytes);
  const records: CaptureRecord[] = [];
  const warnings: CapturePhrase[] = [];
  let section: Section | null = null;
  let skipped = 0;
  let linkType: number | null = null;
  let offset = 0;

  while (offset < view.length) {
    if (!view.has(offset, 12)) throw truncated('partPcapngBlock', offset);
    const rawType = view.u32(offset, true, 'partPcapngBlock');
    if (rawType === PCAPNG_SHB) {
      section = readSectionHeader(view, offset);
    }
    if (!section) throw new CaptureError(capturePhrase('blockBeforeSection', { offset }), offset);
    const le = section.littleEndian;
    const type = view.u32(offset, le, 'partPcapngBlock');
    const total = view.u32(offset + 4, le, 'partPcapngBlock');
    if (total < 12 || total % 4 !== 0) {
      throw new CaptureError(capturePhrase('blockBadLength', { offset, length: total }), offset);
    }
    if (!view.has(offset, total)) throw truncated('partPcapngBlock', offset);
    if (view.u32(offset + total - 4, le, 'partPcapngBlock') !== total) {
      throw new CaptureError(capturePhrase('blockLengthsDiffer', { offset }), offset);
    }
    const body = offset + 8;
    const bodyEnd = offset + total - 4;

    if (type === IDB) {
      const itf = readInterface(view, body, bodyEnd, le, offset);
      section.interfaces.push(itf);
      linkType ??= itf.linkType;
    } else if (type === EPB || type === PB || type === SPB) {
      if (records.length >= limits.maxPackets) {
        throw new CaptureError(capturePhrase('tooManyPackets', { max: limits.maxPackets }), offset);
      }
      records.push(readPacket(view, type, body, bodyEnd, section, offset));
    } else if (type !== PCAPNG_SHB) {
      skipped++;
    }
    offset += total;
  }
  if (skipped > 0) warnings.push(capturePhrase('skippedBlocks', { count: skipped }));
  return { format: 'pcapng', records, linkType, warnings };
}

function readSectionHeader(view: ByteView, offset: number): Section {
  view.require(offset, 28, 'partPcapngSectionHeader');
  const magic = view.u32(offset + 8, true, 'partPcapngSectionHeader');
  let littleEndian: boolean;
  if (magic === BYTE_ORDER_MAGIC) littleEndian = true;
  else if (magic === 0x4d3c2b1a) littleEndian = false;
  else throw new CaptureError(capturePhrase('badByteOrderMagic', { offset, magic: hex32(magic) }), offset);
  const major = view.u16(offset + 12, littleEndian, 'partPcapngSectionHeader');
  if (major !== 1) {
    throw new CaptureError(capturePhrase('unsupportedVersion', { offset, version: major }), offset);
  }
  return { littleEndian, interfaces: [] };
}

function readInterface(view: ByteView, body: number, end: number, le: boolean, at: number): Interface {
  if (end - body < 8) throw new CaptureError(capturePhrase('interfaceBlockTooShort', { offset: at }), at);
  const itf: Interface = {
    linkType: view.u16(body, le, 'partInterfaceBlock'),
    snapLength: view.u32(body + 4, le, 'partInterfaceBlock'),
    resolution: { base: 10n, exponent: 6n },
    offsetSeconds: 0n,
  };
  forEachOption(view, body + 8, end, le, (code, start, length) => {
    if (code === IF_TSRESOL && length >= 1) {
      const v = view.u8(start, 'partTimestampResolution');
      itf.resolution = v & 0x80 ? { base: 2n, exponent: BigInt(v & 0x7f) } : { base: 10n, exponent: BigInt(v) };
    } else if (code === IF_TSOFFSET && length >= 8) {
      const hi = view.u32(le ? start + 4 : start, le, 'partTimestampOffset');
      const lo = view.u32(le ? start : start + 4, le, 'partTimestampOffset');
      itf.offsetSeconds = BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
    }
  });
  return itf;
}

/** Options: [code u16][length u16][value padded to 4]; ends at opt_endofopt or the body's end. */
function forEachOption(
  view: ByteView,
  start: number,
  end: number,
  le: boolean,
  visit: (code: number, valueStart: number, length: number) => void,
): void {
  let at = start;
  while (at + 4 <= end) {
    const code = view.u16(at, le, 'partPcapngOption');
    const length = view.u16(at + 2, le, 'partPcapngOption');
    if (code === OPT_END) return;
    if (at + 4 + length > end) return; // a malformed option list: ignore the rest, the packets still read
    visit(code, at + 4, length);
    at += 4 + ((length + 3) & ~3);
  }
}

function readPacket(view: ByteView, type: number, body: number, end: number, s: Section, at: number): CaptureRecord {
  const le = s.littleEndian;
  let interfaceId = 0;
  let tsHigh = 0;
  let tsLow = 0;
  let capturedLength: number;
  let originalLength: number;
  let dataStart: number;
  if (type === SPB) {
    // No timestamp; the data length is what fits, capped by the interface's snapshot length.
    originalLength = view.u32(body, le, 'partSimplePacketBlock');
    dataStart = body + 4;
    const itf = s.interfaces[0];
    capturedLength = Math.min(originalLength, end - dataStart, itf && itf.snapLength > 0 ? itf.snapLength : Infinity);
  } else {
    // EPB: interface id u32; PB: interface id u16 + drops u16; then the same four fields.
    const fixed = 20;
    if (end - body < fixed) throw truncated('partPacketRecord', at);
    interfaceId = type === EPB ? view.u32(body, le, 'partPacketBlock') : view.u16(body, le, 'partPacketBlock');
    tsHigh = view.u32(body + 4, le, 'partPacketBlock');
    tsLow = view.u32(body + 8, le, 'partPacketBlock');
    capturedLength = view.u32(body + 12, le, 'partPacketBlock');
    originalLength = view.u32(body + 16, le, 'partPacketBlock');
    dataStart = body + fixed;
  }
  const itf = s.interfaces[interfaceId];
  if (!itf) {
    throw new CaptureError(
      capturePhrase('unknownInterface', { offset: at, interface: interfaceId, count: s.interfaces.length }),
      at,
    );
  }
  if (capturedLength > MAX_RECORD_BYTES) {
    throw new CaptureError(
      capturePhrase('blockTooLong', { offset: at, bytes: capturedLength, max: MAX_RECORD_BYTES }),
      at,
    );
  }
  if (dataStart + capturedLength > end) throw truncated('partPacketRecord', at);
  const { sec, nsec } = toTime((BigInt(tsHigh) << 32n) | BigInt(tsLow), itf);
  return {
    offset: at,
    linkType: itf.linkType,
    tsSec: sec,
    tsNsec: nsec,
    capturedLength,
    originalLength,
    data: view.slice(dataStart, capturedLength, 'partPacketData'),
  };
}

function toTime(units: bigint, itf: Interface): { sec: number; nsec: number } {
  const perSecond = itf.resolution.base ** itf.resolution.exponent;
  const whole = units / perSecond;
  const rest = units % perSecond;
  return { sec: Number(whole + itf.offsetSeconds), nsec: Number((rest * 1_000_000_000n) / perSecond) };
}
