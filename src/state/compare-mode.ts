// What the side-by-side view compares: nothing, the two protocols (two-way next to three-way,
// the original lesson), or two profiles (the scenario under RFC 9293 and under Linux). Each
// mode is a plan: the scenarios the worker runs, left to right, and what each side differs in.
import type { ProfileName, Protocol, Scenario } from '../core/scenario.ts';

export type CompareMode = 'off' | 'protocols' | 'profiles';

/** The protocols shown side by side, left to right. */
export const COMPARE_PROTOCOLS: readonly Protocol[] = ['two-way', 'three-way'];
/** The profiles shown side by side, left to right: the standard, then what Linux does. */
export const COMPARE_PROFILES: readonly ProfileName[] = ['rfc9293', 'linux'];

/** `compare` as callers have always given it (true = protocols), or a mode. */
export function compareModeOf(compare: boolean | CompareMode): CompareMode {
  if (compare === true) return 'protocols';
  if (compare === false) return 'off';
  return compare;
}

export interface RunPlan {
  scenarios: Scenario[];
  /** The protocol each scenario runs with (same order). */
  protocols: Protocol[];
  /** The profile each scenario runs with (same order). */
  profiles: ProfileName[];
}

/** Scenarios to run for a view: the scenario as is, or once per side. */
export function scenariosFor(scenario: Scenario, compare: boolean | CompareMode): RunPlan {
  const mode = compareModeOf(compare);
  const protocol = scenario.protocol ?? 'three-way';
  const profile = scenario.profile ?? 'rfc9293';
  if (mode === 'protocols')
    return {
      scenarios: COMPARE_PROTOCOLS.map((p) => ({ ...scenario, protocol: p })),
      protocols: [...COMPARE_PROTOCOLS],
      profiles: COMPARE_PROTOCOLS.map(() => profile),
    };
  if (mode === 'profiles')
    return {
      scenarios: COMPARE_PROFILES.map((p) => underProfile(scenario, p)),
      protocols: COMPARE_PROFILES.map(() => protocol),
      profiles: [...COMPARE_PROFILES],
    };
  return { scenarios: [scenario], protocols: [protocol], profiles: [profile] };
}

/**
 * The scenario under another profile. `sysctl` tunes the linux profile only (the validator
 * refuses it elsewhere), so it stays on the Linux side, where it means what its author meant,
 * and is left out of the RFC side, which has no such knobs.
 */
function underProfile(scenario: Scenario, profile: ProfileName): Scenario {
  const { sysctl, ...rest } = scenario;
  return profile === 'linux' && sysctl !== undefined
    ? { ...rest, profile, sysctl }
    : { ...rest, profile };
}

/**
 * The comparison a chosen preset opens with. RFC 9293 vs Linux is a lens on any scenario, so
 * it stays on across presets; two-way vs three-way belongs to the presets that ask for it.
 * A preset's contents may load a moment after it is chosen: if the user switched a comparison
 * on or off in that moment (`modeAtChoice` is no longer `modeNow`), that later choice stands.
 */
export function compareForChosenPreset(
  presetCompares: boolean,
  modeAtChoice: CompareMode,
  modeNow: CompareMode,
): CompareMode {
  if (modeNow !== modeAtChoice) return modeNow;
  if (presetCompares) return 'protocols';
  return modeNow === 'profiles' ? 'profiles' : 'off';
}
