/**
 * The configuration surface: every option documented with its default (in config.ts and in
 * docs/config.md), the defaults resolveConfig fills in, the errors it gives, and config files in each
 * format, including a `gpconnect-codegen.config.ts` written the way a user writes it (importing
 * `defineConfig` from the installed package).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ts } from 'ts-morph';
import { CONFIG_FILES, loadConfig, readConfigFile } from '../../generator/cli/config-file.js';
import { defineConfig, resolveConfig, type GpConnectCodegenConfig } from '../../generator/config.js';
import { isGeneratorError } from '../../generator/errors.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** Option name -> its JSDoc text, read from the GpConnectCodegenConfig interface in config.ts. */
function documentedOptions(): Map<string, { text: string; defaultTag: string | undefined }> {
  const file = path.join(REPO_ROOT, 'generator', 'config.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const options = new Map<string, { text: string; defaultTag: string | undefined }>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GpConnectCodegenConfig') return;
    for (const member of node.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue;
      const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
      const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ').trim();
      const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === 'default');
      options.set(member.name.text, { text, defaultTag: tag ? (ts.getTextOfJSDocComment(tag.comment) ?? '').trim() : undefined });
    }
  });
  return options;
}

function expectError(work: () => unknown, code: string, pathText?: string): void {
  assert.throws(work, (error: unknown) => {
    assert.ok(isGeneratorError(error), String(error));
    assert.equal(error.code, code);
    if (pathText !== undefined) assert.equal(error.location.path, pathText);
    return true;
  });
}

const OPTIONS = ['packages', 'cache', 'offline', 'registry', 'out', 'packageName', 'packageVersion', 'description', 'include', 'exclude', 'gpconnect'];

describe('config options', () => {
  it('are all documented in config.ts with a description and a @default', () => {
    const documented = documentedOptions();
    assert.deepEqual([...documented.keys()].sort(), [...OPTIONS].sort());
    for (const [name, doc] of documented) {
      assert.ok(doc.text.length > 15, `${name} has a description`);
      assert.ok(doc.defaultTag && doc.defaultTag.length > 0, `${name} has a @default`);
    }
  });

  it('are all in the config reference (docs/config.md), with their defaults', () => {
    const reference = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'config.md'), 'utf8');
    for (const name of OPTIONS) assert.match(reference, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `${name} has a row in docs/config.md`);
  });

  it('resolve to the documented defaults', () => {
    const config = resolveConfig({}, '/project', undefined, {});
    assert.deepEqual(config, {
      packages: ['nhsconnect.gpconnect-fhir#1.5.0'],
      cache: path.join(os.homedir(), '.fhir', 'packages'),
      offline: false,
      registry: undefined,
      out: '/project/generated',
      packageName: 'gpconnect-fhir-types',
      packageVersion: '0.1.0',
      description: undefined,
      include: ['*'],
      exclude: [],
      gpconnect: 'auto',
    });
    assert.equal(resolveConfig({}, '/project', undefined, { FHIR_PACKAGE_CACHE: '/cache' }).cache, '/cache');
  });

  it('take every value given, with paths relative to the config folder', () => {
    const given: Required<GpConnectCodegenConfig> = {
      packages: ['a.b#1.0.0', './local-folder', 'pkg.tgz'],
      cache: 'cache',
      offline: true,
      registry: 'https://registry.example.org',
      out: 'dist/types',
      packageName: '@acme/gp-types',
      packageVersion: '2.0.0',
      description: 'Acme types',
      include: ['https://fhir.nhs.uk/*'],
      exclude: ['*-Example-*'],
      gpconnect: false,
    };
    assert.deepEqual(resolveConfig(given, '/project'), {
      ...given,
      packages: ['a.b#1.0.0', '/project/local-folder', '/project/pkg.tgz'],
      cache: '/project/cache',
      out: '/project/dist/types',
    });
  });

  it('a resolved config resolves to itself, whatever the folder and environment (generate() relies on it)', () => {
    const configs: GpConnectCodegenConfig[] = [
      {},
      { packages: ['a.b#1.0.0', './local-folder', 'pkg.tgz'], cache: 'cache', out: 'dist/types', registry: 'https://registry.example.org', description: 'd' },
      { include: ['*'], out: 'x', packageName: 'p', gpconnect: true },
    ];
    for (const config of configs) {
      const resolved = resolveConfig(config, '/project', 'gpconnect-codegen.config.json', { FHIR_PACKAGE_CACHE: 'relative-cache' });
      assert.deepEqual(resolveConfig(resolved, '/elsewhere', undefined, {}), resolved, JSON.stringify(config));
    }
  });

  const invalid: Array<[string, unknown, string]> = [
    ['unknown option', { outDir: 'x' }, 'outDir'],
    ['packages not a list', { packages: 'a#1' }, 'packages'],
    ['packages empty', { packages: [] }, 'packages'],
    ['offline not a boolean', { offline: 'yes' }, 'offline'],
    ['out empty', { out: '' }, 'out'],
    ['packageName not a string', { packageName: 3 }, 'packageName'],
    ['include with a non-string', { include: ['a', 1] }, 'include'],
    ['gpconnect neither a boolean nor "auto"', { gpconnect: 'yes' }, 'gpconnect'],
  ];
  for (const [name, config, where] of invalid) {
    it(`reject ${name} (GPC001 at ${where})`, () => expectError(() => resolveConfig(config as GpConnectCodegenConfig, '/project', 'gpconnect-codegen.config.json'), 'GPC001', where));
  }

  it('defineConfig returns its argument (it exists for the types)', () => {
    const config = { out: 'x' };
    assert.equal(defineConfig(config), config);
  });
});

