import { describe, expect, it } from 'vitest';
import { localeFromLanguages } from './locale-preference.ts';

describe('the first visit’s language from the browser', () => {
  it.each([
    [['zh'], 'zh-CN'],
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-Hans'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    // The only Chinese the lab has: better than English for a Traditional Chinese reader.
    [['zh-TW'], 'zh-CN'],
    [['zh-HK', 'en-GB'], 'zh-CN'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, locale) => {
    expect(localeFromLanguages(languages)).toBe(locale);
  });
});
