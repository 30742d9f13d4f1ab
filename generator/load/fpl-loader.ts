/**
 * The edge between fhir-package-loader (FPL) and the rest of the tool. FPL knows the FHIR package cache
 * layout, registries and virtual packages; this module adds what FPL leaves to its caller (measured in
 * ../shared/notes/dependencies.md §3): registry clients that never touch the network when offline, a log
 * that we can inspect (FPL reports failures by logging and returning a status, and swallows malformed
 * JSON at debug level), and no use of `latest`-style versions offline.
 */
import {
  BasePackageLoader,
  DefaultRegistryClient,
  DiskBasedPackageCache,
  NPMRegistryClient,
  SafeMode,
  createSQLJSPackageDB,
  type CurrentBuildClient,
  type RegistryClient,
} from 'fhir-package-loader';

export interface FplLogEntry {
  readonly level: string;
  readonly message: string;
}

export interface FplLoaderOptions {
  /** The FHIR package cache folder (`<id>#<version>/package/...`). */
  readonly cacheDir: string;
  /** When true, no network call is ever made: packages must be in the cache or given locally. */
  readonly offline: boolean;
  /** npm-style FHIR registry URL; undefined means FPL's default (packages.fhir.org, then packages2). */
  readonly registry: string | undefined;
}

export interface FplSession {
  readonly loader: BasePackageLoader;
  /** Everything FPL logged since the session started, in order. */
  readonly log: FplLogEntry[];
}

function offlineRegistry(cacheDir: string): RegistryClient {
  return {
    async resolveVersion(name: string, version: string): Promise<string> {
      if (!/^\d+\.\d+\.\d+/.test(version)) {
        throw new Error(`offline: pin an exact version for ${name} (got '${version}')`);
      }
      return version;
    },
    async download(name: string, version: string): Promise<never> {
      throw new Error(`offline: ${name}#${version} is not in ${cacheDir}`);
    },
  };
}

const noCurrentBuilds: CurrentBuildClient = {
  async downloadCurrentBuild(name: string): Promise<never> {
    throw new Error(`no #current build of ${name} is available offline`);
  },
  async getCurrentBuildDate(name: string): Promise<never> {
    throw new Error(`no #current build of ${name} is available offline`);
  },
};

export async function createFplSession(options: FplLoaderOptions): Promise<FplSession> {
  const log: FplLogEntry[] = [];
  const logFn = (level: string, message: string): void => {
    log.push({ level, message });
  };
  const cache = new DiskBasedPackageCache(options.cacheDir, { log: logFn });
  let registry: RegistryClient;
  if (options.offline) registry = offlineRegistry(options.cacheDir);
  else if (options.registry) registry = new NPMRegistryClient(options.registry, { log: logFn });
  else registry = new DefaultRegistryClient({ log: logFn });
  // Current builds come from build.fhir.org; the generator pins exact versions, so they are never needed.
  const loader = new BasePackageLoader(await createSQLJSPackageDB(), cache, registry, noCurrentBuilds, {
    log: logFn,
    // FREEZE: FPL hands out shared objects; freezing them turns an accidental mutation into an error.
    safeMode: SafeMode.FREEZE,
  });
  return { loader, log };
}
