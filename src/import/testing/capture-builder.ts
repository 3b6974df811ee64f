// A tiny writer of capture files and packets, for tests: every format, byte order and link
// type the importer reads can be built byte by byte here, so the tests do not depend on
// files produced by tools they cannot control. Checksums are left zero (the importer does
// not verify them).

export type Bytes = Uint8Array;

export function concat(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function u8(...values: number[]): Bytes {
  return Uint8Array.from(values);
}

export function u16(value: number, littleEndian = false): Bytes {
  const b = new Uint8Array(2);
  new DataView(b.buffer).setUint16(0, value, littleEndian);
  return b;
}

export function u32(value: number, littleEndian = false): Bytes {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, value >>> 0, littleEndian);
  return b;
}

const FLAG_BITS: Record<string, number> = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16, URG: 32, ECE: 64, CWR: 128 };

export interface TcpSpec {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack?: number;
  flags: string[];
  window?: number;
  /** Raw option bytes (padded to 4 here). */
  options?: Bytes;
  payload?: number;
}

export function tcp(spec: TcpSpec): Bytes {
  const options = spec.options ?? new Uint8Array(0);
  const padded = concat(options, new Uint8Array((4 - (options.length % 4)) % 4));
  const headerWords = 5 + padded.length / 4;
  const flags = spec.flags.reduce((m, f) => m | (FLAG_BITS[f] ?? 0), 0);
  return concat(
    u16(spec.srcPort),
    u16(spec.dstPort),
    u32(spec.seq),
    u32(spec.ack ?? 0),
    u8(headerWords << 4, flags),
    u16(spec.window ?? 65535),
    u16(0),
    u16(0),
    padded,
    new Uint8Array(spec.payload ?? 0),
  );
}

/** Options of a Linux SYN: MSS, SACK-permitted, timestamps, NOP, window scale. */
export function linuxSynOptions(mss = 1460, wscale = 7, tsval = 1000, tsecr = 0): Bytes {
  return concat(u8(2, 4), u16(mss), u8(4, 2, 8, 10), u32(tsval), u32(tsecr), u8(1, 3, 3, wscale));
}

export function ipv4(src: string, dst: string, payload: Bytes, protocol = 6): Bytes {
  const addr = (a: string) => u8(...a.split('.').map(Number));
  return concat(
    u8(0x45, 0),
    u16(20 + payload.length),
    u16(0x1234),
    u16(0x4000),
    u8(64, protocol),
    u16(0),
    addr(src),
    addr(dst),
    payload,
  );
}

/** IPv6 header, optionally with one hop-by-hop options header (8 octets) before TCP. */
export function ipv6(src: Bytes, dst: Bytes, payload: Bytes, withHopByHop = false): Bytes {
  const ext = withHopByHop ? u8(6, 0, 1, 4, 0, 0, 0, 0) : new Uint8Array(0);
  return concat(u8(0x60, 0, 0, 0), u16(ext.length + payload.length), u8(withHopByHop ? 0 : 6, 64), src, dst, ext, payload);
}

export function ethernet(ip: Bytes, vlanIds: number[] = []): Bytes {
  const mac = new Uint8Array(6).fill(0x02);
  const tags = vlanIds.map((id) => concat(u16(0x8100), u16(id)));
  const type = (ip[0] ?? 0) >> 4 === 6 ? 0x86dd : 0x0800;
  return concat(mac, mac, ...tags, u16(type), ip);
}

export function sll(ip: Bytes): Bytes {
  const type = (ip[0] ?? 0) >> 4 === 6 ? 0x86dd : 0x0800;
  return concat(u16(0), u16(1), u16(6), new Uint8Array(8), u16(type), ip);
}

export function sll2(ip: Bytes): Bytes {
  const type = (ip[0] ?? 0) >> 4 === 6 ? 0x86dd : 0x0800;
  return concat(u16(type), u16(0), u32(2), u16(1), u8(0, 6), new Uint8Array(8), ip);
}

/** BSD loopback: the family in host order (NULL) or network order (LOOP). */
export function loopback(ip: Bytes, family: number, littleEndian: boolean): Bytes {
  return concat(u32(family, littleEndian), ip);
}

export interface PcapRecord {
  sec: number;
  /** Microseconds or nanoseconds, as the file says. */
  frac: number;
  data: Bytes;
  originalLength?: number;
}

export function pcap(opts: { littleEndian: boolean; nanos?: boolean; linkType: number; records: PcapRecord[] }): Bytes {
  const le = opts.littleEndian;
  const header = concat(
    u32(opts.nanos ? 0xa1b23c4d : 0xa1b2c3d4, le),
    u16(2, le),
    u16(4, le),
    u32(0, le),
    u32(0, le),
    u32(262144, le),
    u32(opts.linkType, le),
  );
  const records = opts.records.map((r) =>
    concat(u32(r.sec, le), u32(r.frac, le), u32(r.data.length, le), u32(r.originalLength ?? r.data.length, le), r.data),
  );
  return concat(header, ...records);
}

function block(le: boolean, type: number, body: Bytes): Bytes {
  const padded = concat(body, new Uint8Array((4 - (body.length % 4)) % 4));
  const total = 12 + padded.length;
  return concat(u32(type, le), u32(total, le), padded, u32(total, le));
}

function option(le: boolean, code: number, value: Bytes): Bytes {
  return concat(u16(code, le), u16(value.length, le), value, new Uint8Array((4 - (value.length % 4)) % 4));
}

export function shb(le: boolean): Bytes {
  return block(le, 0x0a0d0d0a, concat(u32(0x1a2b3c4d, le), u16(1, le), u16(0, le), u32(0xffffffff, le), u32(0xffffffff, le)));
}

/** tsresol: the raw if_tsresol byte (6 = µs, 9 = ns, 0x80 | n = 2^-n); omitted when undefined. */
export function idb(le: boolean, linkType: number, tsresol?: number, snapLength = 262144): Bytes {
  const options = tsresol === undefined ? new Uint8Array(0) : concat(option(le, 9, u8(tsresol)), option(le, 0, u8()));
  return block(le, 1, concat(u16(linkType, le), u16(0, le), u32(snapLength, le), options));
}

export function epb(le: boolean, interfaceId: number, units: bigint, data: Bytes, originalLength = data.length): Bytes {
  const high = Number(units >> 32n);
  const low = Number(units & 0xffffffffn);
  return block(
    le,
    6,
    concat(u32(interfaceId, le), u32(high, le), u32(low, le), u32(data.length, le), u32(originalLength, le), data),
  );
}

export function spb(le: boolean, data: Bytes): Bytes {
  return block(le, 3, concat(u32(data.length, le), data));
}

export function unknownBlock(le: boolean, type: number, body: Bytes): Bytes {
  return block(le, type, body);
}
