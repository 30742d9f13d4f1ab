/**
 * Minimal JSON shapes of an STU3 StructureDefinition and ElementDefinition, as far as snapshot generation
 * reads them. Deliberately loose (an index signature keeps every other property): the generator copies
 * elements property by property and must not drop what it does not know about.
 */

/** STU3 `ElementDefinition.type`: one entry per profile (R4 spells `profile`/`targetProfile` as arrays). */
export interface TypeRefJson {
  code?: string;
  profile?: string | string[];
  targetProfile?: string | string[];
  aggregation?: string[];
  versioning?: string;
  [key: string]: unknown;
}

export interface DiscriminatorJson {
  type?: string;
  path?: string;
  [key: string]: unknown;
}

export interface SlicingJson {
  discriminator?: DiscriminatorJson[];
  description?: string;
  ordered?: boolean;
  rules?: string;
  [key: string]: unknown;
}

export interface ConstraintJson {
  key?: string;
  [key: string]: unknown;
}

export interface MappingJson {
  identity?: string;
  map?: string;
  [key: string]: unknown;
}

export interface ElementBaseJson {
  path: string;
  min: number;
  max: string;
}

export interface ElementDefinitionJson {
  id?: string;
  path: string;
  sliceName?: string;
  min?: number;
  max?: string;
  base?: ElementBaseJson;
  type?: TypeRefJson[];
  slicing?: SlicingJson;
  contentReference?: string;
  constraint?: ConstraintJson[];
  condition?: string[];
  mapping?: MappingJson[];
  alias?: string[];
  extension?: Array<{ url?: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

export interface StructureDefinitionJson {
  resourceType?: string;
  url?: string;
  name?: string;
  type?: string;
  kind?: string;
  derivation?: string;
  baseDefinition?: string;
  fhirVersion?: string;
  snapshot?: { element: ElementDefinitionJson[]; [key: string]: unknown };
  differential?: { element: ElementDefinitionJson[]; [key: string]: unknown };
  [key: string]: unknown;
}
