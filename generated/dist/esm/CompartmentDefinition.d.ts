import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * CompartmentDefinition
 *
 * Base StructureDefinition for CompartmentDefinition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/CompartmentDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface CompartmentDefinition {
    /** The FHIR resource type. */
    resourceType: 'CompartmentDefinition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CompartmentDefinition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see CompartmentDefinition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see CompartmentDefinition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this compartment definition (globally unique)
     *
     * An absolute URI that is used to identify this compartment definition when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this compartment definition is (or will be) published. The URL SHOULD include the major version of the compartment definition. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 1..1
     * - FHIR path `CompartmentDefinition.url`
     * - Type uri
     */
    url: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see CompartmentDefinition.url). */
    _url?: Element;
    /**
     * Name for this compartment definition (computer friendly)
     *
     * A natural language name identifying the compartment definition. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 1..1
     * - FHIR path `CompartmentDefinition.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see CompartmentDefinition.name). */
    _name?: Element;
    /**
     * Name for this compartment definition (human friendly)
     *
     * A short, descriptive, user-friendly title for the compartment definition.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see CompartmentDefinition.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this compartment definition. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `CompartmentDefinition.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see CompartmentDefinition.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this compartment definition is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see CompartmentDefinition.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the compartment definition was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the compartment definition changes.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see CompartmentDefinition.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the compartment definition.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see CompartmentDefinition.publisher). */
    _publisher?: Element;
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Natural language description of the compartment definition
     *
     * A free text natural language description of the compartment definition from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see CompartmentDefinition.description). */
    _description?: Element;
    /**
     * Why this compartment definition is defined
     *
     * Explaination of why this compartment definition is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see CompartmentDefinition.purpose). */
    _purpose?: Element;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate compartment definition instances.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for compartment definition (if applicable)
     *
     * A legal or geographic region in which the compartment definition is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * Patient | Encounter | RelatedPerson | Practitioner | Device
     *
     * Which compartment this definition describes.
     *
     * - Cardinality 1..1
     * - FHIR path `CompartmentDefinition.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/compartment-type (5 codes: Patient, Encounter, RelatedPerson, Practitioner, Device)
     */
    code: 'Device' | 'Encounter' | 'Patient' | 'Practitioner' | 'RelatedPerson';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see CompartmentDefinition.code). */
    _code?: Element;
    /**
     * Whether the search syntax is supported
     *
     * Whether the search syntax is supported,.
     *
     * - Cardinality 1..1
     * - FHIR path `CompartmentDefinition.search`
     * - Type boolean
     */
    search: boolean;
    /** Extensions and id for `search` (FHIR JSON primitive extension, see CompartmentDefinition.search). */
    _search?: Element;
    /**
     * How a resource is related to the compartment
     *
     * Information about how a resource is related to the compartment.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.resource`
     * - Type BackboneElement
     */
    resource?: CompartmentDefinitionResource[];
}
/**
 * How a resource is related to the compartment
 *
 * Information about how a resource is related to the compartment.
 *
 * - Cardinality 0..*
 * - FHIR path `CompartmentDefinition.resource`
 * - Type BackboneElement
 */