describe('config files', () => {
  /** A project folder where `gpconnect-codegen` is installed (a link to this repository), as a user has it. */
  function project(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-config-'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', 'gpconnect-codegen'), 'dir');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'user-project', type: 'module' }));
    return dir;
  }

  const body = `{ packages: ['nhsconnect.gpconnect-fhir#1.5.0'], out: 'types', include: ['*/CareConnect-GPC-*'] }`;
  const formats: Array<[string, string]> = [
    ['gpconnect-codegen.config.json', JSON.stringify({ packages: ['nhsconnect.gpconnect-fhir#1.5.0'], out: 'types', include: ['*/CareConnect-GPC-*'] })],
    ['gpconnect-codegen.config.ts', `import { defineConfig } from 'gpconnect-codegen';\n\nexport default defineConfig(${body});\n`],
    ['gpconnect-codegen.config.mts', `import { defineConfig, type GpConnectCodegenConfig } from 'gpconnect-codegen';\n\nconst config: GpConnectCodegenConfig = ${body};\nexport default defineConfig(config);\n`],
    ['gpconnect-codegen.config.mjs', `export default ${body};\n`],
    ['gpconnect-codegen.config.js', `export default ${body};\n`],
  ];
  for (const [name, text] of formats) {
    it(`${name} is found in the working directory and read, paths relative to its folder`, async () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, name), text);
      const loaded = await loadConfig(undefined, dir);
      assert.equal(loaded.file, path.join(dir, name));
      const config = resolveConfig(loaded.config, loaded.baseDir, loaded.file);
      assert.equal(config.out, path.join(dir, 'types'));
      assert.deepEqual(config.include, ['*/CareConnect-GPC-*']);
    });
  }

  it('looks for the formats in a fixed order, JSON first', async () => {
    assert.equal(CONFIG_FILES[0], 'gpconnect-codegen.config.json');
    const dir = project();
    fs.writeFileSync(path.join(dir, 'gpconnect-codegen.config.ts'), `export default { out: 'from-ts' };\n`);
    fs.writeFileSync(path.join(dir, 'gpconnect-codegen.config.json'), JSON.stringify({ out: 'from-json' }));
    assert.equal((await loadConfig(undefined, dir)).config.out, 'from-json');
    assert.equal((await loadConfig('gpconnect-codegen.config.ts', dir)).config.out, 'from-ts', 'an explicit file wins');
  });

  it('reports a missing file (GPC002), malformed JSON (GPC103) and a module without a default export (GPC001)', async () => {
    const dir = project();
    await assert.rejects(readConfigFile(path.join(dir, 'missing.json')), (e: unknown) => isGeneratorError(e) && e.code === 'GPC002');
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ "out": ');
    await assert.rejects(readConfigFile(path.join(dir, 'bad.json')), (e: unknown) => isGeneratorError(e) && e.code === 'GPC103');
    fs.writeFileSync(path.join(dir, 'named.mjs'), 'export const config = {};\n');
    await assert.rejects(readConfigFile(path.join(dir, 'named.mjs')), (e: unknown) => isGeneratorError(e) && e.code === 'GPC001');
  });

  it('no config file: defaults and flags only', async () => {
    const loaded = await loadConfig(undefined, project());
    assert.deepEqual(loaded.config, {});
    assert.equal(loaded.file, undefined);
  });
});
