// 简体中文 wording of why a link cannot be opened: the same codes and {placeholders} as
// LINK_PROBLEMS (link-problems.en.ts), whose English loads with the link reader. Both are needed
// only when a link has a problem, so neither is in the first frame's catalogue.
import type { LinkProblemCode } from './link-format.ts';

export const linkProblemsZhCN: Record<LinkProblemCode, string> = {
  noVersion: '它没有以 “v1.” 这样的版本标记开头',
  unknownVersion: '不存在版本 {version}',
  repeated: '“{key}” 出现了两次',
  badEncoding: '“{key}” 的值不是有效的百分号编码',
  unknownPart: '它含有无法识别的部分 “{key}”',
  presetAndScenario: '它同时指定了预设场景和完整场景',
  unknownPreset: '没有名为 “{name}” 的预设场景',
  badBase64: '场景部分不是有效的 base64url 文本',
  badJson: '场景部分不是有效的 JSON',
  invalidScenario: '其中的场景无效：{path}：{message}',
  noScenario: '它既没有指定预设场景，也没有包含场景',
  badProtocol: '“w” 必须是 2（两次握手）或 3（三次握手）',
  badLatency: '“L”（时延）必须是数字',
  badLoss: '“X”（丢包率）必须是数字',
  badSeed: '“r”（随机种子）必须是数字',
  garbledFaults: '故障列表在 “{item}” 处已损坏',
  garbledInjections: '注入报文段列表在 “{item}” 处已损坏',
  invalidChanges: '其中的修改使场景无效：{path}：{message}',
  badCompare: '“c” 必须是 1（两次握手对比三次握手）、p（RFC 9293 对比 Linux）或 0',
  badSpeed: '速度必须是以下之一：{speeds}',
  badMoment: '时刻 “t” 必须是以毫秒为单位、不小于 0 的时间',
  badStep: '步数 “k” 必须是整数',
  badLanguage: '语言必须是以下之一：{languages}',
};
