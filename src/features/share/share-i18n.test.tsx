// Sharing and capture strings follow the shown language: English built in, Chinese from the
// lazily loaded zh-CN bundle that the provider hands down (nothing registered statically).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Locale, type Translations } from '../../app/i18n/i18n.tsx';
import { loadTranslations } from '../../app/i18n/translations.ts';
import { useCaptureT } from '../capture/use-capture-t.ts';
import { useShareT } from './share-i18n.ts';

function Probe() {
  const share = useShareT();
  const capture = useCaptureT();
  return (
    <p>
      {share('share.qrTooLong', { length: 3000 })}|
      {capture('capture.opened', {
        file: 'a.pcap',
        format: 'pcapng',
        packets: 7,
      })}
    </p>
  );
}

const render = (locale: Locale, translations: Translations | null) =>
  renderToStaticMarkup(
    <I18nProvider locale={locale} translations={translations}>
      <Probe />
    </I18nProvider>,
  );

describe('share and capture translators', async () => {
  const zh = await loadTranslations('zh-CN');

  it('read English without translations', () => {
    expect(render('en', null)).toBe(
      '<p>This link is too long for a QR code (3000 characters). Share the link itself instead.|a.pcap (pcapng, 7 packets)</p>',
    );
  });

  it('read the shown language’s catalogues once they are loaded', () => {
    expect(render('zh-CN', zh)).toBe(
      '<p>此链接太长，无法生成二维码（3000 个字符）。请直接分享链接。|a.pcap（pcapng，7 个分组）</p>',
    );
  });
});
