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
 * Consent
 *
 * Base StructureDefinition for Consent Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Consent
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Consent {
    /** The FHIR resource type. */
    resourceType: 'Consent';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Consent.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Consent.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Consent.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifier for this record (external references)
     *
     * Unique identifier for this copy of the Consent Statement.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * draft | proposed | active | rejected | inactive | entered-in-error
     *
     * Indicates the current state of this consent.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/consent-state-codes (6 codes: draft, proposed, active, rejected, inactive, entered-in-error)
     */
    status: 'active' | 'draft' | 'entered-in-error' | 'inactive' | 'proposed' | 'rejected';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Consent.status). */
    _status?: Element;
    /**
     * Classification of the consent statement - for indexing/retrieval
     *
     * A classification of the type of consents found in the statement. This element supports indexing and retrieval of consent statements.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/consent-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept[];
    /**
     * Who the consent applies to
     *
     * The patient/healthcare consumer to whom this consent applies.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * Period that this consent applies
     *
     * Relevant time or time-period when this Consent is applicable.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.period`
     * - Type Period
     */
    period?: Period;
    /**
     * When this Consent was created or indexed
     *
     * When this  Consent was issued / created / indexed.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.dateTime`
     * - Type dateTime
     */
    dateTime?: string;
    /** Extensions and id for `dateTime` (FHIR JSON primitive extension, see Consent.dateTime). */
    _dateTime?: Element;
    /**
     * Who is agreeing to the policy and exceptions
     *
     * Either the Grantor, which is the entity responsible for granting the rights listed in a Consent Directive or the Grantee, which is the entity responsible for complying with the Consent Directive, including any obligations or limitations on authorizations and enforcement of prohibitions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.consentingParty`
     * - Type Reference
     */
    consentingParty?: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[];
    /**
     * Who|what controlled by this consent (or group, by role)
     *
     * Who or what is controlled by this consent. Use group to identify a set of actors by some property they share (e.g. 'admitting officers').
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.actor`
     * - Type BackboneElement
     */
    actor?: ConsentActor[];
    /**
     * Actions controlled by this consent
     *
     * Actions controlled by this consent.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.action`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/consent-action (codes not enumerable here: example binding: not checked)
     */
    action?: CodeableConcept[];
    /**
     * Custodian of the consent
     *
     * The organization that manages the consent, and the framework within which it is executed.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>[];
    /**
     * Source from which this consent is taken
     *
     * The source on which this consent statement is based. The source might be a scanned original paper form, or a reference to a consent that links back to such a source, a reference to a document repository (e.g. XDS) that stores the original consent document.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.source[x]`
     * - Type Attachment | Identifier | Reference
     */
    sourceAttachment?: Attachment;
    /**
     * Source from which this consent is taken
     *
     * The source on which this consent statement is based. The source might be a scanned original paper form, or a reference to a consent that links back to such a source, a reference to a document repository (e.g. XDS) that stores the original consent document.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.source[x]`
     * - Type Attachment | Identifier | Reference
     */
    sourceIdentifier?: Identifier;
    /**
     * Source from which this consent is taken
     *
     * The source on which this consent statement is based. The source might be a scanned original paper form, or a reference to a consent that links back to such a source, a reference to a document repository (e.g. XDS) that stores the original consent document.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.source[x]`
     * - Type Attachment | Identifier | Reference
     */
    sourceReference?: Reference<'Consent' | 'Contract' | 'DocumentReference' | 'QuestionnaireResponse'>;
    /**
     * Policies covered by this consent
     *
     * The references to the policies that are included in this consent scope. Policies may be organizational, but are often defined jurisdictionally, or in law.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.policy`
     * - Type BackboneElement
     */
    policy?: ConsentPolicy[];
    /**
     * Policy that this consents to
     *
     * A referece to the specific computable policy.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.policyRule`
     * - Type uri
     */
    policyRule?: string;
    /** Extensions and id for `policyRule` (FHIR JSON primitive extension, see Consent.policyRule). */
    _policyRule?: Element;
    /**
     * Security Labels that define affected resources
     *
     * A set of security labels that define which resources are controlled by this consent. If more than one label is specified, all resources must have all the specified labels.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.securityLabel`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    securityLabel?: Coding[];
    /**
     * Context of activities for which the agreement is made
     *
     * The context of the activities a user is taking - why the user is accessing the data - that are controlled by this consent.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.purpose`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server)
     */
    purpose?: Coding[];
    /**
     * Timeframe for data controlled by this consent
     *
     * Clinical or Operational Relevant period of time that bounds the data controlled by this consent.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.dataPeriod`
     * - Type Period
     */
    dataPeriod?: Period;
    /**
     * Data controlled by this consent
     *
     * The resources controlled by this consent, if specific resources are referenced.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.data`
     * - Type BackboneElement
     */
    data?: ConsentData[];
    /**
     * Additional rule -  addition or removal of permissions
     *
     * An exception to the base policy of this consent. An exception can be an addition or removal of access permissions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except`
     * - Type BackboneElement
     */
    except?: ConsentExcept[];
}
/**
 * Who|what controlled by this consent (or group, by role)
 *
 * Who or what is controlled by this consent. Use group to identify a set of actors by some property they share (e.g. 'admitting officers').
 *
 * - Cardinality 0..*
 * - FHIR path `Consent.actor`
 * - Type BackboneElement
 */
