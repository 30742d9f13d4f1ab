/**
 * The FHIR packages a run would load, found by reading package.json files only: the configured packages,
 * then their dependencies breadth-first (the order loadPackages uses, which decides which package wins a
 * duplicate canonical URL). No FHIR package loader is involved, so this takes milliseconds; it is what
 * lets an up-to-date `generate` return before loading anything.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** One package of the closure and where its files are. */
export interface ClosurePackage {
  /** `id#version`. */
  readonly key: string;
  /** A folder whose top-level files are the package (what the loader reads), or a `.tgz` file. */
  readonly location: string;
  readonly kind: 'folder' | 'tgz';
}

/** The closure, or why it cannot be known without the loader (a package must be downloaded, a range resolved). */
export type ClosureResult = { readonly packages: readonly ClosurePackage[] } | { readonly unavailable: string };

const LOCAL_SOURCE = /^(?:\.{0,2}\/|[A-Za-z]:\\)|\.tgz$/;

function readJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function dependencies(packageJson: Record<string, unknown>): Array<[string, string]> {
  const deps = packageJson['dependencies'];
  if (!deps || typeof deps !== 'object') return [];
  return Object.entries(deps).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

interface LocalRead {
  readonly pkg: ClosurePackage;
  readonly packageJson: Record<string, unknown>;
}

/** A local folder (with or without the `package/` level) or `.tgz`, as loadLocalPackage reads it. */
function readLocal(source: string): LocalRead | undefined {
  const resolved = path.resolve(source);
  if (!fs.existsSync(resolved)) return undefined;
  let text: string;
  let location: string;
  let kind: ClosurePackage['kind'];
  if (fs.statSync(resolved).isDirectory()) {
    const inner = path.join(resolved, 'package');
    location = fs.existsSync(path.join(inner, 'package.json')) ? inner : resolved;
    kind = 'folder';
    try {
      text = fs.readFileSync(path.join(location, 'package.json'), 'utf8');
    } catch {
      return undefined;
    }
  } else {
    location = resolved;
    kind = 'tgz';
    try {
      // Reading one member of a small tarball; `tar` is what the loader uses to unpack it too.
      text = execFileSync('tar', ['xzf', resolved, '-O', 'package/package.json'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
    } catch {
      return undefined;
    }
  }
  const packageJson = readJson(text);
  const name = packageJson?.['name'];
  const version = packageJson?.['version'];
  if (!packageJson || typeof name !== 'string' || typeof version !== 'string') return undefined;
  return { pkg: { key: `${name}#${version}`, location, kind }, packageJson };
}

export function packageClosure(sources: readonly string[], cacheDir: string): ClosureResult {
  const packages: ClosurePackage[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const source of sources) {
    const isLocal = LOCAL_SOURCE.test(source) || (!source.includes('#') && fs.existsSync(source));
    if (!isLocal) {
      queue.push(source);
      continue;
    }
    const local = readLocal(source);
    if (!local) return { unavailable: `cannot read the local package ${source}` };
    if (seen.has(local.pkg.key)) continue;
    seen.add(local.pkg.key);
    packages.push(local.pkg);
    for (const [id, version] of dependencies(local.packageJson)) queue.push(`${id}#${version}`);
  }
  while (queue.length > 0) {
    const key = queue.shift();
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    const folder = path.join(cacheDir, key, 'package');
    const packageJson = fs.existsSync(path.join(folder, 'package.json')) ? readJson(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) : undefined;
    if (!packageJson) return { unavailable: `${key} is not in the package cache ${cacheDir}` };
    packages.push({ key, location: folder, kind: 'folder' });
    for (const [id, version] of dependencies(packageJson)) {
      if (`${id}#${version}` !== key) queue.push(`${id}#${version}`);
    }
  }
  return { packages };
}
