import { type Attachment } from './Attachment.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
/**
 * RelatedArtifact
 *
 * Base StructureDefinition for RelatedArtifact Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/RelatedArtifact
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface RelatedArtifact {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedArtifact.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see RelatedArtifact.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `RelatedArtifact.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * documentation | justification | citation | predecessor | successor | derived-from | depends-on | composed-of
     *
     * The type of relationship to the related artifact.
     *
     * - Cardinality 1..1
     * - FHIR path `RelatedArtifact.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/related-artifact-type (8 codes: documentation, justification, citation, predecessor, successor, derived-from, depends-on, composed-of)
     */
    type: 'citation' | 'composed-of' | 'depends-on' | 'derived-from' | 'documentation' | 'justification' | 'predecessor' | 'successor';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see RelatedArtifact.type). */
    _type?: Element;
    /**
     * Brief description of the related artifact
     *
     * A brief description of the document or knowledge resource being referenced, suitable for display to a consumer.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedArtifact.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see RelatedArtifact.display). */
    _display?: Element;
    /**
     * Bibliographic citation for the artifact
     *
     * A bibliographic citation for the related artifact. This text SHOULD be formatted according to an accepted citation format.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedArtifact.citation`
     * - Type string
     */
    citation?: string;
    /** Extensions and id for `citation` (FHIR JSON primitive extension, see RelatedArtifact.citation). */
    _citation?: Element;
    /**
     * Where the artifact can be accessed
     *
     * A url for the artifact that can be followed to access the actual content.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedArtifact.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see RelatedArtifact.url). */
    _url?: Element;
    /**
     * What document is being referenced
     *
     * The document being referenced, represented as an attachment. This is exclusive with the resource element.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedArtifact.document`
     * - Type Attachment
     */
    document?: Attachment;
    /**
     * What resource is being referenced
     *
     * The related resource, such as a library, value set, profile, or other knowledge resource.
     *
     * - Cardinality 0..1
     * - FHIR path `RelatedArtifact.resource`
     * - Type Reference
     */
    resource?: Reference;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkRelatedArtifact(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against RelatedArtifact (http://hl7.org/fhir/StructureDefinition/RelatedArtifact).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateRelatedArtifact(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateRelatedArtifact} with the same options reports no error or fatal issue: RelatedArtifact (http://hl7.org/fhir/StructureDefinition/RelatedArtifact). */
export declare function isRelatedArtifact(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is RelatedArtifact;
