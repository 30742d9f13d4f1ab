/**
 * No-op regeneration through the API: a second `generate` with `incremental` does no work (no phase but
 * the input hash runs) when nothing changed; with incremental off (the CLI's --force) or in check mode it
 * does the work. Runs without emit plugins so that each generation is little more than load and IR. What
 * invalidates the output is tested on checkUpToDate (folder contents) and in input-hash.test.ts (inputs).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { GpConnectCodegenConfig } from '../../generator/config.js';
import { generate } from '../../generator/generate.js';
import { checkUpToDate } from '../../generator/incremental/up-to-date.js';
import { MANIFEST_FILE, manifestText, readManifest } from '../../generator/write/manifest.js';
import { PACKAGE_CACHE } from '../helpers/paths.js';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-incremental-')), 'out');
const config: GpConnectCodegenConfig = { packages: ['nhsconnect.gpconnect-fhir#1.5.0'], cache: PACKAGE_CACHE, offline: true, out, include: ['none'] };
const options = { plugins: [], incremental: true } as const;

describe('incremental generate', () => {
  let firstHash = '';
  after(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));

  it('generates when there is no output yet and records the input hash', async () => {
    const result = await generate(config, options);
    assert.equal(result.upToDate, false);
    firstHash = result.inputHash;
    assert.equal(readManifest(out)?.inputHash, firstHash);
    const packageJson = JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')) as { gpconnectCodegen: { inputHash: string } };
    assert.equal(packageJson.gpconnectCodegen.inputHash, firstHash);
  });

  it('does no work the second time and says so', async () => {
    const before = fs.statSync(path.join(out, 'package.json')).mtimeMs;
    const result = await generate(config, options);
    assert.equal(result.upToDate, true);
    assert.equal(result.inputHash, firstHash);
    assert.deepEqual(Object.keys(result.timings), ['hash'], 'no load, IR, plan, emit or write phase ran');
    assert.equal(result.fileCount, readManifest(out)?.files.length);
    assert.equal(fs.statSync(path.join(out, 'package.json')).mtimeMs, before, 'nothing was rewritten');
  });

  it('regenerates with incremental off (--force), to the same output', async () => {
    const result = await generate(config, { plugins: [] });
    assert.equal(result.upToDate, false);
    assert.equal(result.inputHash, firstHash);
    assert.ok(result.timings.load !== undefined && result.timings.write !== undefined);
  });

  it('always compares in check mode, never short-cuts', async () => {
    const result = await generate(config, { ...options, check: true });
    assert.equal(result.upToDate, false);
    assert.deepEqual(result.upToDate === false ? result.stale : undefined, []);
  });
});

describe('checkUpToDate', () => {
  const folder = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-uptodate-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'b.ts'), 'b');
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), manifestText('h1', ['a.txt', 'src/b.ts']));
    return dir;
  };
  const cases: Array<[string, (dir: string) => void, string, boolean]> = [
    ['same hash, same files', () => {}, 'h1', true],
    ['another hash', () => {}, 'h2', false],
    ['a generated file deleted', (dir) => fs.rmSync(path.join(dir, 'src', 'b.ts')), 'h1', false],
    ['a stray file added', (dir) => fs.writeFileSync(path.join(dir, 'stray.txt'), 'x'), 'h1', false],
    ['no manifest', (dir) => fs.rmSync(path.join(dir, MANIFEST_FILE)), 'h1', false],
    ['no output folder', (dir) => fs.rmSync(dir, { recursive: true }), 'h1', false],
  ];
  for (const [name, change, hash, expected] of cases) {
    it(name, () => {
      const dir = folder();
      change(dir);
      const result = checkUpToDate(dir, hash);
      assert.equal(result.upToDate, expected, result.upToDate ? '' : result.reason);
    });
  }
});
