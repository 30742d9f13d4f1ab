import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type Duration } from './Duration.js';
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
 * Encounter
 *
 * Base StructureDefinition for Encounter Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Encounter
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Encounter {
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
    extension?: Extension[];
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
    identifier?: Identifier[];
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
     * inpatient | outpatient | ambulatory | emergency +
     *
     * inpatient | outpatient | ambulatory | emergency +.
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
    type?: CodeableConcept[];
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
    participant?: EncounterParticipant[];
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
    reason?: CodeableConcept[];
    /**
     * The list of diagnosis relevant to this encounter
     *
     * The list of diagnosis relevant to this encounter.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.diagnosis`
     * - Type BackboneElement
     */
    diagnosis?: EncounterDiagnosis[];
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
    hospitalization?: EncounterHospitalization;
    /**
     * List of locations where the patient has been
     *
     * List of locations where  the patient has been during this encounter.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.location`
     * - Type BackboneElement
     */
    location?: EncounterLocation[];
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
 * List of past encounter statuses
 *
 * The status history permits the encounter resource to contain the status history without needing to read through the historical versions of the resource, or even have the server store them.
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.statusHistory`
 * - Type BackboneElement
 */
export interface EncounterStatusHistory {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.statusHistory.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.statusHistory.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.statusHistory.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.statusHistory.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * planned | arrived | triaged | in-progress | onleave | finished | cancelled +
     *
     * planned | arrived | triaged | in-progress | onleave | finished | cancelled +.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.statusHistory.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/encounter-status (9 codes: planned, arrived, triaged, in-progress, onleave, finished, cancelled, entered-in-error, unknown)
     */
    status: 'arrived' | 'cancelled' | 'entered-in-error' | 'finished' | 'in-progress' | 'onleave' | 'planned' | 'triaged' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Encounter.statusHistory.status). */
    _status?: Element;
    /**
     * The time that the episode was in the specified status
     *
     * The time that the episode was in the specified status.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.statusHistory.period`
     * - Type Period
     */
    period: Period;
}
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
export interface EncounterClassHistory {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Encounter.classHistory.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Encounter.classHistory.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.classHistory.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.classHistory.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * inpatient | outpatient | ambulatory | emergency +
     *
     * inpatient | outpatient | ambulatory | emergency +.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.classHistory.class`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/v3-ActEncounterCode (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    class: Coding;
    /**
     * The time that the episode was in the specified class
     *
     * The time that the episode was in the specified class.
     *
     * - Cardinality 1..1
     * - FHIR path `Encounter.classHistory.period`
     * - Type Period
     */
    period: Period;
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
export interface EncounterParticipant {
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
 * The list of diagnosis relevant to this encounter
 *
 * The list of diagnosis relevant to this encounter.
 *
 * - Cardinality 0..*
 * - FHIR path `Encounter.diagnosis`
 * - Type BackboneElement
 */
export interface EncounterDiagnosis {
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
export interface EncounterHospitalization {
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
    extension?: Extension[];
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
    preAdmissionIdentifier?: Identifier;
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
     * - Binding preferred to http://hl7.org/fhir/ValueSet/encounter-admit-source (10 codes: hosp-trans, emd, outp, born, gp, mp, nursing, psych, rehab, other)
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
    reAdmission?: CodeableConcept;
    /**
     * Diet preferences reported by the patient
     *
     * Diet preferences reported by the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `Encounter.hospitalization.dietPreference`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/encounter-diet (codes not enumerable here: example binding: not checked)
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
     * - Binding example to http://hl7.org/fhir/ValueSet/encounter-discharge-disposition (codes not enumerable here: example binding: not checked)
     */
    dischargeDisposition?: CodeableConcept;
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
export interface EncounterLocation {
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
export declare function checkEncounter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEncounterStatusHistory(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEncounterClassHistory(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEncounterParticipant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEncounterDiagnosis(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEncounterHospitalization(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkEncounterLocation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Encounter (http://hl7.org/fhir/StructureDefinition/Encounter).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateEncounter(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateEncounter} with the same options reports no error or fatal issue: Encounter (http://hl7.org/fhir/StructureDefinition/Encounter). */
export declare function isEncounter(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Encounter;
/** Input of {@link buildEncounter}: a {@link Encounter} without what the builder fills in. */
export type EncounterInput = BuilderInput<Encounter, 'resourceType'>;
/**
 * Builds a {@link Encounter} (Encounter, http://hl7.org/fhir/StructureDefinition/Encounter).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Encounter"
 *
 * The result is checked with {@link validateEncounter}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildEncounter(input: EncounterInput): Encounter;
