/**
 * The load phase's output: the resources of the wanted types from every loaded package, as FPL lists them,
 * plus the ones converted from XML (which FPL never sees: it ignores XML in a package cache and would
 * convert it with R4 definitions in a folder). Each resource's nesting is checked here, once, before any
 * recursive code downstream walks it.
 */
import { GeneratorError } from '../errors.js';
import type { ResourceInfo } from 'fhir-package-loader';
import type { FplSession } from './fpl-loader.js';
import { assertJsonDepth } from './json-depth.js';
import type { JsonObject, LoadedPackage, LoadedResource } from './types.js';

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Virtual packages prefix paths with `virtual:id#version:`; users want the file path. */
function stripVirtualPrefix(resourcePath: string): string {
  const match = /^virtual:[^:]*:(.*)$/.exec(resourcePath);
  return match?.[1] ?? resourcePath;
}

/**
 * FPL freezes each resource recursively when handing it out, which overflows the stack on a resource
 * nested thousands deep; then the resources are fetched one by one to name the file.
 */
function resourceJsons(session: FplSession, query: { scope: string; type: string[] }, infos: readonly ResourceInfo[], packageKey: string): JsonObject[] {
  try {
    return session.loader.findResourceJSONs('*', query) as JsonObject[];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    for (const info of infos) {
      const key = info.url ?? info.id ?? info.name;
      if (!key) continue;
      try {
        session.loader.findResourceJSON(key, { scope: query.scope, type: [info.resourceType] });
      } catch (inner) {
        if (!(inner instanceof RangeError)) throw inner;
        throw new GeneratorError('GPC108', 'nested too deeply to be read', { package: packageKey, file: stripVirtualPrefix(info.resourcePath ?? ''), url: info.url });
      }
    }
    throw error;
  }
}

export function readResources(
  session: FplSession,
  packages: readonly LoadedPackage[],
  types: readonly string[],
  converted: ReadonlyMap<string, ReadonlyMap<string, JsonObject>>,
): LoadedResource[] {
  const resources: LoadedResource[] = [];
  packages.forEach((pkg, rank) => {
    const packageKey = `${pkg.id}#${pkg.version}`;
    const query = { scope: `${pkg.id}|${pkg.version}`, type: [...types] };
    // findResourceJSONs maps the same info list, in the same order, to the parsed JSON.
    const infos = session.loader.findResourceInfos('*', query).filter((info) => info.resourcePath);
    const jsons = resourceJsons(session, query, infos, packageKey);
    infos.forEach((info, index) => {
      const json = jsons[index];
      if (!json) return;
      const file = stripVirtualPrefix(info.resourcePath ?? '');
      assertJsonDepth(json, { package: packageKey, file, url: info.url });
      resources.push({ resourceType: info.resourceType, url: info.url, version: info.version, id: info.id, name: info.name, packageKey, packageRank: rank, file, json });
    });
    for (const [file, json] of converted.get(packageKey) ?? []) {
      const resourceType = str(json['resourceType']) ?? '';
      if (!types.includes(resourceType)) continue;
      resources.push({ resourceType, url: str(json['url']), version: str(json['version']), id: str(json['id']), name: str(json['name']), packageKey, packageRank: rank, file, json });
    }
  });
  return resources;
}
