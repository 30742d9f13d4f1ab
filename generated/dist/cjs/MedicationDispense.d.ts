import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Dosage } from './Dosage.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * MedicationDispense
 *
 * Base StructureDefinition for MedicationDispense Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/MedicationDispense
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface MedicationDispense {
    /** The FHIR resource type. */
    resourceType: 'MedicationDispense';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationDispense.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see MedicationDispense.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see MedicationDispense.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External identifier
     *
     * Identifier assigned by the dispensing facility - this is an identifier assigned outside FHIR.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Event that dispense is part of
     *
     * The procedure that the dispense is done because of.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.partOf`
     * - Type Reference
     */
    partOf?: Reference<'Procedure'>[];
    /**
     * preparation | in-progress | on-hold | completed | entered-in-error | stopped
     *
     * A code specifying the state of the set of dispense events.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-dispense-status (6 codes: preparation, in-progress, on-hold, completed, entered-in-error, stopped)
     */
    status?: 'completed' | 'entered-in-error' | 'in-progress' | 'on-hold' | 'preparation' | 'stopped';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see MedicationDispense.status). */
    _status?: Element;
    /**
     * Type of medication dispense
     *
     * Indicates type of medication dispense and where the medication is expected to be consumed or administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.category`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/medication-dispense-category (3 codes: inpatient, outpatient, community)
     */
    category?: CodeableConcept;
    /**
     * What medication was supplied
     *
     * Identifies the medication being administered. This is either a link to a resource representing the details of the medication or a simple attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationDispense.medication[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationCodeableConcept?: CodeableConcept;
    /**
     * What medication was supplied
     *
     * Identifies the medication being administered. This is either a link to a resource representing the details of the medication or a simple attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationDispense.medication[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationReference?: Reference<'Medication'>;
    /**
     * Who the dispense is for
     *
     * A link to a resource representing the person or the group to whom the medication will be given.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Patient'>;
    /**
     * Encounter / Episode associated with event
     *
     * The encounter or episode of care that establishes the context for this event.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Information that supports the dispensing of the medication
     *
     * Additional information that supports the medication being dispensed.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.supportingInformation`
     * - Type Reference
     */
    supportingInformation?: Reference[];
    /**
     * Who performed event
     *
     * Indicates who or what performed the event.  It should be assumed that the performer is the dispenser of the medication.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.performer`
     * - Type BackboneElement
     */
    performer?: MedicationDispensePerformer[];
    /**
     * Medication order that authorizes the dispense
     *
     * Indicates the medication order that is being dispensed against.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.authorizingPrescription`
     * - Type Reference
     */
    authorizingPrescription?: Reference<'MedicationRequest'>[];
    /**
     * Trial fill, partial fill, emergency fill, etc.
     *
     * Indicates the type of dispensing event that is performed. For example, Trial Fill, Completion of Trial, Partial Fill, Emergency Fill, Samples, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-ActPharmacySupplyType (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Amount dispensed
     *
     * The amount of medication that has been dispensed. Includes unit of measure.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.quantity`
     * - Type Quantity
     */
    quantity?: SimpleQuantity;
    /**
     * Amount of medication expressed as a timing amount
     *
     * The amount of medication expressed as a timing amount.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.daysSupply`
     * - Type Quantity
     */
    daysSupply?: SimpleQuantity;
    /**
     * When product was packaged and reviewed
     *
     * The time when the dispensed product was packaged and reviewed.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.whenPrepared`
     * - Type dateTime
     */
    whenPrepared?: string;
    /** Extensions and id for `whenPrepared` (FHIR JSON primitive extension, see MedicationDispense.whenPrepared). */
    _whenPrepared?: Element;
    /**
     * When product was given out
     *
     * The time the dispensed product was provided to the patient or their representative.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.whenHandedOver`
     * - Type dateTime
     */
    whenHandedOver?: string;
    /** Extensions and id for `whenHandedOver` (FHIR JSON primitive extension, see MedicationDispense.whenHandedOver). */
    _whenHandedOver?: Element;
    /**
     * Where the medication was sent
     *
     * Identification of the facility/location where the medication was shipped to, as part of the dispense event.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.destination`
     * - Type Reference
     */
    destination?: Reference<'Location'>;
    /**
     * Who collected the medication
     *
     * Identifies the person who picked up the medication.  This will usually be a patient or their caregiver, but some cases exist where it can be a healthcare professional.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.receiver`
     * - Type Reference
     */
    receiver?: Reference<'Patient' | 'Practitioner'>[];
    /**
     * Information about the dispense
     *
     * Extra information about the dispense that could not be conveyed in the other attributes.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * How the medication is to be used by the patient or administered by the caregiver
     *
     * Indicates how the medication is to be used by the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.dosageInstruction`
     * - Type Dosage
     */
    dosageInstruction?: Dosage[];
    /**
     * Whether a substitution was performed on the dispense
     *
     * Indicates whether or not substitution was made as part of the dispense.  In some cases substitution will be expected but does not happen, in other cases substitution is not expected but does happen.  This block explains what substitution did or did not happen and why.  If nothing is specified, substitution was not done.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.substitution`
     * - Type BackboneElement
     */
    substitution?: MedicationDispenseSubstitution;
    /**
     * Clinical issue with action
     *
     * Indicates an actual or potential clinical issue with or between one or more active or proposed clinical actions for a patient; e.g. Drug-drug interaction, duplicate therapy, dosage alert etc.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.detectedIssue`
     * - Type Reference
     */
    detectedIssue?: Reference<'DetectedIssue'>[];
    /**
     * Whether the dispense was or was not performed
     *
     * True if the dispense was not performed for some reason.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.notDone`
     * - Type boolean
     */
    notDone?: boolean;
    /** Extensions and id for `notDone` (FHIR JSON primitive extension, see MedicationDispense.notDone). */
    _notDone?: Element;
    /**
     * Why a dispense was not performed
     *
     * Indicates the reason why a dispense was not performed.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.notDoneReason[x]`
     * - Type CodeableConcept | Reference
     */
    notDoneReasonCodeableConcept?: CodeableConcept;
    /**
     * Why a dispense was not performed
     *
     * Indicates the reason why a dispense was not performed.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.notDoneReason[x]`
     * - Type CodeableConcept | Reference
     */
    notDoneReasonReference?: Reference<'DetectedIssue'>;
    /**
     * A list of releveant lifecycle events
     *
     * A summary of the events of interest that have occurred, such as when the dispense was verified.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.eventHistory`
     * - Type Reference
     */
    eventHistory?: Reference<'Provenance'>[];
}
/**
 * Who performed event
 *
 * Indicates who or what performed the event.  It should be assumed that the performer is the dispenser of the medication.
 *
 * - Cardinality 0..*
 * - FHIR path `MedicationDispense.performer`
 * - Type BackboneElement
 */
