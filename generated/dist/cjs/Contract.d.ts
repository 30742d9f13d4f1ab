import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Money } from './Money.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type Signature } from './Signature.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * Contract
 *
 * Base StructureDefinition for Contract Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Contract
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Contract {
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
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
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
     * Contract number
     *
     * Unique identifier for this Contract.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * amended | appended | cancelled | disputed | entered-in-error | executable | executed | negotiable | offered | policy | rejected | renewed | revoked | resolved | terminated
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/contract-status (15 codes: amended, appended, cancelled, disputed, entered-in-error, executable, executed, negotiable, offered, policy, rejected, renewed, ...)
     */
    status?: 'amended' | 'appended' | 'cancelled' | 'disputed' | 'entered-in-error' | 'executable' | 'executed' | 'negotiable' | 'offered' | 'policy' | 'rejected' | 'renewed' | 'resolved' | 'revoked' | 'terminated';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Contract.status). */
    _status?: Element;
    /**
     * When this Contract was issued
     *
     * When this  Contract was issued.
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
     * Relevant time or time-period when this Contract is applicable.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.applies`
     * - Type Period
     */
    applies?: Period;
    /**
     * Contract Target Entity
     *
     * The target entity impacted by or of interest to parties to the agreement.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.subject`
     * - Type Reference
     */
    subject?: Reference[];
    /**
     * Context of the Contract
     *
     * The matter of concern in the context of this agreement.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.topic`
     * - Type Reference
     */
    topic?: Reference[];
    /**
     * Authority under which this Contract has standing
     *
     * A formally or informally recognized grouping of people, principals, organizations, or jurisdictions formed for the purpose of achieving some form of collective action such as the promulgation, administration and enforcement of contracts and policies.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.authority`
     * - Type Reference
     */
    authority?: Reference<'Organization'>[];
    /**
     * Domain in which this Contract applies
     *
     * Recognized governance framework or system operating with a circumscribed scope in accordance with specified principles, policies, processes or procedures for managing rights, actions, or behaviors of parties or principals relative to resources.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.domain`
     * - Type Reference
     */
    domain?: Reference<'Location'>[];
    /**
     * Type or form
     *
     * Type of Contract such as an insurance policy, real estate contract, a will, power of attorny, Privacy or Security policy , trust framework agreement, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Subtype within the context of type
     *
     * More specific type or specialization of an overarching or more general contract such as auto insurance, home owner  insurance, prenupial agreement, Advanced-Directive, or privacy consent.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.subType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-subtype (codes not enumerable here: example binding: not checked)
     */
    subType?: CodeableConcept[];
    /**
     * Action stipulated by this Contract
     *
     * Action stipulated by this Contract.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.action`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-action (codes not enumerable here: example binding: not checked)
     */
    action?: CodeableConcept[];
    /**
     * Rationale for the stiplulated action
     *
     * Reason for action stipulated by this Contract.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.actionReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: example binding: not checked)
     */
    actionReason?: CodeableConcept[];
    /**
     * Decision by Grantor
     *
     * The type of decision made by a grantor with respect to an offer made by a grantee.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.decisionType`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-ActConsentDirective (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    decisionType?: CodeableConcept;
    /**
     * Content derived from the basal information
     *
     * The minimal content derived from the basal information source at a specific stage in its lifecycle.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.contentDerivative`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-content-derivative (codes not enumerable here: example binding: not checked)
     */
    contentDerivative?: CodeableConcept;
    /**
     * Security Labels that define affected resources
     *
     * A set of security labels that define which resources are controlled by this consent. If more than one label is specified, all resources must have all the specified labels.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.securityLabel`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    securityLabel?: Coding[];
    /**
     * Entity being ascribed responsibility
     *
     * An actor taking a role in an activity for which it can be assigned some degree of responsibility for the activity taking place.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.agent`
     * - Type BackboneElement
     */
    agent?: ContractAgent[];
    /**
     * Contract Signatory
     *
     * Parties with legal standing in the Contract, including the principal parties, the grantor(s) and grantee(s), which are any person or organization bound by the contract, and any ancillary parties, which facilitate the execution of the contract such as a notary or witness.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.signer`
     * - Type BackboneElement
     */
    signer?: ContractSigner[];
    /**
     * Contract Valued Item List
     *
     * Contract Valued Item List.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.valuedItem`
     * - Type BackboneElement
     */
    valuedItem?: ContractValuedItem[];
    /**
     * Contract Term List
     *
     * One or more Contract Provisions, which may be related and conveyed as a group, and may contain nested groups.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term`
     * - Type BackboneElement
     */
    term?: ContractTerm[];
    /**
     * Binding Contract
     *
     * Legally binding Contract: This is the signed and legally recognized representation of the Contract, which is considered the "source of truth" and which would be the basis for legal action related to enforcement of this Contract.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.binding[x]`
     * - Type Attachment | Reference
     */
    bindingAttachment?: Attachment;
    /**
     * Binding Contract
     *
     * Legally binding Contract: This is the signed and legally recognized representation of the Contract, which is considered the "source of truth" and which would be the basis for legal action related to enforcement of this Contract.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.binding[x]`
     * - Type Attachment | Reference
     */
    bindingReference?: Reference<'Composition' | 'DocumentReference' | 'QuestionnaireResponse'>;
    /**
     * Contract Friendly Language
     *
     * The "patient friendly language" versionof the Contract in whole or in parts. "Patient friendly language" means the representation of the Contract and Contract Provisions in a manner that is readily accessible and understandable by a layperson in accordance with best practices for communication styles that ensure that those agreeing to or signing the Contract understand the roles, actions, obligations, responsibilities, and implication of the agreement.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.friendly`
     * - Type BackboneElement
     */
    friendly?: ContractFriendly[];
    /**
     * Contract Legal Language
     *
     * List of Legal expressions or representations of this Contract.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.legal`
     * - Type BackboneElement
     */
    legal?: ContractLegal[];
    /**
     * Computable Contract Language
     *
     * List of Computable Policy Rule Language Representations of this Contract.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.rule`
     * - Type BackboneElement
     */
    rule?: ContractRule[];
}
/**
 * Entity being ascribed responsibility
 *
 * An actor taking a role in an activity for which it can be assigned some degree of responsibility for the activity taking place.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.agent`
 * - Type BackboneElement
 */