export interface ConsentActor {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.actor.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Consent.actor.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.actor.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.actor.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * How the actor is involved
     *
     * How the individual is involved in the resources content that is described in the consent.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.actor.role`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-role-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server)
     */
    role: CodeableConcept;
    /**
     * Resource for the actor (or group, by role)
     *
     * The resource that identifies the actor. To identify a actors by type, use group to identify a set of actors by some property they share (e.g. 'admitting officers').
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.actor.reference`
     * - Type Reference
     */
    reference: Reference<'CareTeam' | 'Device' | 'Group' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
}
/**
 * Policies covered by this consent
 *
 * The references to the policies that are included in this consent scope. Policies may be organizational, but are often defined jurisdictionally, or in law.
 *
 * - Cardinality 0..*
 * - FHIR path `Consent.policy`
 * - Type BackboneElement
 */
export interface ConsentPolicy {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.policy.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Consent.policy.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.policy.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.policy.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Enforcement source for policy
     *
     * Entity or Organization having regulatory jurisdiction or accountability for  enforcing policies pertaining to Consent Directives.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.policy.authority`
     * - Type uri
     */
    authority?: string;
    /** Extensions and id for `authority` (FHIR JSON primitive extension, see Consent.policy.authority). */
    _authority?: Element;
    /**
     * Specific policy covered by this consent
     *
     * The references to the policies that are included in this consent scope. Policies may be organizational, but are often defined jurisdictionally, or in law.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.policy.uri`
     * - Type uri
     */
    uri?: string;
    /** Extensions and id for `uri` (FHIR JSON primitive extension, see Consent.policy.uri). */
    _uri?: Element;
}
/**
 * Data controlled by this consent
 *
 * The resources controlled by this consent, if specific resources are referenced.
 *
 * - Cardinality 0..*
 * - FHIR path `Consent.data`
 * - Type BackboneElement
 */
export interface ConsentData {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.data.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Consent.data.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.data.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.data.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * instance | related | dependents | authoredby
     *
     * How the resource reference is interpreted when testing consent restrictions.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.data.meaning`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/consent-data-meaning (4 codes: instance, related, dependents, authoredby)
     */
    meaning: 'authoredby' | 'dependents' | 'instance' | 'related';
    /** Extensions and id for `meaning` (FHIR JSON primitive extension, see Consent.data.meaning). */
    _meaning?: Element;
    /**
     * The actual data reference
     *
     * A reference to a specific resource that defines which resources are covered by this consent.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.data.reference`
     * - Type Reference
     */
    reference: Reference;
}
/**
 * Additional rule -  addition or removal of permissions
 *
 * An exception to the base policy of this consent. An exception can be an addition or removal of access permissions.
 *
 * - Cardinality 0..*
 * - FHIR path `Consent.except`
 * - Type BackboneElement
 */
