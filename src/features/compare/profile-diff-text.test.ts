import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n/i18n.tsx';
import { featureTranslator } from '../../app/i18n/feature-translate.ts';
import { zhCN } from '../../app/i18n/zh-CN.ts';
import { diffMessagesEn } from './messages.en.ts';
import { diffMessagesZhCN } from './messages.zh-CN.ts';
import { differenceRow } from './profile-diff-text.ts';

describe('difference rows', () => {
  const timedOut = {
    kind: 'call',
    host: 'client',
    call: 'connect',
    outcomes: [[{ t: 183_000, result: 'timeout' }], [{ t: 3_000, result: 'refused' }]],
  } as const;

  it('name a call’s result in the reader’s language, not by its code', () => {
    expect(
      differenceRow(
        timedOut as never,
        featureTranslator(translator(zhCN), diffMessagesEn, diffMessagesZhCN),
      ).values,
    ).toEqual(['183.0 秒时超时', '3.0 秒时被拒绝']);
    expect(
      differenceRow(timedOut as never, featureTranslator(translator(), diffMessagesEn)).values,
    ).toEqual(['timeout at 183.0 s', 'refused at 3.0 s']);
  });
});