export interface ContractAgent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.agent.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.agent.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.agent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.agent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Contract Agent Type
     *
     * Who or what parties are assigned roles in this Contract.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.agent.actor`
     * - Type Reference
     */
    actor: Reference<'Contract' | 'Device' | 'Group' | 'Location' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson' | 'Substance'>;
    /**
     * Role type of the agent
     *
     * Role type of agent assigned roles in this Contract.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.agent.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-actorrole (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept[];
}
/**
 * Contract Signatory
 *
 * Parties with legal standing in the Contract, including the principal parties, the grantor(s) and grantee(s), which are any person or organization bound by the contract, and any ancillary parties, which facilitate the execution of the contract such as a notary or witness.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.signer`
 * - Type BackboneElement
 */
export interface ContractSigner {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.signer.id`
     * - Type string
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
     * Contract Signatory Role
     *
     * Role of this Contract signer, e.g. notary, grantee.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.signer.type`
     * - Type Coding
     * - Binding preferred to http://hl7.org/fhir/ValueSet/contract-signer-type (48 codes: AMENDER, AUTHN, AUT, AFFL, AGNT, ASSIGNED, CIT, CLAIMANT, COAUTH, CONSENTER, CONSWIT, CONT, ...)
     */
    type: Coding;
    /**
     * Contract Signatory Party
     *
     * Party which is a signator to this Contract.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.signer.party`
     * - Type Reference
     */
    party: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Contract Documentation Signature
     *
     * Legally binding Contract DSIG signature contents in Base64.
     *
     * - Cardinality 1..*
     * - FHIR path `Contract.signer.signature`
     * - Type Signature
     */
    signature: [Signature, ...Signature[]];
}
/**
 * Contract Valued Item List
 *
 * Contract Valued Item List.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.valuedItem`
 * - Type BackboneElement
 */
