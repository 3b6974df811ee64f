import { describe, expect, it } from 'vitest';
import { closeCjkGaps } from './i18n.tsx';

describe('closeCjkGaps', () => {
  it('closes a gap between Chinese characters or full-width marks', () => {
    expect(closeCjkGaps('客户端发出的 SYN 100（重传） 在途中丢失')).toBe(
      '客户端发出的 SYN 100（重传）在途中丢失',
    );
    expect(closeCjkGaps('其编号取自它所拒绝的 报文段')).toBe('其编号取自它所拒绝的报文段');
    expect(closeCjkGaps('回复 （无），')).toBe('回复（无），');
  });

  it('keeps the spaces around Latin text and numbers, and leaves English alone', () => {
    expect(closeCjkGaps('该 ACK 101/301 确认了 1 秒')).toBe('该 ACK 101/301 确认了 1 秒');
    const english = 'The client sends SYN 100 (retransmission) again.';
    expect(closeCjkGaps(english)).toBe(english);
  });
});
