import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
/**
 * ContactPoint
 *
 * Base StructureDefinition for ContactPoint Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ContactPoint
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface ContactPoint {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ContactPoint.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ContactPoint.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ContactPoint.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * phone | fax | email | pager | url | sms | other
     *
     * Telecommunications form for contact point - what communications system is required to make use of the contact.
     *
     * - Cardinality 0..1
     * - FHIR path `ContactPoint.system`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/contact-point-system (7 codes: phone, fax, email, pager, url, sms, other)
     */
    system?: 'email' | 'fax' | 'other' | 'pager' | 'phone' | 'sms' | 'url';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see ContactPoint.system). */
    _system?: Element;
    /**
     * The actual contact point details
     *
     * The actual contact point details, in a form that is meaningful to the designated communication system (i.e. phone number or email address).
     *
     * - Cardinality 0..1
     * - FHIR path `ContactPoint.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see ContactPoint.value). */
    _value?: Element;
    /**
     * home | work | temp | old | mobile - purpose of this contact point
     *
     * Identifies the purpose for the contact point.
     *
     * - Cardinality 0..1
     * - FHIR path `ContactPoint.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/contact-point-use (5 codes: home, work, temp, old, mobile)
     */
    use?: 'home' | 'mobile' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see ContactPoint.use). */
    _use?: Element;
    /**
     * Specify preferred order of use (1 = highest)
     *
     * Specifies a preferred order in which to use a set of contacts. Contacts are ranked with lower values coming before higher values.
     *
     * - Cardinality 0..1
     * - FHIR path `ContactPoint.rank`
     * - Type positiveInt
     */
    rank?: number;
    /** Extensions and id for `rank` (FHIR JSON primitive extension, see ContactPoint.rank). */
    _rank?: Element;
    /**
     * Time period when the contact point was/is in use
     *
     * Time period when the contact point was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `ContactPoint.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkContactPoint(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ContactPoint (http://hl7.org/fhir/StructureDefinition/ContactPoint).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateContactPoint(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateContactPoint} with the same options reports no error or fatal issue: ContactPoint (http://hl7.org/fhir/StructureDefinition/ContactPoint). */
export declare function isContactPoint(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ContactPoint;
