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
 * AdverseEvent
 *
 * Base StructureDefinition for AdverseEvent Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/AdverseEvent
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface AdverseEvent {
    /** The FHIR resource type. */
    resourceType: 'AdverseEvent';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AdverseEvent.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see AdverseEvent.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see AdverseEvent.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier for the event
     *
     * The identifier(s) of this adverse event that are assigned by business processes and/or used to refer to it when a direct URL reference to the resource itsefl is not appropriate.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * AE | PAE
     * An adverse event is an event that caused harm to a patient,  an adverse reaction is a something that is a subject-specific event that is a result of an exposure to a medication, food, device or environmental substance, a potential adverse event is something that occurred and that could have caused harm to a patient but did not
     *
     * The type of event which is important to characterize what occurred and caused harm to the subject, or had the potential to cause harm to the subject.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.category`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/adverse-event-category (2 codes: AE, PAE)
     */
    category?: 'AE' | 'PAE';
    /** Extensions and id for `category` (FHIR JSON primitive extension, see AdverseEvent.category). */
    _category?: Element;
    /**
     * actual | potential
     *
     * This element defines the specific type of event that occurred or that was prevented from occurring.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adverse-event-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Subject or group impacted by event
     *
     * This subject or group impacted by the event.  With a prospective adverse event, there will be no subject as the adverse event was prevented.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.subject`
     * - Type Reference
     */
    subject?: Reference<'Device' | 'Medication' | 'Patient' | 'ResearchSubject'>;
    /**
     * When the event occurred
     *
     * The date (and perhaps time) when the adverse event occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see AdverseEvent.date). */
    _date?: Element;
    /**
     * Adverse Reaction Events linked to exposure to substance
     *
     * Includes information about the reaction that occurred as a result of exposure to a substance (for example, a drug or a chemical).
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.reaction`
     * - Type Reference
     */
    reaction?: Reference<'Condition'>[];
    /**
     * Location where adverse event occurred
     *
     * The information about where the adverse event occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.location`
     * - Type Reference
     */
    location?: Reference<'Location'>;
    /**
     * Mild | Moderate | Severe
     *
     * Describes the seriousness or severity of the adverse event.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.seriousness`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adverse-event-seriousness (codes not enumerable here: example binding: not checked)
     */
    seriousness?: CodeableConcept;
    /**
     * resolved | recovering | ongoing | resolvedWithSequelae | fatal | unknown
     *
     * Describes the type of outcome from the adverse event.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.outcome`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/adverse-event-outcome (6 codes: resolved, recovering, ongoing, resolvedWithSequelae, fatal, unknown)
     */
    outcome?: CodeableConcept<'fatal' | 'ongoing' | 'recovering' | 'resolved' | 'resolvedWithSequelae' | 'unknown'>;
    /**
     * Who recorded the adverse event
     *
     * Information on who recorded the adverse event.  May be the patient or a practitioner.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.recorder`
     * - Type Reference
     */
    recorder?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Who  was involved in the adverse event or the potential adverse event
     *
     * Parties that may or should contribute or have contributed information to the Act. Such information includes information leading to the decision to perform the Act and how to perform the Act (e.g. consultant), information that the Act itself seeks to reveal (e.g. informant of clinical history), or information about what Act was performed (e.g. informant witness).
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.eventParticipant`
     * - Type Reference
     */
    eventParticipant?: Reference<'Device' | 'Practitioner'>;
    /**
     * Description of the adverse event
     *
     * Describes the adverse event in text.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see AdverseEvent.description). */
    _description?: Element;
    /**
     * The suspected agent causing the adverse event
     *
     * Describes the entity that is suspected to have caused the adverse event.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.suspectEntity`
     * - Type BackboneElement
     */
    suspectEntity?: AdverseEventSuspectEntity[];
    /**
     * AdverseEvent.subjectMedicalHistory
     *
     * AdverseEvent.subjectMedicalHistory.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.subjectMedicalHistory`
     * - Type Reference
     */
    subjectMedicalHistory?: Reference<'AllergyIntolerance' | 'Condition' | 'FamilyMemberHistory' | 'Immunization' | 'Observation' | 'Procedure'>[];
    /**
     * AdverseEvent.referenceDocument
     *
     * AdverseEvent.referenceDocument.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.referenceDocument`
     * - Type Reference
     */
    referenceDocument?: Reference<'DocumentReference'>[];
    /**
     * AdverseEvent.study
     *
     * AdverseEvent.study.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.study`
     * - Type Reference
     */
    study?: Reference<'ResearchStudy'>[];
}
/**
 * The suspected agent causing the adverse event
 *
 * Describes the entity that is suspected to have caused the adverse event.
 *
 * - Cardinality 0..*
 * - FHIR path `AdverseEvent.suspectEntity`
 * - Type BackboneElement
 */
