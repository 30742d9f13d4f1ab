/**
 * Ships the GP Connect pieces that come from the specification pages rather than from StructureDefinitions
 * (interaction IDs, Spine Secure Proxy headers, the audit JWT): generator/runtime/gpconnect, tested in
 * test/runtime/gpconnect, copied verbatim to `src/gpconnect/` of the generated package, with an entry
 * `src/gpconnect.ts` so users import `<package>/gpconnect`. It is deliberately not re-exported from the
 * package root: it is a separate, hand-written module with its own spec version (see its README).
 * Only GP Connect builds get it, unless the `gpconnect` option says otherwise (config.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmitPlugin, PackageEmitContext } from '../plugin.js';

const RUNTIME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../runtime/gpconnect');

/** The entry module, `src/gpconnect.ts`. */
export const GPCONNECT_ENTRY = [
  '// The GP Connect module of this package (interaction IDs, Spine Secure Proxy, audit JWT). See README.md.',
  "export * from './gpconnect/index.js';",
  '',
].join('\n');

/** Path under src/ -> text: every .ts file of the runtime folder, in a fixed order, and the entry. */
export function gpconnectFiles(): Map<string, string> {
  const files = fs.readdirSync(RUNTIME_DIR).filter((f) => f.endsWith('.ts')).sort();
  const result = new Map(files.map((file) => [`gpconnect/${file}`, fs.readFileSync(path.join(RUNTIME_DIR, file), 'utf8')]));
  result.set('gpconnect.ts', GPCONNECT_ENTRY);
  return result;
}

/**
 * The runtime folder's README as a section of the package README: headings one level down, and the
 * `PACKAGE/gpconnect` placeholder of its examples replaced by the package's own entry point.
 */
export function gpconnectReadme(packageName: string): string {
  const text = fs.readFileSync(path.join(RUNTIME_DIR, 'README.md'), 'utf8');
  const body = text
    .replace(/^# .*\n/, '')
    .replace(/^(#+) /gm, '#$1 ')
    .replace(/'PACKAGE\/gpconnect'/g, `'${packageName}/gpconnect'`)
    .trim();
  return [
    '## GP Connect interactions, Spine Secure Proxy headers and audit JWT',
    '',
    `Import from \`${packageName}/gpconnect\`. This module is written by hand from the specification pages (it is not`,
    'generated from the StructureDefinitions) and ships unchanged in every generated package.',
    '',
    body,
    '',
  ].join('\n');
}

/** A GP Connect package id: a dot-separated part starts with `gpconnect` (`nhsconnect.gpconnect-fhir`). */
const GP_CONNECT_ID = /(?:^|\.)gpconnect/;

/**
 * Whether a build ships the module (config option `gpconnect`): `'auto'` when a FHIR package it loads
 * (`id#version` keys) is a GP Connect one.
 */
export function shipsGpconnect(setting: boolean | 'auto', packageKeys: readonly string[]): boolean {
  if (setting !== 'auto') return setting;
  return packageKeys.some((key) => GP_CONNECT_ID.test(key.split('#')[0] ?? ''));
}

/** The plugin, gated by the `gpconnect` option (decided per build from the loaded packages). */
export function createGpconnectPlugin(setting: boolean | 'auto'): EmitPlugin {
  const ships = (ctx: PackageEmitContext): boolean => shipsGpconnect(setting, ctx.model.packages.map((p) => p.key));
  return {
    name: 'gpconnect',
    files: (ctx) => (ships(ctx) ? gpconnectFiles() : new Map()),
    readme: (ctx) => (ships(ctx) ? gpconnectReadme(ctx.packageName) : ''),
  };
}

/** The module, whatever the packages (tests use it on its own). */
export const gpconnectPlugin: EmitPlugin = createGpconnectPlugin(true);
