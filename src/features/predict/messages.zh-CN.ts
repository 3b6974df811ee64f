// 简体中文 strings of predict mode: the same keys and {placeholders} as messages.en.ts.
// Loaded only with the zh-CN bundle (src/app/i18n/zh-CN.bundle.ts).
import type { PredictCatalogue } from './messages.en.ts';

export const predictMessagesZhCN: PredictCatalogue = {
  'predict.label': '预测',
  'predict.question': '{receiver}接下来会发送什么？',
  'predict.questionIn': '{side}：{receiver}接下来会发送什么？',
  'predict.arriving': '正在到达：{segment}。',
  'predict.flags': '标志位',
  'predict.ack': '确认号',
  'predict.ackHint': '按{mode}序号填写，与图中一致。如果 ACK 位未置位，请留空。',
  'predict.reveal': '揭晓答案',
  'predict.invalidAck': '确认号必须是 0 到 4294967295 之间的整数（ACK 位未置位时留空）。',
  'predict.correct': '正确。',
  'predict.incorrect': '还不太对。',
  'predict.flagsCorrect': '标志位：正确（{flags}）。',
  'predict.flagsWrong': '标志位：错误。你选择的是 {given}；{receiver}实际发送的是 {expected}。',
  'predict.ackCorrect': '确认号：正确（{ack}）。',
  'predict.ackWrong': '确认号：错误。你填写的是 {given}；{receiver}实际发送的是 {expected}。',
  'predict.answerHeading': '答案：',
  'predict.answer': '{receiver}发送的标志位是 {flags}，确认号为 {ack}。',
  'predict.noFlags': '“都不选”',
  'predict.noAck': '“无”（ACK 位未置位）',
};
