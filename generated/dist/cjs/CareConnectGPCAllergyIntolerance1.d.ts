import { type Age } from './Age.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import { type EncounterAssociatedEncounter } from './EncounterAssociatedEncounter.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectGPCAllergyIntoleranceEnd1 } from './ExtensionCareConnectGPCAllergyIntoleranceEnd1.js';
import { type ExtensionCareConnectGPCEvidence1 } from './ExtensionCareConnectGPCEvidence1.js';
import { type ExtensionCodingSctdescid2 } from './ExtensionCodingSctdescid2.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-GPC-AllergyIntolerance-1
 *
 * This AllergyIntolerance Resource records Risk of harmful or undesirable, physiological response which is unique to an individual and associated with exposure to a substance.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1 (version 1.7.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of AllergyIntolerance
 */
export interface CareConnectGPCAllergyIntolerance1 {
    /** The FHIR resource type. */
    resourceType: 'AllergyIntolerance';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.meta`
     * - Type Meta
     */
    meta?: CareConnectGPCAllergyIntolerance1Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see AllergyIntolerance.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see AllergyIntolerance.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.extension`
     * - Type Extension
     */
    extension?: (EncounterAssociatedEncounter | ExtensionCareConnectGPCAllergyIntoleranceEnd1 | ExtensionCareConnectGPCEvidence1 | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External ids for this item
     *
     * This records identifiers associated with this allergy/intolerance concern that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 1..*
     * - FHIR path `AllergyIntolerance.identifier`
     * - Type Identifier
     */
    identifier: [CareConnectGPCAllergyIntolerance1Identifier, ...CareConnectGPCAllergyIntolerance1Identifier[]];
    /**
     * active | inactive | resolved
     *
     * The clinical status of the allergy or intolerance.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.clinicalStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/allergy-clinical-status (3 codes: active, inactive, resolved)
     */
    clinicalStatus: 'active' | 'inactive' | 'resolved';
    /** Extensions and id for `clinicalStatus` (FHIR JSON primitive extension, see AllergyIntolerance.clinicalStatus). */
    _clinicalStatus?: Element;
    /**
     * unconfirmed | confirmed
     *
     * Assertion about certainty associated with the propensity, or potential risk, of a reaction to the identified substance (including pharmaceutical product).
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.verificationStatus`
     * - Type code
     * - Fixed "unconfirmed"
     * - Binding required to http://hl7.org/fhir/ValueSet/allergy-verification-status (4 codes: unconfirmed, confirmed, refuted, entered-in-error)
     */
    verificationStatus: 'unconfirmed';
    /** Extensions and id for `verificationStatus` (FHIR JSON primitive extension, see AllergyIntolerance.verificationStatus). */
    _verificationStatus?: Element;
    /**
     * allergy | intolerance - Underlying mechanism (if known)
     *
     * Identification of the underlying physiological mechanism for the reaction risk.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/allergy-intolerance-type (2 codes: allergy, intolerance)
     */
    type?: 'allergy' | 'intolerance';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see AllergyIntolerance.type). */
    _type?: Element;
    /**
     * food | medication | environment | biologic
     *
     * Category of the identified substance.
     *
     * - Cardinality 1..*
     * - FHIR path `AllergyIntolerance.category`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/allergy-intolerance-category (4 codes: food, medication, environment, biologic)
     */
    category: [
        'biologic' | 'environment' | 'food' | 'medication',
        ...('biologic' | 'environment' | 'food' | 'medication')[]
    ];
    /** Extensions and id for `category` (FHIR JSON primitive extension, see AllergyIntolerance.category). */
    _category?: (Element | null)[];
    /**
     * low | high | unable-to-assess
     *
     * Estimate of the potential clinical harm, or seriousness, of the reaction to the identified substance.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.criticality`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/allergy-intolerance-criticality (3 codes: low, high, unable-to-assess)
     */
    criticality?: 'high' | 'low' | 'unable-to-assess';
    /** Extensions and id for `criticality` (FHIR JSON primitive extension, see AllergyIntolerance.criticality). */
    _criticality?: Element;
    /**
     * Code that identifies the allergy or intolerance
     *
     * Code for an allergy or intolerance statement (either a positive or a negated/excluded statement).  This may be a code for a substance or pharmaceutical product that is considered to be responsible for the adverse reaction risk (e.g., "Latex"), an allergy or intolerance condition (e.g., "Latex allergy"), or a negated/excluded code for a specific substance or class (e.g., "No latex allergy") or a general or categorical negated statement (e.g.,  "No known allergy", "No known drug allergies").
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.code`
     * - Type CodeableConcept
     * - Binding example to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-AllergyCode-1 (codes not enumerable here: example binding: not checked)
     */
    code: CareConnectGPCAllergyIntolerance1Code;
    /**
     * Who the sensitivity is for
     *
     * The patient who has the allergy or intolerance.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * When allergy or intolerance was identified
     *
     * Estimated or actual date,  date-time, or age when allergy or intolerance was identified.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetDateTime?: string;
    /** Extensions and id for `onsetDateTime` (FHIR JSON primitive extension, see AllergyIntolerance.onset[x]). */
    _onsetDateTime?: Element;
    /**
     * When allergy or intolerance was identified
     *
     * Estimated or actual date,  date-time, or age when allergy or intolerance was identified.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetAge?: Age;
    /**
     * When allergy or intolerance was identified
     *
     * Estimated or actual date,  date-time, or age when allergy or intolerance was identified.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetPeriod?: Period;
    /**
     * When allergy or intolerance was identified
     *
     * Estimated or actual date,  date-time, or age when allergy or intolerance was identified.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetRange?: Range;
    /**
     * When allergy or intolerance was identified
     *
     * Estimated or actual date,  date-time, or age when allergy or intolerance was identified.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.onset[x]`
     * - Type dateTime | Age | Period | Range | string
     * - Must support
     */
    onsetString?: string;
    /** Extensions and id for `onsetString` (FHIR JSON primitive extension, see AllergyIntolerance.onset[x]). */
    _onsetString?: Element;
    /**
     * Date record was believed accurate
     *
     * The date on which the existance of the AllergyIntolerance was first asserted or acknowledged.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.assertedDate`
     * - Type dateTime
     */
    assertedDate: string;
    /** Extensions and id for `assertedDate` (FHIR JSON primitive extension, see AllergyIntolerance.assertedDate). */
    _assertedDate?: Element;
    /**
     * Who recorded the sensitivity
     *
     * Individual who recorded the record and takes responsibility for its content.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.recorder`
     * - Type Reference
     */
    recorder: Reference<'Patient' | 'Practitioner'>;
    /**
     * Source of the information about the allergy
     *
     * The source of the information about the allergy that is recorded.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.asserter`
     * - Type Reference
     * - Must support
     */
    asserter?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Date(/time) of last known occurrence of a reaction
     *
     * Represents the date and/or time of the last known occurrence of a reaction event.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.lastOccurrence`
     * - Type dateTime
     */
    lastOccurrence?: string;
    /** Extensions and id for `lastOccurrence` (FHIR JSON primitive extension, see AllergyIntolerance.lastOccurrence). */
    _lastOccurrence?: Element;
    /**
     * Additional text not captured in other fields
     *
     * Additional narrative about the propensity for the Adverse Reaction, not captured in other fields.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.note`
     * - Type Annotation
     * - Must support
     */
    note?: CareConnectGPCAllergyIntolerance1Note[];
    /**
     * Adverse Reaction Events linked to exposure to substance
     *
     * Details about each adverse reaction event linked to exposure to the identified substance.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction`
     * - Type BackboneElement
     */
    reaction?: CareConnectGPCAllergyIntolerance1Reaction[];
}
/**
 * Metadata about the resource
 *
 * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
 *
 * - Cardinality 0..1
 * - FHIR path `AllergyIntolerance.meta`
 * - Type Meta
 */
export interface CareConnectGPCAllergyIntolerance1Meta {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.meta.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.meta.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.meta.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Version specific identifier
     *
     * The version specific identifier, as it appears in the version portion of the URL. This values changes when the resource is created, updated, or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.meta.versionId`
     * - Type id
     */
    versionId?: string;
    /** Extensions and id for `versionId` (FHIR JSON primitive extension, see AllergyIntolerance.meta.versionId). */
    _versionId?: Element;
    /**
     * When the resource version last changed
     *
     * When the resource last changed - e.g. when the version changed.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.meta.lastUpdated`
     * - Type instant
     */
    lastUpdated?: string;
    /** Extensions and id for `lastUpdated` (FHIR JSON primitive extension, see AllergyIntolerance.meta.lastUpdated). */
    _lastUpdated?: Element;
    /**
     * Profiles this resource claims to conform to
     *
     * A list of profiles (references to [StructureDefinition](structuredefinition.html#) resources) that this resource claims to conform to. The URL is a reference to [StructureDefinition.url]().
     *
     * - Cardinality 1..*
     * - FHIR path `AllergyIntolerance.meta.profile`
     * - Type uri
     */
    profile: [string, ...string[]];
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see AllergyIntolerance.meta.profile). */
    _profile?: (Element | null)[];
    /**
     * Security Labels applied to this resource
     *
     * Security labels applied to this resource. These tags connect specific resources to the overall security policy and infrastructure.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.meta.security`
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
     * - FHIR path `AllergyIntolerance.meta.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/common-tags (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * External ids for this item
 *
 * This records identifiers associated with this allergy/intolerance concern that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
 *
 * - Cardinality 1..*
 * - FHIR path `AllergyIntolerance.identifier`
 * - Type Identifier
 */
export interface CareConnectGPCAllergyIntolerance1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see AllergyIntolerance.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.identifier.type`
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
     * - FHIR path `AllergyIntolerance.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see AllergyIntolerance.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see AllergyIntolerance.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Code that identifies the allergy or intolerance
 *
 * Code for an allergy or intolerance statement (either a positive or a negated/excluded statement).  This may be a code for a substance or pharmaceutical product that is considered to be responsible for the adverse reaction risk (e.g., "Latex"), an allergy or intolerance condition (e.g., "Latex allergy"), or a negated/excluded code for a specific substance or class (e.g., "No latex allergy") or a general or categorical negated statement (e.g.,  "No known allergy", "No known drug allergies").
 *
 * - Cardinality 1..1
 * - FHIR path `AllergyIntolerance.code`
 * - Type CodeableConcept
 * - Binding example to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-AllergyCode-1 (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCAllergyIntolerance1Code {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.code.coding`
     * - Type Coding
     */
    coding?: CareConnectGPCAllergyIntolerance1CodeCoding[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.code.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see AllergyIntolerance.code.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `AllergyIntolerance.code.coding`
 * - Type Coding
 */
export interface CareConnectGPCAllergyIntolerance1CodeCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.code.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.code.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.code.coding.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.code.coding.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see AllergyIntolerance.code.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.code.coding.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see AllergyIntolerance.code.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.code.coding.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see AllergyIntolerance.code.coding.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.code.coding.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see AllergyIntolerance.code.coding.userSelected). */
    _userSelected?: Element;
}
/**
 * Additional text not captured in other fields
 *
 * Additional narrative about the propensity for the Adverse Reaction, not captured in other fields.
 *
 * - Cardinality 0..*
 * - FHIR path `AllergyIntolerance.note`
 * - Type Annotation
 * - Must support
 */
export interface CareConnectGPCAllergyIntolerance1Note {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.note.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.note.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.note.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.note.author[x]`
     * - Type Reference | string
     */
    authorReference?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.note.author[x]`
     * - Type Reference | string
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see AllergyIntolerance.note.author[x]). */
    _authorString?: Element;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.note.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see AllergyIntolerance.note.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.note.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see AllergyIntolerance.note.text). */
    _text?: Element;
}
/**
 * Adverse Reaction Events linked to exposure to substance
 *
 * Details about each adverse reaction event linked to exposure to the identified substance.
 *
 * - Cardinality 0..*
 * - FHIR path `AllergyIntolerance.reaction`
 * - Type BackboneElement
 */
export interface CareConnectGPCAllergyIntolerance1Reaction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Specific substance or pharmaceutical product considered to be responsible for event
     *
     * Identification of the specific substance (or pharmaceutical product) considered to be responsible for the Adverse Reaction event. Note: the substance for a specific reaction may be different from the substance identified as the cause of the risk, but it must be consistent with it. For instance, it may be a more specific substance (e.g. a brand medication) or a composite product that includes the identified substance. It must be clinically safe to only process the 'code' and ignore the 'reaction.substance'.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.substance`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/substance-code (codes not enumerable here: example binding: not checked)
     */
    substance?: CareConnectGPCAllergyIntolerance1ReactionSubstance;
    /**
     * Clinical symptoms/signs associated with the Event
     *
     * Clinical symptoms and/or signs that are observed or associated with the adverse reaction event.
     *
     * - Cardinality 1..*
     * - FHIR path `AllergyIntolerance.reaction.manifestation`
     * - Type CodeableConcept
     * - Binding extensible to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-AllergyManifestation-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    manifestation: [
        CareConnectGPCAllergyIntolerance1ReactionManifestation,
        ...CareConnectGPCAllergyIntolerance1ReactionManifestation[]
    ];
    /**
     * Description of the event as a whole
     *
     * Text description about the reaction as a whole, including details of the manifestation if required.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.description). */
    _description?: Element;
    /**
     * Date(/time) when manifestations showed
     *
     * Record of the date and/or time of the onset of the Reaction.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.onset`
     * - Type dateTime
     */
    onset?: string;
    /** Extensions and id for `onset` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.onset). */
    _onset?: Element;
    /**
     * mild | moderate | severe (of event as a whole)
     *
     * Clinical assessment of the severity of the reaction event as a whole, potentially considering multiple different manifestations.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.severity`
     * - Type code
     * - Must support
     * - Binding required to http://hl7.org/fhir/ValueSet/reaction-event-severity (3 codes: mild, moderate, severe)
     */
    severity?: 'mild' | 'moderate' | 'severe';
    /** Extensions and id for `severity` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.severity). */
    _severity?: Element;
    /**
     * How the subject was exposed to the substance
     *
     * Identification of the route by which the subject was exposed to the substance.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute`
     * - Type CodeableConcept
     * - Binding example to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-AllergyExposureRoute-1 (codes not enumerable here: example binding: not checked)
     */
    exposureRoute?: CareConnectGPCAllergyIntolerance1ReactionExposureRoute;
    /**
     * Text about event not captured in other fields
     *
     * Additional text about the adverse reaction event not captured in other fields.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.note`
     * - Type Annotation
     */
    note?: CareConnectGPCAllergyIntolerance1ReactionNote[];
}
/**
 * Specific substance or pharmaceutical product considered to be responsible for event
 *
 * Identification of the specific substance (or pharmaceutical product) considered to be responsible for the Adverse Reaction event. Note: the substance for a specific reaction may be different from the substance identified as the cause of the risk, but it must be consistent with it. For instance, it may be a more specific substance (e.g. a brand medication) or a composite product that includes the identified substance. It must be clinically safe to only process the 'code' and ignore the 'reaction.substance'.
 *
 * - Cardinality 0..1
 * - FHIR path `AllergyIntolerance.reaction.substance`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/substance-code (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCAllergyIntolerance1ReactionSubstance {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.substance.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.substance.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.substance.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.substance.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.substance.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.substance.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `AllergyIntolerance.reaction.substance.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.substance.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.substance.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.substance.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.reaction.substance.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.substance.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.reaction.substance.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.substance.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.substance.coding:snomedCT.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.substance.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.substance.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.substance.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Clinical symptoms/signs associated with the Event
 *
 * Clinical symptoms and/or signs that are observed or associated with the adverse reaction event.
 *
 * - Cardinality 1..*
 * - FHIR path `AllergyIntolerance.reaction.manifestation`
 * - Type CodeableConcept
 * - Binding extensible to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-AllergyManifestation-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectGPCAllergyIntolerance1ReactionManifestation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.manifestation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.manifestation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.manifestation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.manifestation.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.manifestation.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.manifestation.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `AllergyIntolerance.reaction.manifestation.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.manifestation.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.manifestation.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.manifestation.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.reaction.manifestation.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.manifestation.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.reaction.manifestation.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.manifestation.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.manifestation.coding:snomedCT.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.manifestation.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.manifestation.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.manifestation.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * How the subject was exposed to the substance
 *
 * Identification of the route by which the subject was exposed to the substance.
 *
 * - Cardinality 0..1
 * - FHIR path `AllergyIntolerance.reaction.exposureRoute`
 * - Type CodeableConcept
 * - Binding example to https://fhir.nhs.uk/STU3/ValueSet/CareConnect-AllergyExposureRoute-1 (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectGPCAllergyIntolerance1ReactionExposureRoute {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.exposureRoute.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.coding`
     * - Type Coding
     */
    coding?: (CareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.exposureRoute.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `AllergyIntolerance.reaction.exposureRoute.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid2 | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.display`
     * - Type string
     */
    display?: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Text about event not captured in other fields
 *
 * Additional text about the adverse reaction event not captured in other fields.
 *
 * - Cardinality 0..*
 * - FHIR path `AllergyIntolerance.reaction.note`
 * - Type Annotation
 */
export interface CareConnectGPCAllergyIntolerance1ReactionNote {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.note.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.note.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.note.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.note.author[x]`
     * - Type Reference | string
     */
    authorReference?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.note.author[x]`
     * - Type Reference | string
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.note.author[x]). */
    _authorString?: Element;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.reaction.note.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.note.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.reaction.note.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see AllergyIntolerance.reaction.note.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectGPCAllergyIntolerance1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1Meta(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1Code(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1Note(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1Reaction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1CodeCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1ReactionSubstance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1ReactionManifestation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1ReactionExposureRoute(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1ReactionNote(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-GPC-AllergyIntolerance-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1 version 1.7.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectGPCAllergyIntolerance1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectGPCAllergyIntolerance1} with the same options reports no error or fatal issue: CareConnect-GPC-AllergyIntolerance-1 (https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1 version 1.7.0). */
export declare function isCareConnectGPCAllergyIntolerance1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectGPCAllergyIntolerance1;
/** Input of {@link buildCareConnectGPCAllergyIntolerance1}: a {@link CareConnectGPCAllergyIntolerance1} without what the builder fills in. */
export type CareConnectGPCAllergyIntolerance1Input = BuilderInput<CareConnectGPCAllergyIntolerance1, 'resourceType' | 'verificationStatus', {
    meta?: ProfiledMetaInput<CareConnectGPCAllergyIntolerance1['meta']>;
}>;
/** Input of {@link CareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT} (`AllergyIntolerance.reaction.exposureRoute.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCTInput = BuilderInput<CareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT} (`AllergyIntolerance.reaction.manifestation.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCTInput = BuilderInput<CareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT} (`AllergyIntolerance.reaction.substance.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCTInput = BuilderInput<CareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT, 'system'>;
/**
 * Builds a {@link CareConnectGPCAllergyIntolerance1} (CareConnect-GPC-AllergyIntolerance-1, https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "AllergyIntolerance"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1
 * - `verificationStatus`: "unconfirmed"
 *
 * The result is checked with {@link validateCareConnectGPCAllergyIntolerance1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectGPCAllergyIntolerance1(input: CareConnectGPCAllergyIntolerance1Input): CareConnectGPCAllergyIntolerance1;
/**
 * Makes a `AllergyIntolerance.reaction.substance.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT(input: CareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCTInput): CareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT;
/**
 * Makes a `AllergyIntolerance.reaction.manifestation.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT(input: CareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCTInput): CareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT;
/**
 * Makes a `AllergyIntolerance.reaction.exposureRoute.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT(input: CareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCTInput): CareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT;
