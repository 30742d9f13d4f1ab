/**
 * Configuration: what users write (`GpConnectCodegenConfig`, every field optional and documented with its
 * default) and what the pipeline reads (`ResolvedConfig`, every field filled, paths absolute). Defaults are
 * applied here once; no code downstream falls back to a default of its own.
 */
import os from 'node:os';
import path from 'node:path';
import { GeneratorError } from './errors.js';

export interface GpConnectCodegenConfig {
  /**
   * FHIR packages to generate for: `id#version` (looked up in the package cache, then the registry), or a
   * path to a local package folder or `.tgz`. Their dependencies are loaded too.
   * @default ["nhsconnect.gpconnect-fhir#1.5.0"]
   */
  packages?: string[];
  /**
   * FHIR package cache folder (`<id>#<version>/package/...`).
   * @default the FHIR_PACKAGE_CACHE environment variable, else `~/.fhir/packages`
   */
  cache?: string;
  /** Never contact a registry; every package must be in the cache or local. @default false */
  offline?: boolean;
  /** npm-style FHIR package registry URL. @default fhir-package-loader's default (packages.fhir.org) */
  registry?: string;
  /** Output folder: a complete npm package. @default "generated" */
  out?: string;
  /** `name` of the generated npm package. @default "gpconnect-fhir-types" */
  packageName?: string;
  /** `version` of the generated npm package. @default "0.1.0" */
  packageVersion?: string;
  /** `description` of the generated npm package. @default a sentence naming the source packages */
  description?: string;
  /**
   * Only generate profiles and extensions whose canonical URL matches one of these globs (`*` matches
   * anything). Base types are always kept, and so are the profiles a kept profile uses through
   * `type.profile` (its extensions, datatype profiles) unless `exclude` names them.
   * @default ["*"]
   */
  include?: string[];
  /** Skip profiles whose canonical URL matches one of these globs. @default [] */
  exclude?: string[];
  /**
   * Whether the package gets the hand-written `gpconnect` module (`<package>/gpconnect`: interaction IDs,
   * Spine Secure Proxy headers, the audit JWT). `"auto"` adds it when one of the FHIR packages the build
   * loads is a GP Connect one: an id with a dot-separated part starting with `gpconnect`
   * (`nhsconnect.gpconnect-fhir`, `nhsconnect.stu3-fhir-assets.gpconnect`), so an R4B or UK Core build
   * goes without it.
   * @default "auto"
   */
  gpconnect?: boolean | 'auto';
}

export interface ResolvedConfig {
  readonly packages: readonly string[];
  readonly cache: string;
  readonly offline: boolean;
  readonly registry: string | undefined;
  readonly out: string;
  readonly packageName: string;
  readonly packageVersion: string;
  readonly description: string | undefined;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly gpconnect: boolean | 'auto';
}

/** Identity function that gives a `gpconnect-codegen.config.ts` file its types. */
export function defineConfig(config: GpConnectCodegenConfig): GpConnectCodegenConfig {
  return config;
}

export const DEFAULT_PACKAGES = ['nhsconnect.gpconnect-fhir#1.5.0'];
export const DEFAULT_GPCONNECT: ResolvedConfig['gpconnect'] = 'auto';

const KNOWN_KEYS = new Set(['packages', 'cache', 'offline', 'registry', 'out', 'packageName', 'packageVersion', 'description', 'include', 'exclude', 'gpconnect', '$schema']);

function stringList(value: unknown, key: string, file: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new GeneratorError('GPC001', `'${key}' must be a list of strings`, { file, path: key });
  }
  return value;
}

function optionalString(value: unknown, key: string, file: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length === 0) throw new GeneratorError('GPC001', `'${key}' must be a non-empty string`, { file, path: key });
  return value;
}

/**
 * Fills every default. Relative paths in a config file are relative to that file's folder; on the command
 * line, to the working directory (`baseDir`). A resolved config comes back equal to itself (every field is
 * filled and its paths are absolute), so callers never need to tell the two kinds apart.
 */
export function resolveConfig(config: GpConnectCodegenConfig | ResolvedConfig, baseDir: string, file?: string, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  if (!config || typeof config !== 'object' || Array.isArray(config)) throw new GeneratorError('GPC001', 'the configuration must be an object', { file });
  for (const key of Object.keys(config)) {
    if (!KNOWN_KEYS.has(key)) throw new GeneratorError('GPC001', `unknown option '${key}'`, { file, path: key });
  }
  const packages = stringList(config.packages, 'packages', file) ?? DEFAULT_PACKAGES;
  if (packages.length === 0) throw new GeneratorError('GPC001', "'packages' must name at least one package", { file, path: 'packages' });
  const local = (p: string) => (p.includes('#') && !p.endsWith('.tgz') ? p : path.resolve(baseDir, p));
  if (config.offline !== undefined && typeof config.offline !== 'boolean') throw new GeneratorError('GPC001', "'offline' must be true or false", { file, path: 'offline' });
  if (config.gpconnect !== undefined && config.gpconnect !== true && config.gpconnect !== false && config.gpconnect !== 'auto') {
    throw new GeneratorError('GPC001', "'gpconnect' must be true, false or \"auto\"", { file, path: 'gpconnect' });
  }
  const cache = optionalString(config.cache, 'cache', file) ?? env['FHIR_PACKAGE_CACHE'] ?? path.join(os.homedir(), '.fhir', 'packages');
  return {
    packages: packages.map((p) => (p.startsWith('.') || p.startsWith('/') || p.endsWith('.tgz') ? local(p) : p)),
    cache: path.resolve(baseDir, cache),
    offline: config.offline ?? false,
    registry: optionalString(config.registry, 'registry', file),
    out: path.resolve(baseDir, optionalString(config.out, 'out', file) ?? 'generated'),
    packageName: optionalString(config.packageName, 'packageName', file) ?? 'gpconnect-fhir-types',
    packageVersion: optionalString(config.packageVersion, 'packageVersion', file) ?? '0.1.0',
    description: optionalString(config.description, 'description', file),
    include: stringList(config.include, 'include', file) ?? ['*'],
    exclude: stringList(config.exclude, 'exclude', file) ?? [],
    gpconnect: config.gpconnect ?? DEFAULT_GPCONNECT,
  };
}
