import { type Age } from './Age.js';
import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * FamilyMemberHistory
 *
 * Base StructureDefinition for FamilyMemberHistory Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface FamilyMemberHistory {
    /** The FHIR resource type. */
    resourceType: 'FamilyMemberHistory';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see FamilyMemberHistory.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see FamilyMemberHistory.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see FamilyMemberHistory.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Id(s) for this record
     *
     * This records identifiers associated with this family member history record that are defined by business processes and/ or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Instantiates protocol or definition
     *
     * A protocol or questionnaire that was adhered to in whole or in part by this event.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.definition`
     * - Type Reference
     */
    definition?: Reference<'PlanDefinition' | 'Questionnaire'>[];
    /**
     * partial | completed | entered-in-error | health-unknown
     *
     * A code specifying the status of the record of the family history of a specific family member.
     *
     * - Cardinality 1..1
     * - FHIR path `FamilyMemberHistory.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/history-status (4 codes: partial, completed, entered-in-error, health-unknown)
     */
    status: 'completed' | 'entered-in-error' | 'health-unknown' | 'partial';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see FamilyMemberHistory.status). */
    _status?: Element;
    /**
     * The taking of a family member's history did not occur
     *
     * If true, indicates the taking of an individual family member's history did not occur. The notDone element should not be used to document negated conditions, such as a family member that did not have a condition.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.notDone`
     * - Type boolean
     */
    notDone?: boolean;
    /** Extensions and id for `notDone` (FHIR JSON primitive extension, see FamilyMemberHistory.notDone). */
    _notDone?: Element;
    /**
     * subject-unknown | withheld | unable-to-obtain | deferred
     *
     * Describes why the family member's history is absent.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.notDoneReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/history-not-done-reason (codes not enumerable here: example binding: not checked)
     */
    notDoneReason?: CodeableConcept;
    /**
     * Patient history is about
     *
     * The person who this history concerns.
     *
     * - Cardinality 1..1
     * - FHIR path `FamilyMemberHistory.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * When history was captured/updated
     *
     * The date (and possibly time) when the family member history was taken.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see FamilyMemberHistory.date). */
    _date?: Element;
    /**
     * The family member described
     *
     * This will either be a name or a description; e.g. "Aunt Susan", "my cousin with the red hair".
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see FamilyMemberHistory.name). */
    _name?: Element;
    /**
     * Relationship to the subject
     *
     * The type of relationship this person has to the patient (father, mother, brother etc.).
     *
     * - Cardinality 1..1
     * - FHIR path `FamilyMemberHistory.relationship`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-FamilyMember (codes not enumerable here: example binding: not checked)
     */
    relationship: CodeableConcept;
    /**
     * male | female | other | unknown
     *
     * Administrative Gender - the gender that the relative is considered to have for administration and record keeping purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.gender`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/administrative-gender (4 codes: male, female, other, unknown)
     */
    gender?: 'female' | 'male' | 'other' | 'unknown';
    /** Extensions and id for `gender` (FHIR JSON primitive extension, see FamilyMemberHistory.gender). */
    _gender?: Element;
    /**
     * (approximate) date of birth
     *
     * The actual or approximate date of birth of the relative.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.born[x]`
     * - Type Period | date | string
     */
    bornPeriod?: Period;
    /**
     * (approximate) date of birth
     *
     * The actual or approximate date of birth of the relative.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.born[x]`
     * - Type Period | date | string
     */
    bornDate?: string;
    /** Extensions and id for `bornDate` (FHIR JSON primitive extension, see FamilyMemberHistory.born[x]). */
    _bornDate?: Element;
    /**
     * (approximate) date of birth
     *
     * The actual or approximate date of birth of the relative.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.born[x]`
     * - Type Period | date | string
     */
    bornString?: string;
    /** Extensions and id for `bornString` (FHIR JSON primitive extension, see FamilyMemberHistory.born[x]). */
    _bornString?: Element;
    /**
     * (approximate) age
     *
     * The age of the relative at the time the family member history is recorded.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.age[x]`
     * - Type Age | Range | string
     */
    ageAge?: Age;
    /**
     * (approximate) age
     *
     * The age of the relative at the time the family member history is recorded.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.age[x]`
     * - Type Age | Range | string
     */
    ageRange?: Range;
    /**
     * (approximate) age
     *
     * The age of the relative at the time the family member history is recorded.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.age[x]`
     * - Type Age | Range | string
     */
    ageString?: string;
    /** Extensions and id for `ageString` (FHIR JSON primitive extension, see FamilyMemberHistory.age[x]). */
    _ageString?: Element;
    /**
     * Age is estimated?
     *
     * If true, indicates that the age value specified is an estimated value.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.estimatedAge`
     * - Type boolean
     */
    estimatedAge?: boolean;
    /** Extensions and id for `estimatedAge` (FHIR JSON primitive extension, see FamilyMemberHistory.estimatedAge). */
    _estimatedAge?: Element;
    /**
     * Dead? How old/when?
     *
     * Deceased flag or the actual or approximate age of the relative at the time of death for the family member history record.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.deceased[x]`
     * - Type boolean | Age | Range | date | string
     */
    deceasedBoolean?: boolean;
    /** Extensions and id for `deceasedBoolean` (FHIR JSON primitive extension, see FamilyMemberHistory.deceased[x]). */
    _deceasedBoolean?: Element;
    /**
     * Dead? How old/when?
     *
     * Deceased flag or the actual or approximate age of the relative at the time of death for the family member history record.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.deceased[x]`
     * - Type boolean | Age | Range | date | string
     */
    deceasedAge?: Age;
    /**
     * Dead? How old/when?
     *
     * Deceased flag or the actual or approximate age of the relative at the time of death for the family member history record.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.deceased[x]`
     * - Type boolean | Age | Range | date | string
     */
    deceasedRange?: Range;
    /**
     * Dead? How old/when?
     *
     * Deceased flag or the actual or approximate age of the relative at the time of death for the family member history record.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.deceased[x]`
     * - Type boolean | Age | Range | date | string
     */
    deceasedDate?: string;
    /** Extensions and id for `deceasedDate` (FHIR JSON primitive extension, see FamilyMemberHistory.deceased[x]). */
    _deceasedDate?: Element;
    /**
     * Dead? How old/when?
     *
     * Deceased flag or the actual or approximate age of the relative at the time of death for the family member history record.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.deceased[x]`
     * - Type boolean | Age | Range | date | string
     */
    deceasedString?: string;
    /** Extensions and id for `deceasedString` (FHIR JSON primitive extension, see FamilyMemberHistory.deceased[x]). */
    _deceasedString?: Element;
    /**
     * Why was family member history performed?
     *
     * Describes why the family member history occurred in coded or textual form.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Why was family member history performed?
     *
     * Indicates a Condition, Observation, AllergyIntolerance, or QuestionnaireResponse that justifies this family member history event.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'AllergyIntolerance' | 'Condition' | 'Observation' | 'QuestionnaireResponse'>[];
    /**
     * General note about related person
     *
     * This property allows a non condition-specific note to the made about the related person. Ideally, the note would be in the condition property, but this is not always possible.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Condition that the related person had
     *
     * The significant Conditions (or condition) that the family member had. This is a repeating section to allow a system to represent more than one condition per resource, though there is nothing stopping multiple resources - one per condition.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.condition`
     * - Type BackboneElement
     */
    condition?: FamilyMemberHistoryCondition[];
}
/**
 * Condition that the related person had
 *
 * The significant Conditions (or condition) that the family member had. This is a repeating section to allow a system to represent more than one condition per resource, though there is nothing stopping multiple resources - one per condition.
 *
 * - Cardinality 0..*
 * - FHIR path `FamilyMemberHistory.condition`
 * - Type BackboneElement
 */
