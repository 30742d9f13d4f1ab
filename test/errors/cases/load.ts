/** Error cases of configuration and loading (GPC0xx, GPC1xx): broken config, package references, package files. */
import fs from 'node:fs';
import path from 'node:path';
import { CORE_REF, createMiniCoreCache } from '../../hostile/support/mini-core.js';
import { profile, TEST_URL, writePackage } from '../../hostile/support/packages.js';
import { generateArgs, type CaseContext, type ErrorCase } from '../support/case.js';

const PKG = 'test.pkg#1.0.0';
const pkg = (ctx: CaseContext, ...parts: string[]) => path.join(ctx.dir, 'pkg', ...parts);
const cachedCore = (cache: string, ...parts: string[]) => path.join(cache, CORE_REF, 'package', ...parts);
const deepJson = (depth: number) => `{"resourceType": "StructureDefinition", "url": "http://example.org/deep", "x": ${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** A copy of the mini core the case may break, with `--cache` pointing at it. */
function ownCache(ctx: CaseContext, change: (cache: string) => void): string[] {
  const cache = createMiniCoreCache(ctx.dir, ['Patient', 'StructureDefinition']);
  writePackage(pkg(ctx));
  change(cache);
  return ['generate', '--package', pkg(ctx), '--cache', cache, '--offline', '--out', path.join(ctx.dir, 'out')];
}

const XML_PATIENT = '<StructureDefinition xmlns="http://hl7.org/fhir"><url value="http://example.org/X"/></StructureDefinition>';

export const LOAD_CASES: ErrorCase[] = [
  {
    name: 'config file with an unknown option',
    code: 'GPC001',
    setup: (ctx) => (fs.writeFileSync(path.join(ctx.dir, 'c.json'), '{"bogus": 1}'), ['generate', '--config', path.join(ctx.dir, 'c.json')]),
    location: (ctx) => ({ file: path.join(ctx.dir, 'c.json'), path: 'bogus' }),
  },
  {
    name: 'config file that does not exist',
    code: 'GPC002',
    setup: (ctx) => ['generate', '--config', path.join(ctx.dir, 'nope.json')],
    location: (ctx) => ({ file: path.join(ctx.dir, 'nope.json') }),
  },
  {
    name: 'package reference without a version',
    code: 'GPC003',
    setup: (ctx) => ['generate', '--package', 'no-version', '--cache', ctx.cache, '--offline', '--out', path.join(ctx.dir, 'out')],
    location: () => ({}),
    detail: /'no-version' is not of the form id#version/,
  },
  {
    name: 'dependency version that climbs out of the package cache',
    code: 'GPC003',
    setup: (ctx) => (writePackage(pkg(ctx), { packageJson: { name: 'test.pkg', version: '1.0.0', dependencies: { 'hl7.fhir.core': '3.0.1/../../../etc' } } }), generateArgs(ctx)),
    location: (ctx) => ({ package: PKG, file: pkg(ctx, 'package.json'), path: 'dependencies.hl7.fhir.core' }),
  },
  {
    name: 'package missing from the cache, offline',
    code: 'GPC101',
    setup: (ctx) => ['generate', '--package', 'no.such#1.0.0', '--cache', ctx.cache, '--offline', '--out', path.join(ctx.dir, 'out')],
    location: () => ({ package: 'no.such#1.0.0' }),
    detail: /offline: no registry asked/,
  },
  {
    name: 'local package folder that does not exist',
    code: 'GPC101',
    setup: (ctx) => generateArgs(ctx),
    location: (ctx) => ({ file: pkg(ctx) }),
  },
  {
    name: 'dependency missing from the cache',
    code: 'GPC102',
    setup: (ctx) => (writePackage(pkg(ctx), { packageJson: { name: 'test.pkg', version: '1.0.0', dependencies: { 'no.such': '2.0.0' } } }), generateArgs(ctx)),
    location: () => ({ package: 'no.such#2.0.0' }),
    detail: /required by test\.pkg#1\.0\.0/,
  },
  {
    name: 'XML resources in a package that loads no STU3 core to convert them with',
    code: 'GPC102',
    setup: (ctx) => (writePackage(pkg(ctx), { packageJson: { name: 'test.pkg', version: '1.0.0' }, files: { 'X.xml': XML_PATIENT } }), generateArgs(ctx)),
    location: (ctx) => ({ package: PKG, file: pkg(ctx, 'X.xml') }),
    detail: /hl7\.fhir\.core#3\.0\.1/,
  },
  {
    name: 'malformed JSON in a local package folder',
    code: 'GPC103',
    setup: (ctx) => (writePackage(pkg(ctx), { files: { 'StructureDefinition-A.json': '{"resourceType": "StructureDefinition",' } }), generateArgs(ctx)),
    location: (ctx) => ({ package: PKG, file: pkg(ctx, 'StructureDefinition-A.json') }),
  },
  {
    name: 'malformed JSON in a cached package',
    code: 'GPC103',
    setup: (ctx) => ownCache(ctx, (cache) => fs.writeFileSync(cachedCore(cache, 'StructureDefinition-Broken.json'), '{"resourceType": ')),
    location: (ctx) => ({ package: CORE_REF, file: cachedCore(path.join(ctx.dir, 'cache'), 'StructureDefinition-Broken.json') }),
  },
  {
    name: 'malformed package.json in a cached package',
    code: 'GPC103',
    setup: (ctx) => ownCache(ctx, (cache) => fs.writeFileSync(cachedCore(cache, 'package.json'), '{"name": ')),
    location: (ctx) => ({ package: CORE_REF, file: cachedCore(path.join(ctx.dir, 'cache'), 'package.json') }),
  },
  {
    name: 'malformed config file',
    code: 'GPC103',
    setup: (ctx) => (fs.writeFileSync(path.join(ctx.dir, 'c.json'), '{'), ['generate', '--config', path.join(ctx.dir, 'c.json')]),
    location: (ctx) => ({ file: path.join(ctx.dir, 'c.json') }),
  },
  {
    name: 'local package.json without a name',
    code: 'GPC104',
    setup: (ctx) => (writePackage(pkg(ctx), { packageJson: { version: '1.0.0' } }), generateArgs(ctx)),
    location: (ctx) => ({ file: pkg(ctx, 'package.json') }),
  },
  {
    name: 'local package.json whose name is not a package id',
    code: 'GPC104',
    setup: (ctx) => (writePackage(pkg(ctx), { packageJson: { name: '../"evil"', version: '1.0.0' } }), generateArgs(ctx)),
    location: (ctx) => ({ file: pkg(ctx, 'package.json'), path: 'name' }),
  },
  {
    name: 'cached package.json without a version',
    code: 'GPC104',
    setup: (ctx) => ownCache(ctx, (cache) => fs.writeFileSync(cachedCore(cache, 'package.json'), '{"name": "hl7.fhir.core"}')),
    location: (ctx) => ({ package: CORE_REF, file: cachedCore(path.join(ctx.dir, 'cache'), 'package.json') }),
  },
  {
    name: 'cached package folder without package.json',
    code: 'GPC104',
    setup: (ctx) => ownCache(ctx, (cache) => fs.rmSync(cachedCore(cache, 'package.json'))),
    location: (ctx) => ({ package: CORE_REF, file: path.join(ctx.dir, 'cache', CORE_REF) }),
  },
  {
    name: 'truncated XML',
    code: 'GPC105',
    setup: (ctx) => (writePackage(pkg(ctx), { files: { 'X.xml': '<StructureDefinition xmlns="http://hl7.org/fhir"><url value="x"/>' } }), generateArgs(ctx)),
    location: (ctx) => ({ package: PKG, file: pkg(ctx, 'X.xml') }),
    detail: /not well-formed.*truncated file\?.*line 1/,
  },
  {
    name: 'XML with a DOCTYPE (entity expansion is never attempted)',
    code: 'GPC105',
    setup: (ctx) => {
      const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><StructureDefinition xmlns="http://hl7.org/fhir"><url value="&a;"/></StructureDefinition>';
      writePackage(pkg(ctx), { files: { 'X.xml': xml } });
      return generateArgs(ctx);
    },
    location: (ctx) => ({ package: PKG, file: pkg(ctx, 'X.xml') }),
    detail: /DOCTYPE not allowed/,
  },
  {
    name: 'XML converted against a core that is not STU3',
    code: 'GPC106',
    setup: (ctx) =>
      ownCache(ctx, (cache) => {
        const file = cachedCore(cache, 'StructureDefinition-Patient.json');
        fs.writeFileSync(file, JSON.stringify({ ...(JSON.parse(fs.readFileSync(file, 'utf8')) as object), fhirVersion: '4.0.1' }));
        fs.writeFileSync(pkg(ctx, 'X.xml'), XML_PATIENT);
      }),
    location: (ctx) => ({ package: PKG, file: pkg(ctx, 'X.xml'), url: 'http://hl7.org/fhir/StructureDefinition/Patient' }),
  },
  {
    name: 'package .tgz that is not a gzip file',
    code: 'GPC107',
    setup: (ctx) => {
      fs.writeFileSync(path.join(ctx.dir, 'p.tgz'), 'not a tarball');
      return ['generate', '--package', path.join(ctx.dir, 'p.tgz'), '--cache', ctx.cache, '--offline', '--out', path.join(ctx.dir, 'out')];
    },
    location: (ctx) => ({ file: path.join(ctx.dir, 'p.tgz') }),
    detail: /^cannot unpack it with tar: gzip: stdin: not in gzip format$/,
  },
  {
    name: 'resource nested 10,000 levels deep in a local package',
    code: 'GPC108',
    setup: (ctx) => (writePackage(pkg(ctx), { files: { 'StructureDefinition-Deep.json': deepJson(10_000) } }), generateArgs(ctx)),
    location: (ctx) => ({ package: PKG, file: pkg(ctx, 'StructureDefinition-Deep.json'), url: 'http://example.org/deep' }),
  },
  {
    // Deep enough to overflow the stack of FPL's recursive freeze before our own check sees it.
    name: 'resource nested 100,000 levels deep in a cached package',
    code: 'GPC108',
    setup: (ctx) => ownCache(ctx, (cache) => fs.writeFileSync(cachedCore(cache, 'StructureDefinition-Deep.json'), deepJson(100_000))),
    location: (ctx) => ({ package: CORE_REF, file: cachedCore(path.join(ctx.dir, 'cache'), 'StructureDefinition-Deep.json'), url: 'http://example.org/deep' }),
    detail: /nested too deeply to be read/,
  },
  {
    name: 'resource nested just past the limit',
    code: 'GPC108',
    setup: (ctx) => (writePackage(pkg(ctx), { files: { 'StructureDefinition-A.json': { ...profile('A', 'Patient', []), deep: JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) as unknown } } }), generateArgs(ctx)),
    location: (ctx) => ({ package: PKG, file: pkg(ctx, 'StructureDefinition-A.json'), url: `${TEST_URL}A` }),
    detail: /deeper than 200 levels/,
  },
];
