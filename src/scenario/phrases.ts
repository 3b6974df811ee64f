// What validation says, as data: every problem carries a phrase (an id and its values), so the
// page can say it in the reader's language (src/features/scenario-problems) while the CLI and
// the `message` field keep the English below. A value may itself be a phrase ("got a list",
// "must be a whole number from 1 to 65535"), said in the same language (src/text/phrase.ts).

import { phraseBook, type PhraseOf } from '../text/phrase.ts';

/** The English wording: the CLI's messages and the page's English are these, word for word. */
export const SCENARIO_PHRASES = {
  // Any field
  required: 'is required',
  requiredFor: 'is required: {what}',
  mustBeObject: 'must be an object ({ … }), got {got}',
  unknownField: "unknown field '{key}' (fields here: {fields})",
  unknownFieldSuggest: "unknown field '{key}' — did you mean '{suggestion}'?",
  mustBeRule: 'must be {rule}, got {got}',
  mustBeOneOf: 'must be one of {list}, got {got}',
  mustBeOneOfSuggest: "must be one of {list}, got {got} — did you mean '{suggestion}'?",
  mustBeBoolean: 'must be true or false, got {got}',
  mustBeText: 'must be a text ("…"), got {got}',
  tooLongText: 'has {count} characters; at most {max} are allowed',
  mustBeList: 'must be a list ([ … ]), got {got}',
  tooManyEntries: 'has {count} entries; at most {max} are allowed',
  noFlags: 'must name at least one flag, e.g. ["SYN"]',
  duplicateFlag: 'names {flag} twice; each flag may appear once',
  // The document
  newerVersion:
    'this scenario was made by a newer version of Handshake Lab (format version {version}); ' +
    'this one reads format version {supported} — open it in an up-to-date Handshake Lab',
  isnEmpty: 'must list at least one ISN, or be left out to let the host choose',
  sysctlNeedsLinux: 'sets Linux parameters, so it needs "profile": "linux"',
  synCookiesNotLinux:
    'is for the RFC profiles; with "profile": "linux" set "sysctl": { "net.ipv4.tcp_syncookies": 0, 1 or 2 }',
  // A field that makes no sense here
  onlyForSend: "is only used by 'send', not by '{call}'",
  onlyForListen: "is only used by 'listen', not by '{call}'",
  hostWideNoPort: "'{call}' acts on the whole host, so it takes no port",
  listenNoPeerPort: "'listen' waits for any peer, so it takes no peerPort",
  dropNoMs: "a dropped segment never arrives, so 'drop' takes no ms",
  ackOnlyWithAck: 'is only meaningful when flags include ACK',
  // What a required field is for
  whatVersion: 'a format v1 scenario starts with "version": {version}',
  whatLatencyBoth: 'give the one-way latency of both directions',
  whatActionAt: 'when the call happens, in virtual milliseconds',
  whatActionHost: "which host makes the call: 'client' or 'server'",
  whatActionCall: 'what the application does: {calls}',
  whatSendBytes: "how many octets 'send' hands to TCP",
  whatFaultMatch:
    'which segment the fault hits, e.g. { "from": "client", "flags": ["SYN"], "nth": 1 }',
  whatFaultAction: "what happens to it: 'drop', 'delay' or 'duplicate'",
  whatDelayMs: 'the extra delay in milliseconds, added to the latency',
  whatDuplicateMs: 'how many milliseconds after the original the copy arrives',
  whatMatchFrom: "the sender of the segment: 'client' or 'server'",
  whatMatchNth: 'which occurrence: 1 = the first such segment from that sender',
  whatInjectAt: 'when the segment arrives, in virtual milliseconds',
  whatInjectTo: "the host it arrives at: 'client' or 'server'",
  whatInjectFlags: 'its control flags, e.g. ["SYN"]',
  whatInjectSeq: 'its sequence number',
  whatInjectAck: 'the acknowledgment number, since flags include ACK',
  // Number rules
  ruleWholeBelow: 'a whole number ≥ {min} and < {below}',
  ruleNumberBelow: 'a number ≥ {min} and < {below}',
  ruleWholeRange: 'a whole number from {min} to {max}',
  ruleNumberRange: 'a number from {min} to {max}',
  ruleWholeAtLeast: 'a whole number ≥ {min}',
  ruleNumberAtLeast: 'a number ≥ {min}',
  ruleLatency: 'a number from {min} to {max} or { "clientToServer": …, "serverToClient": … }',
  // What was found instead
  valueLiteral: '{value}',
  valueText: '{quoted} (a text)',
  valueList: 'a list',
  valueObject: 'an object',
  valueNothing: 'nothing',
  valueOther: 'a {type}',
  // JSON text
  jsonInvalid: 'is not valid JSON: line {line}, column {column}: {problem}',
  jsonUnreadable: 'could not be read: {reason}',
  jsonNestedTooDeeply: 'it is nested too deeply',
  jsonRefused: 'the JSON reader refused it',
  jsonEmpty: 'there is no JSON here: the text is empty',
  jsonAfterEnd: 'unexpected {found} after the end of the JSON value',
  jsonCommaBeforeBracket: "a comma before ']' is not allowed in JSON: remove the last comma",
  jsonCommaBeforeBrace: "a comma before '}' is not allowed in JSON: remove the last comma",
  jsonEndsInObject: "the text ends inside an object: a '}' is missing",
  jsonEndsInList: "the text ends inside a list: a ']' is missing",
  jsonExpectedAfterProperty: "expected ',' or '}' after a property value, found {found}",
  jsonExpectedAfterElement: "expected ',' or ']' after a list element, found {found}",
  jsonSingleQuotedName: 'property names must be in double quotes ("…") in JSON, not single quotes',
  jsonExpectedName: 'expected a property name in double quotes, found {found}',
  jsonExpectedColon: "expected ':' after the property name, found {found}",
  jsonSingleQuotedText: 'texts must be in double quotes ("…") in JSON, not single quotes',
  jsonComment: 'comments are not allowed in JSON',
  jsonExpectedValue: 'expected a value, found {found}',
  jsonUnterminatedText: "this text never ends: a closing '\"' is missing",
  jsonControlInText:
    'a line break or control character inside a text must be written as an escape such as \\n',
  jsonBadUnicodeEscape: '\\u must be followed by four hex digits',
  jsonBadEscape: 'invalid escape {found} after a backslash',
  jsonBadNumber: 'invalid number',
  jsonBadNumberForm: 'invalid number (no leading zeros; digits on both sides of a decimal point)',
  charEnd: 'the end of the text',
  charLineBreak: 'a line break',
  charQuoted: "'{char}'",
} as const;

export type PhraseId = keyof typeof SCENARIO_PHRASES;
export type PhraseCatalogue = Readonly<Record<PhraseId, string>>;
export type Phrase = PhraseOf<PhraseId>;

/** `phrase` makes one; `sayPhrase` words it in a language (English by default), nested values too. */
export const { phrase, say: sayPhrase } = phraseBook<PhraseId>(SCENARIO_PHRASES);
