import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { EncounterClassHistory, EncounterStatusHistory } from './Encounter.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectAdmissionMethod1 } from './ExtensionCareConnectAdmissionMethod1.js';
import { type ExtensionCareConnectDischargeMethod1 } from './ExtensionCareConnectDischargeMethod1.js';
import { type ExtensionCareConnectEmergencyCareDischargeStatus1 } from './ExtensionCareConnectEmergencyCareDischargeStatus1.js';
import { type ExtensionCareConnectEncounterTransport1 } from './ExtensionCareConnectEncounterTransport1.js';
import { type ExtensionCareConnectOutcomeOfAttendance1 } from './ExtensionCareConnectOutcomeOfAttendance1.js';
import { type ExtensionCodingSctdescid } from './ExtensionCodingSctdescid.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-Encounter-1
 *
 * The encounter resource represents an encounter between a care professional and the patient (or patient's record).
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Encounter
 */
export interface CareConnectEncounter1 {
    /** The FHIR resource type. */
    resourceType: 'Encounter';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Encounter.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Encounter.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.extension`
     * - Type Extension
     */
    extension?: (ExtensionCareConnectEncounterTransport1 | ExtensionCareConnectOutcomeOfAttendance1 | ExtensionCareConnectEmergencyCareDischargeStatus1 | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifier(s) by which this encounter is known
     *
     * Identifier(s) by which this encounter is known.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.identifier`
     * - Type Identifier
     */
    identifier?: CareConnectEncounter1Identifier[];
    /**
     * planned | arrived | triaged | in-progress | onleave | finished | cancelled +
     *
     * planned | arrived | triaged | in-progress | onleave | finished | cancelled +.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/encounter-status (9 codes: planned, arrived, triaged, in-progress, onleave, finished, cancelled, entered-in-error, unknown)
     */
    status: 'arrived' | 'cancelled' | 'entered-in-error' | 'finished' | 'in-progress' | 'onleave' | 'planned' | 'triaged' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Encounter.status). */
    _status?: Element;
    /**
     * List of past encounter statuses
     *
     * The status history permits the encounter resource to contain the status history without needing to read through the historical versions of the resource, or even have the server store them.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.statusHistory`
     * - Type BackboneElement
     */
    statusHistory?: EncounterStatusHistory[];
    /**
     * Classification of the encounter
     *
     * Classification of the encounter.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.class`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-ActEncounterCode (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    class?: Coding;
    /**
     * List of past encounter classes
     *
     * The class history permits the tracking of the encounters transitions without needing to go  through the resource history.
     *
     * This would be used for a case where an admission starts of as an emergency encounter, then transisions into an inpatient scenario. Doing this and not restarting a new encounter ensures that any lab/diagnostic results can more easily follow the patient and not require re-processing and not get lost or cancelled during a kindof discharge from emergency to inpatient.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.classHistory`
     * - Type BackboneElement
     */
    classHistory?: EncounterClassHistory[];
    /**
     * Specific type of encounter
     *
     * Specific type of encounter (e.g. e-mail consultation, surgical day-care, skilled nursing, rehabilitation).
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/encounter-type (codes not enumerable here: example binding: not checked)
     */
    type?: CareConnectEncounter1Type[];
    /**
     * Indicates the urgency of the encounter
     *
     * Indicates the urgency of the encounter.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.priority`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-ActPriority (codes not enumerable here: example binding: not checked)
     */
    priority?: CodeableConcept;
    /**
     * The patient ro group present at the encounter
     *
     * The patient ro group present at the encounter.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Patient'>;
    /**
     * Episode(s) of care that this encounter should be recorded against
     *
     * Where a specific encounter should be classified as a part of a specific episode(s) of care this field should be used. This association can facilitate grouping of related encounters together for a specific purpose, such as government reporting, issue tracking, association via a common problem.  The association is recorded on the encounter as these are typically created after the episode of care, and grouped on entry rather than editing the episode of care to append another encounter to it (the episode of care could span years).
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.episodeOfCare`
     * - Type Reference
     */
    episodeOfCare?: Reference<'EpisodeOfCare'>[];
    /**
     * The ReferralRequest that initiated this encounter
     *
     * The referral request this encounter satisfies (incoming referral).
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.incomingReferral`
     * - Type Reference
     */
    incomingReferral?: Reference<'ReferralRequest'>[];
    /**
     * List of participants involved in the encounter
     *
     * The list of people responsible for providing the service.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.participant`
     * - Type BackboneElement
     */
    participant?: CareConnectEncounter1Participant[];
    /**
     * The appointment that scheduled this encounter
     *
     * The appointment that scheduled this encounter.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.appointment`
     * - Type Reference
     */
    appointment?: Reference<'Appointment'>;
    /**
     * The start and end time of the encounter
     *
     * The start and end time of the encounter.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Quantity of time the encounter lasted (less time absent)
     *
     * Quantity of time the encounter lasted. This excludes the time during leaves of absence.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.length`
     * - Type Duration
     */
    length?: Duration;
    /**
     * Reason the encounter takes place (code)
     *
     * Reason the encounter takes place, expressed as a code. For admissions, this can be used for a coded admission diagnosis.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.reason`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/encounter-reason (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    reason?: CareConnectEncounter1Reason[];
    /**
     * The list of diagnosis relevant to this encounter
     *
     * The list of diagnosis relevant to this encounter.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.diagnosis`
     * - Type BackboneElement
     */
    diagnosis?: CareConnectEncounter1Diagnosis[];
    /**
     * The set of accounts that may be used for billing for this Encounter
     *
     * The set of accounts that may be used for billing for this Encounter.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.account`
     * - Type Reference
     */
    account?: Reference<'Account'>[];
    /**
     * Details about the admission to a healthcare service
     *
     * Details about the admission to a healthcare service.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization`
     * - Type BackboneElement
     */
    hospitalization?: CareConnectEncounter1Hospitalization;
    /**
     * List of locations where the patient has been
     *
     * List of locations where  the patient has been during this encounter.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.location`
     * - Type BackboneElement
     */
    location?: CareConnectEncounter1Location[];
    /**
     * The custodian organization of this Encounter record
     *
     * An organization that is in charge of maintaining the information of this Encounter (e.g. who maintains the report or the master service catalog item, etc.). This MAY be the same as the organization on the Patient record, however it could be different. This MAY not be not the Service Delivery Location's Organization.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.serviceProvider`
     * - Type Reference
     */
    serviceProvider?: Reference<'Organization'>;
    /**
     * Another Encounter this encounter is part of
     *
     * Another Encounter of which this encounter is a part of (administratively or in time).
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.partOf`
     * - Type Reference
     */
    partOf?: Reference<'Encounter'>;
}
/**
 * Identifier(s) by which this encounter is known
 *
 * Identifier(s) by which this encounter is known.
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.identifier`
 * - Type Identifier
 */
