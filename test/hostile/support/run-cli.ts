/**
 * Test helper: runs the CLI's `main()` in-process with stderr captured, so a test sees exactly what a user
 * sees (the message and the exit code) without starting a process per case. Only stderr: under
 * `node --test` the test runner reports through the child's stdout, which must not be intercepted.
 */
import { main } from '../../../generator/cli.js';

export interface CliRun {
  readonly code: number;
  readonly stderr: string;
}

export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stderr = '';
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(argv, cwd);
    return { code, stderr };
  } finally {
    process.stderr.write = original;
  }
}
