import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
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
 * Immunization
 *
 * Base StructureDefinition for Immunization Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Immunization
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Immunization {
    /** The FHIR resource type. */
    resourceType: 'Immunization';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Immunization.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Immunization.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Immunization.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * A unique identifier assigned to this immunization record.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * completed | entered-in-error
     *
     * Indicates the current status of the vaccination event.
     *
     * - Cardinality 1..1
     * - FHIR path `Immunization.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/immunization-status (2 codes: completed, entered-in-error)
     */
    status: 'completed' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Immunization.status). */
    _status?: Element;
    /**
     * Flag for whether immunization was given
     *
     * Indicates if the vaccination was or was not given.
     *
     * - Cardinality 1..1
     * - FHIR path `Immunization.notGiven`
     * - Type boolean
     */
    notGiven: boolean;
    /** Extensions and id for `notGiven` (FHIR JSON primitive extension, see Immunization.notGiven). */
    _notGiven?: Element;
    /**
     * Vaccine product administered
     *
     * Vaccine that was administered or was to be administered.
     *
     * - Cardinality 1..1
     * - FHIR path `Immunization.vaccineCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/vaccine-code (codes not enumerable here: example binding: not checked)
     */
    vaccineCode: CodeableConcept;
    /**
     * Who was immunized
     *
     * The patient who either received or did not receive the immunization.
     *
     * - Cardinality 1..1
     * - FHIR path `Immunization.patient`
     * - Type Reference
     */
    patient: Reference<'Patient'>;
    /**
     * Encounter administered as part of
     *
     * The visit or admission or other contact between patient and health care provider the immunization was performed as part of.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>;
    /**
     * Vaccination administration date
     *
     * Date vaccine administered or was to be administered.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see Immunization.date). */
    _date?: Element;
    /**
     * Indicates context the data was recorded in
     *
     * An indication that the content of the record is based on information from the person who administered the vaccine. This reflects the context under which the data was originally recorded.
     *
     * - Cardinality 1..1
     * - FHIR path `Immunization.primarySource`
     * - Type boolean
     */
    primarySource: boolean;
    /** Extensions and id for `primarySource` (FHIR JSON primitive extension, see Immunization.primarySource). */
    _primarySource?: Element;
    /**
     * Indicates the source of a secondarily reported record
     *
     * The source of the data when the report of the immunization event is not based on information from the person who administered the vaccine.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.reportOrigin`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/immunization-origin (codes not enumerable here: example binding: not checked)
     */
    reportOrigin?: CodeableConcept;
    /**
     * Where vaccination occurred
     *
     * The service delivery location where the vaccine administration occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.location`
     * - Type Reference
     */
    location?: Reference<'Location'>;
    /**
     * Vaccine manufacturer
     *
     * Name of vaccine manufacturer.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.manufacturer`
     * - Type Reference
     */
    manufacturer?: Reference<'Organization'>;
    /**
     * Vaccine lot number
     *
     * Lot number of the  vaccine product.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.lotNumber`
     * - Type string
     */
    lotNumber?: string;
    /** Extensions and id for `lotNumber` (FHIR JSON primitive extension, see Immunization.lotNumber). */
    _lotNumber?: Element;
    /**
     * Vaccine expiration date
     *
     * Date vaccine batch expires.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.expirationDate`
     * - Type date
     */
    expirationDate?: string;
    /** Extensions and id for `expirationDate` (FHIR JSON primitive extension, see Immunization.expirationDate). */
    _expirationDate?: Element;
    /**
     * Body site vaccine  was administered
     *
     * Body site where vaccine was administered.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.site`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/immunization-site (codes not enumerable here: example binding: not checked)
     */
    site?: CodeableConcept;
    /**
     * How vaccine entered body
     *
     * The path by which the vaccine product is taken into the body.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.route`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/immunization-route (codes not enumerable here: example binding: not checked)
     */
    route?: CodeableConcept;
    /**
     * Amount of vaccine administered
     *
     * The quantity of vaccine product that was administered.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.doseQuantity`
     * - Type Quantity
     */
    doseQuantity?: SimpleQuantity;
    /**
     * Who performed event
     *
     * Indicates who or what performed the event.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.practitioner`
     * - Type BackboneElement
     */
    practitioner?: ImmunizationPractitioner[];
    /**
     * Vaccination notes
     *
     * Extra information about the immunization that is not conveyed by the other attributes.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Administration/non-administration reasons
     *
     * Reasons why a vaccine was or was not administered.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.explanation`
     * - Type BackboneElement
     */
    explanation?: ImmunizationExplanation;
    /**
     * Details of a reaction that follows immunization
     *
     * Categorical data indicating that an adverse event is associated in time to an immunization.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.reaction`
     * - Type BackboneElement
     */
    reaction?: ImmunizationReaction[];
    /**
     * What protocol was followed
     *
     * Contains information about the protocol(s) under which the vaccine was administered.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.vaccinationProtocol`
     * - Type BackboneElement
     */
    vaccinationProtocol?: ImmunizationVaccinationProtocol[];
}
/**
 * Who performed event
 *
 * Indicates who or what performed the event.
 *
 * - Cardinality 0..*
 * - FHIR path `Immunization.practitioner`
 * - Type BackboneElement
 */