export interface CareConnectEncounter1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Encounter.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.identifier.type`
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
     * - FHIR path `Encounter.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Encounter.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Encounter.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Specific type of encounter
 *
 * Specific type of encounter (e.g. e-mail consultation, surgical day-care, skilled nursing, rehabilitation).
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.type`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/encounter-type (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectEncounter1Type {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.type.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.type.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.type.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.type.coding`
     * - Type Coding
     */
    coding?: (CareConnectEncounter1TypeCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.type.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Encounter.type.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Encounter.type.coding:snomedCT`
 * - Type Coding
 * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-EncounterType-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectEncounter1TypeCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.type.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.type.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.type.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.type.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Encounter.type.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.type.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Encounter.type.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.type.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Encounter.type.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.type.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Encounter.type.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * List of participants involved in the encounter
 *
 * The list of people responsible for providing the service.
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.participant`
 * - Type BackboneElement
 */
export interface CareConnectEncounter1Participant {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.participant.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.participant.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.participant.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.participant.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Role of participant in encounter
     *
     * Role of participant in encounter.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.participant.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/encounter-participant-type (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server)
     */
    type?: CodeableConcept[];
    /**
     * Period of time during the encounter that the participant participated
     *
     * The period of time that the specified participant participated in the encounter. These can overlap or be sub-sets of the overall encounter's period.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.participant.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Persons involved in the encounter other than the patient
     *
     * Persons involved in the encounter other than the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.participant.individual`
     * - Type Reference
     */
    individual?: Reference<'Practitioner' | 'RelatedPerson'>;
}
/**
 * Reason the encounter takes place (code)
 *
 * Reason the encounter takes place, expressed as a code. For admissions, this can be used for a coded admission diagnosis.
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.reason`
 * - Type CodeableConcept
 * - Binding preferred to http://hl7.org/fhir/ValueSet/encounter-reason (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectEncounter1Reason {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.reason.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.reason.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.reason.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.reason.coding`
     * - Type Coding
     */
    coding?: (CareConnectEncounter1ReasonCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.reason.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Encounter.reason.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.reason.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectEncounter1ReasonCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.reason.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.reason.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.reason.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.reason.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Encounter.reason.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.reason.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Encounter.reason.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.reason.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Encounter.reason.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.reason.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Encounter.reason.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * The list of diagnosis relevant to this encounter
 *
 * The list of diagnosis relevant to this encounter.
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.diagnosis`
 * - Type BackboneElement
 */
export interface CareConnectEncounter1Diagnosis {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.diagnosis.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.diagnosis.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.diagnosis.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.diagnosis.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Reason the encounter takes place (resource)
     *
     * Reason the encounter takes place, as specified using information from another resource. For admissions, this is the admission diagnosis. The indication will typically be a Condition (with other resources referenced in the evidence.detail), or a Procedure.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.diagnosis.condition`
     * - Type Reference
     */
    condition: Reference<'Condition' | 'Procedure'>;
    /**
     * Role that this diagnosis has within the encounter (e.g. admission, billing, discharge …)
     *
     * Role that this diagnosis has within the encounter (e.g. admission, billing, discharge …).
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.diagnosis.role`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/diagnosis-role (7 codes: AD, DD, CC, CM, pre-op, post-op, billing)
     */
    role?: CodeableConcept;
    /**
     * Ranking of the diagnosis (for each role type)
     *
     * Ranking of the diagnosis (for each role type).
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.diagnosis.rank`
     * - Type positiveInt
     */
    rank?: number;
    /** Extensions and id for `rank` (FHIR JSON primitive extension, see Encounter.diagnosis.rank). */
    _rank?: Element;
}
/**
 * Details about the admission to a healthcare service
 *
 * Details about the admission to a healthcare service.
 *
 * - Cardinality 0..1
 * - FHIR path `Encounter.hospitalization`
 * - Type BackboneElement
 */
export interface CareConnectEncounter1Hospitalization {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.hospitalization.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.extension`
     * - Type Extension
     */
    extension?: (ExtensionCareConnectAdmissionMethod1 | ExtensionCareConnectDischargeMethod1 | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Pre-admission identifier
     *
     * Pre-admission identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier`
     * - Type Identifier
     */
    preAdmissionIdentifier?: CareConnectEncounter1HospitalizationPreAdmissionIdentifier;
    /**
     * The location from which the patient came before admission
     *
     * The location from which the patient came before admission.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.origin`
     * - Type Reference
     */
    origin?: Reference<'Location'>;
    /**
     * From where patient was admitted (physician referral, transfer)
     *
     * From where patient was admitted (physician referral, transfer).
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.admitSource`
     * - Type CodeableConcept
     * - Binding preferred to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-SourceOfAdmission-1 (14 codes: 19, 29, 39, 49, 51, 52, 53, 54, 65, 66, 79, 85, ...)
     */
    admitSource?: CodeableConcept;
    /**
     * The type of hospital re-admission that has occurred (if any). If the value is absent, then this is not identified as a readmission
     *
     * Whether this hospitalization is a readmission and why if known.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.reAdmission`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v2-0092 (codes not enumerable here: example binding: not checked)
     */
    reAdmission?: CareConnectEncounter1HospitalizationReAdmission;
    /**
     * Diet preferences reported by the patient
     *
     * Diet preferences reported by the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.dietPreference`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/encounter-diet (7 codes: vegetarian, dairy-free, nut-free, gluten-free, vegan, halal, kosher)
     */
    dietPreference?: CodeableConcept[];
    /**
     * Special courtesies (VIP, board member)
     *
     * Special courtesies (VIP, board member).
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.specialCourtesy`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/encounter-special-courtesy (6 codes: EXT, NRM, PRF, STF, VIP, UNK)
     */
    specialCourtesy?: CodeableConcept[];
    /**
     * Wheelchair, translator, stretcher, etc.
     *
     * Any special requests that have been made for this hospitalization encounter, such as the provision of specific equipment or other things.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.specialArrangement`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/encounter-special-arrangements (5 codes: wheel, add-bed, int, att, dog)
     */
    specialArrangement?: CodeableConcept[];
    /**
     * Location to which the patient is discharged
     *
     * Location to which the patient is discharged.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.destination`
     * - Type Reference
     */
    destination?: Reference<'Location'>;
    /**
     * Category or kind of location after discharge
     *
     * Category or kind of location after discharge.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.dischargeDisposition`
     * - Type CodeableConcept
     * - Binding example to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-DischargeDestination-1 (codes not enumerable here: example binding: not checked)
     */
    dischargeDisposition?: CodeableConcept;
}
/**
 * Pre-admission identifier
 *
 * Pre-admission identifier.
 *
 * - Cardinality 0..1
 * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier`
 * - Type Identifier
 */
export interface CareConnectEncounter1HospitalizationPreAdmissionIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.hospitalization.preAdmissionIdentifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Encounter.hospitalization.preAdmissionIdentifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier.type`
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
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Encounter.hospitalization.preAdmissionIdentifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Encounter.hospitalization.preAdmissionIdentifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.preAdmissionIdentifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * The type of hospital re-admission that has occurred (if any). If the value is absent, then this is not identified as a readmission
 *
 * Whether this hospitalization is a readmission and why if known.
 *
 * - Cardinality 0..1
 * - FHIR path `Encounter.hospitalization.reAdmission`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/v2-0092 (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectEncounter1HospitalizationReAdmission {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.reAdmission.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.hospitalization.reAdmission.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.reAdmission.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.reAdmission.coding`
     * - Type Coding
     */
    coding?: (CareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.reAdmission.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Encounter.hospitalization.reAdmission.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Encounter.hospitalization.reAdmission.coding:snomedCT`
 * - Type Coding
 */
export interface CareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.reAdmission.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.hospitalization.reAdmission.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.reAdmission.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.hospitalization.reAdmission.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Encounter.hospitalization.reAdmission.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.hospitalization.reAdmission.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Encounter.hospitalization.reAdmission.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.hospitalization.reAdmission.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Encounter.hospitalization.reAdmission.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.hospitalization.reAdmission.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Encounter.hospitalization.reAdmission.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * List of locations where the patient has been
 *
 * List of locations where  the patient has been during this encounter.
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.location`
 * - Type BackboneElement
 */
export interface CareConnectEncounter1Location {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.location.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.location.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.location.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.location.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Location the encounter takes place
     *
     * The location where the encounter takes place.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.location.location`
     * - Type Reference
     */
    location: Reference<'Location'>;
    /**
     * planned | active | reserved | completed
     *
     * The status of the participants' presence at the specified location during the period specified. If the participant is is no longer at the location, then the period will have an end date/time.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.location.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/encounter-location-status (4 codes: planned, active, reserved, completed)
     */
    status?: 'active' | 'completed' | 'planned' | 'reserved';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Encounter.location.status). */
    _status?: Element;
    /**
     * Time period during which the patient was present at the location
     *
     * Time period during which the patient was present at the location.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.location.period`
     * - Type Period
     */
    period?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectEncounter1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1Type(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1Participant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1Reason(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1Diagnosis(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1Hospitalization(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1Location(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1TypeCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1ReasonCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1HospitalizationPreAdmissionIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1HospitalizationReAdmission(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-Encounter-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectEncounter1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectEncounter1} with the same options reports no error or fatal issue: CareConnect-Encounter-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1 version 1.0.0). */
export declare function isCareConnectEncounter1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectEncounter1;
/** Input of {@link buildCareConnectEncounter1}: a {@link CareConnectEncounter1} without what the builder fills in. */
export type CareConnectEncounter1Input = BuilderInput<CareConnectEncounter1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectEncounter1['meta']>;
}>;
/** Input of {@link CareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT} (`Encounter.hospitalization.reAdmission.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectEncounter1HospitalizationReAdmissionCodingSnomedCTInput = BuilderInput<CareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectEncounter1ReasonCodingSnomedCT} (`Encounter.reason.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectEncounter1ReasonCodingSnomedCTInput = BuilderInput<CareConnectEncounter1ReasonCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectEncounter1TypeCodingSnomedCT} (`Encounter.type.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectEncounter1TypeCodingSnomedCTInput = BuilderInput<CareConnectEncounter1TypeCodingSnomedCT, 'system'>;
/**
 * Builds a {@link CareConnectEncounter1} (CareConnect-Encounter-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Encounter"
 * - `meta.profile`: adds https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1
 *
 * The result is checked with {@link validateCareConnectEncounter1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectEncounter1(input: CareConnectEncounter1Input): CareConnectEncounter1;
/**
 * Makes a `Encounter.type.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectEncounter1TypeCodingSnomedCT(input: CareConnectEncounter1TypeCodingSnomedCTInput): CareConnectEncounter1TypeCodingSnomedCT;
/**
 * Makes a `Encounter.reason.coding:snomedCT` item (slice `snomedCT`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectEncounter1ReasonCodingSnomedCT(input: CareConnectEncounter1ReasonCodingSnomedCTInput): CareConnectEncounter1ReasonCodingSnomedCT;
/**
 * Makes a `Encounter.hospitalization.reAdmission.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT(input: CareConnectEncounter1HospitalizationReAdmissionCodingSnomedCTInput): CareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT;
