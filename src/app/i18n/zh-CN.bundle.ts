// Everything 简体中文 needs, as one lazily loaded chunk (translations.ts imports it on demand).
import { captureProblemMessagesZhCN } from '../../features/capture-problems/messages.zh-CN.ts';
import { captureMessagesZhCN } from '../../features/capture/messages.zh-CN.ts';
import { diffMessagesZhCN } from '../../features/compare/messages.zh-CN.ts';
import { faultsMessagesZhCN } from '../../features/faults/messages.zh-CN.ts';
import { inspectorMessagesZhCN } from '../../features/inspector/messages.zh-CN.ts';
import { narrationMessagesZhCN } from '../../features/narration/messages.zh-CN.ts';
import { predictMessagesZhCN } from '../../features/predict/messages.zh-CN.ts';
import { glossaryZhCN } from '../../features/glossary/messages.zh-CN.ts';
import { helpMessagesZhCN } from '../../features/present/messages.zh-CN.ts';
import { scenarioProblemMessagesZhCN } from '../../features/scenario-problems/messages.zh-CN.ts';
import { shareMessagesZhCN } from '../../features/share/messages.zh-CN.ts';
import { stateDiagramMessagesZhCN } from '../../features/state-diagram/messages.zh-CN.ts';
import { presetTextsZhCN } from '../../presets/i18n/zh-CN.ts';
import type { Translations } from './i18n.tsx';
import { zhCN } from './zh-CN.ts';
import { linkProblemsZhCN } from '../../share/link-problems.zh-CN.ts';

export const translations: Translations = {
  app: zhCN,
  narration: narrationMessagesZhCN,
  inspector: inspectorMessagesZhCN,
  stateDiagram: stateDiagramMessagesZhCN,
  presets: presetTextsZhCN,
  share: shareMessagesZhCN,
  capture: captureMessagesZhCN,
  faults: faultsMessagesZhCN,
  diff: diffMessagesZhCN,
  help: helpMessagesZhCN,
  predict: predictMessagesZhCN,
  scenarioProblems: scenarioProblemMessagesZhCN,
  captureProblems: captureProblemMessagesZhCN,
  glossary: glossaryZhCN,
  linkProblems: linkProblemsZhCN,
};
