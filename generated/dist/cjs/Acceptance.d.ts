import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Goal acceptance
 *
 * Information about the acceptance and relative priority assigned to the goal by the patient, practitioners and other stake-holders.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/goal-acceptance
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Acceptance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension`
     * - Type Extension
     */
    extension: [
        AcceptanceIndividual | AcceptanceStatus | AcceptancePriority | Extension,
        ...(AcceptanceIndividual | AcceptanceStatus | AcceptancePriority | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/goal-acceptance"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/goal-acceptance';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Individual whose acceptance is reflected
 *
 * The person whose acceptance/priority is being reflected.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:individual`
 * - Type Extension
 */
export interface AcceptanceIndividual {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:individual.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:individual.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:individual.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:individual.url`
     * - Type uri
     * - Fixed "individual"
     */
    url: 'individual';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:individual.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:individual.value[x]`
     * - Type Reference
     */
    valueReference: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
}
/**
 * agree | disagree | pending
 *
 * Indicates whether the specified individual has accepted the goal or not.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:status`
 * - Type Extension
 */
export interface AcceptanceStatus {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:status.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:status.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:status.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:status.url`
     * - Type uri
     * - Fixed "status"
     */
    url: 'status';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:status.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:status.valueCode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/goal-acceptance-status (3 codes: agree, disagree, pending)
     */
    valueCode?: 'agree' | 'disagree' | 'pending';
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Extension.extension:status.valueCode). */
    _valueCode?: Element;
}
/**
 * Priority of goal for individual
 *
 * Indicates the relative priority assigned to the resource by the stakeholder.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:priority`
 * - Type Extension
 */
export interface AcceptancePriority {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:priority.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:priority.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:priority.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:priority.url`
     * - Type uri
     * - Fixed "priority"
     */
    url: 'priority';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:priority.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:priority.valueCodeableConcept`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/goal-priority (codes not enumerable here: example binding: not checked)
     */
    valueCodeableConcept?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAcceptance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAcceptanceIndividual(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAcceptanceStatus(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAcceptancePriority(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Goal acceptance (http://hl7.org/fhir/StructureDefinition/goal-acceptance).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAcceptance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAcceptance} with the same options reports no error or fatal issue: Goal acceptance (http://hl7.org/fhir/StructureDefinition/goal-acceptance). */
export declare function isAcceptance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Acceptance;
/** Input of {@link buildAcceptance}: a {@link Acceptance} without what the builder fills in. */
export type AcceptanceInput = BuilderInput<Acceptance, 'url', {
    extension: [
        AcceptanceIndividualInput,
        ...(AcceptanceIndividual | AcceptanceStatus | AcceptancePriority | Extension)[]
    ];
}>;
/** Input of {@link AcceptanceIndividual} (`Extension.extension:individual`): what the builder fills may be left out. */
export type AcceptanceIndividualInput = BuilderInput<AcceptanceIndividual, 'url'>;
/** Input of {@link AcceptancePriority} (`Extension.extension:priority`): what the builder fills may be left out. */
export type AcceptancePriorityInput = BuilderInput<AcceptancePriority, 'url'>;
/** Input of {@link AcceptanceStatus} (`Extension.extension:status`): what the builder fills may be left out. */
export type AcceptanceStatusInput = BuilderInput<AcceptanceStatus, 'url'>;
/**
 * Builds a {@link Acceptance} (Goal acceptance, http://hl7.org/fhir/StructureDefinition/goal-acceptance).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/goal-acceptance"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:individual`
 *
 * The result is checked with {@link validateAcceptance}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildAcceptance(input: AcceptanceInput): Acceptance;
/**
 * Makes a `Extension.extension:individual` item (slice `individual`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "individual"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildAcceptanceIndividual(input: AcceptanceIndividualInput): AcceptanceIndividual;
/**
 * Makes a `Extension.extension:status` item (slice `status`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "status"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildAcceptanceStatus(input: AcceptanceStatusInput): AcceptanceStatus;
/**
 * Makes a `Extension.extension:priority` item (slice `priority`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "priority"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildAcceptancePriority(input: AcceptancePriorityInput): AcceptancePriority;