export interface ConsentExcept {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.except.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Consent.except.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * deny | permit
     *
     * Action  to take - permit or deny - when the exception conditions are met.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.except.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/consent-except-type (2 codes: deny, permit)
     */
    type: 'deny' | 'permit';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Consent.except.type). */
    _type?: Element;
    /**
     * Timeframe for this exception
     *
     * The timeframe in this exception is valid.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.except.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Who|what controlled by this exception (or group, by role)
     *
     * Who or what is controlled by this Exception. Use group to identify a set of actors by some property they share (e.g. 'admitting officers').
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.actor`
     * - Type BackboneElement
     */
    actor?: ConsentExceptActor[];
    /**
     * Actions controlled by this exception
     *
     * Actions controlled by this Exception.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.action`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/consent-action (codes not enumerable here: example binding: not checked)
     */
    action?: CodeableConcept[];
    /**
     * Security Labels that define affected resources
     *
     * A set of security labels that define which resources are controlled by this exception. If more than one label is specified, all resources must have all the specified labels.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.securityLabel`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    securityLabel?: Coding[];
    /**
     * Context of activities covered by this exception
     *
     * The context of the activities a user is taking - why the user is accessing the data - that are controlled by this exception.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.purpose`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server)
     */
    purpose?: Coding[];
    /**
     * e.g. Resource Type, Profile, or CDA etc
     *
     * The class of information covered by this exception. The type can be a FHIR resource type, a profile on a type, or a CDA document, or some other type that indicates what sort of information the consent relates to.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.class`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/consent-content-class (194 codes: urn:ihe:pcc:handp:2008, urn:ihe:pcc:xphr:2007, urn:ihe:pcc:aps:2007, urn:ihe:pcc:xds-ms:2007, urn:ihe:pcc:edr:2007, urn:ihe:pcc:edes:2007, urn:ihe:pcc:apr:handp:2008, urn:ihe:pcc:apr:lab:2008, urn:ihe:pcc:apr:edu:2008, urn:ihe:pcc:irc:2008, urn:ihe:pcc:crc:2008, urn:ihe:pcc:cm:2008, ...)
     */
    class?: Coding[];
    /**
     * e.g. LOINC or SNOMED CT code, etc in the content
     *
     * If this code is found in an instance, then the exception applies.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.code`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/consent-content-code (codes not enumerable here: example binding: not checked)
     */
    code?: Coding[];
    /**
     * Timeframe for data controlled by this exception
     *
     * Clinical or Operational Relevant period of time that bounds the data controlled by this exception.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.except.dataPeriod`
     * - Type Period
     */
    dataPeriod?: Period;
    /**
     * Data controlled by this exception
     *
     * The resources controlled by this exception, if specific resources are referenced.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.data`
     * - Type BackboneElement
     */
    data?: ConsentExceptData[];
}
/**
 * Who|what controlled by this exception (or group, by role)
 *
 * Who or what is controlled by this Exception. Use group to identify a set of actors by some property they share (e.g. 'admitting officers').
 *
 * - Cardinality 0..*
 * - FHIR path `Consent.except.actor`
 * - Type BackboneElement
 */
export interface ConsentExceptActor {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.except.actor.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Consent.except.actor.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.actor.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.actor.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * How the actor is involved
     *
     * How the individual is involved in the resources content that is described in the exception.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.except.actor.role`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-role-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server)
     */
    role: CodeableConcept;
    /**
     * Resource for the actor (or group, by role)
     *
     * The resource that identifies the actor. To identify a actors by type, use group to identify a set of actors by some property they share (e.g. 'admitting officers').
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.except.actor.reference`
     * - Type Reference
     */
    reference: Reference<'CareTeam' | 'Device' | 'Group' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
}
/**
 * Data controlled by this exception
 *
 * The resources controlled by this exception, if specific resources are referenced.
 *
 * - Cardinality 0..*
 * - FHIR path `Consent.except.data`
 * - Type BackboneElement
 */
export interface ConsentExceptData {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Consent.except.data.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Consent.except.data.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.data.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Consent.except.data.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * instance | related | dependents | authoredby
     *
     * How the resource reference is interpreted when testing consent restrictions.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.except.data.meaning`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/consent-data-meaning (4 codes: instance, related, dependents, authoredby)
     */
    meaning: 'authoredby' | 'dependents' | 'instance' | 'related';
    /** Extensions and id for `meaning` (FHIR JSON primitive extension, see Consent.except.data.meaning). */
    _meaning?: Element;
    /**
     * The actual data reference
     *
     * A reference to a specific resource that defines which resources are covered by this consent.
     *
     * - Cardinality 1..1
     * - FHIR path `Consent.except.data.reference`
     * - Type Reference
     */
    reference: Reference;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkConsent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentActor(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentPolicy(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentData(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentExcept(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentExceptActor(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentExceptData(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Consent (http://hl7.org/fhir/StructureDefinition/Consent).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateConsent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateConsent} with the same options reports no error or fatal issue: Consent (http://hl7.org/fhir/StructureDefinition/Consent). */
export declare function isConsent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Consent;
/** Input of {@link buildConsent}: a {@link Consent} without what the builder fills in. */
export type ConsentInput = BuilderInput<Consent, 'resourceType'>;
/**
 * Builds a {@link Consent} (Consent, http://hl7.org/fhir/StructureDefinition/Consent).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Consent"
 *
 * The result is checked with {@link validateConsent}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildConsent(input: ConsentInput): Consent;
