/**
 * The `gpconnect` option: the hand-written GP Connect module (`<package>/gpconnect`) ships with GP Connect
 * builds and not with others unless asked for. A real generate of the small non-GP Connect package
 * (test/fixtures/packages/mini, on STU3 core) shows the default leaves it out; the plugin itself is
 * checked for `true` / `false` / `'auto'`; the committed default build has it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createGpconnectPlugin, shipsGpconnect } from '../../generator/emit/gpconnect/plugin.js';
import { resolveConfig } from '../../generator/config.js';
import { generate } from '../../generator/generate.js';
import { loadMini, MINI_PACKAGE } from '../helpers/mini.js';
import { GENERATED, PACKAGE_CACHE, REPO_ROOT } from '../helpers/paths.js';

const SECTION = '## GP Connect interactions';

describe('the gpconnect option', () => {
  it("'auto' ships the module when a loaded package is a GP Connect one", () => {
    const cases: Array<[readonly string[], boolean]> = [
      [['nhsconnect.gpconnect-fhir#1.5.0', 'hl7.fhir.core#3.0.1'], true],
      [['acme.profiles#1.0.0', 'nhsconnect.gpconnect-fhir.careconnect-base#1.5.0'], true],
      [['nhsconnect.stu3-fhir-assets.gpconnect#0.0.0-develop.4543c050'], true],
      [['hl7.fhir.r4b.core#4.3.0'], false],
      [['test.mini#1.0.0', 'hl7.fhir.core#3.0.1'], false],
      [['acme.notgpconnect#1.0.0'], false],
    ];
    for (const [keys, expected] of cases) assert.equal(shipsGpconnect('auto', keys), expected, keys.join(', '));
    assert.equal(shipsGpconnect(true, ['hl7.fhir.r4b.core#4.3.0']), true);
    assert.equal(shipsGpconnect(false, ['nhsconnect.gpconnect-fhir#1.5.0']), false);
  });

  it('decides the plugin output: files and README section, or nothing', async () => {
    const { model, plan } = await loadMini();
    const ctx = { model, plan, packageName: 'mini-types' };
    for (const [setting, ships] of [['auto', false], [false, false], [true, true]] as const) {
      const plugin = createGpconnectPlugin(setting);
      const files = [...(plugin.files?.(ctx) ?? new Map<string, string>()).keys()];
      assert.equal(files.includes('gpconnect.ts'), ships, `${String(setting)}: src/gpconnect.ts`);
      assert.equal(files.length > 0, ships, `${String(setting)}: any file`);
      assert.equal((plugin.readme?.(ctx) ?? '').startsWith(SECTION), ships, `${String(setting)}: README section`);
    }
  });

  it('the committed default (GP Connect) build ships it', () => {
    assert.ok(fs.existsSync(path.join(GENERATED, 'src', 'gpconnect.ts')));
    assert.ok(fs.readFileSync(path.join(GENERATED, 'README.md'), 'utf8').includes(SECTION));
  });

  describe('a build of a package that is not GP Connect, with the default', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-mini-'));
    let files: ReadonlyMap<string, string> = new Map();
    before(async () => {
      const config = resolveConfig({ packages: [MINI_PACKAGE], cache: PACKAGE_CACHE, offline: true, out: path.join(out, 'pkg'), include: ['http://test.org/*'] }, REPO_ROOT);
      assert.equal(config.gpconnect, 'auto');
      const result = await generate(config);
      assert.equal(result.upToDate, false);
      if (!result.upToDate) files = result.files;
    });
    after(() => fs.rmSync(out, { recursive: true, force: true }));

    it('has no gpconnect module, source or compiled, and no README section about it', () => {
      assert.ok(files.has('src/index.ts'), 'the package was generated');
      assert.deepEqual([...files.keys()].filter((f) => /(^|\/)gpconnect(\.|\/)/.test(f)), []);
      assert.ok(!(files.get('README.md') ?? '').includes(SECTION));
    });
  });
});
