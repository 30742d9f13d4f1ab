import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import type { PractitionerRoleAvailableTime, PractitionerRoleNotAvailable } from './PractitionerRole.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-PractitionerRole-1
 *
 * The PractitionerRole resource represents a specific set of Roles/Locations/specialties/services that a practitioner may perform at an organization for a period of time.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of PractitionerRole
 */
export interface CareConnectPractitionerRole1 {
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
    identifier?: CareConnectPractitionerRole1Identifier[];
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
    code?: (CareConnectPractitionerRole1CodeSdsJobRoleName | CodeableConcept)[];
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
 * Business Identifiers that are specific to a role/location
 *
 * Business Identifiers that are specific to a role/location.
 *
 * - Cardinality 0..*
 * - FHIR path `PractitionerRole.identifier`
 * - Type Identifier
 */
export interface CareConnectPractitionerRole1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PractitionerRole.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see PractitionerRole.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.identifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.identifier.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see PractitionerRole.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.identifier.value`
     * - Type string
     */
    value?: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see PractitionerRole.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Roles which this practitioner may perform
 *
 * Roles which this practitioner is authorized to perform for the organization.
 *
 * - Cardinality 0..1
 * - FHIR path `PractitionerRole.code:sdsJobRoleName`
 * - Type CodeableConcept
 * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-SDSJobRoleName-1 (392 codes: R0010, R0020, R0210, R0030, R0040, R0050, R0060, R0070, R0080, R0090, R0100, R0110, ...)
 */
export interface CareConnectPractitionerRole1CodeSdsJobRoleName {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PractitionerRole.code:sdsJobRoleName.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 1..1
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.coding`
     * - Type Coding
     */
    coding: [CareConnectPractitionerRole1CodeSdsJobRoleNameCoding];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see PractitionerRole.code:sdsJobRoleName.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 1..1
 * - FHIR path `PractitionerRole.code:sdsJobRoleName.coding`
 * - Type Coding
 */
export interface CareConnectPractitionerRole1CodeSdsJobRoleNameCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see PractitionerRole.code:sdsJobRoleName.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.coding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.coding.system`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1"
     */
    system: 'https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see PractitionerRole.code:sdsJobRoleName.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.coding.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see PractitionerRole.code:sdsJobRoleName.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `PractitionerRole.code:sdsJobRoleName.coding.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see PractitionerRole.code:sdsJobRoleName.coding.display). */
    _display?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectPractitionerRole1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitionerRole1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitionerRole1CodeSdsJobRoleName(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectPractitionerRole1CodeSdsJobRoleNameCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-PractitionerRole-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectPractitionerRole1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectPractitionerRole1} with the same options reports no error or fatal issue: CareConnect-PractitionerRole-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1 version 1.0.0). */
export declare function isCareConnectPractitionerRole1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectPractitionerRole1;
/** Input of {@link buildCareConnectPractitionerRole1}: a {@link CareConnectPractitionerRole1} without what the builder fills in. */
export type CareConnectPractitionerRole1Input = BuilderInput<CareConnectPractitionerRole1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectPractitionerRole1['meta']>;
}>;
/** Input of {@link CareConnectPractitionerRole1CodeSdsJobRoleName} (`PractitionerRole.code:sdsJobRoleName`): what the builder fills may be left out. */
export type CareConnectPractitionerRole1CodeSdsJobRoleNameInput = BuilderInput<CareConnectPractitionerRole1CodeSdsJobRoleName, never, {
    coding: [CareConnectPractitionerRole1CodeSdsJobRoleNameCodingInput];
}>;
/** Input of {@link CareConnectPractitionerRole1CodeSdsJobRoleNameCoding} (`PractitionerRole.code:sdsJobRoleName.coding`): what the builder fills may be left out. */
export type CareConnectPractitionerRole1CodeSdsJobRoleNameCodingInput = BuilderInput<CareConnectPractitionerRole1CodeSdsJobRoleNameCoding, 'system'>;
/**
 * Builds a {@link CareConnectPractitionerRole1} (CareConnect-PractitionerRole-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "PractitionerRole"
 * - `meta.profile`: adds https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-PractitionerRole-1
 *
 * The result is checked with {@link validateCareConnectPractitionerRole1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectPractitionerRole1(input: CareConnectPractitionerRole1Input): CareConnectPractitionerRole1;
/**
 * Makes a `PractitionerRole.code:sdsJobRoleName` item (slice `sdsJobRoleName`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - fixed parts inside `coding` (see its input type)
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectPractitionerRole1CodeSdsJobRoleName(input: CareConnectPractitionerRole1CodeSdsJobRoleNameInput): CareConnectPractitionerRole1CodeSdsJobRoleName;
