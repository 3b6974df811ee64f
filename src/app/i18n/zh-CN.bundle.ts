// Everything 简体中文 needs, as one lazily loaded chunk (translations.ts imports it on demand).
import { inspectorMessagesZhCN } from '../../features/inspector/messages.zh-CN.ts';
import { narrationMessagesZhCN } from '../../features/narration/messages.zh-CN.ts';
import { stateDiagramMessagesZhCN } from '../../features/state-diagram/messages.zh-CN.ts';
import { presetTextsZhCN } from '../../presets/i18n/zh-CN.ts';
import type { Translations } from './i18n.tsx';
import { zhCN } from './zh-CN.ts';

export const translations: Translations = {
  app: zhCN,
  narration: narrationMessagesZhCN,
  inspector: inspectorMessagesZhCN,
  stateDiagram: stateDiagramMessagesZhCN,
  presets: presetTextsZhCN,
};