export interface CompartmentDefinitionResource {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.resource.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see CompartmentDefinition.resource.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.resource.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.resource.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name of resource type
     *
     * The name of a resource supported by the server.
     *
     * - Cardinality 1..1
     * - FHIR path `CompartmentDefinition.resource.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-types (119 codes: Account, ActivityDefinition, AdverseEvent, AllergyIntolerance, Appointment, AppointmentResponse, AuditEvent, Basic, Binary, BodySite, Bundle, CapabilityStatement, ...)
     */
    code: 'Account' | 'ActivityDefinition' | 'AdverseEvent' | 'AllergyIntolerance' | 'Appointment' | 'AppointmentResponse' | 'AuditEvent' | 'Basic' | 'Binary' | 'BodySite' | 'Bundle' | 'CapabilityStatement' | 'CarePlan' | 'CareTeam' | 'ChargeItem' | 'Claim' | 'ClaimResponse' | 'ClinicalImpression' | 'CodeSystem' | 'Communication' | 'CommunicationRequest' | 'CompartmentDefinition' | 'Composition' | 'ConceptMap' | 'Condition' | 'Consent' | 'Contract' | 'Coverage' | 'DataElement' | 'DetectedIssue' | 'Device' | 'DeviceComponent' | 'DeviceMetric' | 'DeviceRequest' | 'DeviceUseStatement' | 'DiagnosticReport' | 'DocumentManifest' | 'DocumentReference' | 'DomainResource' | 'EligibilityRequest' | 'EligibilityResponse' | 'Encounter' | 'Endpoint' | 'EnrollmentRequest' | 'EnrollmentResponse' | 'EpisodeOfCare' | 'ExpansionProfile' | 'ExplanationOfBenefit' | 'FamilyMemberHistory' | 'Flag' | 'Goal' | 'GraphDefinition' | 'Group' | 'GuidanceResponse' | 'HealthcareService' | 'ImagingManifest' | 'ImagingStudy' | 'Immunization' | 'ImmunizationRecommendation' | 'ImplementationGuide' | 'Library' | 'Linkage' | 'List' | 'Location' | 'Measure' | 'MeasureReport' | 'Media' | 'Medication' | 'MedicationAdministration' | 'MedicationDispense' | 'MedicationRequest' | 'MedicationStatement' | 'MessageDefinition' | 'MessageHeader' | 'NamingSystem' | 'NutritionOrder' | 'Observation' | 'OperationDefinition' | 'OperationOutcome' | 'Organization' | 'Parameters' | 'Patient' | 'PaymentNotice' | 'PaymentReconciliation' | 'Person' | 'PlanDefinition' | 'Practitioner' | 'PractitionerRole' | 'Procedure' | 'ProcedureRequest' | 'ProcessRequest' | 'ProcessResponse' | 'Provenance' | 'Questionnaire' | 'QuestionnaireResponse' | 'ReferralRequest' | 'RelatedPerson' | 'RequestGroup' | 'ResearchStudy' | 'ResearchSubject' | 'Resource' | 'RiskAssessment' | 'Schedule' | 'SearchParameter' | 'Sequence' | 'ServiceDefinition' | 'Slot' | 'Specimen' | 'StructureDefinition' | 'StructureMap' | 'Subscription' | 'Substance' | 'SupplyDelivery' | 'SupplyRequest' | 'Task' | 'TestReport' | 'TestScript' | 'ValueSet' | 'VisionPrescription';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see CompartmentDefinition.resource.code). */
    _code?: Element;
    /**
     * Search Parameter Name, or chained parameters
     *
     * The name of a search parameter that represents the link to the compartment. More than one may be listed because a resource may be linked to a compartment in more than one way,.
     *
     * - Cardinality 0..*
     * - FHIR path `CompartmentDefinition.resource.param`
     * - Type string
     */
    param?: string[];
    /** Extensions and id for `param` (FHIR JSON primitive extension, see CompartmentDefinition.resource.param). */
    _param?: (Element | null)[];
    /**
     * Additional documentation about the resource and compartment
     *
     * Additional documentation about the resource and compartment.
     *
     * - Cardinality 0..1
     * - FHIR path `CompartmentDefinition.resource.documentation`
     * - Type string
     */
    documentation?: string;
    /** Extensions and id for `documentation` (FHIR JSON primitive extension, see CompartmentDefinition.resource.documentation). */
    _documentation?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCompartmentDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCompartmentDefinitionResource(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CompartmentDefinition (http://hl7.org/fhir/StructureDefinition/CompartmentDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCompartmentDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCompartmentDefinition} with the same options reports no error or fatal issue: CompartmentDefinition (http://hl7.org/fhir/StructureDefinition/CompartmentDefinition). */
export declare function isCompartmentDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CompartmentDefinition;
/** Input of {@link buildCompartmentDefinition}: a {@link CompartmentDefinition} without what the builder fills in. */
export type CompartmentDefinitionInput = BuilderInput<CompartmentDefinition, 'resourceType'>;
/**
 * Builds a {@link CompartmentDefinition} (CompartmentDefinition, http://hl7.org/fhir/StructureDefinition/CompartmentDefinition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "CompartmentDefinition"
 *
 * The result is checked with {@link validateCompartmentDefinition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCompartmentDefinition(input: CompartmentDefinitionInput): CompartmentDefinition;
