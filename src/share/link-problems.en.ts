// English wording of why a link cannot be opened (link-format.ts names the codes).

/**
 * Why a link cannot be opened, in English, with `{name}` placeholders filled from the
 * problem's values; link-problems.zh-CN.ts says them in Chinese. Imported by the link reader
 * (link-codec.ts) only, so they load with it, not with the first frame (url-sync.ts picks the
 * page's language).
 */
export const LINK_PROBLEMS = {
  noVersion: 'it does not start with a version tag such as "v1."',
  unknownVersion: 'version {version} does not exist',
  repeated: '"{key}" is given twice',
  badEncoding: 'the value of "{key}" is not valid percent-encoding',
  unknownPart: 'it has an unknown part "{key}"',
  presetAndScenario: 'it names both a preset and a full scenario',
  unknownPreset: 'there is no preset called "{name}"',
  badBase64: 'the scenario part is not valid base64url text',
  badJson: 'the scenario part is not valid JSON',
  invalidScenario: 'its scenario is invalid: {path}: {message}',
  noScenario: 'it names neither a preset nor a scenario',
  badProtocol: '"w" must be 2 (two-way) or 3 (three-way)',
  badLatency: '"L" (latency) must be a number',
  badLoss: '"X" (loss rate) must be a number',
  badSeed: '"r" (seed) must be a number',
  garbledFaults: 'its fault list is garbled at "{item}"',
  garbledInjections: 'its list of injected segments is garbled at "{item}"',
  invalidChanges: 'its changes make an invalid scenario: {path}: {message}',
  badCompare: '"c" must be 1 (two-way vs three-way), p (RFC 9293 vs Linux) or 0',
  badSpeed: 'the speed must be one of {speeds}',
  badMoment: 'the moment "t" must be a time in ms, 0 or more',
  badStep: 'the step "k" must be a whole number',
  badLanguage: 'the language must be one of {languages}',
} as const;
