import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { HealthcareServiceAvailableTime, HealthcareServiceNotAvailable } from './HealthcareService.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-HealthcareService-1
 *
 * CareConnect HealthCareService Profile
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of HealthcareService
 */
export interface CareConnectHealthcareService1 {
    /** The FHIR resource type. */
    resourceType: 'HealthcareService';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see HealthcareService.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see HealthcareService.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see HealthcareService.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External identifiers for this item
     *
     * External identifiers for this item.
     *
     * - Cardinality 1..1
     * - FHIR path `HealthcareService.identifier`
     * - Type Identifier
     */
    identifier: [Identifier];
    /**
     * Whether this healthcareservice is in active use
     *
     * Whether this healthcareservice record is in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see HealthcareService.active). */
    _active?: Element;
    /**
     * Organization that provides this service
     *
     * The organization that provides this healthcare service.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.providedBy`
     * - Type Reference
     */
    providedBy?: Reference<'Organization'>;
    /**
     * Broad category of service being performed or delivered
     *
     * Identifies the broad category of service being performed or delivered.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Type of service that may be delivered or performed
     *
     * The specific type of service that may be delivered or performed.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.type`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-type (codes not enumerable here: example binding: not checked)
     */
    type?: CodeableConcept[];
    /**
     * Specialties handled by the HealthcareService
     *
     * Collection of specialties handled by the service site. This is more of a medical term.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.specialty`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/c80-practice-codes (115 codes: 408467006, 394577000, 394578005, 421661004, 408462000, 394579002, 394804000, 394580004, 394803006, 408480009, 408454008, 394809005, ...)
     */
    specialty?: CodeableConcept[];
    /**
     * Location(s) where service may be provided
     *
     * The location(s) where this healthcare service may be provided.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.location`
     * - Type Reference
     */
    location?: Reference<'Location'>[];
    /**
     * Description of service as presented to a consumer while searching
     *
     * Further description of the service as it would be presented to a consumer while searching.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see HealthcareService.name). */
    _name?: Element;
    /**
     * Additional description and/or any specific issues not covered elsewhere
     *
     * Any additional description of the service and/or any specific issues not covered by the other attributes, which can be displayed as further detail under the serviceName.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see HealthcareService.comment). */
    _comment?: Element;
    /**
     * Extra details about the service that can't be placed in the other fields
     *
     * Extra details about the service that can't be placed in the other fields.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.extraDetails`
     * - Type string
     */
    extraDetails?: string;
    /** Extensions and id for `extraDetails` (FHIR JSON primitive extension, see HealthcareService.extraDetails). */
    _extraDetails?: Element;
    /**
     * Facilitates quick identification of the service
     *
     * If there is a photo/symbol associated with this HealthcareService, it may be included here to facilitate quick identification of the service in a list.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.photo`
     * - Type Attachment
     */
    photo?: Attachment;
    /**
     * Contacts related to the healthcare service
     *
     * List of contacts related to this specific healthcare service.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.telecom`
     * - Type ContactPoint
     */
    telecom?: ContactPoint[];
    /**
     * Location(s) service is inteded for/available to
     *
     * The location(s) that this service is available to (not where the service is provided).
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.coverageArea`
     * - Type Reference
     */
    coverageArea?: Reference<'Location'>[];
    /**
     * Conditions under which service is available/offered
     *
     * The code(s) that detail the conditions under which the healthcare service is available/offered.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.serviceProvisionCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-provision-conditions (codes not enumerable here: example binding: not checked)
     */
    serviceProvisionCode?: CodeableConcept[];
    /**
     * Specific eligibility requirements required to use the service
     *
     * Does this service have specific eligibility requirements that need to be met in order to use the service?
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.eligibility`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    eligibility?: CodeableConcept;
    /**
     * Describes the eligibility conditions for the service
     *
     * Describes the eligibility conditions for the service.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.eligibilityNote`
     * - Type string
     */
    eligibilityNote?: string;
    /** Extensions and id for `eligibilityNote` (FHIR JSON primitive extension, see HealthcareService.eligibilityNote). */
    _eligibilityNote?: Element;
    /**
     * Program Names that categorize the service
     *
     * Program Names that can be used to categorize the service.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.programName`
     * - Type string
     */
    programName?: string[];
    /** Extensions and id for `programName` (FHIR JSON primitive extension, see HealthcareService.programName). */
    _programName?: (Element | null)[];
    /**
     * Collection of characteristics (attributes)
     *
     * Collection of characteristics (attributes).
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.characteristic`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    characteristic?: CodeableConcept[];
    /**
     * Ways that the service accepts referrals
     *
     * Ways that the service accepts referrals, if this is not provided then it is implied that no referral is required.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.referralMethod`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/service-referral-method (codes not enumerable here: example binding: not checked)
     */
    referralMethod?: CodeableConcept[];
    /**
     * If an appointment is required for access to this service
     *
     * Indicates whether or not a prospective consumer will require an appointment for a particular service at a site to be provided by the Organization. Indicates if an appointment is required for access to this service.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.appointmentRequired`
     * - Type boolean
     */
    appointmentRequired?: boolean;
    /** Extensions and id for `appointmentRequired` (FHIR JSON primitive extension, see HealthcareService.appointmentRequired). */
    _appointmentRequired?: Element;
    /**
     * Times the Service Site is available
     *
     * A collection of times that the Service Site is available.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.availableTime`
     * - Type BackboneElement
     */
    availableTime?: HealthcareServiceAvailableTime[];
    /**
     * Not available during this time due to provided reason
     *
     * The HealthcareService is not available during this period of time due to the provided reason.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.notAvailable`
     * - Type BackboneElement
     */
    notAvailable?: HealthcareServiceNotAvailable[];
    /**
     * Description of availability exceptions
     *
     * A description of site availability exceptions, e.g. public holiday availability. Succinctly describing all possible exceptions to normal site availability as details in the available Times and not available Times.
     *
     * - Cardinality 0..1
     * - FHIR path `HealthcareService.availabilityExceptions`
     * - Type string
     */
    availabilityExceptions?: string;
    /** Extensions and id for `availabilityExceptions` (FHIR JSON primitive extension, see HealthcareService.availabilityExceptions). */
    _availabilityExceptions?: Element;
    /**
     * Technical endpoints providing access to services operated for the location
     *
     * Technical endpoints providing access to services operated for the specific healthcare services defined at this resource.
     *
     * - Cardinality 0..*
     * - FHIR path `HealthcareService.endpoint`
     * - Type Reference
     */
    endpoint?: Reference<'Endpoint'>[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectHealthcareService1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-HealthcareService-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectHealthcareService1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectHealthcareService1} with the same options reports no error or fatal issue: CareConnect-HealthcareService-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1 version 1.0.0). */
export declare function isCareConnectHealthcareService1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectHealthcareService1;
/** Input of {@link buildCareConnectHealthcareService1}: a {@link CareConnectHealthcareService1} without what the builder fills in. */
export type CareConnectHealthcareService1Input = BuilderInput<CareConnectHealthcareService1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectHealthcareService1['meta']>;
}>;
/**
 * Builds a {@link CareConnectHealthcareService1} (CareConnect-HealthcareService-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "HealthcareService"
 * - `meta.profile`: adds https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1
 *
 * The result is checked with {@link validateCareConnectHealthcareService1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectHealthcareService1(input: CareConnectHealthcareService1Input): CareConnectHealthcareService1;
