/**
 * Table-driven error cases: each builds a tiny input in its own temp folder, runs the CLI's `main()` (or,
 * for failures only the typed API can provoke, `generate()`), and checks what the user gets: exit code 2,
 * one line `error GPCnnn <catalog text>: <detail> (at <location>)` on stderr with exactly the expected
 * location, and no stack trace.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ERROR_CATALOG, formatLocation, isGeneratorError, type ErrorCode, type ErrorLocation } from '../../../generator/errors.js';
import { runCli } from '../../hostile/support/run-cli.js';

export interface CaseContext {
  /** The case's own empty folder. */
  readonly dir: string;
  /** The shared cut-down core cache (do not modify: make your own with createMiniCoreCache). */
  readonly cache: string;
}

export interface ErrorCase {
  readonly name: string;
  readonly code: ErrorCode;
  /** Writes the input; returns CLI arguments, or a function that calls the API and must throw. */
  readonly setup: (ctx: CaseContext) => string[] | (() => Promise<unknown>);
  /** The location the error must carry, field for field (absent fields must be absent). */
  readonly location: (ctx: CaseContext) => ErrorLocation;
  readonly detail?: RegExp;
  /** The working directory to run the CLI in (default: the case folder). */
  readonly cwd?: (ctx: CaseContext) => string;
  /** The exit code (2: unusable input; 1: a check that failed). @default 2 */
  readonly exit?: number;
  /** More checks once the error has been seen (e.g. that nothing was written). */
  readonly after?: (ctx: CaseContext) => void;
}

/** Runs `work` with the process in `dir` (the writer's safety checks look at the real working directory). */
async function inFolder<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await work();
  } finally {
    process.chdir(before);
  }
}

/** `generate` of the package folder `<dir>/pkg` against the mini core, offline, into `<dir>/out`. */
export function generateArgs(ctx: CaseContext, ...extra: string[]): string[] {
  return ['generate', '--package', path.join(ctx.dir, 'pkg'), '--cache', ctx.cache, '--offline', '--out', path.join(ctx.dir, 'out'), ...extra];
}

/** The one `error GPCnnn ...` line of stderr (a --check run prints its summary first and the differences after). */
function parseCliError(stderr: string): { code: string; detail: string; location: string } {
  const lines = stderr.split('\n').filter((line) => line.startsWith('error '));
  assert.equal(lines.length, 1, `stderr holds not exactly one error line:\n${stderr}`);
  const match = /^error (GPC\d{3}) (.*)$/.exec(lines[0] ?? '');
  assert.ok(match, `stderr is not one catalog error:\n${stderr}`);
  const [, code = '', rest = ''] = match;
  const title = ERROR_CATALOG[code as ErrorCode];
  assert.ok(rest.startsWith(`${title}: `), `catalog text for ${code} missing:\n${stderr}`);
  const body = rest.slice(title.length + 2);
  const at = body.lastIndexOf(' (at ');
  return at < 0 ? { code, detail: body, location: '' } : { code, detail: body.slice(0, at), location: body.slice(at + 5, -1) };
}

export function runErrorCases(cases: readonly ErrorCase[], context: (name: string) => CaseContext): void {
  for (const c of cases) {
    test(`${c.code} ${c.name}`, async () => {
      const ctx = context(c.name);
      const run = c.setup(ctx);
      const expected = c.location(ctx);
      if (typeof run === 'function') {
        await assert.rejects(run, (error: unknown) => {
          assert.ok(isGeneratorError(error), `not a GeneratorError: ${String(error)}`);
          assert.equal(error.code, c.code, error.message);
          assert.deepEqual(withoutUndefined(error.location), expected, error.message);
          if (c.detail) assert.match(error.detail, c.detail);
          return true;
        });
        c.after?.(ctx);
        return;
      }
      const cwd = c.cwd?.(ctx) ?? ctx.dir;
      const result = await inFolder(cwd, () => runCli(run, cwd));
      assert.equal(result.code, c.exit ?? 2, `exit code; stderr:\n${result.stderr}`);
      assert.doesNotMatch(result.stderr, /^\s+at /m, 'a stack trace reached the user');
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(result.stderr, /[\u0000-\u0009\u000b-\u001f\u007f]/, 'control characters reached the terminal');
      const error = parseCliError(result.stderr);
      assert.equal(error.code, c.code, result.stderr);
      assert.equal(error.location, formatLocation(expected), result.stderr);
      if (c.detail) assert.match(error.detail, c.detail);
      c.after?.(ctx);
    });
  }
}

function withoutUndefined(location: ErrorLocation): ErrorLocation {
  return Object.fromEntries(Object.entries(location).filter(([, v]) => v !== undefined));
}