export interface MedicationDispensePerformer {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.performer.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationDispense.performer.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.performer.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.performer.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Individual who was performing
     *
     * The device, practitioner, etc. who performed the action.  It should be assumed that the actor is the dispenser of the medication.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationDispense.performer.actor`
     * - Type Reference
     */
    actor: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization organization was acting for
     *
     * The organization the device or practitioner was acting on behalf of.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.performer.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
/**
 * Whether a substitution was performed on the dispense
 *
 * Indicates whether or not substitution was made as part of the dispense.  In some cases substitution will be expected but does not happen, in other cases substitution is not expected but does happen.  This block explains what substitution did or did not happen and why.  If nothing is specified, substitution was not done.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationDispense.substitution`
 * - Type BackboneElement
 */
export interface MedicationDispenseSubstitution {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.substitution.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationDispense.substitution.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.substitution.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.substitution.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Whether a substitution was or was not performed on the dispense
     *
     * True if the dispenser dispensed a different drug or product from what was prescribed.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationDispense.substitution.wasSubstituted`
     * - Type boolean
     */
    wasSubstituted: boolean;
    /** Extensions and id for `wasSubstituted` (FHIR JSON primitive extension, see MedicationDispense.substitution.wasSubstituted). */
    _wasSubstituted?: Element;
    /**
     * Code signifying whether a different drug was dispensed from what was prescribed
     *
     * A code signifying whether a different drug was dispensed from what was prescribed.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationDispense.substitution.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-ActSubstanceAdminSubstitutionCode (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept;
    /**
     * Why was substitution made
     *
     * Indicates the reason for the substitution of (or lack of substitution) from what was prescribed.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.substitution.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-SubstanceAdminSubstitutionReason (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept[];
    /**
     * Who is responsible for the substitution
     *
     * The person or organization that has primary responsibility for the substitution.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationDispense.substitution.responsibleParty`
     * - Type Reference
     */
    responsibleParty?: Reference<'Practitioner'>[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMedicationDispense(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationDispensePerformer(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationDispenseSubstitution(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against MedicationDispense (http://hl7.org/fhir/StructureDefinition/MedicationDispense).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMedicationDispense(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMedicationDispense} with the same options reports no error or fatal issue: MedicationDispense (http://hl7.org/fhir/StructureDefinition/MedicationDispense). */
export declare function isMedicationDispense(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is MedicationDispense;
/** Input of {@link buildMedicationDispense}: a {@link MedicationDispense} without what the builder fills in. */
export type MedicationDispenseInput = BuilderInput<MedicationDispense, 'resourceType'>;
/**
 * Builds a {@link MedicationDispense} (MedicationDispense, http://hl7.org/fhir/StructureDefinition/MedicationDispense).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MedicationDispense"
 *
 * The result is checked with {@link validateMedicationDispense}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMedicationDispense(input: MedicationDispenseInput): MedicationDispense;
