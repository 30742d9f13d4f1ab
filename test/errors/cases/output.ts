/**
 * Error cases of emitting and writing (GPC004, GPC006, GPC3xx). GPC301 and one GPC302 need a broken emit
 * plugin, which only the typed API accepts: no input can make the built-in emitters print bad code.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { StructureKind } from 'ts-morph';
import { createBuildersPlugin } from '../../../generator/emit/builders/plugin.js';
import type { EmitPlugin } from '../../../generator/emit/plugin.js';
import { typesPlugin } from '../../../generator/emit/types/plugin.js';
import { generate } from '../../../generator/generate.js';
import { profile, TEST_URL, writePackage } from '../../hostile/support/packages.js';
import { generateArgs, type CaseContext, type ErrorCase } from '../support/case.js';

const onePackage = (ctx: CaseContext) => writePackage(path.join(ctx.dir, 'pkg'), { files: { 'A.json': profile('A', 'Patient', [{ path: 'Patient.active', min: 1 }]) } });

function viaApi(ctx: CaseContext, plugin: EmitPlugin): () => Promise<unknown> {
  onePackage(ctx);
  const config = { packages: [path.join(ctx.dir, 'pkg')], cache: ctx.cache, offline: true, out: path.join(ctx.dir, 'out'), include: ['http://example.org/*'] };
  return () => generate(config, { baseDir: ctx.dir, plugins: [typesPlugin, plugin] });
}

/** `validate` against the one-profile package, on a file written into the case folder. */
function validateArgs(ctx: CaseContext, fileText: string, ...extra: string[]): string[] {
  onePackage(ctx);
  const file = path.join(ctx.dir, 'instance.json');
  fs.writeFileSync(file, fileText);
  return ['validate', '--package', path.join(ctx.dir, 'pkg'), '--cache', ctx.cache, '--offline', ...extra, file];
}

/**
 * `generate <flag> --out <project>` run from inside project/src, as a user would: replacing project/ would
 * delete their work. Both flags that let the tool replace foreign files (--force, --overwrite) are guarded.
 */
function replacingTheWorkingDirectory(flag: string): ErrorCase {
  return {
    name: `${flag} of the folder the command runs in`,
    code: 'GPC006',
    setup: (ctx) => {
      onePackage(ctx);
      fs.mkdirSync(path.join(ctx.dir, 'project', 'src'), { recursive: true });
      fs.writeFileSync(path.join(ctx.dir, 'project', 'src', 'keep.ts'), 'export {};\n');
      return ['generate', '--package', path.join(ctx.dir, 'pkg'), '--cache', ctx.cache, '--offline', '--out', path.join(ctx.dir, 'project'), flag];
    },
    cwd: (ctx) => path.join(ctx.dir, 'project', 'src'),
    location: (ctx) => ({ file: path.join(ctx.dir, 'project') }),
    after: (ctx) => assert.ok(fs.existsSync(path.join(ctx.dir, 'project', 'src', 'keep.ts')), 'the project folder was replaced'),
  };
}

export const OUTPUT_CASES: ErrorCase[] = [
  {
    name: 'validate: an instance file that is not JSON',
    code: 'GPC402',
    setup: (ctx) => validateArgs(ctx, '{"resourceType": "Patient",'),
    location: (ctx) => ({ file: path.join(ctx.dir, 'instance.json') }),
    detail: /^not JSON/,
  },
  {
    name: 'validate: --profile naming no StructureDefinition of the packages',
    code: 'GPC401',
    setup: (ctx) => validateArgs(ctx, '{"resourceType": "Patient"}', '--profile', 'http://example.org/none'),
    location: () => ({}),
    detail: /http:\/\/example\.org\/none is not a StructureDefinition/,
  },
  {
    name: 'output folder holding a file the tool did not write',
    code: 'GPC004',
    setup: (ctx) => {
      onePackage(ctx);
      fs.mkdirSync(path.join(ctx.dir, 'out'));
      fs.writeFileSync(path.join(ctx.dir, 'out', 'notes.txt'), 'mine');
      return generateArgs(ctx);
    },
    location: (ctx) => ({ file: path.join(ctx.dir, 'out') }),
    detail: /notes\.txt/,
  },
  {
    name: '--check of an output folder that differs from what would be generated',
    code: 'GPC005',
    setup: (ctx) => {
      onePackage(ctx);
      fs.mkdirSync(path.join(ctx.dir, 'out'));
      fs.writeFileSync(path.join(ctx.dir, 'out', 'package.json'), '{}');
      return generateArgs(ctx, '--check');
    },
    location: (ctx) => ({ file: path.join(ctx.dir, 'out') }),
    exit: 1,
    detail: /\d+ differences/,
    after: (ctx) => assert.equal(fs.readFileSync(path.join(ctx.dir, 'out', 'package.json'), 'utf8'), '{}', '--check wrote'),
  },
  ...['--overwrite', '--force'].map(replacingTheWorkingDirectory),
  {
    name: 'emit plugin that prints code prettier cannot parse',
    code: 'GPC301',
    setup: (ctx) =>
      viaApi(ctx, {
        name: 'broken',
        structure: ({ current }) => (current.structure.url.endsWith('/A') ? [{ kind: StructureKind.TypeAlias, name: 'Broken', type: '{ {' }] : []),
      }),
    location: () => ({ file: 'src/A.ts' }),
  },
  {
    name: 'profile named like a type the builders export',
    code: 'GPC303',
    setup: (ctx) => {
      writePackage(path.join(ctx.dir, 'pkg'), { files: { 'A.json': { ...profile('A', 'Patient', [{ path: 'Patient.active', min: 1 }]), name: 'BuildError' } } });
      const config = { packages: [path.join(ctx.dir, 'pkg')], cache: ctx.cache, offline: true, out: path.join(ctx.dir, 'out'), include: ['http://example.org/*'] };
      return () => generate(config, { baseDir: ctx.dir, plugins: [typesPlugin, createBuildersPlugin()] });
    },
    location: () => ({ url: `${TEST_URL}A` }),
  },
  {
    name: 'output folder under a regular file',
    code: 'GPC302',
    setup: (ctx) => {
      onePackage(ctx);
      fs.writeFileSync(path.join(ctx.dir, 'file'), 'x');
      return ['generate', '--package', path.join(ctx.dir, 'pkg'), '--cache', ctx.cache, '--offline', '--out', path.join(ctx.dir, 'file', 'out')];
    },
    location: (ctx) => ({ file: path.join(ctx.dir, 'file', 'out') }),
  },
  {
    name: 'emit plugin asking for a file outside the output folder',
    code: 'GPC302',
    setup: (ctx) => viaApi(ctx, { name: 'escape', files: () => new Map([['x/../../../escape.txt', 'escaped']]) }),
    location: () => ({ file: 'src/x/../../../escape.txt' }),
    detail: /refusing to write outside the output folder/,
    after: (ctx) => assert.deepEqual(fs.readdirSync(ctx.dir).sort(), ['pkg'], 'something was written beside the package'),
  },
];