export interface ContractValuedItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.valuedItem.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.valuedItem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.valuedItem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Contract Valued Item Type
     *
     * Specific type of Contract Valued Item that may be priced.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.entity[x]`
     * - Type CodeableConcept | Reference
     */
    entityCodeableConcept?: CodeableConcept;
    /**
     * Contract Valued Item Type
     *
     * Specific type of Contract Valued Item that may be priced.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.entity[x]`
     * - Type CodeableConcept | Reference
     */
    entityReference?: Reference;
    /**
     * Contract Valued Item Number
     *
     * Identifies a Contract Valued Item instance.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Contract Valued Item Effective Tiem
     *
     * Indicates the time during which this Contract ValuedItem information is effective.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.effectiveTime`
     * - Type dateTime
     */
    effectiveTime?: string;
    /** Extensions and id for `effectiveTime` (FHIR JSON primitive extension, see Contract.valuedItem.effectiveTime). */
    _effectiveTime?: Element;
    /**
     * Count of Contract Valued Items
     *
     * Specifies the units by which the Contract Valued Item is measured or counted, and quantifies the countable or measurable Contract Valued Item instances.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Contract Valued Item fee, charge, or cost
     *
     * A Contract Valued Item unit valuation measure.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.unitPrice`
     * - Type Money
     */
    unitPrice?: Money;
    /**
     * Contract Valued Item Price Scaling Factor
     *
     * A real number that represents a multiplier used in determining the overall value of the Contract Valued Item delivered. The concept of a Factor allows for a discount or surcharge multiplier to be applied to a monetary amount.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see Contract.valuedItem.factor). */
    _factor?: Element;
    /**
     * Contract Valued Item Difficulty Scaling Factor
     *
     * An amount that expresses the weighting (based on difficulty, cost and/or resource intensiveness) associated with the Contract Valued Item delivered. The concept of Points allows for assignment of point values for a Contract Valued Item, such that a monetary amount can be assigned to each point.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.points`
     * - Type decimal
     */
    points?: number;
    /** Extensions and id for `points` (FHIR JSON primitive extension, see Contract.valuedItem.points). */
    _points?: Element;
    /**
     * Total Contract Valued Item Value
     *
     * Expresses the product of the Contract Valued Item unitQuantity and the unitPriceAmt. For example, the formula: unit Quantity * unit Price (Cost per Point) * factor Number  * points = net Amount. Quantity, factor and points are assumed to be 1 if not supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.valuedItem.net`
     * - Type Money
     */
    net?: Money;
}
/**
 * Contract Term List
 *
 * One or more Contract Provisions, which may be related and conveyed as a group, and may contain nested groups.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.term`
 * - Type BackboneElement
 */
export interface ContractTerm {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.id`
     * - Type string
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
     * Contract Term Number
     *
     * Unique identifier for this particular Contract Provision.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Contract Term Issue Date Time
     *
     * When this Contract Provision was issued.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.issued`
     * - Type dateTime
     */
    issued?: string;
    /** Extensions and id for `issued` (FHIR JSON primitive extension, see Contract.term.issued). */
    _issued?: Element;
    /**
     * Contract Term Effective Time
     *
     * Relevant time or time-period when this Contract Provision is applicable.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.applies`
     * - Type Period
     */
    applies?: Period;
    /**
     * Contract Term Type or Form
     *
     * Type of Contract Provision such as specific requirements, purposes for actions, obligations, prohibitions, e.g. life time maximum benefit.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-term-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Contract Term Type specific classification
     *
     * Subtype of this Contract Provision, e.g. life time maximum payment for a contract term for specific valued item, e.g. disability payment.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.subType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-term-subtype (codes not enumerable here: example binding: not checked)
     */
    subType?: CodeableConcept;
    /**
     * Context of the Contract term
     *
     * The matter of concern in the context of this provision of the agrement.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.topic`
     * - Type Reference
     */
    topic?: Reference[];
    /**
     * Contract Term Activity
     *
     * Action stipulated by this Contract Provision.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.action`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-action (codes not enumerable here: example binding: not checked)
     */
    action?: CodeableConcept[];
    /**
     * Purpose for the Contract Term Action
     *
     * Reason or purpose for the action stipulated by this Contract Provision.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.actionReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-PurposeOfUse (codes not enumerable here: example binding: not checked)
     */
    actionReason?: CodeableConcept[];
    /**
     * Security Labels that define affected terms
     *
     * A set of security labels that define which terms are controlled by this condition.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.securityLabel`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/security-labels (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    securityLabel?: Coding[];
    /**
     * Contract Term Agent List
     *
     * An actor taking a role in an activity for which it can be assigned some degree of responsibility for the activity taking place.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.agent`
     * - Type BackboneElement
     */
    agent?: ContractTermAgent[];
    /**
     * Human readable Contract term text
     *
     * Human readable form of this Contract Provision.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Contract.term.text). */
    _text?: Element;
    /**
     * Contract Term Valued Item List
     *
     * Contract Provision Valued Item List.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.valuedItem`
     * - Type BackboneElement
     */
    valuedItem?: ContractTermValuedItem[];
    /**
     * Nested Contract Term Group
     *
     * Nested group of Contract Provisions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.group`
     */
    group?: ContractTerm[];
}
/**
 * Contract Term Agent List
 *
 * An actor taking a role in an activity for which it can be assigned some degree of responsibility for the activity taking place.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.term.agent`
 * - Type BackboneElement
 */
