/**
 * What FHIR.js knows about STU3: the base definitions it is built from, and the element model it
 * converts XML with. `xml.ts` reads the XML; this file answers "which child elements and
 * attributes does FHIR.js read here?", so that anything it would drop silently is reported.
 */
import fhirjs from 'fhir';
import type { ParseConformance } from 'fhir';

import { GeneratorError } from '../errors.js';

type ParsedStructure = ParseConformance['parsedStructureDefinitions'][string];
type ParsedProperty = NonNullable<ParsedStructure['_properties']>[number];

/** The kinds of StructureDefinition FHIR.js turns into an element model (it skips `logical`). */
const MODELLED_KINDS: ReadonlySet<unknown> = new Set(['primitive-type', 'complex-type', 'resource']);

/**
 * Keeps the resources FHIR.js needs to convert STU3 XML: the base StructureDefinitions (resources,
 * complex and primitive types; not constraints, i.e. not profiles, and not logical models), with a
 * snapshot. Pass the parsed resources of `hl7.fhir.core#3.0.1`.
 *
 * ValueSets and CodeSystems are left out on purpose: FHIR.js reads them only for `validate()`
 * (code checks), never for XML -> JSON, and parsing the 2,095 of core triples the build time.
 */
export function selectXmlDefinitionResources(resources: readonly unknown[]): Record<string, unknown>[] {
  return resources.filter(isBaseStructureDefinition);
}

function isBaseStructureDefinition(resource: unknown): resource is Record<string, unknown> {
  if (typeof resource !== 'object' || resource === null) return false;
  const sd = resource as Record<string, unknown>;
  const snapshot = sd['snapshot'] as { element?: unknown } | undefined;
  return (
    sd['resourceType'] === 'StructureDefinition' &&
    sd['derivation'] !== 'constraint' &&
    MODELLED_KINDS.has(sd['kind']) &&
    typeof sd['id'] === 'string' &&
    Array.isArray(snapshot?.element)
  );
}

/**
 * Checks that the selected definitions can build an STU3 converter.
 * @throws Error if there are none (a wiring mistake: the caller passed the wrong resources).
 * @throws GeneratorError GPC106 if one is of another FHIR version than 3.0.x.
 */
export function assertStu3Definitions(definitions: readonly Record<string, unknown>[]): void {
  if (definitions.length === 0) {
    throw new Error(
      'createStu3XmlConverter: no base StructureDefinitions given; pass the resources of hl7.fhir.core#3.0.1',
    );
  }
  for (const sd of definitions) {
    const version = sd['fhirVersion'];
    if (typeof version === 'string' && !version.startsWith('3.0.')) {
      throw new GeneratorError(
        'GPC106',
        `XML conversion needs the STU3 (3.0.x) base definitions, got ${String(sd['url'])} for FHIR ${version}`,
        { url: String(sd['url']) },
      );
    }
  }
}

/** Builds FHIR.js's STU3 parser from the base definitions (~40 ms for the 172 of core 3.0.1). */
export function buildStu3Parser(definitions: readonly Record<string, unknown>[]): ParseConformance {
  const parser = new fhirjs.ParseConformance(false, fhirjs.Versions.STU3);
  parser.parseBundle({ resourceType: 'Bundle', entry: definitions.map((resource) => ({ resource })) });
  return parser;
}

/** What FHIR.js reads inside one XML element. */
export type ElementModel =
  /** Child elements and attributes named after `properties` (a resource, datatype or backbone element). */
  | { readonly kind: 'complex'; readonly properties: ReadonlyMap<string, ParsedProperty> }
  /** A primitive of FHIR type `type`: a `value` and an `id` attribute, `extension` children. */
  | { readonly kind: 'primitive'; readonly type: string }
  /** Narrative XHTML, copied verbatim. */
  | { readonly kind: 'xhtml' }
  /** A container (`contained`, `Bundle.entry.resource`) holding exactly one resource element. */
  | { readonly kind: 'resource' }
  /** A type FHIR.js has no definition for: it would drop the element. */
  | { readonly kind: 'unsupported'; readonly type: string };

