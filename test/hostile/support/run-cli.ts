/**
 * Test helper: runs the CLI's `main()` in-process with stderr captured, so a test sees exactly what a user
 * sees (the message and the exit code) without starting a process per case.
 */
import { main } from '../../../generator/cli.js';

export interface CliRun {
  readonly code: number;
  readonly stderr: string;
  readonly stdout: string;
}

export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stderr = '';
  let stdout = '';
  const originalErr = process.stderr.write.bind(process.stderr);
  const originalOut = process.stdout.write.bind(process.stdout);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await main(argv, cwd);
    return { code, stderr, stdout };
  } finally {
    process.stderr.write = originalErr;
    process.stdout.write = originalOut;
  }
}
