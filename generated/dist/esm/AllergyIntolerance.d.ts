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
 * AllergyIntolerance
 *
 * Base StructureDefinition for AllergyIntolerance Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/AllergyIntolerance
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface AllergyIntolerance {
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
    meta?: Meta;
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
    extension?: Extension[];
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
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | inactive | resolved
     *
     * The clinical status of the allergy or intolerance.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.clinicalStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/allergy-clinical-status (3 codes: active, inactive, resolved)
     */
    clinicalStatus?: 'active' | 'inactive' | 'resolved';
    /** Extensions and id for `clinicalStatus` (FHIR JSON primitive extension, see AllergyIntolerance.clinicalStatus). */
    _clinicalStatus?: Element;
    /**
     * unconfirmed | confirmed | refuted | entered-in-error
     *
     * Assertion about certainty associated with the propensity, or potential risk, of a reaction to the identified substance (including pharmaceutical product).
     *
     * - Cardinality 1..1
     * - FHIR path `AllergyIntolerance.verificationStatus`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/allergy-verification-status (4 codes: unconfirmed, confirmed, refuted, entered-in-error)
     */
    verificationStatus: 'confirmed' | 'entered-in-error' | 'refuted' | 'unconfirmed';
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
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.category`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/allergy-intolerance-category (4 codes: food, medication, environment, biologic)
     */
    category?: ('biologic' | 'environment' | 'food' | 'medication')[];
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
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/allergyintolerance-code (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
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
     */
    onsetString?: string;
    /** Extensions and id for `onsetString` (FHIR JSON primitive extension, see AllergyIntolerance.onset[x]). */
    _onsetString?: Element;
    /**
     * Date record was believed accurate
     *
     * The date on which the existance of the AllergyIntolerance was first asserted or acknowledged.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.assertedDate`
     * - Type dateTime
     */
    assertedDate?: string;
    /** Extensions and id for `assertedDate` (FHIR JSON primitive extension, see AllergyIntolerance.assertedDate). */
    _assertedDate?: Element;
    /**
     * Who recorded the sensitivity
     *
     * Individual who recorded the record and takes responsibility for its content.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.recorder`
     * - Type Reference
     */
    recorder?: Reference<'Patient' | 'Practitioner'>;
    /**
     * Source of the information about the allergy
     *
     * The source of the information about the allergy that is recorded.
     *
     * - Cardinality 0..1
     * - FHIR path `AllergyIntolerance.asserter`
     * - Type Reference
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
     */
    note?: Annotation[];
    /**
     * Adverse Reaction Events linked to exposure to substance
     *
     * Details about each adverse reaction event linked to exposure to the identified substance.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction`
     * - Type BackboneElement
     */
    reaction?: AllergyIntoleranceReaction[];
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
export interface AllergyIntoleranceReaction {
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
    substance?: CodeableConcept;
    /**
     * Clinical symptoms/signs associated with the Event
     *
     * Clinical symptoms and/or signs that are observed or associated with the adverse reaction event.
     *
     * - Cardinality 1..*
     * - FHIR path `AllergyIntolerance.reaction.manifestation`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/clinical-findings (codes not enumerable here: example binding: not checked)
     */
    manifestation: [CodeableConcept, ...CodeableConcept[]];
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
     * - Binding example to http://hl7.org/fhir/ValueSet/route-codes (codes not enumerable here: example binding: not checked)
     */
    exposureRoute?: CodeableConcept;
    /**
     * Text about event not captured in other fields
     *
     * Additional text about the adverse reaction event not captured in other fields.
     *
     * - Cardinality 0..*
     * - FHIR path `AllergyIntolerance.reaction.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkAllergyIntolerance(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkAllergyIntoleranceReaction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against AllergyIntolerance (http://hl7.org/fhir/StructureDefinition/AllergyIntolerance).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateAllergyIntolerance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateAllergyIntolerance} with the same options reports no error or fatal issue: AllergyIntolerance (http://hl7.org/fhir/StructureDefinition/AllergyIntolerance). */
export declare function isAllergyIntolerance(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is AllergyIntolerance;
/** Input of {@link buildAllergyIntolerance}: a {@link AllergyIntolerance} without what the builder fills in. */
export type AllergyIntoleranceInput = BuilderInput<AllergyIntolerance, 'resourceType'>;
/**
 * Builds a {@link AllergyIntolerance} (AllergyIntolerance, http://hl7.org/fhir/StructureDefinition/AllergyIntolerance).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "AllergyIntolerance"
 *
 * The result is checked with {@link validateAllergyIntolerance}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildAllergyIntolerance(input: AllergyIntoleranceInput): AllergyIntolerance;