export interface ContractTermAgent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.agent.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.term.agent.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.agent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.agent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Contract Term Agent Subject
     *
     * The agent assigned a role in this Contract Provision.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.term.agent.actor`
     * - Type Reference
     */
    actor: Reference<'Contract' | 'Device' | 'Group' | 'Location' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson' | 'Substance'>;
    /**
     * Type of the Contract Term Agent
     *
     * Role played by the agent assigned this role in the execution of this Contract Provision.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.agent.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/contract-actorrole (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept[];
}
/**
 * Contract Term Valued Item List
 *
 * Contract Provision Valued Item List.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.term.valuedItem`
 * - Type BackboneElement
 */
export interface ContractTermValuedItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Contract.term.valuedItem.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.valuedItem.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Contract.term.valuedItem.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Contract Term Valued Item Type
     *
     * Specific type of Contract Provision Valued Item that may be priced.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.entity[x]`
     * - Type CodeableConcept | Reference
     */
    entityCodeableConcept?: CodeableConcept;
    /**
     * Contract Term Valued Item Type
     *
     * Specific type of Contract Provision Valued Item that may be priced.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.entity[x]`
     * - Type CodeableConcept | Reference
     */
    entityReference?: Reference;
    /**
     * Contract Term Valued Item Number
     *
     * Identifies a Contract Provision Valued Item instance.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Contract Term Valued Item Effective Tiem
     *
     * Indicates the time during which this Contract Term ValuedItem information is effective.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.effectiveTime`
     * - Type dateTime
     */
    effectiveTime?: string;
    /** Extensions and id for `effectiveTime` (FHIR JSON primitive extension, see Contract.term.valuedItem.effectiveTime). */
    _effectiveTime?: Element;
    /**
     * Contract Term Valued Item Count
     *
     * Specifies the units by which the Contract Provision Valued Item is measured or counted, and quantifies the countable or measurable Contract Term Valued Item instances.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Contract Term Valued Item fee, charge, or cost
     *
     * A Contract Provision Valued Item unit valuation measure.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.unitPrice`
     * - Type Money
     */
    unitPrice?: Money;
    /**
     * Contract Term Valued Item Price Scaling Factor
     *
     * A real number that represents a multiplier used in determining the overall value of the Contract Provision Valued Item delivered. The concept of a Factor allows for a discount or surcharge multiplier to be applied to a monetary amount.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.factor`
     * - Type decimal
     */
    factor?: number;
    /** Extensions and id for `factor` (FHIR JSON primitive extension, see Contract.term.valuedItem.factor). */
    _factor?: Element;
    /**
     * Contract Term Valued Item Difficulty Scaling Factor
     *
     * An amount that expresses the weighting (based on difficulty, cost and/or resource intensiveness) associated with the Contract Provision Valued Item delivered. The concept of Points allows for assignment of point values for a Contract ProvisionValued Item, such that a monetary amount can be assigned to each point.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.points`
     * - Type decimal
     */
    points?: number;
    /** Extensions and id for `points` (FHIR JSON primitive extension, see Contract.term.valuedItem.points). */
    _points?: Element;
    /**
     * Total Contract Term Valued Item Value
     *
     * Expresses the product of the Contract Provision Valued Item unitQuantity and the unitPriceAmt. For example, the formula: unit Quantity * unit Price (Cost per Point) * factor Number  * points = net Amount. Quantity, factor and points are assumed to be 1 if not supplied.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.term.valuedItem.net`
     * - Type Money
     */
    net?: Money;
}
/**
 * Contract Friendly Language
 *
 * The "patient friendly language" versionof the Contract in whole or in parts. "Patient friendly language" means the representation of the Contract and Contract Provisions in a manner that is readily accessible and understandable by a layperson in accordance with best practices for communication styles that ensure that those agreeing to or signing the Contract understand the roles, actions, obligations, responsibilities, and implication of the agreement.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.friendly`
 * - Type BackboneElement
 */
