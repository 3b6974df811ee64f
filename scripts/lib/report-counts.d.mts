// Types for report-counts.mjs (plain JavaScript so Node runs it before anything is installed).
export interface Count {
  passed: number;
  failed: number;
  notes: string[];
}
export function countVitest(report: unknown, exitCode: number): Count;
export function countPlaywright(report: unknown, exitCode: number): Count;
