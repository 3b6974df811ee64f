// English strings of sharing and files (the share dialog, diagram and scenario files, the
// page-wide drop). They load with those parts, after the first frame; another language
// provides a ShareCatalogue with the same keys and placeholders (share-i18n.ts picks it).
export const shareMessagesEn = {
  'export.svg': 'Download SVG',
  'export.png': 'Download PNG',
  'export.mermaid': 'Copy Mermaid text',
  'export.mermaidFor': 'Copy Mermaid text ({protocol})',
  'export.copied': 'Copied',
  'export.diagramTitle': '{title} ({protocol})',
  'export.failed': 'The diagram could not be exported: {detail}',
  'export.pngBlank': 'the picture came out blank',
  'export.copyFailed': 'Copying was refused by the browser. Select the text and copy it yourself.',

  'scenarioFile.export': 'Export scenario (JSON)',
  'scenarioFile.import': 'Import scenario',
  'scenarioFile.importHint':
    'A scenario file (.json) or an SVG exported here; or drop it on the page.',
  'scenarioFile.dropHere':
    'Drop a scenario file (.json), an SVG exported from Handshake Lab, or a packet capture (pcap, pcapng)',
  'scenarioFile.invalid': '“{file}” cannot be opened: {problems}. The current scenario is kept.',
  'scenarioFile.notScenario':
    '“{file}” is not a scenario file: expected a scenario in JSON (format v1) or an SVG exported from Handshake Lab. The current scenario is kept.',
  'scenarioFile.noScenarioInSvg':
    '“{file}” is an SVG without a Handshake Lab scenario in it (only SVGs exported from Handshake Lab carry one). The current scenario is kept.',
  'scenarioFile.problem': '{path}: {message}',
  'scenarioFile.problemSeparator': '; ',
  'scenarioFile.unreadable': '“{file}” could not be read: {detail}',
  'scenarioFile.tooLarge':
    '“{file}” is too large to be a scenario file ({size} MB; at most {max} MB). The current scenario is kept.',

  'share.title': 'Share',
  'share.close': 'Close',
  'share.link': 'Link to this experiment (scenario, changes and moment)',
  'share.copyLink': 'Copy link',
  'share.copied': 'Copied',
  'share.copyFailed':
    'Copying was refused by the browser: the text is selected, press Ctrl+C (⌘C).',
  'share.qr': 'QR code of the link',
  'share.qrCaption': 'Scan to open this experiment on a phone.',
  'share.qrTooLong':
    'This link is too long for a QR code ({length} characters). Share the link itself instead.',
  'share.embed': 'Embed in a web page',
  'share.copyEmbed': 'Copy embed code',
  'share.embedTitle': 'Handshake Lab: {title}',
  /** The browser tab's title: the scenario's (or the open capture file's) name. */
  'share.pageTitle': '{title} — Handshake Lab',
} as const;

export type ShareKey = keyof typeof shareMessagesEn;
export type ShareCatalogue = Readonly<Record<ShareKey, string>>;
