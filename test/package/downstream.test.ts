/**
 * A generated package used for real by a downstream project: generate (a small include subset, through the
 * CLI), check that a second generate does nothing, `npm pack`, install the tarball into a fresh temp project
 * with no network (runtime dependencies from local tarballs, see offline-deps.ts), then compile it under
 * `tsc --strict` with node16, nodenext, bundler and node10 resolution, run it as ESM and as CommonJS, check
 * the exports with attw, and check with esbuild that importing one profile's validator bundles its own
 * import graph only: not the other profiles, the root index or the package registry.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { REPO_ROOT, TSC, PACKAGE_CACHE } from '../helpers/paths.js';
import { RESOLUTIONS, writeConsumer } from './consumer.js';
import { npm, run } from './exec.js';
import { dependencyClosure } from './offline-deps.js';

const PACKAGE_NAME = '@downstream-test/gpc-types';
const PROFILE = 'CareConnectGPCPatient1';
/** A profile in the same package that the Patient profile does not use: it must not end up in a Patient bundle. */
const OTHER = 'CareConnectGPCAllergyIntolerance1';
const BIN = path.join(REPO_ROOT, 'bin', 'gpconnect-codegen.js');

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpc-downstream-'));
const out = path.join(temp, 'generated');
const project = path.join(temp, 'project');
const cache = path.join(temp, 'npm-cache');
const installed = path.join(project, 'node_modules', ...PACKAGE_NAME.split('/'));

interface CliSummary {
  readonly upToDate: boolean;
  readonly inputHash: string;
  readonly files: number;
  readonly timings: Record<string, number>;
}

/** What the consumer programs print (consumer.ts). */
interface Output {
  readonly format: string;
  readonly resourceType: string;
  readonly valid: boolean;
  readonly issues: string[];
  readonly withRegistry: string[];
  readonly validWithRegistry: boolean;
  readonly profile: string[];
  readonly root: string[];
}

function generateCli(configFile: string): CliSummary {
  return JSON.parse(run(process.execPath, [BIN, 'generate', '--config', configFile, '--json'], REPO_ROOT).stdout) as CliSummary;
}

/** Modules a compiled module imports, as paths relative to the dist folder without extension (`runtime/validate/index`). */
function relativeImports(dir: string, module: string, extension: '.js' | '.d.ts'): string[] {
  const text = fs.readFileSync(path.join(dir, `${module}${extension}`), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)].map((m) => m[1] ?? '');
  // Doc comments can quote import statements too; only files that exist are modules.
  return specifiers.map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(module), spec))).filter((stem) => fs.existsSync(path.join(dir, `${stem}${extension}`)));
}

/** Every module reachable from `module` through relative imports in `dir`, each with the module that first imported it. */
function closure(dir: string, module: string, extension: '.js' | '.d.ts'): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>([[module, undefined]]);
  const queue = [module];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined) break;
    for (const imported of relativeImports(dir, next, extension)) {
      if (parents.has(imported)) continue;
      parents.set(imported, next);
      queue.push(imported);
    }
  }
  return parents;
}

/** `A -> B -> C`: how `module` is reached, for failure messages. */
function chain(parents: ReadonlyMap<string, string | undefined>, module: string): string {
  const path: string[] = [];
  for (let at: string | undefined = module; at !== undefined; at = parents.get(at)) path.unshift(at);
  return path.join(' -> ');
}

