/**
 * Loads the configured FHIR packages and the closure of their dependencies through fhir-package-loader,
 * and returns the conformance resources the generator needs. FPL loads one package per call and does not
 * follow package.json dependencies, so the walk is done here (root packages first, then breadth-first),
 * which also fixes the precedence of duplicate canonical URLs: the package nearest the root wins.
 */
import fs from 'node:fs';
import { LoadStatus } from 'fhir-package-loader';
import { GeneratorError } from '../errors.js';
import { createFplSession, type FplSession } from './fpl-loader.js';
import { loadLocalPackage } from './local-package.js';
import { findMalformedJson } from './malformed-json.js';
import { formatPackageRef, parsePackageRef, type PackageRef } from './package-ref.js';
import type { JsonObject, LoadedPackage, LoadedPackageSet, LoadedResource } from './types.js';

export interface LoadOptions {
  /** `id#version` references, or paths to local package folders or `.tgz` files. */
  readonly packages: readonly string[];
  readonly cacheDir: string;
  readonly offline: boolean;
  readonly registry: string | undefined;
  /** Resource types to read; everything else in the packages is ignored. */
  readonly resourceTypes: readonly string[];
}

const LOCAL_SOURCE = /^(?:\.{0,2}\/|[A-Za-z]:\\)|\.tgz$/;

function isLocalSource(source: string): boolean {
  return LOCAL_SOURCE.test(source) || (!source.includes('#') && fs.existsSync(source));
}

function fhirVersionOf(packageJson: JsonObject): string | undefined {
  const list = packageJson['fhirVersions'] ?? packageJson['fhir-version-list'];
  if (Array.isArray(list) && typeof list[0] === 'string') return list[0];
  return undefined;
}

function dependenciesOf(packageJson: JsonObject | undefined): Record<string, string> {
  const deps = packageJson?.['dependencies'];
  const result: Record<string, string> = {};
  if (deps && typeof deps === 'object') {
    for (const [name, version] of Object.entries(deps)) if (typeof version === 'string') result[name] = version;
  }
  return result;
}

async function loadFromCacheOrRegistry(session: FplSession, ref: PackageRef, options: LoadOptions, requiredBy: string | undefined): Promise<void> {
  const logStart = session.log.length;
  let status: LoadStatus;
  try {
    status = await session.loader.loadPackage(ref.id, ref.version);
  } catch (error) {
    status = LoadStatus.FAILED;
    session.log.push({ level: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  const where = options.offline
    ? `package cache ${options.cacheDir} (offline: no registry asked)`
    : `package cache ${options.cacheDir} and registry ${options.registry ?? 'packages.fhir.org'}`;
  if (status !== LoadStatus.LOADED) {
    const reasons = session.log.slice(logStart).filter((e) => e.level === 'error').map((e) => e.message);
    const detail = `${formatPackageRef(ref)} could not be loaded; looked in ${where}${reasons.length ? `: ${reasons.join('; ')}` : ''}`;
    if (requiredBy) throw new GeneratorError('GPC102', `${detail} (required by ${requiredBy})`, { package: formatPackageRef(ref) });
    throw new GeneratorError('GPC101', detail, { package: formatPackageRef(ref) });
  }
  findMalformedJson(session.log.slice(logStart), formatPackageRef(ref));
}

export async function loadPackages(options: LoadOptions): Promise<LoadedPackageSet> {
  const session = await createFplSession(options);
  const packages: LoadedPackage[] = [];
  const cleanups: Array<() => void> = [];
  const seen = new Set<string>();
  const queue: Array<{ ref: PackageRef; requiredBy: string | undefined }> = [];
  try {
    for (const source of options.packages) {
      if (isLocalSource(source)) {
        const local = await loadLocalPackage(session, source);
        cleanups.push(local.cleanup);
        const key = formatPackageRef(local.ref);
        if (seen.has(key)) continue;
        seen.add(key);
        packages.push({ ...local.ref, fhirVersion: fhirVersionOf(local.packageJson), origin: `local ${source}`, dependencies: dependenciesOf(local.packageJson) });
        for (const [id, version] of Object.entries(dependenciesOf(local.packageJson))) queue.push({ ref: { id, version }, requiredBy: key });
      } else {
        queue.push({ ref: parsePackageRef(source), requiredBy: undefined });
      }
    }
    // Breadth-first: configured packages outrank their dependencies, which outrank theirs.
    while (queue.length > 0) {
      const next = queue.shift();
      if (!next) break;
      const key = formatPackageRef(next.ref);
      if (seen.has(key)) continue;
      seen.add(key);
      await loadFromCacheOrRegistry(session, next.ref, options, next.requiredBy);
      const packageJson = session.loader.findPackageJSON(next.ref.id, next.ref.version) as JsonObject | undefined;
      const deps = dependenciesOf(packageJson);
      packages.push({ ...next.ref, fhirVersion: packageJson ? fhirVersionOf(packageJson) : undefined, origin: `cache ${options.cacheDir}`, dependencies: deps });
      for (const [id, version] of Object.entries(deps)) {
        if (`${id}#${version}` !== key) queue.push({ ref: { id, version }, requiredBy: key });
      }
    }
    return { packages, resources: readResources(session, packages, options.resourceTypes) };
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

function readResources(session: FplSession, packages: readonly LoadedPackage[], types: readonly string[]): LoadedResource[] {
  const resources: LoadedResource[] = [];
  packages.forEach((pkg, rank) => {
    const query = { scope: `${pkg.id}|${pkg.version}`, type: [...types] };
    // findResourceJSONs maps the same info list, in the same order, to the parsed JSON.
    const infos = session.loader.findResourceInfos('*', query).filter((info) => info.resourcePath);
    const jsons = session.loader.findResourceJSONs('*', query) as JsonObject[];
    infos.forEach((info, index) => {
      const json = jsons[index];
      if (!json) return;
      resources.push({
        resourceType: info.resourceType,
        url: info.url,
        version: info.version,
        id: info.id,
        name: info.name,
        packageKey: `${pkg.id}#${pkg.version}`,
        packageRank: rank,
        file: stripVirtualPrefix(info.resourcePath ?? ''),
        json,
      });
    });
  });
  return resources;
}

/** Virtual packages prefix paths with `virtual:id#version:`; users want the file path. */
function stripVirtualPrefix(resourcePath: string): string {
  const match = /^virtual:[^:]*:(.*)$/.exec(resourcePath);
  return match?.[1] ?? resourcePath;
}
