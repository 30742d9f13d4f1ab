/**
 * The typed intermediate representation between loading and emitting. Everything that makes
 * StructureDefinitions hard to emit (snapshots vs differentials, slicing, choice types, bindings,
 * contentReference, canonical resolution against messy real-world URLs) is resolved once, here.
 * Emitters only read the IR. It is plain data, so `--dump-ir` can write it as JSON and tests can diff it.
 */

export type BindingStrength = 'required' | 'extensible' | 'preferred' | 'example';
export type SlicingRules = 'closed' | 'open' | 'openAtEnd';
export type DiscriminatorType = 'value' | 'exists' | 'pattern' | 'type' | 'profile';
export type StructureKind = 'primitive-type' | 'complex-type' | 'resource' | 'logical';

/** One allowed type of an element (STU3 repeats `type` entries per profile; they are grouped by code here). */
export interface IrType {
  /** FHIR type code: `string`, `Identifier`, `Reference`, `Extension`, `BackboneElement`... */
  readonly code: string;
  /** `type.profile` canonical URLs (STU3: one per entry; grouped), whitespace-trimmed. */
  readonly profiles: readonly string[];
  /** `type.targetProfile` canonical URLs for Reference types, whitespace-trimmed. */
  readonly targetProfiles: readonly string[];
}

/** A fixed[x] or pattern[x] value: the type suffix (`Uri`, `CodeableConcept`) and the JSON value. */
export interface IrFixedValue {
  readonly type: string;
  readonly value: unknown;
}

export interface IrCode {
  readonly system: string | undefined;
  readonly code: string;
  readonly display: string | undefined;
}

export interface IrBinding {
  readonly strength: BindingStrength;
  readonly description: string | undefined;
  /** Canonical URL of the ValueSet as written (trimmed), or undefined for a binding with no value set. */
  readonly valueSet: string | undefined;
  /** The canonical URL it resolved to (may differ: other NHS domain, whitespace), when found. */
  readonly resolvedValueSet: string | undefined;
  /** The codes, when the ValueSet (and its CodeSystems) are in the packages and enumerable. */
  readonly expansion: readonly IrCode[] | undefined;
  /** Why there is no expansion (not found, filter on SNOMED CT, too large...), for docs and reports. */
  readonly notEnumerable: string | undefined;
}

export interface IrDiscriminator {
  readonly type: DiscriminatorType;
  readonly path: string;
}

export interface IrSlicing {
  readonly discriminators: readonly IrDiscriminator[];
  readonly rules: SlicingRules;
  readonly ordered: boolean;
  readonly description: string | undefined;
}

export interface IrConstraint {
  readonly key: string;
  readonly severity: 'error' | 'warning';
  readonly human: string;
  readonly expression: string | undefined;
}

export interface IrDocs {
  readonly short: string | undefined;
  readonly definition: string | undefined;
  readonly comment: string | undefined;
  readonly requirements: string | undefined;
}

/** One element of a structure, with its children (nested backbone/datatype elements) and its slices. */
export interface IrElement {
  /** ElementDefinition id, e.g. `Patient.identifier:nhsNumber.system`. */
  readonly id: string;
  /** ElementDefinition path, e.g. `Patient.identifier.system`. */
  readonly path: string;
  /** The JSON property name stem: last path segment without `[x]` (`value` for `value[x]`). */
  readonly name: string;
  readonly min: number;
  /** Maximum cardinality; `undefined` means unbounded (`*`). */
  readonly max: number | undefined;
  /** True when the JSON form is an array (decided by the base definition's max, not the profile's). */
  readonly isArray: boolean;
  /** True for choice elements `foo[x]`: JSON properties are `foo` + capitalised type code. */
  readonly isChoice: boolean;
  readonly types: readonly IrType[];
  /** For elements defined by `contentReference` (`#Questionnaire.item`): the id of the element reused. */
  readonly contentReference: string | undefined;
  readonly fixed: IrFixedValue | undefined;
  readonly pattern: IrFixedValue | undefined;
  readonly binding: IrBinding | undefined;
  readonly slicing: IrSlicing | undefined;
  /** The named slices of this element, each a subtree rooted at the slice element. */
  readonly slices: readonly IrElement[];
  readonly sliceName: string | undefined;
  readonly children: readonly IrElement[];
  readonly constraints: readonly IrConstraint[];
  readonly maxLength: number | undefined;
  readonly mustSupport: boolean;
  readonly isModifier: boolean;
  readonly docs: IrDocs;
}

export interface IrStructure {
  readonly url: string;
  readonly version: string | undefined;
  readonly name: string;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly kind: StructureKind;
  readonly abstract: boolean;
  /** The FHIR type it defines or constrains (`Patient`, `Extension`, `string`). */
  readonly type: string;
  readonly derivation: 'specialization' | 'constraint';
  readonly baseDefinition: string | undefined;
  /** `id#version` of the package it came from. */
  readonly packageKey: string;
  readonly file: string;
  readonly fhirVersion: string | undefined;
  /** True when the snapshot was generated by us from the differential. */
  readonly snapshotGenerated: boolean;
  /** For extension definitions: the contexts it may be used in (STU3 `context` + `contextType`). */
  readonly extensionContext: readonly string[];
  readonly root: IrElement;
}

/** A reference in the packages that could not be resolved, reported once per (kind, url). */
export interface IrUnresolved {
  readonly kind: 'baseDefinition' | 'type.profile' | 'type.targetProfile' | 'binding.valueSet' | 'valueSet.include' | 'contentReference';
  readonly url: string;
  readonly usedBy: readonly string[];
  /** What generation did instead (e.g. "typed as the base type Reference"). */
  readonly fallback: string;
}

/** A StructureDefinition (or other input) that produced no declaration, with the reason. */
export interface IrSkipped {
  readonly url: string;
  readonly packageKey: string;
  readonly reason: string;
}

/** A canonical URL that more than one package ships; the one nearest the root package is used. */
export interface IrDuplicate {
  readonly url: string;
  readonly chosen: string;
  readonly ignored: readonly string[];
}

export interface IrModel {
  readonly packages: ReadonlyArray<{ readonly key: string; readonly fhirVersion: string | undefined }>;
  readonly structures: readonly IrStructure[];
  readonly unresolved: readonly IrUnresolved[];
  readonly skipped: readonly IrSkipped[];
  readonly duplicates: readonly IrDuplicate[];
  readonly warnings: readonly string[];
  /**
   * Every concrete resource type name of the loaded FHIR version, whether or not `include` keeps its
   * declaration: references and `resourceType` unions are about the FHIR version, not the package subset.
   */
  readonly resourceTypeNames: readonly string[];
}
