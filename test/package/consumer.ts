/**
 * The files of a fresh downstream project that uses a generated package: an ESM module (.mts), a CommonJS
 * module (.cts), a bundler-style module, a module for `moduleResolution: node` (node10, which knows no
 * `exports` and reads `typesVersions`), a tsconfig per module resolution, and the entry of a bundle that
 * imports one profile's validator. The programs print what they imported and what the profile's validator
 * said about a bare resource (with the module's own registry and with the package's) as one JSON line, so
 * ESM and CommonJS runs can be compared.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ConsumerOptions {
  /** npm name of the generated package. */
  readonly packageName: string;
  /** A module of the package (`CareConnectGPCPatient1`) whose main type is a profile of `resourceType`. */
  readonly module: string;
  readonly resourceType: string;
}

export const RESOLUTIONS = ['node16', 'nodenext', 'bundler', 'node10'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

function esmSource(o: ConsumerOptions): string {
  return `import type { ${o.module} } from '${o.packageName}/${o.module}';
import type { ${o.module} as FromRoot } from '${o.packageName}';
import { is${o.module}, validate${o.module} } from '${o.packageName}/${o.module}';
import * as profile from '${o.packageName}/${o.module}';
import * as root from '${o.packageName}';

// The types are real, not any: a wrong resourceType must not compile.
type ResourceType = ${o.module}['resourceType'];
const resourceType: ResourceType = '${o.resourceType}';
// @ts-expect-error only '${o.resourceType}' is allowed
const wrong: ResourceType = 'NotAResource';
const same: FromRoot['resourceType'] = resourceType;

// The validator runs (with its runtime dependencies): a bare resource lacks what the profile requires.
const bare: unknown = { resourceType: '${o.resourceType}' };
const issues = validate${o.module}(bare).issue.map((i) => i.code).sort();
// The package registry, from the root, is what the module's validator takes to check everything.
const withRegistry = validate${o.module}(bare, { registry: root.registry }).issue.map((i) => i.code).sort();
const validWithRegistry = is${o.module}(bare, { registry: root.registry });

console.log(JSON.stringify({ format: 'esm', resourceType: same, valid: is${o.module}(bare), issues, withRegistry, validWithRegistry, profile: Object.keys(profile).sort(), root: Object.keys(root).sort(), wrong: typeof wrong }));
`;
}

function cjsSource(o: ConsumerOptions): string {
  return `import type { ${o.module} } from '${o.packageName}/${o.module}';
import profile = require('${o.packageName}/${o.module}');
import root = require('${o.packageName}');

type ResourceType = ${o.module}['resourceType'];
const resourceType: ResourceType = '${o.resourceType}';
// @ts-expect-error only '${o.resourceType}' is allowed
const wrong: ResourceType = 'NotAResource';

const bare: unknown = { resourceType: '${o.resourceType}' };
const issues = profile.validate${o.module}(bare).issue.map((i) => i.code).sort();
const withRegistry = profile.validate${o.module}(bare, { registry: root.registry }).issue.map((i) => i.code).sort();
const validWithRegistry = profile.is${o.module}(bare, { registry: root.registry });

const keys = (m: object): string[] => Object.keys(m).filter((k) => k !== '__esModule').sort();
console.log(JSON.stringify({ format: 'cjs', resourceType, valid: profile.is${o.module}(bare), issues, withRegistry, validWithRegistry, profile: keys(profile), root: keys(root), wrong: typeof wrong }));
`;
}

/** One profile's validator, as an application imports it to bundle it: it prints its verdict on a bare resource. */
function bundleEntry(o: ConsumerOptions): string {
  return `import { is${o.module}, validate${o.module} } from '${o.packageName}/${o.module}';
const bare = { resourceType: '${o.resourceType}' };
console.log(JSON.stringify({ valid: is${o.module}(bare), issues: validate${o.module}(bare).issue.map((i) => i.code).sort() }));
`;
}

function tsconfig(resolution: Resolution): unknown {
  const strict = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false, types: [], target: 'es2022' };
  if (resolution === 'bundler') {
    return { compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler', noEmit: true }, files: ['bundler.ts'] };
  }
  if (resolution === 'node10') {
    // ESM syntax compiled to CommonJS, as most node10 projects are written; module subpaths resolve through typesVersions.
    return { compilerOptions: { ...strict, module: 'commonjs', moduleResolution: 'node10', noEmit: true }, files: ['node10.ts'] };
  }
  return { compilerOptions: { ...strict, module: resolution, moduleResolution: resolution, outDir: `out-${resolution}` }, files: ['esm.mts', 'cjs.cts'] };
}

/** Writes the project (package.json without dependencies; npm adds them) into `dir`. */
export function writeConsumer(dir: string, options: ConsumerOptions): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'downstream-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'esm.mts'), esmSource(options));
  fs.writeFileSync(path.join(dir, 'cjs.cts'), cjsSource(options));
  fs.writeFileSync(path.join(dir, 'bundler.ts'), esmSource(options));
  fs.writeFileSync(path.join(dir, 'node10.ts'), esmSource(options));
  fs.writeFileSync(path.join(dir, 'bundle-entry.mjs'), bundleEntry(options));
  for (const resolution of RESOLUTIONS) fs.writeFileSync(path.join(dir, `tsconfig.${resolution}.json`), `${JSON.stringify(tsconfig(resolution), null, 2)}\n`);
}