describe('downstream consumption of a generated package', () => {
  let tarball = '';
  // KEEP_TEMP=1 keeps the generated package and the consumer project for a look after a failure.
  after(() => {
    if (!process.env['KEEP_TEMP']) fs.rmSync(temp, { recursive: true, force: true });
  });

  before(() => {
    const configFile = path.join(temp, 'gpconnect-codegen.config.json');
    const config = {
      packages: ['nhsconnect.gpconnect-fhir#1.5.0'],
      cache: PACKAGE_CACHE,
      offline: true,
      out,
      packageName: PACKAGE_NAME,
      packageVersion: '1.2.3',
      include: ['*/CareConnect-GPC-Patient-1', '*/CareConnect-GPC-AllergyIntolerance-1'],
    };
    fs.writeFileSync(configFile, JSON.stringify(config));
    let previous = generateCli(configFile);
    assert.equal(previous.upToDate, false);
    // A run right after a run with the same input hash must do nothing. (When the tool's own code changes
    // between two runs, as it can while others edit this working tree, the hash differs and the run
    // rightly regenerates; then the next run is the one that must do nothing.)
    for (let attempt = 0; ; attempt++) {
      const next = generateCli(configFile);
      if (next.inputHash === previous.inputHash) {
        assert.deepEqual([next.upToDate, next.files, Object.keys(next.timings)], [true, previous.files, ['hash']], 'the second generate did no work');
        break;
      }
      assert.equal(next.upToDate, false, 'a changed input hash regenerates');
      assert.ok(attempt < 3, 'the input hash kept changing between runs');
      previous = next;
    }
  });

  it('packs with npm and installs from the tarball into a fresh project offline', () => {
    const packed = JSON.parse(npm(['pack', out, '--pack-destination', temp, '--json'], temp, cache).stdout) as Array<{ filename: string }>;
    tarball = path.join(temp, packed[0]?.filename ?? '');
    assert.ok(fs.existsSync(tarball), 'npm pack wrote the tarball');
    writeConsumer(project, { packageName: PACKAGE_NAME, module: PROFILE, resourceType: 'Patient' });
    const generatedJson = JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const runtimeDeps = Object.keys(generatedJson.dependencies ?? {});
    const depTarballs: string[] = [];
    if (runtimeDeps.length > 0) {
      const folders = dependencyClosure(REPO_ROOT, runtimeDeps);
      const deps = path.join(temp, 'deps');
      fs.mkdirSync(deps);
      const packedDeps = JSON.parse(npm(['pack', ...folders, '--pack-destination', deps, '--json'], temp, cache).stdout) as Array<{ filename: string }>;
      depTarballs.push(...packedDeps.map((p) => path.join(deps, p.filename)));
    }
    npm(['install', tarball, ...depTarballs], project, cache);
    const installedJson = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { version: string; gpconnectCodegen: { sourcePackages: string[] } };
    assert.equal(installedJson.version, '1.2.3');
    assert.deepEqual(installedJson.gpconnectCodegen.sourcePackages, ['nhsconnect.gpconnect-fhir#1.5.0', 'hl7.fhir.core#3.0.1', 'nhsconnect.gpconnect-fhir.careconnect-base#1.5.0']);
    for (const dep of runtimeDeps) assert.ok(fs.existsSync(path.join(project, 'node_modules', dep, 'package.json')), `${dep} installed`);
  });

  for (const resolution of RESOLUTIONS) {
    it(`compiles under tsc --strict with moduleResolution ${resolution}`, () => {
      run(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`], project);
    });
  }

  it('runs as ESM and as CommonJS with the same exports and validator verdicts (node16 and nodenext builds)', () => {
    const outputs = ['node16', 'nodenext'].flatMap((resolution) =>
      ['esm.mjs', 'cjs.cjs'].map(
        (file) => JSON.parse(run(process.execPath, [path.join(`out-${resolution}`, file)], project).stdout) as Output,
      ),
    );
    assert.deepEqual(
      outputs.map((o) => o.format),
      ['esm', 'cjs', 'esm', 'cjs'],
    );
    assert.equal(outputs[0]?.valid, false, 'a bare Patient is not a valid GP Connect Patient');
    assert.ok((outputs[0]?.issues.length ?? 0) > 0, 'and the validator says why');
    // A bare Patient names nothing the module does not know: the package registry changes nothing.
    assert.deepEqual([outputs[0]?.validWithRegistry, outputs[0]?.withRegistry], [outputs[0]?.valid, outputs[0]?.issues]);
    assert.ok(outputs[0]?.root.includes('registry'), 'the root exports the package registry');
    for (const o of outputs) {
      assert.equal(o.resourceType, 'Patient');
      assert.deepEqual([o.valid, o.issues], [outputs[0]?.valid, outputs[0]?.issues], `${o.format}: the validator gives the same verdict`);
      assert.deepEqual([o.validWithRegistry, o.withRegistry], [outputs[0]?.validWithRegistry, outputs[0]?.withRegistry], `${o.format}: the same with { registry }`);
      assert.deepEqual(o.profile, outputs[0]?.profile, `${o.format}: the profile module has the same exports`);
      assert.deepEqual(o.root, outputs[0]?.root, `${o.format}: the root module has the same exports`);
    }
  });

  it('has exports that attw finds correct for node10, node16 (CJS and ESM) and bundlers', () => {
    const attw = path.join(REPO_ROOT, 'node_modules', '.bin', 'attw');
    const report = run(attw, [tarball, '--entrypoints', '.', `./${PROFILE}`, `./${OTHER}`, './gpconnect', './package.json', '--format', 'json'], temp);
    const analysis = (JSON.parse(report.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> } }).analysis;
    assert.deepEqual(analysis.problems, []);
    const resolved = analysis.entrypoints[`./${PROFILE}`]?.resolutions ?? {};
    assert.deepEqual(
      Object.fromEntries(['node10', 'node16-cjs', 'node16-esm', 'bundler'].map((kind) => [kind, resolved[kind]?.resolution?.fileName.replace(/^.*\/dist\//, 'dist/')])),
      { node10: `dist/cjs/${PROFILE}.d.ts`, 'node16-cjs': `dist/cjs/${PROFILE}.d.ts`, 'node16-esm': `dist/esm/${PROFILE}.d.ts`, bundler: `dist/esm/${PROFILE}.d.ts` },
    );
    const root = analysis.entrypoints['.']?.resolutions ?? {};
    assert.equal(root['node10']?.resolution?.fileName.replace(/^.*\/dist\//, 'dist/'), 'dist/cjs/index.d.ts', 'node10 reads the root types of the CommonJS build it runs');
  });

  // Each module validates with a registry of what it imports (runtime/validate/registry.ts), so its
  // bundle is its own import graph: not the package registry (validators/dispatch, which imports every
  // module), not the root index, not the other profiles.
  it("bundles exactly the imported profile's import graph, not the other profiles (esbuild)", async (t) => {
    const outfile = path.join(project, 'bundle.mjs');
    const result = await esbuild.build({
      absWorkingDir: project,
      entryPoints: ['bundle-entry.mjs'],
      bundle: true,
      outfile,
      metafile: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const prefix = `node_modules/${PACKAGE_NAME}/dist/esm/`;
    const bundled = Object.keys(result.metafile.inputs)
      .filter((input) => input.startsWith(prefix))
      .map((input) => input.slice(prefix.length, -'.js'.length))
      .sort();
    const esm = path.join(installed, 'dist', 'esm');
    assert.ok(bundled.includes(PROFILE), 'the imported module is in the bundle');
    const imported = closure(esm, PROFILE, '.js');
    for (const module of bundled) assert.ok(imported.has(module), `${module} is bundled but not imported by ${PROFILE}`);
    assert.ok(bundled.length > 1 || imported.size === 1, 'what the module imports at run time is bundled with it');
    const usedTypes = closure(esm, PROFILE, '.d.ts');
    assert.ok(fs.existsSync(path.join(esm, `${OTHER}.js`)), `${OTHER} is in the package`);
    assert.ok(!usedTypes.has(OTHER), `${PROFILE} does not use ${OTHER}, so the check below means something`);
    for (const module of [OTHER, 'index', 'validators/dispatch']) {
      assert.ok(!bundled.includes(module), `${module} is bundled, through ${chain(imported, module)}`);
    }
    const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
    const generated = Object.entries(result.metafile.inputs).filter(([input]) => input.startsWith(prefix)).reduce((sum, [, input]) => sum + input.bytes, 0);
    t.diagnostic(`importing ${PROFILE}'s validator bundles ${bundled.length} generated modules (${generated} bytes of their JavaScript); bundle ${bytes} bytes with fhirpath`);
    // The bundle runs on its own and gives the verdict the installed package gives.
    const fromBundle = JSON.parse(run(process.execPath, [outfile], project).stdout) as { valid: boolean; issues: string[] };
    const fromPackage = JSON.parse(run(process.execPath, [path.join('out-node16', 'esm.mjs')], project).stdout) as Output;
    assert.deepEqual(fromBundle, { valid: fromPackage.valid, issues: fromPackage.issues });
  });
});
