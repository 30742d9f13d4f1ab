/** Builds LoadedResource records from plain JSON, for IR unit tests that need no package on disk. */
import type { LoadedResource } from '../../generator/load/types.js';

export function resource(json: Record<string, unknown>, packageKey = 'test#1.0.0', packageRank = 0): LoadedResource {
  const str = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : undefined);
  return {
    resourceType: str('resourceType') ?? 'Unknown',
    url: str('url'),
    version: str('version'),
    id: str('id'),
    name: str('name'),
    packageKey,
    packageRank,
    file: `${packageKey}/${str('id') ?? str('name') ?? 'resource'}.json`,
    json,
  };
}
