// What each side of the side-by-side view is called: its protocol ("Two-way"), or its profile
// ("Linux 6.x") when the runs differ in profile. One place, so the diagram's region, its title,
// the announcer and the exports name a side the same way. Read from what the shown runs were
// made with (not from the mode asked for), so while the next run is computed the shown one
// keeps its own names.
import type { MessageKey } from '../../app/i18n/i18n.tsx';
import type { LabState } from '../../state/store.ts';

type Sides = Pick<LabState, 'protocols' | 'profiles'>;

/** True when the shown runs differ in profile (the RFC 9293 vs Linux view). */
export function byProfile(s: Sides): boolean {
  return s.profiles.some((p) => p !== s.profiles[0]);
}

export function sideLabelKey(s: Sides, k: number): MessageKey {
  return byProfile(s)
    ? `profile.${s.profiles[k] ?? 'rfc9293'}`
    : `protocol.${s.protocols[k] ?? 'three-way'}`;
}

/** A short stable id for side k (file names, test ids): "two-way", "linux", … */
export function sideId(s: Sides, k: number): string {
  return byProfile(s) ? (s.profiles[k] ?? 'rfc9293') : (s.protocols[k] ?? 'three-way');
}
