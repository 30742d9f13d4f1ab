import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
/**
 * Address
 *
 * Base StructureDefinition for Address Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Address
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Address {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Address.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Address.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Address.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * home | work | temp | old - purpose of this address
     *
     * The purpose of this address.
     *
     * - Cardinality 0..1
     * - FHIR path `Address.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-use (4 codes: home, work, temp, old)
     */
    use?: 'home' | 'old' | 'temp' | 'work';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Address.use). */
    _use?: Element;
    /**
     * postal | physical | both
     *
     * Distinguishes between physical addresses (those you can visit) and mailing addresses (e.g. PO Boxes and care-of addresses). Most addresses are both.
     *
     * - Cardinality 0..1
     * - FHIR path `Address.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/address-type (3 codes: postal, physical, both)
     */
    type?: 'both' | 'physical' | 'postal';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Address.type). */
    _type?: Element;
    /**
     * Text representation of the address
     *
     * A full text representation of the address.
     *
     * - Cardinality 0..1
     * - FHIR path `Address.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Address.text). */
    _text?: Element;
    /**
     * Street name, number, direction & P.O. Box etc.
     *
     * This component contains the house number, apartment number, street name, street direction,  P.O. Box number, delivery hints, and similar address information.
     *
     * - Cardinality 0..*
     * - FHIR path `Address.line`
     * - Type string
     */
    line?: string[];
    /** Extensions and id for `line` (FHIR JSON primitive extension, see Address.line). */
    _line?: (Element | null)[];
    /**
     * Name of city, town etc.
     *
     * The name of the city, town, village or other community or delivery center.
     *
     * - Cardinality 0..1
     * - FHIR path `Address.city`
     * - Type string
     */
    city?: string;
    /** Extensions and id for `city` (FHIR JSON primitive extension, see Address.city). */
    _city?: Element;
    /**
     * District name (aka county)
     *
     * The name of the administrative area (county).
     *
     * - Cardinality 0..1
     * - FHIR path `Address.district`
     * - Type string
     */
    district?: string;
    /** Extensions and id for `district` (FHIR JSON primitive extension, see Address.district). */
    _district?: Element;
    /**
     * Sub-unit of country (abbreviations ok)
     *
     * Sub-unit of a country with limited sovereignty in a federally organized country. A code may be used if codes are in common use (i.e. US 2 letter state codes).
     *
     * - Cardinality 0..1
     * - FHIR path `Address.state`
     * - Type string
     */
    state?: string;
    /** Extensions and id for `state` (FHIR JSON primitive extension, see Address.state). */
    _state?: Element;
    /**
     * Postal code for area
     *
     * A postal code designating a region defined by the postal service.
     *
     * - Cardinality 0..1
     * - FHIR path `Address.postalCode`
     * - Type string
     */
    postalCode?: string;
    /** Extensions and id for `postalCode` (FHIR JSON primitive extension, see Address.postalCode). */
    _postalCode?: Element;
    /**
     * Country (e.g. can be ISO 3166 2 or 3 letter code)
     *
     * Country - a nation as commonly understood or generally accepted.
     *
     * - Cardinality 0..1
     * - FHIR path `Address.country`
     * - Type string
     */
    country?: string;
    /** Extensions and id for `country` (FHIR JSON primitive extension, see Address.country). */
    _country?: Element;
    /**
     * Time period when address was/is in use
     *
     * Time period when address was/is in use.
     *
     * - Cardinality 0..1
     * - FHIR path `Address.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAddress(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Address (http://hl7.org/fhir/StructureDefinition/Address).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAddress(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAddress} with the same options reports no error or fatal issue: Address (http://hl7.org/fhir/StructureDefinition/Address). */
export declare function isAddress(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Address;
