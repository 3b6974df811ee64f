// Types for chromium.mjs (plain JavaScript so Node runs it before anything is installed).
export const CHROMIUM_ENV_VARS: readonly string[];
export const CHROMIUM_ARGS: readonly string[];
export function findChromium(
  env?: Record<string, string | undefined>,
): { path: string; source: string } | { error: string } | null;
