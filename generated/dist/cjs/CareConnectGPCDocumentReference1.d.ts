import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCodingSctdescid2 } from './ExtensionCodingSctdescid2.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-GPC-DocumentReference-1
 *
 * The DocumentReference resource is used to describe a document that is made available to a healthcare system.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1 (version 1.3)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of DocumentReference
 */
export interface CareConnectGPCDocumentReference1 {
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
    meta?: CareConnectGPCDocumentReference1Meta;
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
     * Version Number of the document
     *
     * Document identifier as assigned by the source of the document. This identifier is specific to this version of the document. This unique identifier may be used elsewhere to identify this version of the document.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.masterIdentifier`
     * - Type Identifier
     */
    masterIdentifier?: CareConnectGPCDocumentReference1MasterIdentifier;
    /**
     * The identifier of the document.
     *
     * Other identifiers associated with the document, including version independent identifiers.  This will be generated by the organisation that is the custodian of the document.
     *
     * - Cardinality 1..*
     * - FHIR path `DocumentReference.identifier`
     * - Type Identifier
     */
    identifier: [CareConnectGPCDocumentReference1Identifier, ...CareConnectGPCDocumentReference1Identifier[]];
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
     * Type of document
     *
     * Specifies the particular kind of document referenced  (e.g. History and Physical, Discharge Summary, Progress Note). This usually equates to the purpose of making the document referenced.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.type`
     * - Type CodeableConcept
     * - Binding preferred to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-DocumentType-1 (codes not enumerable here: ValueSet https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-DocumentType-1 is not in the loaded packages)
     */
    type: CareConnectGPCDocumentReference1Type;
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
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.subject`
     * - Type Reference
     */
    subject: Reference<'Device' | 'Group' | 'Patient' | 'Practitioner'>;
    /**
     * Document creation time
     *
     * When the document was created. Creation/Edit datetime of the document - event date
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
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.author`
     * - Type Reference
     */
    author?: [Reference];
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
    relatesTo?: CareConnectGPCDocumentReference1RelatesTo[];
    /**
     * Document description or title
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
    content: [CareConnectGPCDocumentReference1Content, ...CareConnectGPCDocumentReference1Content[]];
    /**
     * Clinical context of document
     *
     * The clinical context in which the document was prepared.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context`
     * - Type BackboneElement
     */
    context?: CareConnectGPCDocumentReference1Context;
}
/**
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `DocumentReference.meta`
 * - Type Meta
 */
export interface CareConnectGPCDocumentReference1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see DocumentReference.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see DocumentReference.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `DocumentReference.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see DocumentReference.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.meta.security`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    security?: Coding[];
    /**
     * Tags applied to this resource
     *
     * Tags applied to this resource. Tags are intended to be used to identify and relate resources to process and workflow, and applications are not required to consider the tags when interpreting the meaning of a resource.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * Version Number of the document
 *
 * Document identifier as assigned by the source of the document. This identifier is specific to this version of the document. This unique identifier may be used elsewhere to identify this version of the document.
 *
 * - Cardinality 0..1
 * - FHIR path `DocumentReference.masterIdentifier`
 * - Type Identifier
 */
