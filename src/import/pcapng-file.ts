// pcapng (draft-ietf-opsawg-pcapng): a sequence of blocks, each
// [type u32][total length u32][body][total length u32], lengths multiple of 4. A Section
// Header Block (SHB) starts each section and fixes its byte order through the magic
// 0x1A2B3C4D; Interface Description Blocks (IDB) give each interface's link type and
// timestamp resolution (option if_tsresol); packets come in Enhanced (EPB), Simple (SPB)
// or obsolete Packet Blocks (PB). Every other block type is skipped by its length.

import { ByteView } from './byte-view.ts';
import { CaptureError, hex32 } from './capture-error.ts';
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
  const warnings: string[] = [];
  let section: Section | null = null;
  let skipped = 0;
  let linkType: number | null = null;
  let offset = 0;

  while (offset < view.length) {
    if (!view.has(offset, 12)) throw new CaptureError(`truncated pcapng block at byte ${offset}`, offset);
    const rawType = view.u32(offset, true, 'pcapng block');
    if (rawType === PCAPNG_SHB) {
      section = readSectionHeader(view, offset);
    }
    if (!section) throw new CaptureError(`pcapng block at byte ${offset} comes before any section header`, offset);
    const le = section.littleEndian;
    const type = view.u32(offset, le, 'pcapng block');
    const total = view.u32(offset + 4, le, 'pcapng block');
    if (total < 12 || total % 4 !== 0) {
      throw new CaptureError(`pcapng block at byte ${offset} has an invalid length ${total}`, offset);
    }
    if (!view.has(offset, total)) throw new CaptureError(`truncated pcapng block at byte ${offset}`, offset);
    if (view.u32(offset + total - 4, le, 'pcapng block') !== total) {
      throw new CaptureError(`pcapng block at byte ${offset}: its two length fields differ`, offset);
    }
    const body = offset + 8;
    const bodyEnd = offset + total - 4;

    if (type === IDB) {
      const itf = readInterface(view, body, bodyEnd, le, offset);
      section.interfaces.push(itf);
      linkType ??= itf.linkType;
    } else if (type === EPB || type === PB || type === SPB) {
      if (records.length >= limits.maxPackets) {
        throw new CaptureError(`more than ${limits.maxPackets} packets (the limit); open a smaller capture`, offset);
      }
      records.push(readPacket(view, type, body, bodyEnd, section, offset));
    } else if (type !== PCAPNG_SHB) {
      skipped++;
    }
    offset += total;
  }
  if (skipped > 0) warnings.push(`${skipped} pcapng block(s) of other types skipped`);
  return { format: 'pcapng', records, linkType, warnings };
}

function readSectionHeader(view: ByteView, offset: number): Section {
  view.require(offset, 28, 'pcapng section header');
  const magic = view.u32(offset + 8, true, 'pcapng section header');
  let littleEndian: boolean;
  if (magic === BYTE_ORDER_MAGIC) littleEndian = true;
  else if (magic === 0x4d3c2b1a) littleEndian = false;
  else throw new CaptureError(`pcapng section header at byte ${offset} has a bad byte-order magic ${hex32(magic)}`, offset);
  const major = view.u16(offset + 12, littleEndian, 'pcapng section header');
  if (major !== 1) {
    throw new CaptureError(`pcapng section at byte ${offset} has version ${major}, only version 1 is understood`, offset);
  }
  return { littleEndian, interfaces: [] };
}

function readInterface(view: ByteView, body: number, end: number, le: boolean, at: number): Interface {
  if (end - body < 8) throw new CaptureError(`pcapng interface block at byte ${at} is too short`, at);
  const itf: Interface = {
    linkType: view.u16(body, le, 'interface block'),
    snapLength: view.u32(body + 4, le, 'interface block'),
    resolution: { base: 10n, exponent: 6n },
    offsetSeconds: 0n,
  };
  forEachOption(view, body + 8, end, le, (code, start, length) => {
    if (code === IF_TSRESOL && length >= 1) {
      const v = view.u8(start, 'if_tsresol');
      itf.resolution = v & 0x80 ? { base: 2n, exponent: BigInt(v & 0x7f) } : { base: 10n, exponent: BigInt(v) };
    } else if (code === IF_TSOFFSET && length >= 8) {
      const hi = view.u32(le ? start + 4 : start, le, 'if_tsoffset');
      const lo = view.u32(le ? start : start + 4, le, 'if_tsoffset');
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
    const code = view.u16(at, le, 'pcapng option');
    const length = view.u16(at + 2, le, 'pcapng option');
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
    originalLength = view.u32(body, le, 'simple packet block');
    dataStart = body + 4;
    const itf = s.interfaces[0];
    capturedLength = Math.min(originalLength, end - dataStart, itf && itf.snapLength > 0 ? itf.snapLength : Infinity);
  } else {
    // EPB: interface id u32; PB: interface id u16 + drops u16; then the same four fields.
    const fixed = 20;
    if (end - body < fixed) throw new CaptureError(`truncated packet record at byte ${at}`, at);
    interfaceId = type === EPB ? view.u32(body, le, 'packet block') : view.u16(body, le, 'packet block');
    tsHigh = view.u32(body + 4, le, 'packet block');
    tsLow = view.u32(body + 8, le, 'packet block');
    capturedLength = view.u32(body + 12, le, 'packet block');
    originalLength = view.u32(body + 16, le, 'packet block');
    dataStart = body + fixed;
  }
  const itf = s.interfaces[interfaceId];
  if (!itf) {
    throw new CaptureError(
      `packet block at byte ${at} names interface ${interfaceId}, but only ${s.interfaces.length} interface(s) were described before it`,
      at,
    );
  }
  if (capturedLength > MAX_RECORD_BYTES) {
    throw new CaptureError(
      `packet block at byte ${at} claims ${capturedLength} bytes (more than ${MAX_RECORD_BYTES}): the file is corrupt`,
      at,
    );
  }
  if (dataStart + capturedLength > end) throw new CaptureError(`truncated packet record at byte ${at}`, at);
  const { sec, nsec } = toTime((BigInt(tsHigh) << 32n) | BigInt(tsLow), itf);
  return {
    offset: at,
    linkType: itf.linkType,
    tsSec: sec,
    tsNsec: nsec,
    capturedLength,
    originalLength,
    data: view.slice(dataStart, capturedLength, 'packet data'),
  };
}

function toTime(units: bigint, itf: Interface): { sec: number; nsec: number } {
  const perSecond = itf.resolution.base ** itf.resolution.exponent;
  const whole = units / perSecond;
  const rest = units % perSecond;
  return { sec: Number(whole + itf.offsetSeconds), nsec: Number((rest * 1_000_000_000n) / perSecond) };
}
