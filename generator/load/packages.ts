/**
 * Loads the configured FHIR packages and the closure of their dependencies through fhir-package-loader,
 * and returns the conformance resources the generator needs. FPL loads one package per call and does not
 * follow package.json dependencies, so the walk is done here (root packages first, then breadth-first),
 * which also fixes the precedence of duplicate canonical URLs: the package nearest the root wins.
 * XML resources are converted after the walk, when the STU3 core they are converted with is loaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LoadStatus } from 'fhir-package-loader';
import { GeneratorError } from '../errors.js';
import { createFplSession, type FplSession } from './fpl-loader.js';
import { loadLocalPackage, readPackageJson } from './local-package.js';
import { findMalformedJson } from './malformed-json.js';
import { xmlFiles } from './package-folder.js';
import { formatPackageRef, isValidPackageRef, parsePackageRef, type PackageRef } from './package-ref.js';
import { readResources } from './read-resources.js';
import type { JsonObject, LoadedPackage, LoadedPackageSet } from './types.js';
import { XmlResources } from './xml-resources.js';

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

/** The dependencies a package.json declares; each must be a usable package reference (GPC003 otherwise). */
function dependenciesOf(packageJson: JsonObject, packageKey: string, file: string): Record<string, string> {
  const deps = packageJson['dependencies'];
  const result: Record<string, string> = {};
  if (!deps || typeof deps !== 'object') return result;
  for (const [name, version] of Object.entries(deps)) {
    if (typeof version !== 'string' || !isValidPackageRef(name, version)) {
      throw new GeneratorError('GPC003', `dependency ${JSON.stringify(name)}: ${JSON.stringify(version)} is not a package id and exact version`, {
        package: packageKey,
        file,
        path: `dependencies.${name}`,
      });
    }
    result[name] = version;
  }
  return result;
}

/** Where a cached package's files are (FPL knows, once it has loaded it). */
function cachedPackageDir(session: FplSession, ref: PackageRef, cacheDir: string): string {
  const packagePath = session.loader.findPackageInfo(ref.id, ref.version)?.packagePath;
  return path.join(packagePath ?? path.join(cacheDir, formatPackageRef(ref)), 'package');
}

async function loadFromCacheOrRegistry(session: FplSession, ref: PackageRef, options: LoadOptions, requiredBy: string | undefined): Promise<void> {
  const logStart = session.log.length;
  const key = formatPackageRef(ref);
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
    const folder = path.join(options.cacheDir, key);
    if (fs.existsSync(folder) && !fs.existsSync(path.join(folder, 'package', 'package.json'))) {
      throw new GeneratorError('GPC104', 'the cached package has no package/package.json', { package: key, file: folder });
    }
    const reasons = session.log.slice(logStart).filter((e) => e.level === 'error').map((e) => e.message);
    const detail = `${key} could not be loaded; looked in ${where}${reasons.length ? `: ${reasons.join('; ')}` : ''}`;
    if (requiredBy) throw new GeneratorError('GPC102', `${detail} (required by ${requiredBy})`, { package: key });
    throw new GeneratorError('GPC101', detail, { package: key });
  }
  findMalformedJson(session.log.slice(logStart), key);
}

interface Pending {
  readonly ref: PackageRef;
  readonly requiredBy: string | undefined;
}

export async function loadPackages(options: LoadOptions): Promise<LoadedPackageSet> {
  const session = await createFplSession(options);
  const packages: LoadedPackage[] = [];
  const xmlByPackage = new Map<string, readonly string[]>();
  const cleanups: Array<() => void> = [];
  const seen = new Set<string>();
  const queue: Pending[] = [];
  const enqueue = (deps: Record<string, string>, requiredBy: string) => {
    for (const [id, version] of Object.entries(deps)) if (`${id}#${version}` !== requiredBy) queue.push({ ref: { id, version }, requiredBy });
  };
  try {
    for (const source of options.packages) {
      if (isLocalSource(source)) {
        const local = await loadLocalPackage(session, source);
        cleanups.push(local.cleanup);
        const key = formatPackageRef(local.ref);
        if (seen.has(key)) continue;
        seen.add(key);
        const deps = dependenciesOf(local.packageJson, key, local.packageJsonFile);
        packages.push({ ...local.ref, fhirVersion: fhirVersionOf(local.packageJson), origin: `local ${source}`, dependencies: deps });
        if (local.xmlFiles.length > 0) xmlByPackage.set(key, local.xmlFiles);
        enqueue(deps, key);
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
      const dir = cachedPackageDir(session, next.ref, options.cacheDir);
      // Read and checked here, before FPL's own lazy read can fail on it without naming the problem.
      const packageJsonFile = path.join(dir, 'package.json');
      const { json: packageJson } = readPackageJson(packageJsonFile, key);
      const deps = dependenciesOf(packageJson, key, packageJsonFile);
      packages.push({ ...next.ref, fhirVersion: fhirVersionOf(packageJson), origin: `cache ${options.cacheDir}`, dependencies: deps });
      const xml = xmlFiles(dir);
      if (xml.length > 0) xmlByPackage.set(key, xml);
      enqueue(deps, key);
    }
    const xml = new XmlResources(session);
    const converted = new Map([...xmlByPackage].map(([key, files]) => [key, xml.convert(files, key)] as const));
    return { packages, resources: readResources(session, packages, options.resourceTypes, converted) };
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}
