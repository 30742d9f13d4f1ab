/**
 * Runs the CLI in-process with stdout captured as well as stderr (test/hostile/support/run-cli.ts
 * captures only stderr; `validate --format json` prints its outcomes on stdout).
 */
import { runCli, type CliRun } from '../../hostile/support/run-cli.js';

export async function runCliWithOutput(argv: string[], cwd: string): Promise<CliRun & { stdout: string }> {
  let stdout = '';
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    return { ...(await runCli(argv, cwd)), stdout };
  } finally {
    process.stdout.write = original;
  }
}

/** A JavaScript stack frame line (`    at fn (file:1:2)`): what a user must never see. */
export const STACK_FRAME = /^\s+at .+:\d+(:\d+)?\)?$/m;
