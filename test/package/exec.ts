/** Running the tools a downstream project uses (npm, tsc, node) with output captured for failure messages. */
import { execFileSync } from 'node:child_process';

export interface RunResult {
  readonly stdout: string;
}

/** Runs a command; on failure the error message carries its stdout and stderr. */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): RunResult {
  try {
    const stdout = execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return { stdout };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${e.status ?? '?'}\n--- stdout\n${e.stdout ?? ''}\n--- stderr\n${e.stderr ?? ''}`);
  }
}

/** npm with no network, no audit/fund calls, no lifecycle scripts, and a private cache. */
export function npm(args: readonly string[], cwd: string, cache: string): RunResult {
  return run('npm', [...args, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--cache', cache, '--loglevel', 'error'], cwd);
}
