/** What the load phase hands to the IR phase: packages in dependency order and their conformance resources. */

export type JsonObject = Readonly<Record<string, unknown>>;

export interface LoadedPackage {
  readonly id: string;
  readonly version: string;
  /** FHIR version from package.json (`fhirVersions[0]` or `fhir-version-list`), if stated. */
  readonly fhirVersion: string | undefined;
  /** Where it came from: the package cache, a local folder or .tgz, or a registry download. */
  readonly origin: string;
  readonly dependencies: Readonly<Record<string, string>>;
}

export interface LoadedResource {
  readonly resourceType: string;
  readonly url: string | undefined;
  readonly version: string | undefined;
  readonly id: string | undefined;
  readonly name: string | undefined;
  /** `id#version` of the package that ships it. */
  readonly packageKey: string;
  /** Position of its package in load order (0 = the first configured package): lower wins on duplicates. */
  readonly packageRank: number;
  readonly file: string;
  readonly json: JsonObject;
}

export interface LoadedPackageSet {
  readonly packages: readonly LoadedPackage[];
  readonly resources: readonly LoadedResource[];
}
