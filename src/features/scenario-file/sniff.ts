// What a file given to the page is, judged by its first bytes (names and types lie): a scenario
// in JSON starts with "{" after optional whitespace (and byte order mark); an exported diagram
// is markup starting with "<"; pcap and pcapng files start with their magic numbers.

export type FileKind = 'scenario-json' | 'markup' | 'capture' | 'other';

/** How many leading bytes sniffing needs (whitespace before the JSON included). */
export const SNIFF_BYTES = 1024;

const CAPTURE_MAGICS = [
  [0xa1, 0xb2, 0xc3, 0xd4], // pcap, big-endian, µs
  [0xd4, 0xc3, 0xb2, 0xa1], // pcap, little-endian, µs
  [0xa1, 0xb2, 0x3c, 0x4d], // pcap, big-endian, ns
  [0x4d, 0x3c, 0xb2, 0xa1], // pcap, little-endian, ns
  [0x0a, 0x0d, 0x0d, 0x0a], // pcapng section header block
];

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function sniffFileKind(head: Uint8Array): FileKind {
  if (CAPTURE_MAGICS.some((magic) => magic.every((b, i) => head[i] === b))) return 'capture';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && WHITESPACE.has(head[i]!)) i++;
  if (head[i] === 0x7b) return 'scenario-json'; // {
  if (head[i] === 0x3c) return 'markup'; // <
  return 'other';
}
