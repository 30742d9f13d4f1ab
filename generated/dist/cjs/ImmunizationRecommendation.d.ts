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
 * ImmunizationRecommendation
 *
 * Base StructureDefinition for ImmunizationRecommendation Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ImmunizationRecommendation {
    /** The FHIR resource type. */
    resourceType: 'ImmunizationRecommendation';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImmunizationRecommendation.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ImmunizationRecommendation.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ImmunizationRecommendation.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * A unique identifier assigned to this particular recommendation record.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Who this profile is for
     *
     * The patient the recommendations are for.
     *
     * - Cardinality 1..1
     * - FHIR path `ImmunizationRecommendation.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * Vaccine administration recommendations
     *
     * Vaccine administration recommendations.
     *
     * - Cardinality 1..*
     * - FHIR path `ImmunizationRecommendation.recommendation`
     * - Type BackboneElement
     */
    recommendation: [ImmunizationRecommendationRecommendation, ...ImmunizationRecommendationRecommendation[]];
}
/**
 * Vaccine administration recommendations
 *
 * Vaccine administration recommendations.
 *
 * - Cardinality 1..*
 * - FHIR path `ImmunizationRecommendation.recommendation`
 * - Type BackboneElement
 */
export interface ImmunizationRecommendationRecommendation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Date recommendation created
     *
     * The date the immunization recommendation was created.
     *
     * - Cardinality 1..1
     * - FHIR path `ImmunizationRecommendation.recommendation.date`
     * - Type dateTime
     */
    date: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.date). */
    _date?: Element;
    /**
     * Vaccine recommendation applies to
     *
     * Vaccine that pertains to the recommendation.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.vaccineCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/vaccine-code (codes not enumerable here: example binding: not checked)
     */
    vaccineCode?: CodeableConcept;
    /**
     * Disease to be immunized against
     *
     * The targeted disease for the recommendation.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.targetDisease`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/immunization-recommendation-target-disease (codes not enumerable here: example binding: not checked)
     */
    targetDisease?: CodeableConcept;
    /**
     * Recommended dose number
     *
     * The next recommended dose number (e.g. dose 2 is the next recommended dose).
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.doseNumber`
     * - Type positiveInt
     */
    doseNumber?: number;
    /** Extensions and id for `doseNumber` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.doseNumber). */
    _doseNumber?: Element;
    /**
     * Vaccine administration status
     *
     * Vaccine administration status.
     *
     * - Cardinality 1..1
     * - FHIR path `ImmunizationRecommendation.recommendation.forecastStatus`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/immunization-recommendation-status (codes not enumerable here: example binding: not checked)
     */
    forecastStatus: CodeableConcept;
    /**
     * Dates governing proposed immunization
     *
     * Vaccine date recommendations.  For example, earliest date to administer, latest date to administer, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.dateCriterion`
     * - Type BackboneElement
     */
    dateCriterion?: ImmunizationRecommendationRecommendationDateCriterion[];
    /**
     * Protocol used by recommendation
     *
     * Contains information about the protocol under which the vaccine was administered.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.protocol`
     * - Type BackboneElement
     */
    protocol?: ImmunizationRecommendationRecommendationProtocol;
    /**
     * Past immunizations supporting recommendation
     *
     * Immunization event history that supports the status and recommendation.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.supportingImmunization`
     * - Type Reference
     */
    supportingImmunization?: Reference<'Immunization'>[];
    /**
     * Patient observations supporting recommendation
     *
     * Patient Information that supports the status and recommendation.  This includes patient observations, adverse reactions and allergy/intolerance information.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.supportingPatientInformation`
     * - Type Reference
     */
    supportingPatientInformation?: Reference<'AllergyIntolerance' | 'Observation'>[];
}
/**
 * Dates governing proposed immunization
 *
 * Vaccine date recommendations.  For example, earliest date to administer, latest date to administer, etc.
 *
 * - Cardinality 0..*
 * - FHIR path `ImmunizationRecommendation.recommendation.dateCriterion`
 * - Type BackboneElement
 */
export interface ImmunizationRecommendationRecommendationDateCriterion {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.dateCriterion.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.dateCriterion.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.dateCriterion.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.dateCriterion.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type of date
     *
     * Date classification of recommendation.  For example, earliest date to give, latest date to give, etc.
     *
     * - Cardinality 1..1
     * - FHIR path `ImmunizationRecommendation.recommendation.dateCriterion.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/immunization-recommendation-date-criterion (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Recommended date
     *
     * The date whose meaning is specified by dateCriterion.code.
     *
     * - Cardinality 1..1
     * - FHIR path `ImmunizationRecommendation.recommendation.dateCriterion.value`
     * - Type dateTime
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.dateCriterion.value). */
    _value?: Element;
}
/**
 * Protocol used by recommendation
 *
 * Contains information about the protocol under which the vaccine was administered.
 *
 * - Cardinality 0..1
 * - FHIR path `ImmunizationRecommendation.recommendation.protocol`
 * - Type BackboneElement
 */
export interface ImmunizationRecommendationRecommendationProtocol {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.protocol.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.protocol.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.protocol.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ImmunizationRecommendation.recommendation.protocol.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Dose number within sequence
     *
     * Indicates the nominal position in a series of the next dose.  This is the recommended dose number as per a specified protocol.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.protocol.doseSequence`
     * - Type positiveInt
     */
    doseSequence?: number;
    /** Extensions and id for `doseSequence` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.protocol.doseSequence). */
    _doseSequence?: Element;
    /**
     * Protocol details
     *
     * Contains the description about the protocol under which the vaccine was administered.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.protocol.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.protocol.description). */
    _description?: Element;
    /**
     * Who is responsible for protocol
     *
     * Indicates the authority who published the protocol.  For example, ACIP.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.protocol.authority`
     * - Type Reference
     */
    authority?: Reference<'Organization'>;
    /**
     * Name of vaccination series
     *
     * One possible path to achieve presumed immunity against a disease - within the context of an authority.
     *
     * - Cardinality 0..1
     * - FHIR path `ImmunizationRecommendation.recommendation.protocol.series`
     * - Type string
     */
    series?: string;
    /** Extensions and id for `series` (FHIR JSON primitive extension, see ImmunizationRecommendation.recommendation.protocol.series). */
    _series?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkImmunizationRecommendation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImmunizationRecommendationRecommendation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImmunizationRecommendationRecommendationDateCriterion(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImmunizationRecommendationRecommendationProtocol(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ImmunizationRecommendation (http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateImmunizationRecommendation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateImmunizationRecommendation} with the same options reports no error or fatal issue: ImmunizationRecommendation (http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation). */
export declare function isImmunizationRecommendation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ImmunizationRecommendation;
/** Input of {@link buildImmunizationRecommendation}: a {@link ImmunizationRecommendation} without what the builder fills in. */
export type ImmunizationRecommendationInput = BuilderInput<ImmunizationRecommendation, 'resourceType'>;
/**
 * Builds a {@link ImmunizationRecommendation} (ImmunizationRecommendation, http://hl7.org/fhir/StructureDefinition/ImmunizationRecommendation).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ImmunizationRecommendation"
 *
 * The result is checked with {@link validateImmunizationRecommendation}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildImmunizationRecommendation(input: ImmunizationRecommendationInput): ImmunizationRecommendation;
