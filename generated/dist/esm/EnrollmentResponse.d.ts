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
 * EnrollmentResponse
 *
 * Base StructureDefinition for EnrollmentResponse Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/EnrollmentResponse
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface EnrollmentResponse {
    /** The FHIR resource type. */
    resourceType: 'EnrollmentResponse';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EnrollmentResponse.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see EnrollmentResponse.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see EnrollmentResponse.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `EnrollmentResponse.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EnrollmentResponse.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EnrollmentResponse.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier
     *
     * The Response business identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `EnrollmentResponse.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see EnrollmentResponse.status). */
    _status?: Element;
    /**
     * Claim reference
     *
     * Original request resource reference.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.request`
     * - Type Reference
     */
    request?: Reference<'EnrollmentRequest'>;
    /**
     * complete | error | partial
     *
     * Processing status: error, complete.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.outcome`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/remittance-outcome (3 codes: complete, error, partial)
     */
    outcome?: CodeableConcept<'complete' | 'error' | 'partial'>;
    /**
     * Disposition Message
     *
     * A description of the status of the adjudication.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.disposition`
     * - Type string
     */
    disposition?: string;
    /** Extensions and id for `disposition` (FHIR JSON primitive extension, see EnrollmentResponse.disposition). */
    _disposition?: Element;
    /**
     * Creation date
     *
     * The date when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see EnrollmentResponse.created). */
    _created?: Element;
    /**
     * Insurer
     *
     * The Insurer who produced this adjudicated response.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Responsible practitioner
     *
     * The practitioner who is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.requestProvider`
     * - Type Reference
     */
    requestProvider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `EnrollmentResponse.requestOrganization`
     * - Type Reference
     */
    requestOrganization?: Reference<'Organization'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkEnrollmentResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against EnrollmentResponse (http://hl7.org/fhir/StructureDefinition/EnrollmentResponse).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateEnrollmentResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateEnrollmentResponse} with the same options reports no error or fatal issue: EnrollmentResponse (http://hl7.org/fhir/StructureDefinition/EnrollmentResponse). */
export declare function isEnrollmentResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is EnrollmentResponse;
/** Input of {@link buildEnrollmentResponse}: a {@link EnrollmentResponse} without what the builder fills in. */
export type EnrollmentResponseInput = BuilderInput<EnrollmentResponse, 'resourceType'>;
/**
 * Builds a {@link EnrollmentResponse} (EnrollmentResponse, http://hl7.org/fhir/StructureDefinition/EnrollmentResponse).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "EnrollmentResponse"
 * - the `system` of codings in `outcome`: http://hl7.org/fhir/remittance-outcome (the only system of its required binding)
 *
 * The result is checked with {@link validateEnrollmentResponse}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildEnrollmentResponse(input: EnrollmentResponseInput): EnrollmentResponse;
