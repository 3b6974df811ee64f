// 简体中文 strings of sharing and files: the same keys and {placeholders} as messages.en.ts.
// Loaded only with the zh-CN bundle (src/app/i18n/zh-CN.bundle.ts), never with the first frame.
import type { ShareCatalogue } from './messages.en.ts';

export const shareMessagesZhCN: ShareCatalogue = {
  'export.svg': '下载 SVG',
  'export.png': '下载 PNG',
  'export.mermaid': '复制 Mermaid 文本',
  'export.mermaidFor': '复制 Mermaid 文本（{protocol}）',
  'export.copied': '已复制',
  'export.diagramTitle': '{title}（{protocol}）',
  'export.failed': '无法导出该图：{detail}',
  'export.pngBlank': '生成的图片是空白的',
  'export.copyFailed': '浏览器拒绝了复制操作。请手动选中文本并复制。',

  'scenarioFile.export': '导出场景（JSON）',
  'scenarioFile.import': '导入场景',
  'scenarioFile.importHint': '场景文件（.json）或在本实验中导出的 SVG；也可以直接拖放到页面上。',
  'scenarioFile.dropHere':
    '拖放场景文件（.json）、从 Handshake Lab 导出的 SVG，或抓包文件（pcap、pcapng）',
  'scenarioFile.invalid': '无法打开“{file}”：{problems}。当前场景保持不变。',
  'scenarioFile.notScenario':
    '“{file}”不是场景文件：应为 JSON 格式的场景（格式 v1）或从 Handshake Lab 导出的 SVG。当前场景保持不变。',
  'scenarioFile.noScenarioInSvg':
    '“{file}”是一个不含 Handshake Lab 场景的 SVG（只有从 Handshake Lab 导出的 SVG 才带有场景）。当前场景保持不变。',
  'scenarioFile.problem': '{path}：{message}',
  'scenarioFile.problemSeparator': '；',
  'scenarioFile.unreadable': '无法读取“{file}”：{detail}',
  'scenarioFile.tooLarge':
    '“{file}”太大，不可能是场景文件（{size} MB；最多 {max} MB）。当前场景保持不变。',

  'share.title': '分享',
  'share.close': '关闭',
  'share.link': '指向本次实验的链接（场景、修改和当前时刻）',
  'share.copyLink': '复制链接',
  'share.copied': '已复制',
  'share.copyFailed': '浏览器拒绝了复制操作：文本已选中，请按 Ctrl+C（⌘C）。',
  'share.qr': '链接的二维码',
  'share.qrCaption': '用手机扫码即可打开本次实验。',
  'share.qrTooLong': '此链接太长，无法生成二维码（{length} 个字符）。请直接分享链接。',
  'share.embed': '嵌入网页',
  'share.copyEmbed': '复制嵌入代码',
  'share.embedTitle': 'Handshake Lab：{title}',
  'share.pageTitle': '{title} — Handshake Lab 握手实验室',
};
