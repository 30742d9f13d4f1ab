/**
 * Runtime dependencies of a generated package (fhirpath, once validators use it), made installable with no
 * network and no npm cache: the closure of each dependency is read from this repository's
 * package-lock.json, and the installed copies in node_modules are packed into tarballs. Installing those
 * tarballs next to the generated one satisfies its `dependencies` exactly as the registry would, with the
 * same versions this repository tests against, and touches nothing outside the temp folder.
 *
 * (The alternatives were worse: `npm install --offline` from the npm cache needs registry metadata that
 * `npm ci` does not store; a symlink to this repo's node_modules makes npm install the linked package's
 * dependencies into the repo.)
 */
import fs from 'node:fs';
import path from 'node:path';

interface LockPackage {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
}

function lockPackages(repoRoot: string): Readonly<Record<string, LockPackage>> {
  const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages?: Record<string, LockPackage> };
  return lock.packages ?? {};
}

/** Node's lookup inside the lockfile's tree: `<from>/node_modules/<name>`, then each parent's. */
function resolveIn(packages: Readonly<Record<string, LockPackage>>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut >= 0 ? base.slice(0, cut) : '';
  }
}

/**
 * Installed folders (absolute) of `names` and everything they depend on, one per package name. Throws if
 * a name is not in the lockfile or the closure needs two versions of one package (they could not both be
 * installed at the top level).
 */
export function dependencyClosure(repoRoot: string, names: readonly string[]): string[] {
  const packages = lockPackages(repoRoot);
  const byName = new Map<string, string>();
  const queue: Array<[string, string]> = names.map((name) => ['', name]);
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    const [from, name] = next;
    const location = resolveIn(packages, from, name);
    if (!location) throw new Error(`${name} (needed by ${from || 'the generated package'}) is not in package-lock.json`);
    const known = byName.get(name);
    if (known === location) continue;
    if (known) throw new Error(`the closure needs two copies of ${name}: ${known} and ${location}`);
    byName.set(name, location);
    for (const dep of Object.keys(packages[location]?.dependencies ?? {})) queue.push([location, dep]);
  }
  return [...byName.values()].sort().map((location) => path.join(repoRoot, location));
}
