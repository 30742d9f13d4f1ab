/**
 * resolveCliConfig, the one place where `generate`, `validate` and `diff` lay their flags over the config
 * file: the file's paths are relative to its folder, the flags' to the working directory, and a flag
 * replaces only the option it names.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveCliConfig } from '../../generator/cli/resolve-cli-config.js';
import { resolveConfig } from '../../generator/config.js';
import { isGeneratorError } from '../../generator/errors.js';
import { tempDir } from '../hostile/support/mini-core.js';

const root = tempDir('resolve-cli-config');
after(() => fs.rmSync(root, { recursive: true, force: true }));

/** A working directory `<root>/<name>/cwd` and a config file in its sibling `conf/`. */
function setup(name: string): { cwd: string; file: string; conf: string } {
  const cwd = path.join(root, name, 'cwd');
  const conf = path.join(root, name, 'conf');
  fs.mkdirSync(cwd, { recursive: true });
  fs.mkdirSync(conf, { recursive: true });
  const file = path.join(conf, 'gpconnect-codegen.config.json');
  fs.writeFileSync(file, JSON.stringify({ packages: ['./file-pkg'], cache: 'file-cache', out: 'file-out', offline: true, packageName: 'from-file' }));
  return { cwd, file, conf };
}

describe('resolveCliConfig', () => {
  it('without flags is the config file, resolved against its own folder', async () => {
    const { cwd, file, conf } = setup('no-flags');
    const config = await resolveCliConfig({ config: path.relative(cwd, file) }, cwd);
    assert.deepEqual(config, { ...resolveConfig({}, conf), packages: [path.join(conf, 'file-pkg')], cache: path.join(conf, 'file-cache'), out: path.join(conf, 'file-out'), offline: true, packageName: 'from-file' });
  });

  it('each flag replaces its option, resolved against the working directory; the rest stays the file\'s', async () => {
    const { cwd, file, conf } = setup('all-flags');
    const config = await resolveCliConfig({ config: file, package: ['./flag-pkg', 'a.b#1.0.0'], cache: 'flag-cache', out: 'flag-out', offline: false }, cwd);
    assert.deepEqual(config.packages, [path.join(cwd, 'flag-pkg'), 'a.b#1.0.0']);
    assert.equal(config.cache, path.join(cwd, 'flag-cache'));
    assert.equal(config.out, path.join(cwd, 'flag-out'));
    assert.equal(config.offline, false);
    assert.equal(config.packageName, 'from-file');

    const onlyOut = await resolveCliConfig({ config: file, out: 'flag-out' }, cwd);
    assert.deepEqual(onlyOut, { ...(await resolveCliConfig({ config: file }, cwd)), out: path.join(cwd, 'flag-out') });
    assert.equal(onlyOut.cache, path.join(conf, 'file-cache'));
  });

  it('finds the config file in the working directory; empty --cache/--out count as not given', async () => {
    const { conf } = setup('found');
    const config = await resolveCliConfig({ cache: '', out: '' }, conf);
    assert.equal(config.cache, path.join(conf, 'file-cache'));
    assert.equal(config.out, path.join(conf, 'file-out'));
  });

  it('an empty --package list is a configuration error (GPC001 at packages)', async () => {
    const { cwd, file } = setup('empty-package');
    await assert.rejects(resolveCliConfig({ config: file, package: [] }, cwd), (error: unknown) => isGeneratorError(error) && error.code === 'GPC001' && error.location.path === 'packages');
  });
});
