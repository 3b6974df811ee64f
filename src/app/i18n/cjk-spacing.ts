// A placeholder filled into a Chinese sentence can leave a space between two Chinese
// characters or full-width marks: templates put spaces around {seg} for "SYN 100", but the
// value may end in "（重传）", or be Chinese itself ("报文段"). Such a gap is never wanted in
// Chinese, and text in other languages has no such characters, so both formatters close it.

/** CJK symbols and punctuation, CJK ideographs, full-width forms. */
const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
const GAP = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'g');

export function closeCjkGaps(text: string): string {
  return text.replace(GAP, '$1');
}
