import { describe, expect, it } from 'vitest';
import { linkPendingScript, showsDefaultFrame } from './link-pending.ts';

describe('link pending', () => {
  it('keeps the prerendered frame only for the default scenario at its start', () => {
    expect(showsDefaultFrame('', 'basic')).toBe(true);
    expect(showsDefaultFrame('#', 'basic')).toBe(true);
    expect(showsDefaultFrame('#v1.p=basic', 'basic')).toBe(true);
    expect(showsDefaultFrame('#v1.p=basic&v=2&l=zh-CN', 'basic')).toBe(true);
    expect(showsDefaultFrame('#v1.p=lost-syn', 'basic')).toBe(false);
    expect(showsDefaultFrame('#v1.p=basic&t=300', 'basic')).toBe(false);
    expect(showsDefaultFrame('#v1.p=basic&f=cS1d', 'basic')).toBe(false);
    expect(showsDefaultFrame('#v1.s=eyJ2ZXJzaW9uIjoxfQ', 'basic')).toBe(false);
    expect(showsDefaultFrame('#garbage', 'basic')).toBe(false);
  });

  it('is a self-contained script that marks the page', () => {
    const marked: string[] = [];
    const run = new Function('location', 'document', linkPendingScript('basic'));
    const document = { documentElement: { setAttribute: (name: string) => marked.push(name) } };
    run({ hash: '#v1.p=basic' }, document);
    expect(marked).toEqual([]);
    run({ hash: '#v1.p=lost-syn' }, document);
    expect(marked).toEqual(['data-link-pending']);
  });
});