export interface CareConnectGPCDocumentReference1MasterIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.masterIdentifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.masterIdentifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.masterIdentifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.masterIdentifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see DocumentReference.masterIdentifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.masterIdentifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.masterIdentifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see DocumentReference.masterIdentifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.masterIdentifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see DocumentReference.masterIdentifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.masterIdentifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.masterIdentifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * The identifier of the document.
 *
 * Other identifiers associated with the document, including version independent identifiers.  This will be generated by the organisation that is the custodian of the document.
 *
 * - Cardinality 1..*
 * - FHIR path `DocumentReference.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCDocumentReference1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see DocumentReference.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.identifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see DocumentReference.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see DocumentReference.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Type of document
 *
 * Specifies the particular kind of document referenced  (e.g. History and Physical, Discharge Summary, Progress Note). This usually equates to the purpose of making the document referenced.
 *
 * - Cardinality 1..1
 * - FHIR path `DocumentReference.type`
 * - Type CodeableConcept
 * - Binding preferred to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-DocumentType-1 (codes not enumerable here: ValueSet https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-DocumentType-1 is not in the loaded packages)
 */
export interface CareConnectGPCDocumentReference1Type {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.type.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.type.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.type.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.type.coding`
     * - Type Coding
     */
    coding?: CareConnectGPCDocumentReference1TypeCoding[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.type.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see DocumentReference.type.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `DocumentReference.type.coding`
 * - Type Coding
 */
export interface CareConnectGPCDocumentReference1TypeCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.type.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.type.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.type.coding.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.type.coding.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see DocumentReference.type.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.type.coding.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see DocumentReference.type.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.type.coding.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see DocumentReference.type.coding.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.type.coding.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see DocumentReference.type.coding.userSelected). */
    _userSelected?: Element;
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
export interface CareConnectGPCDocumentReference1RelatesTo {
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
export interface CareConnectGPCDocumentReference1Content {
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
    attachment: CareConnectGPCDocumentReference1ContentAttachment;
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
 * Where to access the document
 *
 * The document or URL of the document along with critical metadata to prove content has integrity.
 *
 * - Cardinality 1..1
 * - FHIR path `DocumentReference.content.attachment`
 * - Type Attachment
 */
export interface CareConnectGPCDocumentReference1ContentAttachment {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.attachment.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.content.attachment.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.content.attachment.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Mime type of the content, with charset etc.
     *
     * Identifies the type of the data in the attachment and allows a method to be chosen to interpret or render the data. Includes mime type parameters such as charset where appropriate.
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.content.attachment.contentType`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    contentType: string;
    /** Extensions and id for `contentType` (FHIR JSON primitive extension, see DocumentReference.content.attachment.contentType). */
    _contentType?: Element;
    /**
     * Human language of the content (BCP-47)
     *
     * The human language of the content. The value can be any valid value according to BCP 47.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.attachment.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DocumentReference.content.attachment.language). */
    _language?: Element;
    /**
     * Data inline, base64ed
     *
     * The actual data of the attachment - a sequence of bytes. In XML, represented using base64.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.attachment.data`
     * - Type base64Binary
     */
    data?: string;
    /** Extensions and id for `data` (FHIR JSON primitive extension, see DocumentReference.content.attachment.data). */
    _data?: Element;
    /**
     * Uri where the data can be found
     *
     * An alternative location where the data can be accessed.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.attachment.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see DocumentReference.content.attachment.url). */
    _url?: Element;
    /**
     * Size of the file
     *
     * The number of bytes of data that make up this attachment (before base64 encoding, if that is done).
     *
     * - Cardinality 1..1
     * - FHIR path `DocumentReference.content.attachment.size`
     * - Type unsignedInt
     */
    size: number;
    /** Extensions and id for `size` (FHIR JSON primitive extension, see DocumentReference.content.attachment.size). */
    _size?: Element;
    /**
     * Hash of the data (sha-1, base64ed)
     *
     * The calculated hash of the data using SHA-1. Represented using base64.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.attachment.hash`
     * - Type base64Binary
     */
    hash?: string;
    /** Extensions and id for `hash` (FHIR JSON primitive extension, see DocumentReference.content.attachment.hash). */
    _hash?: Element;
    /**
     * Label to display in place of the data
     *
     * A label or set of text to display in place of the data.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.attachment.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see DocumentReference.content.attachment.title). */
    _title?: Element;
    /**
     * Date attachment was first created
     *
     * The date that the attachment was first created.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.content.attachment.creation`
     * - Type dateTime
     */
    creation?: string;
    /** Extensions and id for `creation` (FHIR JSON primitive extension, see DocumentReference.content.attachment.creation). */
    _creation?: Element;
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
export interface CareConnectGPCDocumentReference1Context {
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
     * - Binding preferred to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-CareSettingType-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
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
    related?: CareConnectGPCDocumentReference1ContextRelated[];
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
export interface CareConnectGPCDocumentReference1ContextRelated {
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
    identifier?: CareConnectGPCDocumentReference1ContextRelatedIdentifier;
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
/**
 * Identifier of related objects or events
 *
 * Related identifier to this DocumentReference. If both id and ref are present they shall refer to the same thing.
 *
 * - Cardinality 0..1
 * - FHIR path `DocumentReference.context.related.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCDocumentReference1ContextRelatedIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DocumentReference.context.related.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DocumentReference.context.related.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see DocumentReference.context.related.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.identifier.type`
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
     * - FHIR path `DocumentReference.context.related.identifier.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see DocumentReference.context.related.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.identifier.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see DocumentReference.context.related.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `DocumentReference.context.related.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCDocumentReference1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1MasterIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1Type(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1RelatesTo(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1Content(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1Context(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1TypeCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1ContentAttachment(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1ContextRelated(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCDocumentReference1ContextRelatedIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-DocumentReference-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1 version 1.3).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCDocumentReference1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCDocumentReference1} with the same options reports no error or fatal issue: CareConnect-GPC-DocumentReference-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1 version 1.3). */
export declare function isCareConnectGPCDocumentReference1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCDocumentReference1;
/** Input of {@link buildCareConnectGPCDocumentReference1}: a {@link CareConnectGPCDocumentReference1} without what the builder fills in. */
export type CareConnectGPCDocumentReference1Input = BuilderInput<CareConnectGPCDocumentReference1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectGPCDocumentReference1['meta']>;
}>;
/**
 * Builds a {@link CareConnectGPCDocumentReference1} (CareConnect-GPC-DocumentReference-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DocumentReference"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1
 *
 * The result is checked with {@link validateCareConnectGPCDocumentReference1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCDocumentReference1(input: CareConnectGPCDocumentReference1Input): CareConnectGPCDocumentReference1;