/** Types FHIR.js converts as primitives (`ConvertToJs.propertyToJS`, `pushValue`). */
const PRIMITIVE_TYPES: ReadonlySet<string> = new Set([
  'string', 'base64Binary', 'code', 'id', 'markdown', 'uri', 'url', 'canonical', 'oid',
  'date', 'dateTime', 'time', 'instant', 'decimal', 'boolean', 'integer', 'unsignedInt', 'positiveInt',
]);

/**
 * The lexical rules FHIR.js enforces (and throws on, without a position) for non-string primitives,
 * checked while reading so that the error can name the line. Same patterns as `ConvertToJs`.
 */
export const PRIMITIVE_VALUE_PATTERNS: ReadonlyMap<string, { readonly pattern: RegExp; readonly expected: string }> =
  new Map([
    ['boolean', { pattern: /^(?:true|false)$/, expected: 'true or false' }],
    ['integer', { pattern: /^-?\d+$/, expected: 'an integer' }],
    ['unsignedInt', { pattern: /^-?\d+$/, expected: 'an integer' }],
    ['positiveInt', { pattern: /^-?\d+$/, expected: 'an integer' }],
    ['decimal', { pattern: /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/, expected: 'a decimal such as 1.50' }],
  ]);

/** The element model of one built parser, mirroring how FHIR.js's `ConvertToJs` walks the XML. */
export class Stu3XmlModel {
  private readonly propertyMaps = new WeakMap<readonly ParsedProperty[], Map<string, ParsedProperty>>();
  private readonly resourceTypes: ReadonlySet<string>;
  private readonly extensionProperty: ParsedProperty = { _name: 'extension', _type: 'Extension', _multiple: true };

  constructor(
    private readonly parser: ParseConformance,
    definitions: readonly Record<string, unknown>[],
  ) {
    this.resourceTypes = new Set(
      definitions
        .filter((sd) => sd['kind'] === 'resource' && sd['abstract'] !== true)
        .map((sd) => String(sd['id'])),
    );
  }

  /** The model of a resource element named `type`, or undefined if it is not a concrete resource type. */
  resource(type: string): ElementModel | undefined {
    const structure = this.parser.parsedStructureDefinitions[type];
    if (!this.resourceTypes.has(type) || !structure) return undefined;
    return { kind: 'complex', properties: this.propertyMap(structure._properties ?? []) };
  }

  /** The `extension` property FHIR.js reads inside primitives. */
  primitiveExtension(): ParsedProperty {
    return this.extensionProperty;
  }

  /** The model of the element for `property`, as FHIR.js's `pushValue` dispatches on its type. */
  childModel(property: ParsedProperty): ElementModel {
    const type = property._type;
    if (type.startsWith('#')) {
      const target = this.contentReference(type);
      return target ? this.childModel(target) : { kind: 'unsupported', type };
    }
    if (PRIMITIVE_TYPES.has(type)) return { kind: 'primitive', type };
    if (type === 'xhtml') return { kind: 'xhtml' };
    if (type === 'Resource') return { kind: 'resource' };
    if (type === 'Element' || type === 'BackboneElement') {
      return { kind: 'complex', properties: this.propertyMap(property._properties ?? []) };
    }
    const structure = this.parser.parsedStructureDefinitions[type];
    if (!structure) return { kind: 'unsupported', type };
    return { kind: 'complex', properties: this.propertyMap(structure._properties ?? []) };
  }

  /** Resolves `#Resource.path.to.element` like `ConvertToJs.findReferenceType`. */
  private contentReference(reference: string): ParsedProperty | undefined {
    const [resourceType = '', ...path] = reference.slice(1).split('.');
    let properties = this.parser.parsedStructureDefinitions[resourceType]?._properties;
    let found: ParsedProperty | undefined;
    for (const name of path) {
      found = properties?.find((property) => property._name === name);
      properties = found?._properties;
    }
    return found;
  }

  /** Element names FHIR.js reads, by name; its `_name` companions for primitive metadata are JSON-only. */
  private propertyMap(properties: readonly ParsedProperty[]): Map<string, ParsedProperty> {
    let map = this.propertyMaps.get(properties);
    if (!map) {
      map = new Map(
        properties.filter((property) => !property._name.startsWith('_')).map((property) => [property._name, property]),
      );
      this.propertyMaps.set(properties, map);
    }
    return map;
  }
}
