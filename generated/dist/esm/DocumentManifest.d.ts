import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * DocumentManifest
 *
 * Base StructureDefinition for DocumentManifest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DocumentManifest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DocumentManifest {
    /** The FHIR resource type. */
    resourceType: 'DocumentManifest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentManifest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DocumentManifest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DocumentManifest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique Identifier for the set of documents
     *
     * A single identifier that uniquely identifies this manifest. Principally used to refer to the manifest in non-FHIR contexts.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.masterIdentifier`
     * - Type Identifier
     */
    masterIdentifier?: Identifier;
    /**
     * Other identifiers for the manifest
     *
     * Other identifiers associated with the document manifest, including version independent  identifiers.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * current | superseded | entered-in-error
     *
     * The status of this document manifest.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentManifest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/document-reference-status (3 codes: current, superseded, entered-in-error)
     */
    status: 'current' | 'entered-in-error' | 'superseded';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see DocumentManifest.status). */
    _status?: Element;
    /**
     * Kind of document set
     *
     * Specifies the kind of this set of documents (e.g. Patient Summary, Discharge Summary, Prescription, etc.). The type of a set of documents may be the same as one of the documents in it - especially if there is only one - but it may be wider.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.type`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-doc-typecodes (codes not enumerable here: ValueSet http://hl7.org/fhir/ValueSet/c80-doc-typecodes has 6401 codes (over 1000))
     */
    type?: CodeableConcept;
    /**
     * The subject of the set of documents
     *
     * Who or what the set of documents is about. The documents can be about a person, (patient or healthcare practitioner), a device (i.e. machine) or even a group of subjects (such as a document about a herd of farm animals, or a set of patients that share a common exposure). If the documents cross more than one subject, then more than one subject is allowed here (unusual use case).
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.subject`
     * - Type Reference
     */
    subject?: Reference<'Device' | 'Group' | 'Patient' | 'Practitioner'>;
    /**
     * When this document manifest created
     *
     * When the document manifest was created for submission to the server (not necessarily the same thing as the actual resource last modified time, since it may be modified, replicated, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see DocumentManifest.created). */
    _created?: Element;
    /**
     * Who and/or what authored the manifest
     *
     * Identifies who is responsible for creating the manifest, and adding  documents to it.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.author`
     * - Type Reference
     */
    author?: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * Intended to get notified about this set of documents
     *
     * A patient, practitioner, or organization for which this set of documents is intended.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.recipient`
     * - Type Reference
     */
    recipient?: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * The source system/application/software
     *
     * Identifies the source system, application, or software that produced the document manifest.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.source`
     * - Type uri
     */
    source?: string;
    /** Extensions and id for `source` (FHIR JSON primitive extension, see DocumentManifest.source). */
    _source?: Element;
    /**
     * Human-readable description (title)
     *
     * Human-readable description of the source document. This is sometimes known as the "title".
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see DocumentManifest.description). */
    _description?: Element;
    /**
     * The items included
     *
     * The list of Documents included in the manifest.
     *
     * - Cardinality 1..*
     * - FHIR path `DocumentManifest.content`
     * - Type BackboneElement
     */
    content: [DocumentManifestContent, ...DocumentManifestContent[]];
    /**
     * Related things
     *
     * Related identifiers or resources associated with the DocumentManifest.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.related`
     * - Type BackboneElement
     */
    related?: DocumentManifestRelated[];
}
/**
 * The items included
 *
 * The list of Documents included in the manifest.
 *
 * - Cardinality 1..*
 * - FHIR path `DocumentManifest.content`
 * - Type BackboneElement
 */
export interface DocumentManifestContent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.content.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentManifest.content.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.content.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.content.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Contents of this set of documents
     *
     * The list of references to document content, or Attachment that consist of the parts of this document manifest. Usually, these would be document references, but direct references to Media or Attachments are also allowed.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentManifest.content.p[x]`
     * - Type Attachment | Reference
     */
    pAttachment?: Attachment;
    /**
     * Contents of this set of documents
     *
     * The list of references to document content, or Attachment that consist of the parts of this document manifest. Usually, these would be document references, but direct references to Media or Attachments are also allowed.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentManifest.content.p[x]`
     * - Type Attachment | Reference
     */
    pReference?: Reference;
}
/**
 * Related things
 *
 * Related identifiers or resources associated with the DocumentManifest.
 *
 * - Cardinality 0..*
 * - FHIR path `DocumentManifest.related`
 * - Type BackboneElement
 */
export interface DocumentManifestRelated {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.related.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentManifest.related.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.related.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentManifest.related.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifiers of things that are related
     *
     * Related identifier to this DocumentManifest.  For example, Order numbers, accession numbers, XDW workflow numbers.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.related.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Related Resource
     *
     * Related Resource to this DocumentManifest. For example, Order, ProcedureRequest,  Procedure, EligibilityRequest, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentManifest.related.ref`
     * - Type Reference
     */
    ref?: Reference;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDocumentManifest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDocumentManifestContent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDocumentManifestRelated(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DocumentManifest (http://hl7.org/fhir/StructureDefinition/DocumentManifest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDocumentManifest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDocumentManifest} with the same options reports no error or fatal issue: DocumentManifest (http://hl7.org/fhir/StructureDefinition/DocumentManifest). */
export declare function isDocumentManifest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DocumentManifest;
/** Input of {@link buildDocumentManifest}: a {@link DocumentManifest} without what the builder fills in. */
export type DocumentManifestInput = BuilderInput<DocumentManifest, 'resourceType'>;
/**
 * Builds a {@link DocumentManifest} (DocumentManifest, http://hl7.org/fhir/StructureDefinition/DocumentManifest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DocumentManifest"
 *
 * The result is checked with {@link validateDocumentManifest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDocumentManifest(input: DocumentManifestInput): DocumentManifest;