export interface ContractFriendly {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.friendly.id`
     * - Type string
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
     * Easily comprehended representation of this Contract
     *
     * Human readable rendering of this Contract in a format and representation intended to enhance comprehension and ensure understandability.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.friendly.content[x]`
     * - Type Attachment | Reference
     */
    contentAttachment?: Attachment;
    /**
     * Easily comprehended representation of this Contract
     *
     * Human readable rendering of this Contract in a format and representation intended to enhance comprehension and ensure understandability.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.friendly.content[x]`
     * - Type Attachment | Reference
     */
    contentReference?: Reference<'Composition' | 'DocumentReference' | 'QuestionnaireResponse'>;
}
/**
 * Contract Legal Language
 *
 * List of Legal expressions or representations of this Contract.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.legal`
 * - Type BackboneElement
 */
export interface ContractLegal {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.legal.id`
     * - Type string
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
     * Contract Legal Text
     *
     * Contract legal text in human renderable form.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.legal.content[x]`
     * - Type Attachment | Reference
     */
    contentAttachment?: Attachment;
    /**
     * Contract Legal Text
     *
     * Contract legal text in human renderable form.
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.legal.content[x]`
     * - Type Attachment | Reference
     */
    contentReference?: Reference<'Composition' | 'DocumentReference' | 'QuestionnaireResponse'>;
}
/**
 * Computable Contract Language
 *
 * List of Computable Policy Rule Language Representations of this Contract.
 *
 * - Cardinality 0..*
 * - FHIR path `Contract.rule`
 * - Type BackboneElement
 */
export interface ContractRule {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Contract.rule.id`
     * - Type string
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
     * Computable Contract Rules
     *
     * Computable Contract conveyed using a policy rule language (e.g. XACML, DKAL, SecPal).
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.rule.content[x]`
     * - Type Attachment | Reference
     */
    contentAttachment?: Attachment;
    /**
     * Computable Contract Rules
     *
     * Computable Contract conveyed using a policy rule language (e.g. XACML, DKAL, SecPal).
     *
     * - Cardinality 1..1
     * - FHIR path `Contract.rule.content[x]`
     * - Type Attachment | Reference
     */
    contentReference?: Reference<'DocumentReference'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkContract(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractAgent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractSigner(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractValuedItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractTerm(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractFriendly(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractLegal(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractRule(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractTermAgent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkContractTermValuedItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Contract (http://hl7.org/fhir/StructureDefinition/Contract).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateContract(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateContract} with the same options reports no error or fatal issue: Contract (http://hl7.org/fhir/StructureDefinition/Contract). */
export declare function isContract(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Contract;
/** Input of {@link buildContract}: a {@link Contract} without what the builder fills in. */
export type ContractInput = BuilderInput<Contract, 'resourceType'>;
/**
 * Builds a {@link Contract} (Contract, http://hl7.org/fhir/StructureDefinition/Contract).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Contract"
 *
 * The result is checked with {@link validateContract}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildContract(input: ContractInput): Contract;
