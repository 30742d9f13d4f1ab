/** Runs the TypeScript compiler (the repo's pinned `typescript`) and returns its diagnostics. */
import { spawnSync } from 'node:child_process';
import { TSC } from './paths.js';

export interface TscResult {
  readonly ok: boolean;
  readonly output: string;
}

export function runTsc(args: readonly string[], cwd?: string): TscResult {
  const result = spawnSync(process.execPath, [TSC, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
