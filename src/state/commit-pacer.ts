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
/** The slowest pace: labels never lag the moving parts by more than half a second. */
export const MAX_COMMIT_INTERVAL_MS = 500;
/** Vsyncs that commits may cost per second: 3 of 60, so at most 5% of frames are late. */
export const MISSED_FRAMES_PER_SECOND = 3;
/** Weight of the newest measurement in the running estimate of a commit's frame. */
const SMOOTHING = 0.3;

export interface CommitPacer {
  /**
   * Called at the start of every frame while playing, with the time since the frame before.
   * If that frame committed, `sinceLastFrame` is how long it took.
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

export function createCommitPacer(): CommitPacer {
  let lastCommit = -Infinity;
  let committedLastFrame = false;
  /** Running estimate of how long a frame with a commit takes, ms. */
  let commitFrameMs = FRAME_MS;
  const intervalMs = (): number => {
    const missedPerCommit = Math.max(0, Math.round(commitFrameMs / FRAME_MS) - 1);
    const spaced = (missedPerCommit * 1000) / MISSED_FRAMES_PER_SECOND;
    return Math.min(MAX_COMMIT_INTERVAL_MS, Math.max(MIN_COMMIT_INTERVAL_MS, spaced));
  };
  return {
    frame(sinceLastFrame) {
      if (committedLastFrame && sinceLastFrame > 0)
        commitFrameMs += SMOOTHING * (sinceLastFrame - commitFrameMs);
      committedLastFrame = false;
    },
    mayCommit: (now) => now - lastCommit >= intervalMs(),
    committed(now) {
      lastCommit = now;
      committedLastFrame = true;
    },
    reset() {
      lastCommit = -Infinity;
      committedLastFrame = false;
    },
    intervalMs,
  };
}
