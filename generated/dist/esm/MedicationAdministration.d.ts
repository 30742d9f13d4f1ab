import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
/**
 * MedicationAdministration
 *
 * Base StructureDefinition for MedicationAdministration Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/MedicationAdministration
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface MedicationAdministration {
    /** The FHIR resource type. */
    resourceType: 'MedicationAdministration';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationAdministration.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see MedicationAdministration.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see MedicationAdministration.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External identifier
     *
     * External identifier - FHIR will generate its own internal identifiers (probably URLs) which do not need to be explicitly managed by the resource.  The identifier here is one that would be used by another non-FHIR system - for example an automated medication pump would provide a record each time it operated; an administration while the patient was off the ward might be made with a different system and entered after the event.  Particularly important if these records have to be updated.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Instantiates protocol or definition
     *
     * A protocol, guideline, orderset or other definition that was adhered to in whole or in part by this event.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'PlanDefinition'>[];
    /**
     * Part of referenced event
     *
     * A larger event of which this particular event is a component or step.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.partOf`
     * - Type Reference
     */
    partOf?: Reference<'MedicationAdministration' | 'Procedure'>[];
    /**
     * in-progress | on-hold | completed | entered-in-error | stopped | unknown
     *
     * Will generally be set to show that the administration has been completed.  For some long running administrations such as infusions it is possible for an administration to be started but not completed or it may be paused while some other process is under way.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationAdministration.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-admin-status (6 codes: in-progress, on-hold, completed, entered-in-error, stopped, unknown)
     */
    status: 'completed' | 'entered-in-error' | 'in-progress' | 'on-hold' | 'stopped' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see MedicationAdministration.status). */
    _status?: Element;
    /**
     * Type of medication usage
     *
     * Indicates the type of medication administration and where the medication is expected to be consumed or administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.category`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/medication-admin-category (3 codes: inpatient, outpatient, community)
     */
    category?: CodeableConcept;
    /**
     * What was administered
     *
     * Identifies the medication that was administered. This is either a link to a resource representing the details of the medication or a simple attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationAdministration.medication[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationCodeableConcept?: CodeableConcept;
    /**
     * What was administered
     *
     * Identifies the medication that was administered. This is either a link to a resource representing the details of the medication or a simple attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationAdministration.medication[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationReference?: Reference<'Medication'>;
    /**
     * Who received medication
     *
     * The person or animal or group receiving the medication.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationAdministration.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Encounter or Episode of Care administered as part of
     *
     * The visit, admission or other contact between patient and health care provider the medication administration was performed as part of.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Additional information to support administration
     *
     * Additional information (for example, patient height and weight) that supports the administration of the medication.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.supportingInformation`
     * - Type Reference
     */
    supportingInformation?: Reference[];
    /**
     * Start and end time of administration
     *
     * A specific date/time or interval of time during which the administration took place (or did not take place, when the 'notGiven' attribute is true). For many administrations, such as swallowing a tablet the use of dateTime is more appropriate.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationAdministration.effective[x]`
     * - Type dateTime | Period
     */
    effectiveDateTime?: string;
    /** Extensions and id for `effectiveDateTime` (FHIR JSON primitive extension, see MedicationAdministration.effective[x]). */
    _effectiveDateTime?: Element;
    /**
     * Start and end time of administration
     *
     * A specific date/time or interval of time during which the administration took place (or did not take place, when the 'notGiven' attribute is true). For many administrations, such as swallowing a tablet the use of dateTime is more appropriate.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationAdministration.effective[x]`
     * - Type dateTime | Period
     */
    effectivePeriod?: Period;
    /**
     * Who administered substance
     *
     * The individual who was responsible for giving the medication to the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.performer`
     * - Type BackboneElement
     */
    performer?: MedicationAdministrationPerformer[];
    /**
     * True if medication not administered
     *
     * Set this to true if the record is saying that the medication was NOT administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.notGiven`
     * - Type boolean
     */
    notGiven?: boolean;
    /** Extensions and id for `notGiven` (FHIR JSON primitive extension, see MedicationAdministration.notGiven). */
    _notGiven?: Element;
    /**
     * Reason administration not performed
     *
     * A code indicating why the administration was not performed.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.reasonNotGiven`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/reason-medication-not-given-codes (codes not enumerable here: example binding: not checked)
     */
    reasonNotGiven?: CodeableConcept[];
    /**
     * Reason administration performed
     *
     * A code indicating why the medication was given.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/reason-medication-given-codes (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Condition or Observation that supports why the medication was administered
     *
     * Condition or observation that supports why the medication was administered.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * Request administration performed against
     *
     * The original request, instruction or authority to perform the administration.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.prescription`
     * - Type Reference
     */
    prescription?: Reference<'MedicationRequest'>;
    /**
     * Device used to administer
     *
     * The device used in administering the medication to the patient.  For example, a particular infusion pump.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.device`
     * - Type Reference
     */
    device?: Reference<'Device'>[];
    /**
     * Information about the administration
     *
     * Extra information about the medication administration that is not conveyed by the other attributes.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Details of how medication was taken
     *
     * Describes the medication dosage information details e.g. dose, rate, site, route, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage`
     * - Type BackboneElement
     */
    dosage?: MedicationAdministrationDosage;
    /**
     * A list of events of interest in the lifecycle
     *
     * A summary of the events of interest that have occurred, such as when the administration was verified.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.eventHistory`
     * - Type Reference
     */
    eventHistory?: Reference<'Provenance'>[];
}
/**
 * Who administered substance
 *
 * The individual who was responsible for giving the medication to the patient.
 *
 * - Cardinality 0..*
 * - FHIR path `MedicationAdministration.performer`
 * - Type BackboneElement
 */
