import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
/**
 * Signature
 *
 * Base StructureDefinition for Signature Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Signature
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Signature {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Signature.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Signature.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Signature.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Indication of the reason the entity signed the object(s)
     *
     * An indication of the reason that the entity signed this document. This may be explicitly included as part of the signature information and can be used when determining accountability for various actions concerning the document.
     *
     * - Cardinality 1..*
     * - FHIR path `Signature.type`
     * - Type Coding
     * - Binding preferred to http://hl7.org/fhir/ValueSet/signature-type (18 codes: 1.2.840.10065.1.12.1.1, 1.2.840.10065.1.12.1.2, 1.2.840.10065.1.12.1.3, 1.2.840.10065.1.12.1.4, 1.2.840.10065.1.12.1.5, 1.2.840.10065.1.12.1.6, 1.2.840.10065.1.12.1.7, 1.2.840.10065.1.12.1.8, 1.2.840.10065.1.12.1.9, 1.2.840.10065.1.12.1.10, 1.2.840.10065.1.12.1.11, 1.2.840.10065.1.12.1.12, ...)
     */
    type: [Coding, ...Coding[]];
    /**
     * When the signature was created
     *
     * When the digital signature was signed.
     *
     * - Cardinality 1..1
     * - FHIR path `Signature.when`
     * - Type instant
     */
    when: string;
    /** Extensions and id for `when` (FHIR JSON primitive extension, see Signature.when). */
    _when?: Element;
    /**
     * Who signed
     *
     * A reference to an application-usable description of the identity that signed  (e.g. the signature used their private key).
     *
     * - Cardinality 1..1
     * - FHIR path `Signature.who[x]`
     * - Type uri | Reference
     */
    whoUri?: string;
    /** Extensions and id for `whoUri` (FHIR JSON primitive extension, see Signature.who[x]). */
    _whoUri?: Element;
    /**
     * Who signed
     *
     * A reference to an application-usable description of the identity that signed  (e.g. the signature used their private key).
     *
     * - Cardinality 1..1
     * - FHIR path `Signature.who[x]`
     * - Type uri | Reference
     */
    whoReference?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * The party represented
     *
     * A reference to an application-usable description of the identity that is represented by the signature.
     *
     * - Cardinality 0..1
     * - FHIR path `Signature.onBehalfOf[x]`
     * - Type uri | Reference
     */
    onBehalfOfUri?: string;
    /** Extensions and id for `onBehalfOfUri` (FHIR JSON primitive extension, see Signature.onBehalfOf[x]). */
    _onBehalfOfUri?: Element;
    /**
     * The party represented
     *
     * A reference to an application-usable description of the identity that is represented by the signature.
     *
     * - Cardinality 0..1
     * - FHIR path `Signature.onBehalfOf[x]`
     * - Type uri | Reference
     */
    onBehalfOfReference?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * The technical format of the signature
     *
     * A mime type that indicates the technical format of the signature. Important mime types are application/signature+xml for X ML DigSig, application/jwt for JWT, and image/* for a graphical image of a signature, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Signature.contentType`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    contentType?: string;
    /** Extensions and id for `contentType` (FHIR JSON primitive extension, see Signature.contentType). */
    _contentType?: Element;
    /**
     * The actual signature content (XML DigSig. JWT, picture, etc.)
     *
     * The base64 encoding of the Signature content. When signature is not recorded electronically this element would be empty.
     *
     * - Cardinality 0..1
     * - FHIR path `Signature.blob`
     * - Type base64Binary
     */
    blob?: string;
    /** Extensions and id for `blob` (FHIR JSON primitive extension, see Signature.blob). */
    _blob?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSignature(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Signature (http://hl7.org/fhir/StructureDefinition/Signature).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSignature(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSignature} with the same options reports no error or fatal issue: Signature (http://hl7.org/fhir/StructureDefinition/Signature). */
export declare function isSignature(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Signature;
