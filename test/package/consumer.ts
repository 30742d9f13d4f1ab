/**
 * The files of a fresh downstream project that uses a generated package: an ESM module (.mts), a CommonJS
 * module (.cts), a bundler-style module, and a tsconfig per module resolution. The programs print what
 * they imported and what the profile's validator said about a bare resource as one JSON line, so ESM and
 * CommonJS runs can be compared.
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

export const RESOLUTIONS = ['node16', 'nodenext', 'bundler'] as const;
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

console.log(JSON.stringify({ format: 'esm', resourceType: same, valid: is${o.module}(bare), issues, profile: Object.keys(profile).sort(), root: Object.keys(root).sort(), wrong: typeof wrong }));
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

const keys = (m: object): string[] => Object.keys(m).filter((k) => k !== '__esModule').sort();
console.log(JSON.stringify({ format: 'cjs', resourceType, valid: profile.is${o.module}(bare), issues, profile: keys(profile), root: keys(root), wrong: typeof wrong }));
`;
}

function tsconfig(resolution: Resolution): unknown {
  const strict = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false, types: [], target: 'es2022' };
  if (resolution === 'bundler') {
    return { compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler', noEmit: true }, files: ['bundler.ts'] };
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
  fs.writeFileSync(path.join(dir, 'bundle-entry.mjs'), `import * as profile from '${options.packageName}/${options.module}';\nconsole.log(Object.keys(profile));\n`);
  for (const resolution of RESOLUTIONS) fs.writeFileSync(path.join(dir, `tsconfig.${resolution}.json`), `${JSON.stringify(tsconfig(resolution), null, 2)}\n`);
}
