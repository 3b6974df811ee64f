// From a captured frame to its network-layer bytes, for the link types a handshake lesson
// meets: Ethernet (with 802.1Q/802.1ad tags), Linux cooked v1/v2, raw IP and BSD loopback.
// LINKTYPE values: https://www.tcpdump.org/linktypes.html

import { be16, be32, swap32 } from './byte-view.ts';
import { CaptureError } from './capture-error.ts';
import { capturePhrase, type CapturePhrase, type LinkLayerPart } from './capture-phrases.ts';

export const LINKTYPE = {
  NULL: 0,
  ETHERNET: 1,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

const SUPPORTED = new Set<number>(Object.values(LINKTYPE));

/** Names of link types people are likely to open, for a message that says what it was. */
const KNOWN_NAMES: Record<number, string> = {
  0: 'BSD loopback',
  1: 'Ethernet',
  6: 'IEEE 802.5 Token Ring',
  9: 'PPP',
  50: 'PPP in HDLC framing',
  101: 'raw IP',
  104: 'Cisco HDLC',
  105: 'IEEE 802.11',
  108: 'OpenBSD loopback',
  113: 'Linux cooked (SLL)',
  127: 'IEEE 802.11 with radiotap',
  143: 'DOCSIS',
  187: 'Bluetooth HCI H4',
  195: 'IEEE 802.15.4',
  201: 'Bluetooth HCI H4 with pseudo-header',
  220: 'USB (Linux, memory-mapped)',
  228: 'raw IPv4',
  229: 'raw IPv6',
  249: 'USBPcap',
  252: 'Wireshark upper PDU',
  276: 'Linux cooked v2 (SLL2)',
};

export function linkTypeName(linkType: number): string {
  return KNOWN_NAMES[linkType] ?? 'unknown';
}

export function isSupportedLinkType(linkType: number): boolean {
  return SUPPORTED.has(linkType);
}

export function assertSupportedLinkType(linkType: number): void {
  if (!isSupportedLinkType(linkType)) {
    throw new CaptureError(
      capturePhrase('unsupportedLinkType', { type: linkType, name: linkTypeName(linkType) }),
    );
  }
}

export type NetworkPayload =
  | { kind: 'ipv4' | 'ipv6'; bytes: Uint8Array; vlan: number[] }
  | { kind: 'other'; why: CapturePhrase };

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
const ETHERTYPE_VLAN = [0x8100, 0x88a8, 0x9100];

/** BSD address families for IPv6 differ by system (NetBSD/OpenBSD 24, FreeBSD 28, macOS 30; Linux 10). */
const AF_INET = 2;
const AF_INET6 = new Set([10, 24, 28, 30]);

export function networkPayload(linkType: number, frame: Uint8Array): NetworkPayload {
  switch (linkType) {
    case LINKTYPE.ETHERNET:
      return ethernet(frame);
    case LINKTYPE.RAW:
      return byVersion(frame, []);
    case LINKTYPE.IPV4:
      return { kind: 'ipv4', bytes: frame, vlan: [] };
    case LINKTYPE.IPV6:
      return { kind: 'ipv6', bytes: frame, vlan: [] };
    case LINKTYPE.NULL:
    case LINKTYPE.LOOP:
      return loopback(linkType, frame);
    case LINKTYPE.LINUX_SLL:
      return frame.length < 16 ? cut('layerLinuxCooked') : byEthertype(be16(frame, 14), frame.subarray(16), []);
    case LINKTYPE.LINUX_SLL2:
      return frame.length < 20 ? cut('layerLinuxCooked2') : byEthertype(be16(frame, 0), frame.subarray(20), []);
    default:
      return { kind: 'other', why: capturePhrase('linkTypeNamed', { type: linkType, name: linkTypeName(linkType) }) };
  }
}

function ethernet(frame: Uint8Array): NetworkPayload {
  let at = 12;
  const vlan: number[] = [];
  for (;;) {
    if (frame.length < at + 2) return cut('layerEthernet');
    const type = be16(frame, at);
    if (!ETHERTYPE_VLAN.includes(type)) return byEthertype(type, frame.subarray(at + 2), vlan);
    if (frame.length < at + 4) return cut('layerVlanTag');
    vlan.push(be16(frame, at + 2) & 0x0fff);
    at += 4;
  }
}

function loopback(linkType: number, frame: Uint8Array): NetworkPayload {
  if (frame.length < 4) return cut('layerLoopback');
  const bigEndian = be32(frame, 0);
  // NULL stores the family in the capturing host's byte order; LOOP in network order.
  const family = linkType === LINKTYPE.LOOP ? bigEndian : bigEndian > 0xffff ? swap32(bigEndian) : bigEndian;
  const rest = frame.subarray(4);
  if (family === AF_INET) return { kind: 'ipv4', bytes: rest, vlan: [] };
  if (AF_INET6.has(family)) return { kind: 'ipv6', bytes: rest, vlan: [] };
  return { kind: 'other', why: capturePhrase('loopbackFamily', { family }) };
}

function byEthertype(type: number, rest: Uint8Array, vlan: number[]): NetworkPayload {
  if (type === ETHERTYPE_IPV4) return { kind: 'ipv4', bytes: rest, vlan };
  if (type === ETHERTYPE_IPV6) return { kind: 'ipv6', bytes: rest, vlan };
  return { kind: 'other', why: capturePhrase('ethertype', { type: `0x${type.toString(16).padStart(4, '0')}` }) };
}

function byVersion(bytes: Uint8Array, vlan: number[]): NetworkPayload {
  const version = bytes.length > 0 ? (bytes[0] ?? 0) >> 4 : -1;
  if (version === 4) return { kind: 'ipv4', bytes, vlan };
  if (version === 6) return { kind: 'ipv6', bytes, vlan };
  return { kind: 'other', why: version < 0 ? capturePhrase('emptyPacket') : capturePhrase('ipVersion', { version }) };
}

function cut(layer: LinkLayerPart): NetworkPayload {
  return { kind: 'other', why: capturePhrase('layerCut', { layer: capturePhrase(layer) }) };
}
