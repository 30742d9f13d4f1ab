import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * DocumentReference
 *
 * Base StructureDefinition for DocumentReference Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DocumentReference
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DocumentReference {
    /** The FHIR resource type. */
    resourceType: 'DocumentReference';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DocumentReference.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DocumentReference.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Master Version Specific Identifier
     *
     * Document identifier as assigned by the source of the document. This identifier is specific to this version of the document. This unique identifier may be used elsewhere to identify this version of the document.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.masterIdentifier`
     * - Type Identifier
     */
    masterIdentifier?: Identifier;
    /**
     * Other identifiers for the document
     *
     * Other identifiers associated with the document, including version independent identifiers.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * current | superseded | entered-in-error
     *
     * The status of this document reference.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/document-reference-status (3 codes: current, superseded, entered-in-error)
     */
    status: 'current' | 'entered-in-error' | 'superseded';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see DocumentReference.status). */
    _status?: Element;
    /**
     * preliminary | final | appended | amended | entered-in-error
     *
     * The status of the underlying document.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.docStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/composition-status (4 codes: preliminary, final, amended, entered-in-error)
     */
    docStatus?: 'amended' | 'entered-in-error' | 'final' | 'preliminary';
    /** Extensions and id for `docStatus` (FHIR JSON primitive extension, see DocumentReference.docStatus). */
    _docStatus?: Element;
    /**
     * Kind of document (LOINC if possible)
     *
     * Specifies the particular kind of document referenced  (e.g. History and Physical, Discharge Summary, Progress Note). This usually equates to the purpose of making the document referenced.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.type`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-doc-typecodes (codes not enumerable here: ValueSet http://hl7.org/fhir/ValueSet/c80-doc-typecodes has 6401 codes (over 1000))
     */
    type: CodeableConcept;
    /**
     * Categorization of document
     *
     * A categorization for the type of document referenced - helps for indexing and searching. This may be implied by or derived from the code specified in the DocumentReference.type.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.class`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/c80-doc-classcodes (codes not enumerable here: example binding: not checked)
     */
    class?: CodeableConcept;
    /**
     * Who/what is the subject of the document
     *
     * Who or what the document is about. The document can be about a person, (patient or healthcare practitioner), a device (e.g. a machine) or even a group of subjects (such as a document about a herd of farm animals, or a set of patients that share a common exposure).
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.subject`
     * - Type Reference
     */
    subject?: Reference<'Device' | 'Group' | 'Patient' | 'Practitioner'>;
    /**
     * Document creation time
     *
     * When the document was created.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see DocumentReference.created). */
    _created?: Element;
    /**
     * When this document reference was created
     *
     * When the document reference was created.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.indexed`
     * - Type instant
     */
    indexed: string;
    /** Extensions and id for `indexed` (FHIR JSON primitive extension, see DocumentReference.indexed). */
    _indexed?: Element;
    /**
     * Who and/or what authored the document
     *
     * Identifies who is responsible for adding the information to the document.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.author`
     * - Type Reference
     */
    author?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * Who/what authenticated the document
     *
     * Which person or organization authenticates that this document is valid.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.authenticator`
     * - Type Reference
     */
    authenticator?: Reference<'Organization' | 'Practitioner'>;
    /**
     * Organization which maintains the document
     *
     * Identifies the organization or group who is responsible for ongoing maintenance of and access to the document.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.custodian`
     * - Type Reference
     */
    custodian?: Reference<'Organization'>;
    /**
     * Relationships to other documents
     *
     * Relationships that this document has with other document references that already exist.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.relatesTo`
     * - Type BackboneElement
     */
    relatesTo?: DocumentReferenceRelatesTo[];
    /**
     * Human-readable description (title)
     *
     * Human-readable description of the source document. This is sometimes known as the "title".
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see DocumentReference.description). */
    _description?: Element;
    /**
     * Document security-tags
     *
     * A set of Security-Tag codes specifying the level of privacy/security of the Document. Note that DocumentReference.meta.security contains the security labels of the "reference" to the document, while DocumentReference.securityLabel contains a snapshot of the security labels on the document the reference refers to.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.securityLabel`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    securityLabel?: CodeableConcept[];
    /**
     * Document referenced
     *
     * The document and format referenced. There may be multiple content element repetitions, each with a different format.
     *
     * - Cardinality 1..*
     * - FHIR path `DocumentReference.content`
     * - Type BackboneElement
     */
    content: [DocumentReferenceContent, ...DocumentReferenceContent[]];
    /**
     * Clinical context of document
     *
     * The clinical context in which the document was prepared.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context`
     * - Type BackboneElement
     */
    context?: DocumentReferenceContext;
}
/**
 * Relationships to other documents
 *
 * Relationships that this document has with other document references that already exist.
 *
 * - Cardinality 0..*
 * - FHIR path `DocumentReference.relatesTo`
 * - Type BackboneElement
 */
export interface DocumentReferenceRelatesTo {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.relatesTo.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.relatesTo.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.relatesTo.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.relatesTo.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * replaces | transforms | signs | appends
     *
     * The type of relationship that this document has with anther document.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.relatesTo.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/document-relationship-type (4 codes: replaces, transforms, signs, appends)
     */
    code: 'appends' | 'replaces' | 'signs' | 'transforms';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see DocumentReference.relatesTo.code). */
    _code?: Element;
    /**
     * Target of the relationship
     *
     * The target document of this relationship.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.relatesTo.target`
     * - Type Reference
     */
    target: Reference<'DocumentReference'>;
}
/**
 * Document referenced
 *
 * The document and format referenced. There may be multiple content element repetitions, each with a different format.
 *
 * - Cardinality 1..*
 * - FHIR path `DocumentReference.content`
 * - Type BackboneElement
 */
