import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * Contributor
 *
 * Base StructureDefinition for Contributor Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Contributor
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Contributor {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contributor.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contributor.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contributor.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * author | editor | reviewer | endorser
     *
     * The type of contributor.
     *
     * - Cardinality 1..1
     * - FHIR path `Contributor.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/contributor-type (4 codes: author, editor, reviewer, endorser)
     */
    type: 'author' | 'editor' | 'endorser' | 'reviewer';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Contributor.type). */
    _type?: Element;
    /**
     * Who contributed the content
     *
     * The name of the individual or organization responsible for the contribution.
     *
     * - Cardinality 1..1
     * - FHIR path `Contributor.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Contributor.name). */
    _name?: Element;
    /**
     * Contact details of the contributor
     *
     * Contact details to assist a user in finding and communicating with the contributor.
     *
     * - Cardinality 0..*
     * - FHIR path `Contributor.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkContributor(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Contributor (http://hl7.org/fhir/StructureDefinition/Contributor).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateContributor(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateContributor} with the same options reports no error or fatal issue: Contributor (http://hl7.org/fhir/StructureDefinition/Contributor). */
export declare function isContributor(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Contributor;