export interface MedicationAdministrationPerformer {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.performer.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationAdministration.performer.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.performer.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.performer.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Individual who was performing
     *
     * The device, practitioner, etc. who performed the action.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationAdministration.performer.actor`
     * - Type Reference
     */
    actor: Reference<'Device' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization organization was acting for
     *
     * The organization the device or practitioner was acting on behalf of.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.performer.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
/**
 * Details of how medication was taken
 *
 * Describes the medication dosage information details e.g. dose, rate, site, route, etc.
 *
 * - Cardinality 0..1
 * - FHIR path `MedicationAdministration.dosage`
 * - Type BackboneElement
 */
export interface MedicationAdministrationDosage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationAdministration.dosage.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.dosage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationAdministration.dosage.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Free text dosage instructions e.g. SIG
     *
     * Free text dosage can be used for cases where the dosage administered is too complex to code. When coded dosage is present, the free text dosage may still be present for display to humans.
     *
     * The dosage instructions should reflect the dosage of the medication that was administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see MedicationAdministration.dosage.text). */
    _text?: Element;
    /**
     * Body site administered to
     *
     * A coded specification of the anatomic site where the medication first entered the body.  For example, "left arm".
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage.site`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/approach-site-codes (codes not enumerable here: example binding: not checked)
     */
    site?: CodeableConcept;
    /**
     * Path of substance into body
     *
     * A code specifying the route or physiological path of administration of a therapeutic agent into or onto the patient.  For example, topical, intravenous, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage.route`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/route-codes (codes not enumerable here: example binding: not checked)
     */
    route?: CodeableConcept;
    /**
     * How drug was administered
     *
     * A coded value indicating the method by which the medication is intended to be or was introduced into or on the body.  This attribute will most often NOT be populated.  It is most commonly used for injections.  For example, Slow Push, Deep IV.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage.method`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/administration-method-codes (codes not enumerable here: example binding: not checked)
     */
    method?: CodeableConcept;
    /**
     * Amount of medication per dose
     *
     * The amount of the medication given at one administration event.   Use this value when the administration is essentially an instantaneous event such as a swallowing a tablet or giving an injection.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage.dose`
     * - Type Quantity
     */
    dose?: SimpleQuantity;
    /**
     * Dose quantity per unit of time
     *
     * Identifies the speed with which the medication was or will be introduced into the patient.  Typically the rate for an infusion e.g. 100 ml per 1 hour or 100 ml/hr.  May also be expressed as a rate per unit of time e.g. 500 ml per 2 hours.  Other examples:  200 mcg/min or 200 mcg/1 minute; 1 liter/8 hours.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage.rate[x]`
     * - Type Ratio | Quantity
     */
    rateRatio?: Ratio;
    /**
     * Dose quantity per unit of time
     *
     * Identifies the speed with which the medication was or will be introduced into the patient.  Typically the rate for an infusion e.g. 100 ml per 1 hour or 100 ml/hr.  May also be expressed as a rate per unit of time e.g. 500 ml per 2 hours.  Other examples:  200 mcg/min or 200 mcg/1 minute; 1 liter/8 hours.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationAdministration.dosage.rate[x]`
     * - Type Ratio | Quantity
     */
    rateQuantity?: SimpleQuantity;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMedicationAdministration(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationAdministrationPerformer(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMedicationAdministrationDosage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against MedicationAdministration (http://hl7.org/fhir/StructureDefinition/MedicationAdministration).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMedicationAdministration(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMedicationAdministration} with the same options reports no error or fatal issue: MedicationAdministration (http://hl7.org/fhir/StructureDefinition/MedicationAdministration). */
export declare function isMedicationAdministration(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is MedicationAdministration;
/** Input of {@link buildMedicationAdministration}: a {@link MedicationAdministration} without what the builder fills in. */
export type MedicationAdministrationInput = BuilderInput<MedicationAdministration, 'resourceType'>;
/**
 * Builds a {@link MedicationAdministration} (MedicationAdministration, http://hl7.org/fhir/StructureDefinition/MedicationAdministration).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MedicationAdministration"
 *
 * The result is checked with {@link validateMedicationAdministration}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMedicationAdministration(input: MedicationAdministrationInput): MedicationAdministration;
