// The benchmark's cases: (a) thousands of connections under 10% loss, (b) a flood of
// 100,000 SYNs at a small backlog, and (c) each at 1x, 2x and 4x size, to show that time
// grows linearly with events.

import type { Scenario } from '../src/core/index.ts';
import { manyConnections, synFlood } from './scenarios.ts';

export interface Family {
  /** `${prefix}-${size}` names a run. */
  prefix: string;
  build: (size: number) => Scenario;
  /** 1x, 2x, 4x: the largest is the headline run. */
  sizes: [number, number, number];
}

export const FAMILIES = {
  connections: {
    prefix: 'connections-loss10',
    build: (size) =>
      manyConnections({ connections: size, lossRate: 0.1, bytesPerConnection: 100_000 }),
    // 2,400 connections x 4 calls stays under LIMITS.maxActions (10,000).
    sizes: [600, 1_200, 2_400],
  },
  flood: {
    prefix: 'syn-flood-backlog16',
    build: (size) => synFlood({ syns: size, backlog: 16, perMs: 10 }),
    sizes: [25_000, 50_000, 100_000],
  },
} satisfies Record<string, Family>;

export type FamilyName = keyof typeof FAMILIES;

export function isFamilyName(name: string): name is FamilyName {
  return Object.hasOwn(FAMILIES, name);
}