export interface ImmunizationPractitioner {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.practitioner.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Immunization.practitioner.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.practitioner.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.practitioner.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What type of performance was done
     *
     * Describes the type of performance (e.g. ordering provider, administering provider, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.practitioner.role`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/immunization-role (2 codes: OP, AP)
     */
    role?: CodeableConcept;
    /**
     * Individual who was performing
     *
     * The device, practitioner, etc. who performed the action.
     *
     * - Cardinality 1..1
     * - FHIR path `Immunization.practitioner.actor`
     * - Type Reference
     */
    actor: Reference<'Practitioner'>;
}
/**
 * Administration/non-administration reasons
 *
 * Reasons why a vaccine was or was not administered.
 *
 * - Cardinality 0..1
 * - FHIR path `Immunization.explanation`
 * - Type BackboneElement
 */
export interface ImmunizationExplanation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.explanation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Immunization.explanation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.explanation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.explanation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Why immunization occurred
     *
     * Reasons why a vaccine was administered.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.explanation.reason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/immunization-reason (codes not enumerable here: example binding: not checked)
     */
    reason?: CodeableConcept[];
    /**
     * Why immunization did not occur
     *
     * Reason why a vaccine was not administered.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.explanation.reasonNotGiven`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/no-immunization-reason (codes not enumerable here: example binding: not checked)
     */
    reasonNotGiven?: CodeableConcept[];
}
/**
 * Details of a reaction that follows immunization
 *
 * Categorical data indicating that an adverse event is associated in time to an immunization.
 *
 * - Cardinality 0..*
 * - FHIR path `Immunization.reaction`
 * - Type BackboneElement
 */
export interface ImmunizationReaction {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.reaction.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Immunization.reaction.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.reaction.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.reaction.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * When reaction started
     *
     * Date of reaction to the immunization.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.reaction.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see Immunization.reaction.date). */
    _date?: Element;
    /**
     * Additional information on reaction
     *
     * Details of the reaction.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.reaction.detail`
     * - Type Reference
     */
    detail?: Reference<'Observation'>;
    /**
     * Indicates self-reported reaction
     *
     * Self-reported indicator.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.reaction.reported`
     * - Type boolean
     */
    reported?: boolean;
    /** Extensions and id for `reported` (FHIR JSON primitive extension, see Immunization.reaction.reported). */
    _reported?: Element;
}
/**
 * What protocol was followed
 *
 * Contains information about the protocol(s) under which the vaccine was administered.
 *
 * - Cardinality 0..*
 * - FHIR path `Immunization.vaccinationProtocol`
 * - Type BackboneElement
 */
export interface ImmunizationVaccinationProtocol {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.vaccinationProtocol.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Immunization.vaccinationProtocol.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.vaccinationProtocol.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Immunization.vaccinationProtocol.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Dose number within series
     *
     * Nominal position in a series.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.vaccinationProtocol.doseSequence`
     * - Type positiveInt
     */
    doseSequence?: number;
    /** Extensions and id for `doseSequence` (FHIR JSON primitive extension, see Immunization.vaccinationProtocol.doseSequence). */
    _doseSequence?: Element;
    /**
     * Details of vaccine protocol
     *
     * Contains the description about the protocol under which the vaccine was administered.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.vaccinationProtocol.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Immunization.vaccinationProtocol.description). */
    _description?: Element;
    /**
     * Who is responsible for protocol
     *
     * Indicates the authority who published the protocol.  E.g. ACIP.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.vaccinationProtocol.authority`
     * - Type Reference
     */
    authority?: Reference<'Organization'>;
    /**
     * Name of vaccine series
     *
     * One possible path to achieve presumed immunity against a disease - within the context of an authority.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.vaccinationProtocol.series`
     * - Type string
     */
    series?: string;
    /** Extensions and id for `series` (FHIR JSON primitive extension, see Immunization.vaccinationProtocol.series). */
    _series?: Element;
    /**
     * Recommended number of doses for immunity
     *
     * The recommended number of doses to achieve immunity.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.vaccinationProtocol.seriesDoses`
     * - Type positiveInt
     */
    seriesDoses?: number;
    /** Extensions and id for `seriesDoses` (FHIR JSON primitive extension, see Immunization.vaccinationProtocol.seriesDoses). */
    _seriesDoses?: Element;
    /**
     * Disease immunized against
     *
     * The targeted disease.
     *
     * - Cardinality 1..*
     * - FHIR path `Immunization.vaccinationProtocol.targetDisease`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/vaccination-protocol-dose-target (codes not enumerable here: example binding: not checked)
     */
    targetDisease: [CodeableConcept, ...CodeableConcept[]];
    /**
     * Indicates if dose counts towards immunity
     *
     * Indicates if the immunization event should "count" against  the protocol.
     *
     * - Cardinality 1..1
     * - FHIR path `Immunization.vaccinationProtocol.doseStatus`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/vaccination-protocol-dose-status (codes not enumerable here: example binding: not checked)
     */
    doseStatus: CodeableConcept;
    /**
     * Why dose does (not) count
     *
     * Provides an explanation as to why an immunization event should or should not count against the protocol.
     *
     * - Cardinality 0..1
     * - FHIR path `Immunization.vaccinationProtocol.doseStatusReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/vaccination-protocol-dose-status-reason (codes not enumerable here: example binding: not checked)
     */
    doseStatusReason?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkImmunization(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImmunizationPractitioner(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImmunizationExplanation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImmunizationReaction(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkImmunizationVaccinationProtocol(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Immunization (http://hl7.org/fhir/StructureDefinition/Immunization).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateImmunization(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateImmunization} with the same options reports no error or fatal issue: Immunization (http://hl7.org/fhir/StructureDefinition/Immunization). */
export declare function isImmunization(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Immunization;
/** Input of {@link buildImmunization}: a {@link Immunization} without what the builder fills in. */
export type ImmunizationInput = BuilderInput<Immunization, 'resourceType'>;
/**
 * Builds a {@link Immunization} (Immunization, http://hl7.org/fhir/StructureDefinition/Immunization).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Immunization"
 *
 * The result is checked with {@link validateImmunization}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildImmunization(input: ImmunizationInput): Immunization;
