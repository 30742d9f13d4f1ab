import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
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
 * PractitionerRole
 *
 * Base StructureDefinition for PractitionerRole Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/PractitionerRole
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface PractitionerRole {
    /** The FHIR resource type. */
    resourceType: 'PractitionerRole';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PractitionerRole.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see PractitionerRole.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see PractitionerRole.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifiers that are specific to a role/location
     *
     * Business Identifiers that are specific to a role/location.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Whether this practitioner's record is in active use
     *
     * Whether this practitioner's record is in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see PractitionerRole.active). */
    _active?: Element;
    /**
     * The period during which the practitioner is authorized to perform in these role(s)
     *
     * The period during which the person is authorized to act as a practitioner in these role(s) for the organization.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Practitioner that is able to provide the defined services for the organation
     *
     * Practitioner that is able to provide the defined services for the organation.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.practitioner`
     * - Type Reference
     */
    practitioner?: Reference<'Practitioner'>;
    /**
     * Organization where the roles are available
     *
     * The organization where the Practitioner performs the roles associated.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Roles which this practitioner may perform
     *
     * Roles which this practitioner is authorized to perform for the organization.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/practitioner-role (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept[];
    /**
     * Specific specialty of the practitioner
     *
     * Specific specialty of the practitioner.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.specialty`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-practice-codes (115 codes: 408467006, 394577000, 394578005, 421661004, 408462000, 394579002, 394804000, 394580004, 394803006, 408480009, 408454008, 394809005, ...)
     */
    specialty?: CodeableConcept[];
    /**
     * The location(s) at which this practitioner provides care
     *
     * The location(s) at which this practitioner provides care.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.location`
     * - Type Reference
     */
    location?: Reference<'Location'>[];
    /**
     * The list of healthcare services that this worker provides for this role's Organization/Location(s)
     *
     * The list of healthcare services that this worker provides for this role's Organization/Location(s).
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.healthcareService`
     * - Type Reference
     */
    healthcareService?: Reference<'HealthcareService'>[];
    /**
     * Contact details that are specific to the role/location/service
     *
     * Contact details that are specific to the role/location/service.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * Times the Service Site is available
     *
     * A collection of times that the Service Site is available.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.availableTime`
     * - Type BackboneElement
     */
    availableTime?: PractitionerRoleAvailableTime[];
    /**
     * Not available during this time due to provided reason
     *
     * The HealthcareService is not available during this period of time due to the provided reason.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.notAvailable`
     * - Type BackboneElement
     */
    notAvailable?: PractitionerRoleNotAvailable[];
    /**
     * Description of availability exceptions
     *
     * A description of site availability exceptions, e.g. public holiday availability. Succinctly describing all possible exceptions to normal site availability as details in the available Times and not available Times.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.availabilityExceptions`
     * - Type string
     */
    availabilityExceptions?: string;
    /** Extensions and id for `availabilityExceptions` (FHIR JSON primitive extension, see PractitionerRole.availabilityExceptions). */
    _availabilityExceptions?: Element;
    /**
     * Technical endpoints providing access to services operated for the practitioner with this role
     *
     * Technical endpoints providing access to services operated for the practitioner with this role.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
}
/**
 * Times the Service Site is available
 *
 * A collection of times that the Service Site is available.
 *
 * - Cardinality 0..*
 * - FHIR path `PractitionerRole.availableTime`
 * - Type BackboneElement
 */
export interface PractitionerRoleAvailableTime {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.availableTime.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PractitionerRole.availableTime.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.availableTime.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.availableTime.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * mon | tue | wed | thu | fri | sat | sun
     *
     * Indicates which days of the week are available between the start and end Times.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.availableTime.daysOfWeek`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/days-of-week (7 codes: mon, tue, wed, thu, fri, sat, sun)
     */
    daysOfWeek?: ('fri' | 'mon' | 'sat' | 'sun' | 'thu' | 'tue' | 'wed')[];
    /** Extensions and id for `daysOfWeek` (FHIR JSON primitive extension, see PractitionerRole.availableTime.daysOfWeek). */
    _daysOfWeek?: (Element | null)[];
    /**
     * Always available? e.g. 24 hour service
     *
     * Is this always available? (hence times are irrelevant) e.g. 24 hour service.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.availableTime.allDay`
     * - Type boolean
     */
    allDay?: boolean;
    /** Extensions and id for `allDay` (FHIR JSON primitive extension, see PractitionerRole.availableTime.allDay). */
    _allDay?: Element;
    /**
     * Opening time of day (ignored if allDay = true)
     *
     * The opening time of day. Note: If the AllDay flag is set, then this time is ignored.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.availableTime.availableStartTime`
     * - Type time
     */
    availableStartTime?: string;
    /** Extensions and id for `availableStartTime` (FHIR JSON primitive extension, see PractitionerRole.availableTime.availableStartTime). */
    _availableStartTime?: Element;
    /**
     * Closing time of day (ignored if allDay = true)
     *
     * The closing time of day. Note: If the AllDay flag is set, then this time is ignored.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.availableTime.availableEndTime`
     * - Type time
     */
    availableEndTime?: string;
    /** Extensions and id for `availableEndTime` (FHIR JSON primitive extension, see PractitionerRole.availableTime.availableEndTime). */
    _availableEndTime?: Element;
}
/**
 * Not available during this time due to provided reason
 *
 * The HealthcareService is not available during this period of time due to the provided reason.
 *
 * - Cardinality 0..*
 * - FHIR path `PractitionerRole.notAvailable`
 * - Type BackboneElement
 */
export interface PractitionerRoleNotAvailable {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.notAvailable.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PractitionerRole.notAvailable.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.notAvailable.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.notAvailable.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Reason presented to the user explaining why time not available
     *
     * The reason that can be presented to the user as to why this time is not available.
     *
     * - Cardinality 1..1
     * - FHIR path `PractitionerRole.notAvailable.description`
     * - Type string
     */
    description: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see PractitionerRole.notAvailable.description). */
    _description?: Element;
    /**
     * Service not availablefrom this date
     *
     * Service is not available (seasonally or for a public holiday) from this date.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.notAvailable.during`
     * - Type Period
     */
    during?: Period;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkPractitionerRole(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPractitionerRoleAvailableTime(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkPractitionerRoleNotAvailable(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against PractitionerRole (http://hl7.org/fhir/StructureDefinition/PractitionerRole).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePractitionerRole(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePractitionerRole} with the same options reports no error or fatal issue: PractitionerRole (http://hl7.org/fhir/StructureDefinition/PractitionerRole). */
export declare function isPractitionerRole(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is PractitionerRole;
/** Input of {@link buildPractitionerRole}: a {@link PractitionerRole} without what the builder fills in. */
export type PractitionerRoleInput = BuilderInput<PractitionerRole, 'resourceType'>;
/**
 * Builds a {@link PractitionerRole} (PractitionerRole, http://hl7.org/fhir/StructureDefinition/PractitionerRole).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "PractitionerRole"
 *
 * The result is checked with {@link validatePractitionerRole}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPractitionerRole(input: PractitionerRoleInput): PractitionerRole;
