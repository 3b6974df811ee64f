// 简体中文 strings of the keyboard shortcuts dialog: the same keys as messages.en.ts. Key
// names stay as printed on the keycaps (Page Down, Home, Esc), as on Chinese keyboards.
import type { HelpCatalogue } from './messages.en.ts';

export const helpMessagesZhCN: HelpCatalogue = {
  'help.keyColumn': '按键',
  'help.actionColumn': '操作',
  'help.or': '或',
  'help.stepBySegment': '按报文段单步（适合翻页笔）',
  'help.stepBySegmentHint':
    '每一步前进到下一个有报文段发出、到达或丢失的时刻：三次握手只需四步，对比视图中两种协议同时前进。关闭时每步一个事件。在你作出选择之前，演示模式按报文段单步，其他视图按事件单步。',
  'help.singleKeys': '单键快捷键（字母、标点符号、空格键）',
  'help.singleKeysHint':
    '如果你使用语音输入或容易误触按键，请关闭单键快捷键。方向键、Page Up/Down、Home、End 和 Esc 仍然可用。',
  'help.hintSeparator': '',
  'help.typingHint': '在输入框中输入时，或有其他对话框打开时，快捷键不起作用。',
  'help.close': '关闭',
  'key.space': '空格键',
  'key.arrowRight': '→',
  'key.arrowLeft': '←',
  'key.pageDown': 'Page Down',
  'key.pageUp': 'Page Up',
  'key.home': 'Home',
  'key.end': 'End',
  'key.escape': 'Esc',
};
