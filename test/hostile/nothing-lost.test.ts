/**
 * Nothing lost: a generate that fails (bad input, a write error) or is killed (SIGKILL while writing, or
 * between the two renames that swap the new tree in) leaves the previous output byte for byte as it was;
 * leftovers of a killed run are cleaned up by the next; nothing is written or deleted outside the output
 * folder; a folder holding files the tool did not write is refused unless --force (or the narrower --overwrite).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { typesPlugin } from '../../generator/emit/types/plugin.js';
import { generate } from '../../generator/generate.js';
import { isGeneratorError } from '../../generator/errors.js';
import { writeAtomically } from '../../generator/write/atomic.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { createMiniCoreCache, tempDir } from './support/mini-core.js';
import { profile, writePackage } from './support/packages.js';
import { runCli } from './support/run-cli.js';

let root = '';
let cache = '';
let pkg = '';
let out = '';
let original: Map<string, string>;

/** Every file under `dir` with its bytes (base64), symlinks as their target. */
function tree(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (current: string, prefix: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const rel = `${prefix}${entry.name}`;
      if (entry.isSymbolicLink()) result.set(rel, `-> ${fs.readlinkSync(full)}`);
      else if (entry.isDirectory()) walk(full, `${rel}/`);
      else result.set(rel, fs.readFileSync(full).toString('base64'));
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return result;
}

function assertUnchanged(message: string): void {
  const now = tree(out);
  assert.equal(now.size, original.size, `${message}: file count`);
  for (const [file, bytes] of original) assert.ok(now.get(file) === bytes, `${message}: ${file} changed`);
}

/** The output folder's siblings: nothing but the output itself may be there once a run is over. */
function siblings(): string[] {
  return fs.readdirSync(path.dirname(out)).filter((name) => name !== 'pkg' && name !== 'cache').sort();
}

const config = () => ({ packages: [pkg], cache, offline: true, out, include: ['http://example.org/*'] });
/** What is being tested is the writer: the types alone make a full tree, in a fraction of the time. */
const typesOnly = { plugins: [typesPlugin] };
/** The CLI with a config file saying what `config()` says (the same output options give the same output). */
function cliArgs(...extra: string[]): string[] {
  const file = path.join(root, 'gpconnect-codegen.config.json');
  fs.writeFileSync(file, JSON.stringify(config()));
  return ['generate', '--config', file, ...extra];
}

/** Runs the writer over `out` in a child process that is killed at `when` (see support/killed-write.ts). */
function runKilled(when: string): void {
  const script = path.join(REPO_ROOT, 'test/hostile/support/killed-write.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, out, when], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(child.signal, 'SIGKILL', `the child was not killed: ${child.stderr}`);
}

before(async () => {
  root = tempDir('nothing-lost');
  cache = createMiniCoreCache(root);
  pkg = writePackage(path.join(root, 'work', 'pkg'), { files: { 'A.json': profile('A', 'Patient', [{ path: 'Patient.active', min: 1 }]) } });
  out = path.join(root, 'work', 'out');
  await generate(config(), typesOnly);
  original = tree(out);
  assert.ok(original.size > 50);
});
after(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('nothing lost', () => {
  test('a profile broken after a good run fails with its error and leaves the output as it was', async () => {
    fs.writeFileSync(path.join(pkg, 'B.json'), JSON.stringify(profile('B', 'Patient', [{ path: 'Patient.active', type: [{ code: 'NoSuchType' }] }])));
    try {
      const result = await runCli(cliArgs(), root);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^error GPC206 /m);
    } finally {
      fs.rmSync(path.join(pkg, 'B.json'));
    }
    assertUnchanged('after a failed run');
    assert.deepEqual(siblings(), ['out']);
  });

  test('a write error halfway through the new tree (disk full) leaves the output as it was', async () => {
    const write = fs.writeFileSync;
    let count = 0;
    fs.writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof file === 'string' && file.includes('.tmp-') && ++count > 20) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (write as (...args: unknown[]) => void)(file, ...rest);
    }) as typeof fs.writeFileSync;
    try {
      await assert.rejects(generate(config(), typesOnly), (error: unknown) => isGeneratorError(error) && error.code === 'GPC302' && /ENOSPC/.test(error.detail));
    } finally {
      fs.writeFileSync = write;
    }
    assert.ok(count > 20, 'the injected failure did not happen');
    assertUnchanged('after a write error');
    assert.deepEqual(siblings(), ['out']);
  });

  test('a run killed while writing leaves the output as it was; the next run cleans up after it', async () => {
    runKilled('write:30');
    assertUnchanged('after SIGKILL while writing');
    assert.ok(siblings().some((name) => name.startsWith('.out.tmp-')), `no temp folder left to clean: ${siblings().join(', ')}`);
    await generate(config(), typesOnly);
    assertUnchanged('after the next run');
    assert.deepEqual(siblings(), ['out']);
  });

  test('a run killed between the two renames is put right by the next write, even one that fails', () => {
    runKilled('swap');
    assert.ok(!fs.existsSync(out), 'the kill came too late to test anything');
    assert.ok(siblings().some((name) => name.startsWith('.out.old-')));
    // A write that fails (an unsafe path) after the recovery: the previous output is back regardless.
    assert.throws(() => writeAtomically(out, new Map([['../escape.txt', 'x']]), 'hash', false), (error: unknown) => isGeneratorError(error) && error.code === 'GPC302');
    assertUnchanged('after recovery');
    assert.deepEqual(siblings(), ['out']);
  });

  test('a folder with files the tool did not write is refused, and replaced only on request (--overwrite)', async () => {
    const outside = path.join(root, 'outside.txt');
    fs.writeFileSync(outside, 'not yours');
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    fs.symlinkSync(outside, path.join(out, 'link-to-outside'));
    const before = tree(out);
    const refused = await runCli(cliArgs(), root);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^error GPC004 .*link-to-outside, notes\.txt/m);
    assert.match(refused.stderr, /^error GPC004 .*\(use --force to replace it\)/m, 'the refusal names the flag that lifts it');
    assert.deepEqual(tree(out), before, 'refused, yet changed');

    // (--overwrite on the command line is this option: test/errors/cases/output.ts, GPC006.)
    await generate(config(), { ...typesOnly, overwrite: true });
    assert.ok(!fs.existsSync(path.join(out, 'notes.txt')));
    assert.ok(!fs.existsSync(path.join(out, 'link-to-outside')));
    assert.equal(fs.readFileSync(outside, 'utf8'), 'not yours', 'the link target outside the output folder was touched');
    assert.ok(tree(out).has('.gpconnect-codegen.json'), 'the output is a generated package again');
    assert.deepEqual(siblings(), ['out']);
  });

  test('--force replaces a folder with files the tool did not write (issue 7), --overwrite too', async () => {
    for (const flag of ['--force', '--overwrite']) {
      fs.writeFileSync(path.join(out, `${flag.slice(2)}-notes.txt`), 'mine');
      const before = tree(out);
      const result = await runCli(cliArgs(flag), root);
      assert.equal(result.code, 0, `${flag}: ${result.stderr}`);
      assert.ok(!fs.existsSync(path.join(out, `${flag.slice(2)}-notes.txt`)), `${flag} left the foreign file`);
      assert.ok(tree(out).has('.gpconnect-codegen.json'), `${flag}: the output is a generated package again`);
      assert.notDeepEqual(tree(out), before);
      assert.deepEqual(siblings(), ['out']);
    }
  });
});
