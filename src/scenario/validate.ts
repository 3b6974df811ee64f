// The boundary between what users write and what the engine runs: checks a scenario
// against format v1 (docs/scenario-format.md) and returns either a clean Scenario (known
// fields only, defaults not filled in) or every problem found, each naming its field.
// Pure: no DOM, no Node, no console; it never throws on any input.

import { LINUX_SYSCTLS, PROFILES, type LinuxSysctl } from '../core/profile.ts';
import {
  LIMITS,
  type HostConfig,
  type LatencySpec,
  type ProfileName,
  type Protocol,
  type Scenario,
  type StepNote,
  type SynCookieMode,
} from '../core/scenario.ts';
import { readAction } from './actions.ts';
import { childPath, describeValue, Problems, type ScenarioError } from './errors.ts';
import { phrase } from './phrases.ts';
import { readFault, readInjection } from './faults.ts';
import {
  asObject,
  checkNumber,
  present,
  PORT,
  readChoice,
  readEntries,
  readList,
  readNumber,
  readObject,
  readText,
  reportUnknown,
  TIME,
  UINT32,
  WINDOW,
  type Fields,
} from './fields.ts';

export type { ScenarioError, ScenarioErrorCode } from './errors.ts';

export type ScenarioResult =
  { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** The format version this build reads and writes. */
export const FORMAT_VERSION = 1;

const SCENARIO_FIELDS = [
  'version',
  'protocol',
  'profile',
  'seed',
  'latencyMs',
  'jitterMs',
  'lossRate',
  'mslMs',
  'client',
  'server',
  'actions',
  'faults',
  'inject',
  'until',
  'sysctl',
  'synCookies',
  'title',
  'notes',
  'steps',
] as const;
const HOST_FIELDS = ['port', 'isn', 'window'] as const;
const LATENCY_FIELDS = ['clientToServer', 'serverToClient'] as const;
const PROTOCOLS: readonly Protocol[] = ['three-way', 'two-way'];
const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];
const COOKIE_MODES: readonly SynCookieMode[] = ['off', 'overflow', 'always'];
const LATENCY = { min: 0, max: LIMITS.maxLatencyMs };
/**
 * Fixed ISNs per host. Each open uses at most one, so more than one per possible action
 * could never be used; the bound also keeps the engine's list handling cheap.
 */
export const MAX_ISNS = LIMITS.maxActions;

export function parseScenario(input: unknown): ScenarioResult {
  const p = new Problems();
  const doc = asObject(p, input, '');
  if (!doc) return { ok: false, errors: p.list };
  // A newer file may use fields this build does not know: say that, not "unknown field".
  if (!readVersion(p, doc)) return { ok: false, errors: p.list };
  reportUnknown(p, doc, '', SCENARIO_FIELDS);

  const scenario: Scenario = { version: 1 };
  const put = <K extends keyof Scenario>(key: K, value: Scenario[K] | undefined): void => {
    if (value !== undefined) scenario[key] = value;
  };
  put('protocol', readChoice(p, doc, '', 'protocol', PROTOCOLS));
  put('profile', readChoice(p, doc, '', 'profile', PROFILE_NAMES));
  put('seed', readNumber(p, doc, '', 'seed', UINT32));
  put('latencyMs', present(doc, 'latencyMs') ? readLatency(p, doc.latencyMs) : undefined);
  put(
    'jitterMs',
    readNumber(p, doc, '', 'jitterMs', { whole: true, min: 0, max: LIMITS.maxLatencyMs }),
  );
  put('lossRate', readNumber(p, doc, '', 'lossRate', { min: 0, below: 1 }));
  put('mslMs', readNumber(p, doc, '', 'mslMs', TIME));
  put('client', present(doc, 'client') ? readHost(p, doc.client, 'client') : undefined);
  put('server', present(doc, 'server') ? readHost(p, doc.server, 'server') : undefined);
  const actions = readList(p, doc, '', 'actions', LIMITS.maxActions);
  put('actions', actions && readEntries(p, actions, 'actions', readAction));
  const faults = readList(p, doc, '', 'faults', LIMITS.maxFaults);
  put('faults', faults && readEntries(p, faults, 'faults', readFault));
  const inject = readList(p, doc, '', 'inject', LIMITS.maxInjections);
  put('inject', inject && readEntries(p, inject, 'inject', readInjection));
  put('until', readNumber(p, doc, '', 'until', TIME));
  put('sysctl', present(doc, 'sysctl') ? readSysctl(p, doc.sysctl, scenario.profile) : undefined);
  put('synCookies', readSynCookies(p, doc, scenario.profile));
  put('title', readText(p, doc, '', 'title'));
  put('notes', readText(p, doc, '', 'notes'));
  const steps = readList(p, doc, '', 'steps', LIMITS.maxSteps);
  put('steps', steps && readEntries(p, steps, 'steps', readStep));
  return p.list.length > 0 ? { ok: false, errors: p.list } : { ok: true, scenario };
}

