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
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * Consent Directive
 *
 * Consent Directive
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/consentdirective
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Contract
 */
export interface ConsentDirective {
    /** The FHIR resource type. */
    resourceType: 'Contract';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Contract.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.language`
     * - Type code
     * - Binding required to http://tools.ietf.org/html/bcp47 (codes not enumerable here: http://tools.ietf.org/html/bcp47 is not a FHIR ValueSet)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Contract.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Consent Directive identifier
     *
     * Unique identifier for this Consent Directive.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * When this Consent Directive was issued
     *
     * Date and time when this Consent Directive was executed and became effective.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.issued`
     * - Type dateTime
     */
    issued?: string;
    /** Extensions and id for `issued` (FHIR JSON primitive extension, see Contract.issued). */
    _issued?: Element;
    /**
     * Effective time
     *
     * Time period during which this Consent Directive is in effect.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.applies`
     * - Type Period
     */
    applies?: Period;
    /**
     * Patient who is the subject of this Privacy Consent Directive
     *
     * Patient information and actions taken on that information that are governed by this Privacy Consent Directive.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.subject`
     * - Type Reference
     */
    subject?: Reference[];
    /**
     * Authority under which this Consent Directive has standing
     *
     * A formally recognized grouping of people, principals, organizations, or jurisdictions with legal standing to promulgate, administer, and enforce privacy policies and applicable Consent Directives.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.authority`
     * - Type Reference
     */
    authority?: Reference<'Organization'>[];
    /**
     * Domain in which this Consent Directive applies
     *
     * Recognized governance framework or system operating with a circumscribed scope in accordance with specified principles, policies, processes or procedures for managing rights, actions, or behaviors of parties or principals relative to privacy protection and control of the collection, access, use and disclosure of resources.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.domain`
     * - Type Reference
     */
    domain?: Reference<'Location'>[];
    /**
     * Consent Directive Type
     *
     * Specific type of patient privacy Consent Directive reflecting the range of patient discretion over granting of rights to patient information and actions that may be taken on that information; e.g. Opt-in, opt-out, Share All (such as authorization to disclose to payer for payment purposes or benefit eligibility), Share Partial(such as Title 38 Section 7332 and 42 CFR Part 2), Implied Consent, such as a HIPAA Notice of Privacy Practices.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Consent Directive Subtype
     *
     * A specialized type of an overarching or more general Consent Directive, such as a patient's right to opt-out of a Patient Directory under HIPAA or a multiparty 42 CFR Part 2 consent used in a health information exchange context by a Qualified Service Organization.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.subType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-subtype (codes not enumerable here: example binding: not checked)
     */
    subType?: CodeableConcept[];
    /**
     * Consent Directive Action
     *
     * Action stipulated by this Consent Directive.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.action`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-action (codes not enumerable here: example binding: not checked)
     */
    action?: CodeableConcept[];
    /**
     * Consent Directive Action Reason
     *
     * Reason for action stipulated by this Consent Directive.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.actionReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: example binding: not checked)
     */
    actionReason?: CodeableConcept[];
    /**
     * Consent Directive Actor
     *
     * List of Consent Directive actors.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.actor`
     * - Type BackboneElement
     */
    actor?: ConsentDirectiveActor[];
    /**
     * Consent Directive Signer
     *
     * Party signing this Consent Directive.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.signer`
     * - Type BackboneElement
     */
    signer?: ConsentDirectiveSigner[];
    /**
     * Consent Directive Term List
     *
     * One or more Consent DirectiveProvisions, which may be related and conveyed as a group, and may contain nested groups.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term`
     * - Type BackboneElement
     */
    term?: ConsentDirectiveTerm[];
    /**
     * Binding Consent Directive
     *
     * Legally binding onsent Directive Provision.  This is the signed and legally recognized representation of the Consent Directive. that is considered the "source of truth", which would be the basis for legal action related to enforcement of the onsent Directive Provision.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.binding[x]`
     * - Type Attachment | Reference
     */
    bindingAttachment?: Attachment;
    /**
     * Binding Consent Directive
     *
     * Legally binding onsent Directive Provision.  This is the signed and legally recognized representation of the Consent Directive. that is considered the "source of truth", which would be the basis for legal action related to enforcement of the onsent Directive Provision.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.binding[x]`
     * - Type Attachment | Reference
     */
    bindingReference?: Reference<'Composition' | 'DocumentReference' | 'QuestionnaireResponse'>;
    /**
     * Consent Directive Friendly Language
     *
     * The "patient friendly language" versionof the Consent Directive in whole or in parts. "Patient friendly language" means the representation of the  Consent Directive and  Consent Directive Provisions in a manner that is readily accessible and understandable by a layperson in accordance with best practices for communication styles that ensure that those agreeing to or signing the  Consent Directive understand the roles, actions, obligations, responsibilities, and implication of the agreement.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.friendly`
     * - Type BackboneElement
     */
    friendly?: ConsentDirectiveFriendly[];
    /**
     * Consent Directive Legal Language
     *
     * List of Legal expressions or representations of this  Consent Directive.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.legal`
     * - Type BackboneElement
     */
    legal?: ConsentDirectiveLegal[];
    /**
     * Computable Consent Directive Language
     *
     * List of Computable Policy Rule Language Representations of this  Consent Directive.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.rule`
     * - Type BackboneElement
     */
    rule?: ConsentDirectiveRule[];
}
/**
 * Consent Directive Actor
 *
 * List of Consent Directive actors.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.actor`
 * - Type BackboneElement
 */
