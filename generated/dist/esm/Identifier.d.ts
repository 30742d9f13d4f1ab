import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
/**
 * Identifier
 *
 * Base StructureDefinition for Identifier Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Identifier
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Identifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 0..1
     * - FHIR path `Identifier.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `Identifier.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Identifier (http://hl7.org/fhir/StructureDefinition/Identifier).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateIdentifier(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateIdentifier} with the same options reports no error or fatal issue: Identifier (http://hl7.org/fhir/StructureDefinition/Identifier). */
export declare function isIdentifier(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Identifier;