/** False when the rest of the document should not be read (made by a newer version). */
function readVersion(p: Problems, doc: Fields): boolean {
  if (!present(doc, 'version')) {
    p.add(
      'version',
      'required',
      phrase('requiredFor', { what: phrase('whatVersion', { version: FORMAT_VERSION }) }),
    );
    return true;
  }
  const version = doc.version;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > FORMAT_VERSION) {
    p.add(
      'version',
      'newer-version',
      phrase('newerVersion', { version, supported: FORMAT_VERSION }),
    );
    return false;
  }
  if (version !== FORMAT_VERSION) {
    p.add(
      'version',
      typeof version === 'number' ? 'range' : 'type',
      phrase('mustBeRule', { rule: FORMAT_VERSION, got: describeValue(version) }),
    );
  }
  return true;
}

function readLatency(p: Problems, value: unknown): LatencySpec | undefined {
  if (typeof value === 'number') return checkNumber(p, value, 'latencyMs', LATENCY);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const rule = phrase('ruleLatency', { min: LATENCY.min, max: LATENCY.max });
    p.add('latencyMs', 'type', phrase('mustBeRule', { rule, got: describeValue(value) }));
    return undefined;
  }
  const obj = readObject(p, value, 'latencyMs', LATENCY_FIELDS);
  if (!obj) return undefined;
  const directions = LATENCY_FIELDS.map((key) => {
    if (present(obj, key)) return checkNumber(p, obj[key], childPath('latencyMs', key), LATENCY);
    p.add(
      childPath('latencyMs', key),
      'required',
      phrase('requiredFor', { what: phrase('whatLatencyBoth') }),
    );
    return undefined;
  });
  const [clientToServer, serverToClient] = directions;
  return clientToServer === undefined || serverToClient === undefined
    ? undefined
    : { clientToServer, serverToClient };
}

function readHost(p: Problems, value: unknown, path: 'client' | 'server'): HostConfig | undefined {
  const obj = readObject(p, value, path, HOST_FIELDS);
  if (!obj) return undefined;
  const host: HostConfig = {};
  const port = readNumber(p, obj, path, 'port', PORT);
  if (port !== undefined) host.port = port;
  const window = readNumber(p, obj, path, 'window', WINDOW);
  if (window !== undefined) host.window = window;
  const isn = present(obj, 'isn') ? readIsn(p, obj.isn, childPath(path, 'isn')) : undefined;
  if (isn !== undefined) host.isn = isn;
  return host;
}

function readIsn(p: Problems, value: unknown, path: string): number | number[] | undefined {
  if (!Array.isArray(value)) return checkNumber(p, value, path, UINT32);
  if (value.length === 0) {
    p.add(path, 'range', phrase('isnEmpty'));
    return undefined;
  }
  if (value.length > MAX_ISNS) {
    p.add(path, 'too-many', phrase('tooManyEntries', { count: value.length, max: MAX_ISNS }));
    return undefined;
  }
  const isns = value.map((v, i) => checkNumber(p, v, childPath(path, i), UINT32));
  return isns.every((v) => v !== undefined) ? (isns as number[]) : undefined;
}

const SYSCTL_NAMES = Object.keys(LINUX_SYSCTLS) as LinuxSysctl[];

/** Linux parameters by sysctl name; they only mean something to the linux profile. */
function readSysctl(
  p: Problems,
  value: unknown,
  profile: ProfileName | undefined,
): Partial<Record<LinuxSysctl, number>> | undefined {
  if (profile !== 'linux') {
    p.add('sysctl', 'not-allowed', phrase('sysctlNeedsLinux'));
    return undefined;
  }
  const obj = readObject(p, value, 'sysctl', SYSCTL_NAMES);
  if (!obj) return undefined;
  const out: Partial<Record<LinuxSysctl, number>> = {};
  for (const name of SYSCTL_NAMES) {
    const bounds = LINUX_SYSCTLS[name];
    const v = readNumber(p, obj, 'sysctl', name, { whole: true, min: bounds.min, max: bounds.max });
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** SYN cookies for the RFC profiles; Linux has its own switch, the sysctl. */
function readSynCookies(
  p: Problems,
  doc: Fields,
  profile: ProfileName | undefined,
): SynCookieMode | undefined {
  if (!present(doc, 'synCookies')) return undefined;
  if (profile === 'linux') {
    p.add('synCookies', 'not-allowed', phrase('synCookiesNotLinux'));
    return undefined;
  }
  return readChoice(p, doc, '', 'synCookies', COOKIE_MODES);
}

const STEP_FIELDS = ['at', 'note'] as const;

/** A teaching note shown from a moment on: both fields required. */
function readStep(p: Problems, value: unknown, path: string): StepNote | undefined {
  const obj = readObject(p, value, path, STEP_FIELDS);
  if (!obj) return undefined;
  for (const key of STEP_FIELDS) {
    if (!present(obj, key)) p.add(childPath(path, key), 'required', phrase('required'));
  }
  const at = readNumber(p, obj, path, 'at', TIME);
  const note = readText(p, obj, path, 'note');
  return at === undefined || note === undefined ? undefined : { at, note };
}
