// How often, while playing, discrete steps may reach the store (and so React). The moving
// parts follow the playhead every frame without React; a commit changes what is read (labels,
// lane states, the narration, the side panels) and costs a render, a layout and a paint. On a
// fast machine a commit fits in its frame and steps are committed ten times a second. On a
// slow one (a phone, a projector laptop on battery) a commit makes its frame late by one or
// more vsyncs, and committing as often would make playback stutter: there, commits are spaced
// so that they cost at most MISSED_FRAMES_PER_SECOND vsyncs each second, and the text follows
// the moving parts a little later instead. At rest every step is exact whatever the pace.

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;
/** The fastest pace: ten commits a second is as fast as anyone reads. */
export const MIN_COMMIT_INTERVAL_MS = 100;
/**
 * The slowest pace: on a machine where every commit costs several frames, labels may lag the
 * moving parts by up to a second while playing (never at rest), rather than the motion stutter.
 */
export const MAX_COMMIT_INTERVAL_MS = 1000;
/**
 * Vsyncs that commits may cost per second: 2 of 60, so they make at most 3.3% of frames late.
 * The frame-time budget is a 95th percentile and frames are late for other reasons too (a
 * collection, a scroll that brings new arrows in), so commits leave it room: at 3 of 60, the
 * 95th percentile of a throttled run sat on the budget and fell either side of it.
 */
export const MISSED_FRAMES_PER_SECOND = 2;
/** Weight of the newest measurement in the running estimate of a commit's cost. */
const SMOOTHING = 0.3;

export interface CommitPacer {
  /**
   * Called at the start of every frame while playing, with the time since the frame before
   * (how long that frame took).
   */
  frame(sinceLastFrame: number): void;
  /** Whether a step may be committed in the frame that starts at `now`. */
  mayCommit(now: number): boolean;
  /** A step was committed in the frame that starts at `now`. */
  committed(now: number): void;
  /** Playback stopped: the next start commits its first step at once. */
  reset(): void;
  /** The current spacing between commits, ms. */
  intervalMs(): number;
}

/** Vsyncs a frame that took `ms` missed (an interval of ~33 ms missed one). */
export const missedVsyncs = (ms: number): number => Math.max(0, Math.round(ms / FRAME_MS) - 1);

/**
 * A commit's cost is every vsync missed from its frame until the next commit: its own render
 * and paint, and the deferred renders that follow it in the next frames (the bare segment
 * controls, the state diagrams), which on a slow machine miss frames of their own.
 */
export function createCommitPacer(): CommitPacer {
  /** When the last commit was; -Infinity before the first since a reset (nothing to count). */
  let lastCommit = -Infinity;
  /** Vsyncs missed since the last commit. */
  let missedSince = 0;
  /** Running estimate of the vsyncs one commit costs. */
  let missedPerCommit = 0;
  const intervalMs = (): number => {
    const spaced = (missedPerCommit * 1000) / MISSED_FRAMES_PER_SECOND;
    return Math.min(MAX_COMMIT_INTERVAL_MS, Math.max(MIN_COMMIT_INTERVAL_MS, spaced));
  };
  return {
    frame(sinceLastFrame) {
      if (lastCommit > -Infinity && sinceLastFrame > 0) missedSince += missedVsyncs(sinceLastFrame);
    },
    mayCommit: (now) => now - lastCommit >= intervalMs(),
    committed(now) {
      if (lastCommit > -Infinity) missedPerCommit += SMOOTHING * (missedSince - missedPerCommit);
      lastCommit = now;
      missedSince = 0;
    },
    reset() {
      lastCommit = -Infinity;
      missedSince = 0;
    },
    intervalMs,
  };
}
