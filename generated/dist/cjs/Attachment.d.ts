import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * Attachment
 *
 * Base StructureDefinition for Attachment Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Attachment
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Attachment {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Attachment.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Attachment.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Mime type of the content, with charset etc.
     *
     * Identifies the type of the data in the attachment and allows a method to be chosen to interpret or render the data. Includes mime type parameters such as charset where appropriate.
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.contentType`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    contentType?: string;
    /** Extensions and id for `contentType` (FHIR JSON primitive extension, see Attachment.contentType). */
    _contentType?: Element;
    /**
     * Human language of the content (BCP-47)
     *
     * The human language of the content. The value can be any valid value according to BCP 47.
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Attachment.language). */
    _language?: Element;
    /**
     * Data inline, base64ed
     *
     * The actual data of the attachment - a sequence of bytes. In XML, represented using base64.
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.data`
     * - Type base64Binary
     */
    data?: string;
    /** Extensions and id for `data` (FHIR JSON primitive extension, see Attachment.data). */
    _data?: Element;
    /**
     * Uri where the data can be found
     *
     * An alternative location where the data can be accessed.
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Attachment.url). */
    _url?: Element;
    /**
     * Number of bytes of content (if url provided)
     *
     * The number of bytes of data that make up this attachment (before base64 encoding, if that is done).
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.size`
     * - Type unsignedInt
     */
    size?: number;
    /** Extensions and id for `size` (FHIR JSON primitive extension, see Attachment.size). */
    _size?: Element;
    /**
     * Hash of the data (sha-1, base64ed)
     *
     * The calculated hash of the data using SHA-1. Represented using base64.
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.hash`
     * - Type base64Binary
     */
    hash?: string;
    /** Extensions and id for `hash` (FHIR JSON primitive extension, see Attachment.hash). */
    _hash?: Element;
    /**
     * Label to display in place of the data
     *
     * A label or set of text to display in place of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see Attachment.title). */
    _title?: Element;
    /**
     * Date attachment was first created
     *
     * The date that the attachment was first created.
     *
     * - Cardinality 0..1
     * - FHIR path `Attachment.creation`
     * - Type dateTime
     */
    creation?: string;
    /** Extensions and id for `creation` (FHIR JSON primitive extension, see Attachment.creation). */
    _creation?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAttachment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Attachment (http://hl7.org/fhir/StructureDefinition/Attachment).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAttachment(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAttachment} with the same options reports no error or fatal issue: Attachment (http://hl7.org/fhir/StructureDefinition/Attachment). */
export declare function isAttachment(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Attachment;
