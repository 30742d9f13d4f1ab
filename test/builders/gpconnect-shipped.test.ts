/**
 * The `gpconnect` module of the generated package is generator/runtime/gpconnect, unchanged: the same
 * files byte for byte, reachable as `<package>/gpconnect`, and the compiled module reproduces the audit
 * page's example claims as the tested source does (test/runtime/gpconnect/jwt.test.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { resolveConfig } from '../../generator/config.js';
import { generate } from '../../generator/generate.js';
import { gpconnectFiles, gpconnectPlugin, gpconnectReadme } from '../../generator/emit/gpconnect/plugin.js';
import * as source from '../../generator/runtime/gpconnect/index.js';
import { PACKAGE_CACHE, REPO_ROOT } from '../helpers/paths.js';
import { PAGE_EXAMPLE_INPUT, pageExampleClaims, pageExampleToken } from '../runtime/gpconnect/jwt-fixtures.js';

const RUNTIME = new URL('../../generator/runtime/gpconnect/', import.meta.url);

describe('the shipped gpconnect module', () => {
  let out = '';
  let files: ReadonlyMap<string, string> = new Map();

  before(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-gpconnect-'));
    // Only this plugin, and no profiles: the package then holds little more than the module under test.
    const config = resolveConfig({ packages: ['nhsconnect.gpconnect-fhir#1.5.0'], cache: PACKAGE_CACHE, offline: true, out, include: ['none'] }, REPO_ROOT);
    const result = await generate(config, { plugins: [gpconnectPlugin] });
    assert.equal(result.upToDate, false);
    if (!result.upToDate) files = result.files;
  });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  test('is every .ts file of generator/runtime/gpconnect, byte for byte, under src/gpconnect/', () => {
    const expected = fs.readdirSync(RUNTIME).filter((f) => f.endsWith('.ts')).sort();
    const shipped = [...files.keys()].filter((f) => f.startsWith('src/gpconnect/')).map((f) => f.slice('src/gpconnect/'.length)).sort();
    assert.deepEqual(shipped, expected);
    for (const file of expected) assert.equal(files.get(`src/gpconnect/${file}`), fs.readFileSync(new URL(file, RUNTIME), 'utf8'), file);
    assert.equal(gpconnectFiles().size, expected.length + 1);
  });

  test('has the entry src/gpconnect.ts, compiled for ESM and CommonJS with declarations', () => {
    for (const file of ['src/gpconnect.ts', 'dist/esm/gpconnect.js', 'dist/esm/gpconnect.d.ts', 'dist/cjs/gpconnect.js', 'dist/esm/gpconnect/jwt-build.js']) {
      assert.ok(files.has(file), file);
    }
    assert.doesNotMatch(files.get('src/index.ts') ?? '', /\.\/gpconnect/, 'not re-exported from the package root');
  });

  test('compiled, it builds the audit page example claims and encodes them as the source does', async () => {
    const shipped = (await import(pathToFileURL(path.join(out, 'dist/esm/gpconnect.js')).href)) as typeof source;
    const page = pageExampleClaims();
    const clock = { now: () => (page['iat'] as number) * 1000 };
    const built = shipped.buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT, clock);
    assert.deepEqual(built, page);
    assert.equal(shipped.encodeUnsignedJwt(built), source.encodeUnsignedJwt(source.buildGpConnectJwtClaims(PAGE_EXAMPLE_INPUT, clock)));
    assert.ok(shipped.encodeUnsignedJwt(built).endsWith('.'));
    // The page's encoded (GP Connect 0.x) token decodes the same way and gets the same issues.
    assert.deepEqual(shipped.validateGpConnectJwt(pageExampleToken(), { now: clock.now() }), source.validateGpConnectJwt(pageExampleToken(), { now: clock.now() }));
  });

  test('is documented in the package README with the package name and the spec version', () => {
    const readme = files.get('README.md') ?? '';
    assert.match(readme, /## GP Connect interactions, Spine Secure Proxy headers and audit JWT/);
    assert.match(readme, /GP Connect 1\.2\.8/);
    assert.match(readme, /from 'gpconnect-fhir-types\/gpconnect'/);
    assert.doesNotMatch(readme, /PACKAGE\//);
    assert.match(gpconnectReadme('@acme/fhir'), /from '@acme\/fhir\/gpconnect'/);
  });
});
