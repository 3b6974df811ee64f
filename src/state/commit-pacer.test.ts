import { describe, expect, it } from 'vitest';
import {
  createCommitPacer,
  FRAME_MS,
  MAX_COMMIT_INTERVAL_MS,
  MIN_COMMIT_INTERVAL_MS,
  MISSED_FRAMES_PER_SECOND,
  missedVsyncs,
} from './commit-pacer.ts';

/** Plays `frames` frames; every commit makes its frame last `commitFrameMs`. Returns commit times. */
function play(commitFrameMs: number, frames: number) {
  const pacer = createCommitPacer();
  const commits: number[] = [];
  let now = 0;
  let since = 0;
  for (let i = 0; i < frames; i++) {
    pacer.frame(since);
    const commit = pacer.mayCommit(now);
    if (commit) {
      pacer.committed(now);
      commits.push(now);
    }
    since = commit ? commitFrameMs : FRAME_MS;
    now += since;
  }
  return { pacer, commits, elapsed: now };
}

describe('commit pacer', () => {
  it('commits ten times a second when a commit fits in its frame', () => {
    const { pacer, commits, elapsed } = play(FRAME_MS, 600);
    expect(pacer.intervalMs()).toBe(MIN_COMMIT_INTERVAL_MS);
    // Commits land on frames: every sixth or seventh frame at 60 Hz.
    const perSecond = commits.length / (elapsed / 1000);
    expect(perSecond).toBeGreaterThan(8);
    expect(perSecond).toBeLessThanOrEqual(1000 / MIN_COMMIT_INTERVAL_MS);
  });

  it('spaces commits that make their frame late so they cost at most 3 vsyncs a second', () => {
    // A commit that takes two frames misses one vsync.
    const { pacer, commits, elapsed } = play(2 * FRAME_MS, 900);
    expect(pacer.intervalMs()).toBeCloseTo(1000 / MISSED_FRAMES_PER_SECOND);
    const missedPerSecond = commits.length / (elapsed / 1000);
    expect(missedPerSecond).toBeLessThanOrEqual(MISSED_FRAMES_PER_SECOND + 0.5);
  });

  it('counts the frames that the deferred work after a commit makes late as its cost too', () => {
    // Each commit's own frame is on time, but the next two frames (the deferred renders that
    // follow it) each miss one vsync: two missed vsyncs per commit.
    const pacer = createCommitPacer();
    let now = 0;
    let since = 0;
    let afterCommit = Infinity;
    const commits: number[] = [];
    for (let i = 0; i < 1200; i++) {
      pacer.frame(since);
      if (pacer.mayCommit(now)) {
        pacer.committed(now);
        commits.push(now);
        afterCommit = 0;
      } else afterCommit++;
      since = afterCommit === 1 || afterCommit === 2 ? 2 * FRAME_MS : FRAME_MS;
      now += since;
    }
    expect(pacer.intervalMs()).toBeCloseTo((2 * 1000) / MISSED_FRAMES_PER_SECOND, 0);
    const missedPerSecond = (2 * commits.length) / (now / 1000);
    expect(missedPerSecond).toBeLessThanOrEqual(MISSED_FRAMES_PER_SECOND + 0.5);
  });

  it('says how many vsyncs a frame missed', () => {
    expect(missedVsyncs(FRAME_MS)).toBe(0);
    expect(missedVsyncs(16.8)).toBe(0);
    expect(missedVsyncs(33.4)).toBe(1);
    expect(missedVsyncs(50)).toBe(2);
  });

  it('never lets the text lag more than the slowest pace', () => {
    const { pacer } = play(20 * FRAME_MS, 200);
    expect(pacer.intervalMs()).toBe(MAX_COMMIT_INTERVAL_MS);
  });

  it('learns again when commits get cheaper, and commits at once after a reset', () => {
    const pacer = createCommitPacer();
    for (let i = 0; i < 20; i++) {
      pacer.committed(i * 1000);
      pacer.frame(4 * FRAME_MS);
    }
    expect(pacer.intervalMs()).toBeGreaterThan(MIN_COMMIT_INTERVAL_MS);
    for (let i = 0; i < 20; i++) {
      pacer.committed(30_000 + i * 1000);
      pacer.frame(FRAME_MS);
    }
    expect(pacer.intervalMs()).toBe(MIN_COMMIT_INTERVAL_MS);
    expect(pacer.mayCommit(49_050)).toBe(false);
    pacer.reset();
    expect(pacer.mayCommit(49_050)).toBe(true);
  });
});