export interface ConsentDirectiveActor {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references).
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.actor.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.actor.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.actor.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.actor.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Consent Directive Actor Type
     *
     * Who or what actors are assigned roles in this Consent Directive.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.actor.entity`
     * - Type Reference
     */
    entity: Reference<'Contract' | 'Device' | 'Group' | 'Location' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson' | 'Substance'>;
    /**
     * Consent Directive Actor Role
     *
     * Role type of actors assigned roles in this Consent Directive.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.actor.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-actorrole (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept[];
}
/**
 * Consent Directive Signer
 *
 * Party signing this Consent Directive.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.signer`
 * - Type BackboneElement
 */
export interface ConsentDirectiveSigner {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references).
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.signer.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.signer.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.signer.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.signer.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Consent Directive Signer Type
     *
     * Role of this Consent Directive signer, e.g. patient who is Consent Directive Grantee, the Substitute Decision Maker such as a person with Power of Attorney to whom the patient has granted or delegated rights to execute a Consent Directive on the patient's behalf, a notary public or witness.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.signer.type`
     * - Type Coding
     * - Binding preferred to http://hl7.org/fhir/ValueSet/contract-signer-type (48 codes: AMENDER, AUTHN, AUT, AFFL, AGNT, ASSIGNED, CIT, CLAIMANT, COAUTH, CONSENTER, CONSWIT, CONT, ...)
     */
    type: Coding;
    /**
     * Consent Directive Signatory party
     *
     * Party which is a signatory to this Consent Directive.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.signer.party`
     * - Type Reference
     */
    party: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Consent Directive Documentation Signature
     *
     * Legally binding Consent Directive DSIG signature contents in Base64.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.signer.signature`
     * - Type string
     */
    signature: string;
    /** Extensions and id for `signature` (FHIR JSON primitive extension, see Contract.signer.signature). */
    _signature?: Element;
}
/**
 * Consent Directive Term List
 *
 * One or more Consent DirectiveProvisions, which may be related and conveyed as a group, and may contain nested groups.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.term`
 * - Type BackboneElement
 */
export interface ConsentDirectiveTerm {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references).
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.term.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Consent Directive Term identifier
     *
     * Unique identifier for this particular Consent Directive Provision.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Consent Directive Term Issue Date Time
     *
     * When this Consent Directive Provision was issued.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.issued`
     * - Type dateTime
     */
    issued?: string;
    /** Extensions and id for `issued` (FHIR JSON primitive extension, see Contract.term.issued). */
    _issued?: Element;
    /**
     * Consent Directive Term Effective Time
     *
     * Relevant time or time-period when this Consent Directive Provision is applicable.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.applies`
     * - Type Period
     */
    applies?: Period;
    /**
     * Consent Directive Term Type
     *
     * Type of Consent Directive Provision such as specific requirements, purposes for actions, obligations, prohibitions, e.g. life time maximum benefit.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-term-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Consent Directive Term Subtype
     *
     * Subtype of this Consent Directive Provision, e.g. life time maximum payment for a contract term for specific valued item, e.g. disability payment.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.subType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-term-subtype (codes not enumerable here: example binding: not checked)
     */
    subType?: CodeableConcept;
    /**
     * Topic of this Consent Directive Term
     *
     * Who or what this Consent Directive Provision is about.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.topic`
     * - Type Reference
     */
    topic?: Reference;
    /**
     * Consent Directive Term Action
     *
     * Action stipulated by this Consent Directive Provision.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.action`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-action (codes not enumerable here: example binding: not checked)
     */
    action?: CodeableConcept[];
    /**
     * Consent Directive Term Action Reason
     *
     * Reason or purpose for the action stipulated by this Consent Directive Provision.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.actionReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: example binding: not checked)
     */
    actionReason?: CodeableConcept[];
    /**
     * Consent Directive  Term Actor List
     *
     * List of actors participating in this Consent Directive Provision.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.actor`
     * - Type BackboneElement
     */
    actor?: ConsentDirectiveTermActor[];
    /**
     * Human readable Consent Directive term text
     *
     * Human readable form of this Consent Directive Provision.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Contract.term.text). */
    _text?: Element;
    /**
     * Nested Consent DirectiveTerm Group
     *
     * Nested group of Consent Directive Provision.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.group`
     */
    group?: ConsentDirectiveTerm[];
}
/**
 * Consent Directive  Term Actor List
 *
 * List of actors participating in this Consent Directive Provision.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.term.actor`
 * - Type BackboneElement
 */
