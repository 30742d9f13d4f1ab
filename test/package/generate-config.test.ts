/**
 * `generate(config)` resolves the config it is given against `options.baseDir`, every time. Regression:
 * it used to guess from the config's shape whether it was resolved already, and took a user config that
 * happened to give `include`, `out` and `packageName` for a resolved one, leaving its relative paths
 * relative to the process's working directory (and its cache unset).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveConfig } from '../../generator/config.js';
import { typesPlugin } from '../../generator/emit/types/plugin.js';
import { generate } from '../../generator/generate.js';
import { createMiniCoreCache, tempDir } from '../hostile/support/mini-core.js';
import { profile, TEST_URL, writePackage } from '../hostile/support/packages.js';

const root = tempDir('generate-config');
createMiniCoreCache(root);
writePackage(path.join(root, 'pkg'), { files: { 'A.json': profile('A', 'Patient', [{ path: 'Patient.active', min: 1 }]) } });
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('generate(config)', () => {
  it('resolves a config giving include, out and packageName against baseDir', async () => {
    const config = { packages: ['./pkg'], cache: 'cache', offline: true, out: 'out', include: [`${TEST_URL}*`], packageName: 'base-dir-test' };
    const result = await generate(config, { baseDir: root, plugins: [typesPlugin] });
    assert.equal(result.config.out, path.join(root, 'out'));
    assert.equal(result.config.cache, path.join(root, 'cache'));
    const written = JSON.parse(fs.readFileSync(path.join(root, 'out', 'package.json'), 'utf8')) as { name?: string };
    assert.equal(written.name, 'base-dir-test');
  });

  it('takes a resolved config as it is (its paths are absolute; baseDir does not matter)', async () => {
    const resolved = resolveConfig({ packages: ['./pkg'], cache: 'cache', offline: true, out: 'out-2', include: [`${TEST_URL}*`] }, root);
    const result = await generate(resolved, { baseDir: path.join(root, 'elsewhere'), plugins: [typesPlugin], check: true });
    assert.deepEqual(result.config, resolved);
  });
});
