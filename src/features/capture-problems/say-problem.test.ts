// What is wrong with a capture file reads the same on the page in English as in the error's
// message, and in 简体中文 is Chinese, down to the part of the file that was cut short.
import { describe, expect, it } from 'vitest';
import { loadTranslations } from '../../app/i18n/translations.ts';
import { CaptureError } from '../../import/capture-error.ts';
import { CAPTURE_PHRASES, type CapturePhrase } from '../../import/capture-phrases.ts';
import { parseCapture } from '../../import/parse-capture.ts';
import {
  concat,
  epb,
  ethernet,
  idb,
  ipv4,
  pcap,
  shb,
  tcp,
  u16,
  u32,
  u8,
  unknownBlock,
} from '../../import/testing/capture-builder.ts';
import { sayCaptureProblem } from './say-problem.ts';

const HAN = /[\u4e00-\u9fff]/;
const frame = ethernet(
  ipv4('10.0.0.1', '10.0.0.2', tcp({ srcPort: 40000, dstPort: 80, seq: 1, flags: ['SYN'] })),
);
const goodPcap = pcap({
  littleEndian: true,
  linkType: 1,
  records: [{ sec: 1, frac: 0, data: frame }],
});
const goodPcapng = concat(shb(true), idb(true, 1), epb(true, 0, 1000n, frame));

/** Every cut of two good files, some flipped headers and odd link types: the errors they raise. */
function corruptFileErrors(): CaptureError[] {
  const files: Uint8Array[] = [new Uint8Array(0), new Uint8Array([1, 2]), u32(0x01020304)];
  for (const good of [goodPcap, goodPcapng])
    for (let n = 4; n < good.length; n++) files.push(good.slice(0, n));
  const badLink = pcap({
    littleEndian: true,
    linkType: 999,
    records: [{ sec: 1, frac: 0, data: frame }],
  });
  const badInterface = concat(shb(true), idb(true, 1), epb(true, 3, 1000n, frame));
  const blockFirst = concat(idb(true, 1), shb(true));
  files.push(badLink, badInterface, blockFirst);
  const errors: CaptureError[] = [];
  for (const bytes of files) {
    try {
      parseCapture(bytes);
    } catch (e) {
      if (!(e instanceof CaptureError)) throw e;
      errors.push(e);
    }
  }
  return errors;
}

describe('a capture problem said on the page', async () => {
  const zh = (await loadTranslations('zh-CN'))!;
  const errors = corruptFileErrors();

  it('the battery reaches many different problems', () => {
    const ids = new Set<string>();
    const walk = (p: CapturePhrase): void => {
      ids.add(p.id);
      for (const v of Object.values(p.values ?? {})) if (typeof v === 'object') walk(v);
    };
    errors.forEach((e) => walk(e.phrase));
    expect(ids.size).toBeGreaterThanOrEqual(10);
  });

  it('in English is word for word the error’s message', () => {
    for (const e of errors) expect(sayCaptureProblem(e.phrase, null)).toBe(e.message);
  });

  it('in 简体中文 is Chinese, every placeholder filled, no English sentence left', () => {
    for (const e of errors) {
      const text = sayCaptureProblem(e.phrase, zh);
      expect(text, e.message).toMatch(HAN);
      expect(text, e.message).not.toMatch(/\{\w+\}/);
      expect(text, e.message).not.toMatch(/\b(truncated|byte|bytes|packet|record|block|file)\b/);
    }
  });

  it('every phrase has Chinese wording of its own (not the English one)', () => {
    for (const [id, english] of Object.entries(CAPTURE_PHRASES)) {
      if (english === '{detail}') continue;
      expect(zh.captureProblems[id as keyof typeof CAPTURE_PHRASES], id).toMatch(HAN);
    }
  });

  it('words the notes on a file (packets read but not shown) in the same language', () => {
    const arp = concat(new Uint8Array(12), u16(0x0806), new Uint8Array(28));
    const cutIp = ethernet(ipv4('10.0.0.1', '10.0.0.2', new Uint8Array(0))).slice(0, 20);
    const cutTcp = ethernet(ipv4('10.0.0.1', '10.0.0.2', new Uint8Array(8)));
    const records = [arp, arp, cutIp, cutTcp, new Uint8Array(6)].map((data) => ({
      sec: 1,
      frac: 0,
      data,
    }));
    const notes = [
      ...parseCapture(pcap({ littleEndian: true, linkType: 1, records })).warnings,
      ...parseCapture(concat(shb(true), idb(true, 1), unknownBlock(true, 0xbad, u8(1, 2, 3))))
        .warnings,
    ];
    const zhNotes = notes.map((w) => sayCaptureProblem(w, zh));
    expect(zhNotes).toContain('2 个数据包：不是 IP（以太网类型 0x0806）');
    expect(zhNotes).toContain('跳过了 1 个其他类型的 pcapng 块');
    expect(zhNotes.length).toBeGreaterThanOrEqual(4);
    for (const [i, text] of zhNotes.entries()) {
      expect(text, sayCaptureProblem(notes[i]!, null)).toMatch(HAN);
      expect(text).not.toMatch(/\b(packet|header|cut|short|other|types|skipped)\b/);
    }
  });

  it('says the part of the file that was cut short in the same language', () => {
    const cut = errors.find((e) => e.phrase.id === 'truncated')!;
    expect(sayCaptureProblem(cut.phrase, zh)).toMatch(
      /^(pcap 文件头部|数据包记录|数据包块|pcapng 块|pcapng 节头部|接口块|数据包数据|文件头部)在第 \d+ 字节处被截断$/,
    );
  });
});