export interface ConsentDirectiveTermActor {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references).
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.actor.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.term.actor.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.actor.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.actor.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Consent Directive Term Actor
     *
     * The actor assigned a role in this Consent Directive Provision.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.term.actor.entity`
     * - Type Reference
     */
    entity: Reference<'Contract' | 'Device' | 'Group' | 'Location' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson' | 'Substance'>;
    /**
     * Consent Directive Term Actor Role
     *
     * Role played by the actor assigned this role in this Consent Directive Provision.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.actor.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-actorrole (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept[];
}
/**
 * Consent Directive Friendly Language
 *
 * The "patient friendly language" versionof the Consent Directive in whole or in parts. "Patient friendly language" means the representation of the  Consent Directive and  Consent Directive Provisions in a manner that is readily accessible and understandable by a layperson in accordance with best practices for communication styles that ensure that those agreeing to or signing the  Consent Directive understand the roles, actions, obligations, responsibilities, and implication of the agreement.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.friendly`
 * - Type BackboneElement
 */
export interface ConsentDirectiveFriendly {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references).
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.friendly.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.friendly.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.friendly.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.friendly.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Easily comprehended representation of this Consent Directive
     *
     * Human readable rendering of this  Consent Directive in a format and representation intended to enhance comprehension and ensure understandability.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.friendly.content[x]`
     * - Type Attachment | Reference
     */
    contentAttachment?: Attachment;
    /**
     * Easily comprehended representation of this Consent Directive
     *
     * Human readable rendering of this  Consent Directive in a format and representation intended to enhance comprehension and ensure understandability.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.friendly.content[x]`
     * - Type Attachment | Reference
     */
    contentReference?: Reference<'Composition' | 'DocumentReference' | 'QuestionnaireResponse'>;
}
/**
 * Consent Directive Legal Language
 *
 * List of Legal expressions or representations of this  Consent Directive.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.legal`
 * - Type BackboneElement
 */
export interface ConsentDirectiveLegal {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references).
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.legal.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.legal.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.legal.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.legal.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Consent Directive Legal Text
     *
     * Legal  Consent Directive text in human renderable form.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.legal.content[x]`
     * - Type Attachment | Reference
     */
    contentAttachment?: Attachment;
    /**
     * Consent Directive Legal Text
     *
     * Legal  Consent Directive text in human renderable form.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.legal.content[x]`
     * - Type Attachment | Reference
     */
    contentReference?: Reference<'Composition' | 'DocumentReference' | 'QuestionnaireResponse'>;
}
/**
 * Computable Consent Directive Language
 *
 * List of Computable Policy Rule Language Representations of this  Consent Directive.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.rule`
 * - Type BackboneElement
 */
export interface ConsentDirectiveRule {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references).
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.rule.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.rule.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.rule.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.rule.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Computable Consent Directive Rules
     *
     * Computable Consent Directive conveyed using a policy rule language (e.g. XACML, DKAL, SecPal).
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.rule.content[x]`
     * - Type Attachment | Reference
     */
    contentAttachment?: Attachment;
    /**
     * Computable Consent Directive Rules
     *
     * Computable Consent Directive conveyed using a policy rule language (e.g. XACML, DKAL, SecPal).
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.rule.content[x]`
     * - Type Attachment | Reference
     */
    contentReference?: Reference<'DocumentReference'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkConsentDirective(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentDirectiveActor(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentDirectiveSigner(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentDirectiveTerm(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentDirectiveFriendly(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentDirectiveLegal(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentDirectiveRule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkConsentDirectiveTermActor(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Consent Directive (http://hl7.org/fhir/StructureDefinition/consentdirective).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateConsentDirective(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateConsentDirective} with the same options reports no error or fatal issue: Consent Directive (http://hl7.org/fhir/StructureDefinition/consentdirective). */
export declare function isConsentDirective(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ConsentDirective;
/** Input of {@link buildConsentDirective}: a {@link ConsentDirective} without what the builder fills in. */
export type ConsentDirectiveInput = BuilderInput<ConsentDirective, 'resourceType', {
    meta?: ProfiledMetaInput<ConsentDirective['meta']>;
}>;
/**
 * Builds a {@link ConsentDirective} (Consent Directive, http://hl7.org/fhir/StructureDefinition/consentdirective).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Contract"
 * - `meta.profile`: adds http://hl7.org/fhir/StructureDefinition/consentdirective
 *
 * The result is checked with {@link validateConsentDirective}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildConsentDirective(input: ConsentDirectiveInput): ConsentDirective;