export interface DocumentReferenceContent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.content.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.content.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.content.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Where to access the document
     *
     * The document or URL of the document along with critical metadata to prove content has integrity.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.content.attachment`
     * - Type Attachment
     */
    attachment: Attachment;
    /**
     * Format/content rules for the document
     *
     * An identifier of the document encoding, structure, and template that the document conforms to beyond the base format indicated in the mimeType.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.format`
     * - Type Coding
     * - Binding preferred to http://hl7.org/fhir/ValueSet/formatcodes (73 codes: urn:ihe:pcc:handp:2008, urn:ihe:pcc:xphr:2007, urn:ihe:pcc:aps:2007, urn:ihe:pcc:xds-ms:2007, urn:ihe:pcc:edr:2007, urn:ihe:pcc:edes:2007, urn:ihe:pcc:apr:handp:2008, urn:ihe:pcc:apr:lab:2008, urn:ihe:pcc:apr:edu:2008, urn:ihe:pcc:irc:2008, urn:ihe:pcc:crc:2008, urn:ihe:pcc:cm:2008, ...)
     */
    format?: Coding;
}
/**
 * Clinical context of document
 *
 * The clinical context in which the document was prepared.
 *
 * - Cardinality 0..1
 * - FHIR path `DocumentReference.context`
 * - Type BackboneElement
 */
export interface DocumentReferenceContext {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.context.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.context.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.context.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Context of the document  content
     *
     * Describes the clinical encounter or type of care that the document content is associated with.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>;
    /**
     * Main clinical acts documented
     *
     * This list of codes represents the main clinical acts, such as a colonoscopy or an appendectomy, being documented. In some cases, the event is inherent in the typeCode, such as a "History and Physical Report" in which the procedure being documented is necessarily a "History and Physical" act.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.context.event`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-ActCode (codes not enumerable here: example binding: not checked)
     */
    event?: CodeableConcept[];
    /**
     * Time of service that is being documented
     *
     * The time period over which the service that is described by the document was provided.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Kind of facility where patient was seen
     *
     * The kind of facility where the patient was seen.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.facilityType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/c80-facilitycodes (codes not enumerable here: example binding: not checked)
     */
    facilityType?: CodeableConcept;
    /**
     * Additional details about where the content was created (e.g. clinical specialty)
     *
     * This property may convey specifics about the practice setting where the content was created, often reflecting the clinical specialty.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.practiceSetting`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/c80-practice-codes (codes not enumerable here: example binding: not checked)
     */
    practiceSetting?: CodeableConcept;
    /**
     * Patient demographics from source
     *
     * The Patient Information as known when the document was published. May be a reference to a version specific, or contained.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.sourcePatientInfo`
     * - Type Reference
     */
    sourcePatientInfo?: Reference<'Patient'>;
    /**
     * Related identifiers or resources
     *
     * Related identifiers or resources associated with the DocumentReference.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.context.related`
     * - Type BackboneElement
     */
    related?: DocumentReferenceContextRelated[];
}
/**
 * Related identifiers or resources
 *
 * Related identifiers or resources associated with the DocumentReference.
 *
 * - Cardinality 0..*
 * - FHIR path `DocumentReference.context.related`
 * - Type BackboneElement
 */
export interface DocumentReferenceContextRelated {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.context.related.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.context.related.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.context.related.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifier of related objects or events
     *
     * Related identifier to this DocumentReference. If both id and ref are present they shall refer to the same thing.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Related Resource
     *
     * Related Resource to this DocumentReference. If both id and ref are present they shall refer to the same thing.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.ref`
     * - Type Reference
     */
    ref?: Reference;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDocumentReference(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDocumentReferenceRelatesTo(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDocumentReferenceContent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDocumentReferenceContext(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDocumentReferenceContextRelated(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DocumentReference (http://hl7.org/fhir/StructureDefinition/DocumentReference).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDocumentReference(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDocumentReference} with the same options reports no error or fatal issue: DocumentReference (http://hl7.org/fhir/StructureDefinition/DocumentReference). */
export declare function isDocumentReference(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DocumentReference;
/** Input of {@link buildDocumentReference}: a {@link DocumentReference} without what the builder fills in. */
export type DocumentReferenceInput = BuilderInput<DocumentReference, 'resourceType'>;
/**
 * Builds a {@link DocumentReference} (DocumentReference, http://hl7.org/fhir/StructureDefinition/DocumentReference).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DocumentReference"
 *
 * The result is checked with {@link validateDocumentReference}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDocumentReference(input: DocumentReferenceInput): DocumentReference;
