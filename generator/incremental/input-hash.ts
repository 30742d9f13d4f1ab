/**
 * The input hash: one digest of everything that decides the generated package, so that equal hashes mean
 * equal output. It covers
 * - the tool: its own code and templates (tool-hash.ts) and its version and pinned dependencies (a new
 *   prettier or TypeScript can change the output);
 * - the options that shape the output (package name/version/description, include/exclude) and the emit
 *   plugins;
 * - the FHIR packages: every file the loader would read, for the whole dependency closure, in load order.
 * Paths, the cache location, `offline` and the registry are left out: they say where inputs come from,
 * not what they are, so moving a checkout or a cache does not force a regeneration.
 */
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config.js';
import type { EmitPlugin } from '../emit/plugin.js';
import { toolHash } from '../tool-hash.js';
import { FileDigests } from './file-digests.js';
import { packageClosure, type ClosurePackage } from './package-closure.js';

/** Bump when the recipe below changes, so hashes from an older recipe never match. */
const RECIPE = 'gpconnect-codegen input hash v1';

const TOOL_PACKAGE_JSON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../package.json');

export type InputHashResult = { readonly hash: string; readonly packages: readonly string[] } | { readonly unavailable: string };

function toolVersion(): unknown {
  const json = JSON.parse(fs.readFileSync(TOOL_PACKAGE_JSON, 'utf8')) as Record<string, unknown>;
  return { version: json['version'], dependencies: json['dependencies'] };
}

/**
 * What identifies a plugin's output. The default plugins live in generator/ and are covered by the tool
 * hash (they are passed as 'default', which also spares loading them for a no-op run). For plugins passed
 * through the API, their name, hook source text and runtime dependencies are the best available proxy (a
 * change in code they import from elsewhere is not seen: use `force` after such edits).
 */
export function pluginFingerprint(plugins: readonly EmitPlugin[]): unknown {
  return plugins.map((p) => ({
    name: p.name,
    hooks: [p.structure, p.modules, p.files, p.readme].map((hook) => (hook ? String(hook) : null)),
    runtimeDependencies: p.runtimeDependencies ?? null,
  }));
}

/** The options that shape the output; paths and where packages come from do not. */
function outputOptions(config: ResolvedConfig): unknown {
  return {
    packageName: config.packageName,
    packageVersion: config.packageVersion,
    description: config.description ?? null,
    include: config.include,
    exclude: config.exclude,
    gpconnect: config.gpconnect,
  };
}

function field(hash: Hash, label: string, value: string | Buffer): void {
  hash.update(label).update('\0').update(String(value.length)).update('\0').update(value).update('\0');
}

function hashPackage(hash: Hash, pkg: ClosurePackage, digests: FileDigests): void {
  field(hash, 'package', pkg.key);
  if (pkg.kind === 'tgz') {
    field(hash, 'tgz', digests.file(pkg.location));
    return;
  }
  // The loader reads the top-level files of the package folder only (not other/ or examples/).
  const names = fs
    .readdirSync(pkg.location, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  field(hash, 'folder', digests.folder(pkg.location, names));
}

/**
 * The input hash of a run, or why it cannot be computed before loading (a package is not in the cache yet).
 * `digests` memoises file contents between runs (see file-digests.ts).
 */
export function computeInputHash(config: ResolvedConfig, plugins: readonly EmitPlugin[] | 'default', digests: FileDigests = FileDigests.open()): InputHashResult {
  const closure = packageClosure(config.packages, config.cache);
  if ('unavailable' in closure) return closure;
  const hash = createHash('sha256');
  field(hash, 'recipe', RECIPE);
  field(hash, 'tool', toolHash());
  field(hash, 'tool-version', JSON.stringify(toolVersion()));
  field(hash, 'options', JSON.stringify(outputOptions(config)));
  field(hash, 'plugins', JSON.stringify(plugins === 'default' ? 'default' : pluginFingerprint(plugins)));
  for (const pkg of closure.packages) hashPackage(hash, pkg, digests);
  digests.save();
  return { hash: hash.digest('hex'), packages: closure.packages.map((p) => p.key) };
}

/**
 * For runs whose closure cannot be read from disk even after loading (a version range such as `latest`,
 * resolved by the registry): a hash of what was loaded. A later run cannot compute it before loading, so
 * such configurations always regenerate; pin exact versions to get no-op runs.
 */
export function inputHashOfLoaded(
  config: ResolvedConfig,
  plugins: readonly EmitPlugin[] | 'default',
  resources: ReadonlyArray<{ readonly packageKey: string; readonly file: string; readonly json: unknown }>,
): string {
  const hash = createHash('sha256');
  field(hash, 'recipe', `${RECIPE} (loaded)`);
  field(hash, 'tool', toolHash());
  field(hash, 'tool-version', JSON.stringify(toolVersion()));
  field(hash, 'options', JSON.stringify(outputOptions(config)));
  field(hash, 'plugins', JSON.stringify(plugins === 'default' ? 'default' : pluginFingerprint(plugins)));
  for (const r of resources) field(hash, r.packageKey, JSON.stringify(r.json));
  return hash.digest('hex');
}
