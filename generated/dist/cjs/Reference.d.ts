import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import type { ReferenceString, ResourceType } from './ResourceTypes.js';
/**
 * Reference
 *
 * Base StructureDefinition for Reference Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Reference
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Reference<T extends string = ResourceType> {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Reference.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Reference.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Reference.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Literal reference, Relative, internal or absolute URL
     *
     * A reference to a location at which the other resource is found. The reference may be a relative reference, in which case it is relative to the service base URL, or an absolute URL that resolves to the location where the resource is found. The reference may be version specific or not. If the reference is not to a FHIR RESTful server, then it should be assumed to be version specific. Internal fragment references (start with '#') refer to contained resources.
     *
     * - Cardinality 0..1
     * - FHIR path `Reference.reference`
     * - Type string
     */
    reference?: ReferenceString<T>;
    /** Extensions and id for `reference` (FHIR JSON primitive extension, see Reference.reference). */
    _reference?: Element;
    /**
     * Logical reference, when literal reference is not known
     *
     * An identifier for the other resource. This is used when there is no way to reference the other resource directly, either because the entity is not available through a FHIR server, or because there is no way for the author of the resource to convert a known identifier to an actual location. There is no requirement that a Reference.identifier point to something that is actually exposed as a FHIR instance, but it SHALL point to a business concept that would be expected to be exposed as a FHIR instance, and that instance would need to be of a FHIR resource type allowed by the reference.
     *
     * - Cardinality 0..1
     * - FHIR path `Reference.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Text alternative for the resource
     *
     * Plain text narrative that identifies the resource in addition to the resource reference.
     *
     * - Cardinality 0..1
     * - FHIR path `Reference.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Reference.display). */
    _display?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkReference(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Reference (http://hl7.org/fhir/StructureDefinition/Reference).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateReference(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateReference} with the same options reports no error or fatal issue: Reference (http://hl7.org/fhir/StructureDefinition/Reference). */
export declare function isReference(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Reference;
