import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Dosage } from './Dosage.js';
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
 * MedicationStatement
 *
 * Base StructureDefinition for MedicationStatement Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/MedicationStatement
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface MedicationStatement {
    /** The FHIR resource type. */
    resourceType: 'MedicationStatement';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see MedicationStatement.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see MedicationStatement.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see MedicationStatement.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External identifier
     *
     * External identifier - FHIR will generate its own internal identifiers (probably URLs) which do not need to be explicitly managed by the resource.  The identifier here is one that would be used by another non-FHIR system - for example an automated medication pump would provide a record each time it operated; an administration while the patient was off the ward might be made with a different system and entered after the event.  Particularly important if these records have to be updated.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Fulfils plan, proposal or order
     *
     * A plan, proposal or order that is fulfilled in whole or in part by this event.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'CarePlan' | 'MedicationRequest' | 'ProcedureRequest' | 'ReferralRequest'>[];
    /**
     * Part of referenced event
     *
     * A larger event of which this particular event is a component or step.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.partOf`
     * - Type Reference
     */
    partOf?: Reference<'MedicationAdministration' | 'MedicationDispense' | 'MedicationStatement' | 'Observation' | 'Procedure'>[];
    /**
     * Encounter / Episode associated with MedicationStatement
     *
     * The encounter or episode of care that establishes the context for this MedicationStatement.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * active | completed | entered-in-error | intended | stopped | on-hold
     *
     * A code representing the patient or other source's judgment about the state of the medication used that this statement is about.  Generally this will be active or completed.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-statement-status (6 codes: active, completed, entered-in-error, intended, stopped, on-hold)
     */
    status: 'active' | 'completed' | 'entered-in-error' | 'intended' | 'on-hold' | 'stopped';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see MedicationStatement.status). */
    _status?: Element;
    /**
     * Type of medication usage
     *
     * Indicates where type of medication statement and where the medication is expected to be consumed or administered.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.category`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/medication-statement-category (4 codes: inpatient, outpatient, community, patientspecified)
     */
    category?: CodeableConcept;
    /**
     * What medication was taken
     *
     * Identifies the medication being administered. This is either a link to a resource representing the details of the medication or a simple attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.medication[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationCodeableConcept?: CodeableConcept;
    /**
     * What medication was taken
     *
     * Identifies the medication being administered. This is either a link to a resource representing the details of the medication or a simple attribute carrying a code that identifies the medication from a known list of medications.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.medication[x]`
     * - Type CodeableConcept | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-codes (codes not enumerable here: example binding: not checked)
     */
    medicationReference?: Reference<'Medication'>;
    /**
     * The date/time or interval when the medication was taken
     *
     * The interval of time during which it is being asserted that the patient was taking the medication (or was not taking, when the wasNotGiven element is true).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.effective[x]`
     * - Type dateTime | Period
     */
    effectiveDateTime?: string;
    /** Extensions and id for `effectiveDateTime` (FHIR JSON primitive extension, see MedicationStatement.effective[x]). */
    _effectiveDateTime?: Element;
    /**
     * The date/time or interval when the medication was taken
     *
     * The interval of time during which it is being asserted that the patient was taking the medication (or was not taking, when the wasNotGiven element is true).
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.effective[x]`
     * - Type dateTime | Period
     */
    effectivePeriod?: Period;
    /**
     * When the statement was asserted?
     *
     * The date when the medication statement was asserted by the information source.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.dateAsserted`
     * - Type dateTime
     */
    dateAsserted?: string;
    /** Extensions and id for `dateAsserted` (FHIR JSON primitive extension, see MedicationStatement.dateAsserted). */
    _dateAsserted?: Element;
    /**
     * Person or organization that provided the information about the taking of this medication
     *
     * The person or organization that provided the information about the taking of this medication. Note: Use derivedFrom when a MedicationStatement is derived from other resources, e.g Claim or MedicationRequest.
     *
     * - Cardinality 0..1
     * - FHIR path `MedicationStatement.informationSource`
     * - Type Reference
     */
    informationSource?: Reference<'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Who is/was taking  the medication
     *
     * The person, animal or group who is/was taking the medication.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Additional supporting information
     *
     * Allows linking the MedicationStatement to the underlying MedicationRequest, or to other information that supports or is used to derive the MedicationStatement.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.derivedFrom`
     * - Type Reference
     */
    derivedFrom?: Reference[];
    /**
     * y | n | unk | na
     *
     * Indicator of the certainty of whether the medication was taken by the patient.
     *
     * - Cardinality 1..1
     * - FHIR path `MedicationStatement.taken`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/medication-statement-taken (4 codes: y, n, unk, na)
     */
    taken: 'n' | 'na' | 'unk' | 'y';
    /** Extensions and id for `taken` (FHIR JSON primitive extension, see MedicationStatement.taken). */
    _taken?: Element;
    /**
     * True if asserting medication was not given
     *
     * A code indicating why the medication was not taken.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.reasonNotTaken`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/reason-medication-not-taken-codes (codes not enumerable here: example binding: not checked)
     */
    reasonNotTaken?: CodeableConcept[];
    /**
     * Reason for why the medication is being/was taken
     *
     * A reason for why the medication is being/was taken.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Condition or observation that supports why the medication is being/was taken
     *
     * Condition or observation that supports why the medication is being/was taken.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * Further information about the statement
     *
     * Provides extra information about the medication statement that is not conveyed by the other attributes.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Details of how medication is/was taken or should be taken
     *
     * Indicates how the medication is/was or should be taken by the patient.
     *
     * - Cardinality 0..*
     * - FHIR path `MedicationStatement.dosage`
     * - Type Dosage
     */
    dosage?: Dosage[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMedicationStatement(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against MedicationStatement (http://hl7.org/fhir/StructureDefinition/MedicationStatement).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMedicationStatement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMedicationStatement} with the same options reports no error or fatal issue: MedicationStatement (http://hl7.org/fhir/StructureDefinition/MedicationStatement). */
export declare function isMedicationStatement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is MedicationStatement;
/** Input of {@link buildMedicationStatement}: a {@link MedicationStatement} without what the builder fills in. */
export type MedicationStatementInput = BuilderInput<MedicationStatement, 'resourceType'>;
/**
 * Builds a {@link MedicationStatement} (MedicationStatement, http://hl7.org/fhir/StructureDefinition/MedicationStatement).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "MedicationStatement"
 *
 * The result is checked with {@link validateMedicationStatement}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMedicationStatement(input: MedicationStatementInput): MedicationStatement;