export interface FamilyMemberHistoryCondition {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.condition.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see FamilyMemberHistory.condition.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.condition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.condition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Condition suffered by relation
     *
     * The actual condition specified. Could be a coded condition (like MI or Diabetes) or a less specific string like 'cancer' depending on how much is known about the condition and the capabilities of the creating system.
     *
     * - Cardinality 1..1
     * - FHIR path `FamilyMemberHistory.condition.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * deceased | permanent disability | etc.
     *
     * Indicates what happened as a result of this condition.  If the condition resulted in death, deceased date is captured on the relation.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.condition.outcome`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-outcome (codes not enumerable here: example binding: not checked)
     */
    outcome?: CodeableConcept;
    /**
     * When condition first manifested
     *
     * Either the age of onset, range of approximate age or descriptive string can be recorded.  For conditions with multiple occurrences, this describes the first known occurrence.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.condition.onset[x]`
     * - Type Age | Range | Period | string
     */
    onsetAge?: Age;
    /**
     * When condition first manifested
     *
     * Either the age of onset, range of approximate age or descriptive string can be recorded.  For conditions with multiple occurrences, this describes the first known occurrence.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.condition.onset[x]`
     * - Type Age | Range | Period | string
     */
    onsetRange?: Range;
    /**
     * When condition first manifested
     *
     * Either the age of onset, range of approximate age or descriptive string can be recorded.  For conditions with multiple occurrences, this describes the first known occurrence.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.condition.onset[x]`
     * - Type Age | Range | Period | string
     */
    onsetPeriod?: Period;
    /**
     * When condition first manifested
     *
     * Either the age of onset, range of approximate age or descriptive string can be recorded.  For conditions with multiple occurrences, this describes the first known occurrence.
     *
     * - Cardinality 0..1
     * - FHIR path `FamilyMemberHistory.condition.onset[x]`
     * - Type Age | Range | Period | string
     */
    onsetString?: string;
    /** Extensions and id for `onsetString` (FHIR JSON primitive extension, see FamilyMemberHistory.condition.onset[x]). */
    _onsetString?: Element;
    /**
     * Extra information about condition
     *
     * An area where general notes can be placed about this specific condition.
     *
     * - Cardinality 0..*
     * - FHIR path `FamilyMemberHistory.condition.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkFamilyMemberHistory(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkFamilyMemberHistoryCondition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against FamilyMemberHistory (http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFamilyMemberHistory(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFamilyMemberHistory} with the same options reports no error or fatal issue: FamilyMemberHistory (http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory). */
export declare function isFamilyMemberHistory(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FamilyMemberHistory;
/** Input of {@link buildFamilyMemberHistory}: a {@link FamilyMemberHistory} without what the builder fills in. */
export type FamilyMemberHistoryInput = BuilderInput<FamilyMemberHistory, 'resourceType'>;
/**
 * Builds a {@link FamilyMemberHistory} (FamilyMemberHistory, http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "FamilyMemberHistory"
 *
 * The result is checked with {@link validateFamilyMemberHistory}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildFamilyMemberHistory(input: FamilyMemberHistoryInput): FamilyMemberHistory;
