// Run a command with its output streamed to this terminal, so people watching a long
// check see progress as it happens; resolves with the exit code instead of throwing.

import { spawn } from 'node:child_process';

const STOP_SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);

/**
 * While the command runs, a stop signal sent to this process (CI cancelling a job, a
 * `kill` by PID) is passed on to the command, and this process then exits too, rather
 * than leaving the command running or moving on to the next step.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string }} [options]
 * @returns {Promise<number>} the exit code (1 when killed by a signal or not startable)
 */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      cwd: options.cwd,
      env: options.env ?? process.env,
    });
    /** @type {NodeJS.Signals | null} */
    let stoppedBy = null;
    /** @param {NodeJS.Signals} signal */
    const forward = (signal) => {
      stoppedBy = signal;
      child.kill(signal);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, forward);
    const cleanUp = () => {
      for (const signal of STOP_SIGNALS) process.off(signal, forward);
    };
    child.on('error', (error) => {
      cleanUp();
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      cleanUp();
      if (stoppedBy) {
        console.error(`\nStopped by ${stoppedBy}.`);
        process.exit(130);
      }
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

/** The npm executable name for this platform (npm.cmd on Windows). */
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