export interface AdverseEventSuspectEntity {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.suspectEntity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see AdverseEvent.suspectEntity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.suspectEntity.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `AdverseEvent.suspectEntity.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Refers to the specific entity that caused the adverse event
     *
     * Identifies the actual instance of what caused the adverse event.  May be a substance, medication, medication administration, medication statement or a device.
     *
     * - Cardinality 1..1
     * - FHIR path `AdverseEvent.suspectEntity.instance`
     * - Type Reference
     */
    instance: Reference<'Device' | 'Medication' | 'MedicationAdministration' | 'MedicationStatement' | 'Substance'>;
    /**
     * causality1 | causality2
     *
     * causality1 | causality2.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.suspectEntity.causality`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/adverse-event-causality (2 codes: causality1, causality2)
     */
    causality?: 'causality1' | 'causality2';
    /** Extensions and id for `causality` (FHIR JSON primitive extension, see AdverseEvent.suspectEntity.causality). */
    _causality?: Element;
    /**
     * assess1 | assess2
     *
     * assess1 | assess2.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.suspectEntity.causalityAssessment`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adverse-event-causality-assess (codes not enumerable here: example binding: not checked)
     */
    causalityAssessment?: CodeableConcept;
    /**
     * AdverseEvent.suspectEntity.causalityProductRelatedness
     *
     * AdverseEvent.suspectEntity.causalityProductRelatedness.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.suspectEntity.causalityProductRelatedness`
     * - Type string
     */
    causalityProductRelatedness?: string;
    /** Extensions and id for `causalityProductRelatedness` (FHIR JSON primitive extension, see AdverseEvent.suspectEntity.causalityProductRelatedness). */
    _causalityProductRelatedness?: Element;
    /**
     * method1 | method2
     *
     * method1 | method2.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.suspectEntity.causalityMethod`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adverse-event-causality-method (codes not enumerable here: example binding: not checked)
     */
    causalityMethod?: CodeableConcept;
    /**
     * AdverseEvent.suspectEntity.causalityAuthor
     *
     * AdverseEvent.suspectEntity.causalityAuthor.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.suspectEntity.causalityAuthor`
     * - Type Reference
     */
    causalityAuthor?: Reference<'Practitioner' | 'PractitionerRole'>;
    /**
     * result1 | result2
     *
     * result1 | result2.
     *
     * - Cardinality 0..1
     * - FHIR path `AdverseEvent.suspectEntity.causalityResult`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adverse-event-causality-result (codes not enumerable here: example binding: not checked)
     */
    causalityResult?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAdverseEvent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAdverseEventSuspectEntity(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against AdverseEvent (http://hl7.org/fhir/StructureDefinition/AdverseEvent).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAdverseEvent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAdverseEvent} with the same options reports no error or fatal issue: AdverseEvent (http://hl7.org/fhir/StructureDefinition/AdverseEvent). */
export declare function isAdverseEvent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is AdverseEvent;
/** Input of {@link buildAdverseEvent}: a {@link AdverseEvent} without what the builder fills in. */
export type AdverseEventInput = BuilderInput<AdverseEvent, 'resourceType'>;
/**
 * Builds a {@link AdverseEvent} (AdverseEvent, http://hl7.org/fhir/StructureDefinition/AdverseEvent).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "AdverseEvent"
 * - the `system` of codings in `outcome`: http://hl7.org/fhir/adverse-event-outcome (the only system of its required binding)
 *
 * The result is checked with {@link validateAdverseEvent}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildAdverseEvent(input: AdverseEventInput): AdverseEvent;
