// What is wrong with a capture file (or with reading it), as data: an id and its values, so
// the page can say it in the reader's language (src/features/capture) while the error's
// message, logs and tests keep the English below (src/text/phrase.ts).
import { phraseBook, type PhraseOf } from '../text/phrase.ts';

export const CAPTURE_PHRASES = {
  truncated: 'truncated {part} at byte {offset}',
  tooLarge: 'file larger than the {limit} limit ({bytes} bytes)',
  empty: 'the file is empty',
  tooShort: 'not a pcap or pcapng file (only {bytes} bytes)',
  badMagic: 'not a pcap or pcapng file (magic {magic})',
  tooManyPackets: 'more than {max} packets (the limit); open a smaller capture',
  recordTooLong:
    'packet record at byte {offset} claims {bytes} bytes (more than {max}): the file is corrupt',
  blockTooLong:
    'packet block at byte {offset} claims {bytes} bytes (more than {max}): the file is corrupt',
  blockBeforeSection: 'pcapng block at byte {offset} comes before any section header',
  blockBadLength: 'pcapng block at byte {offset} has an invalid length {length}',
  blockLengthsDiffer: 'pcapng block at byte {offset}: its two length fields differ',
  badByteOrderMagic: 'pcapng section header at byte {offset} has a bad byte-order magic {magic}',
  unsupportedVersion:
    'pcapng section at byte {offset} has version {version}, only version 1 is understood',
  interfaceBlockTooShort: 'pcapng interface block at byte {offset} is too short',
  unknownInterface:
    'packet block at byte {offset} names interface {interface}, but only {count} interface(s) were described before it',
  unsupportedLinkType:
    'link type {type} ({name}) is not supported; supported: Ethernet, Linux cooked (SLL, SLL2), raw IP, loopback',
  sizeOverLimit: 'file is {size}; the limit is {limit}',
  unreadable: 'the file could not be read ({detail})',
  captureUnreadable: 'the capture could not be read ({detail})',
  noConversations: 'no TCP conversations found',
  captureClosed: 'that capture is no longer open; open the file again',
  noSuchConversation: 'no conversation {conversation} in this capture',
  noBytes: 'no file bytes in the request',
  unsupportedMessageVersion: 'Unsupported message version: {version}',
  unknownMessageType: 'Unknown message type: {type}',
  unexpectedAnswer: 'unexpected answer from the capture worker: {type}',
  workerFailed: 'the capture worker failed to start',
  // The browser's own words (they name the script that failed), as before.
  workerFailedWith: '{detail}',
  tooSlow: 'reading the capture took longer than {seconds} s and was stopped',
  // Notes on the file: what was read but not shown
  pcapVersion: 'pcap version {major}.{minor} (expected 2.4); read as 2.4',
  skippedBlocks: '{count} pcapng block(s) of other types skipped',
  packetsNote: '{count} packet(s): {note}',
  notIp: 'not IP ({why})',
  linkTypeNamed: 'link type {type} ({name})',
  loopbackFamily: 'loopback address family {family}',
  ethertype: 'ethertype {type}',
  emptyPacket: 'empty packet',
  ipVersion: 'IP version {version}',
  layerCut: '{layer} cut short',
  ipv4Short: 'IPv4 header cut short',
  notIpv4: 'IP version {version} where IPv4 was expected',
  ipv4HeaderLength: 'IPv4 header length {length} is below 20',
  ipv4Fragment: 'IPv4 fragment',
  ipv6Short: 'IPv6 header cut short',
  notIpv6: 'IP version {version} where IPv6 was expected',
  ipv6ExtensionShort: 'IPv6 extension header cut short',
  ipv6Fragment: 'IPv6 fragment',
  tcpShort: 'TCP header cut short',
  tcpDataOffset: 'TCP data offset {offset} is below 5',
  tcpOptionsShort: 'TCP options cut short',
  // A link-layer header a packet ends inside
  layerLinuxCooked: 'Linux cooked header',
  layerLinuxCooked2: 'Linux cooked v2 header',
  layerEthernet: 'Ethernet header',
  layerVlanTag: '802.1Q tag',
  layerLoopback: 'loopback header',
  // The part of the file being read when it ended
  partFileHeader: 'file header',
  partPcapFileHeader: 'pcap file header',
  partPacketRecord: 'packet record',
  partPacketBlock: 'packet block',
  partSimplePacketBlock: 'simple packet block',
  partPacketData: 'packet data',
  partPcapngBlock: 'pcapng block',
  partPcapngOption: 'pcapng option',
  partPcapngSectionHeader: 'pcapng section header',
  partInterfaceBlock: 'interface block',
  partTimestampResolution: 'if_tsresol',
  partTimestampOffset: 'if_tsoffset',
} as const;

export type CapturePhraseId = keyof typeof CAPTURE_PHRASES;
export type CapturePhraseCatalogue = Readonly<Record<CapturePhraseId, string>>;
export type CapturePhrase = PhraseOf<CapturePhraseId>;

/** `capturePhrase` makes one; `sayCapturePhrase` words it in a language (English by default). */
export const { phrase: capturePhrase, say: sayCapturePhrase } =
  phraseBook<CapturePhraseId>(CAPTURE_PHRASES);

/** A part of a capture file a read can run out in (ByteView names it in its error). */
export type FilePart = Extract<CapturePhraseId, `part${string}`>;
/** A link-layer header a packet can end inside. */
export type LinkLayerPart = Extract<CapturePhraseId, `layer${string}`>;
