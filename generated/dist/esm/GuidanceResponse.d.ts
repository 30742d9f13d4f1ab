import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type DataRequirement } from './DataRequirement.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * GuidanceResponse
 *
 * Base StructureDefinition for GuidanceResponse Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/GuidanceResponse
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface GuidanceResponse {
    /** The FHIR resource type. */
    resourceType: 'GuidanceResponse';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see GuidanceResponse.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see GuidanceResponse.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see GuidanceResponse.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `GuidanceResponse.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `GuidanceResponse.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `GuidanceResponse.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The id of the request associated with this response, if any
     *
     * The id of the request associated with this response. If an id was given as part of the request, it will be reproduced here to enable the requester to more easily identify the response in a multi-request scenario.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.requestId`
     * - Type id
     */
    requestId?: string;
    /** Extensions and id for `requestId` (FHIR JSON primitive extension, see GuidanceResponse.requestId). */
    _requestId?: Element;
    /**
     * Business identifier
     *
     * Allows a service to provide a unique, business identifier for the response.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * A reference to a knowledge module
     *
     * A reference to the knowledge module that was invoked.
     *
     * - Cardinality 1..1
     * - FHIR path `GuidanceResponse.module`
     * - Type Reference
     */
    module: Reference<'ServiceDefinition'>;
    /**
     * success | data-requested | data-required | in-progress | failure | entered-in-error
     *
     * The status of the response. If the evaluation is completed successfully, the status will indicate success. However, in order to complete the evaluation, the engine may require more information. In this case, the status will be data-required, and the response will contain a description of the additional required information. If the evaluation completed successfully, but the engine determines that a potentially more accurate response could be provided if more data was available, the status will be data-requested, and the response will contain a description of the additional requested information.
     *
     * - Cardinality 1..1
     * - FHIR path `GuidanceResponse.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/guidance-response-status (6 codes: success, data-requested, data-required, in-progress, failure, entered-in-error)
     */
    status: 'data-requested' | 'data-required' | 'entered-in-error' | 'failure' | 'in-progress' | 'success';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see GuidanceResponse.status). */
    _status?: Element;
    /**
     * Patient the request was performed for
     *
     * The patient for which the request was processed.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.subject`
     * - Type Reference
     */
    subject?: Reference<'Group' | 'Patient'>;
    /**
     * Encounter or Episode during which the response was returned
     *
     * Allows the context of the guidance response to be provided if available. In a service context, this would likely be unavailable.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When the guidance response was processed
     *
     * Indicates when the guidance response was processed.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.occurrenceDateTime`
     * - Type dateTime
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see GuidanceResponse.occurrenceDateTime). */
    _occurrenceDateTime?: Element;
    /**
     * Device returning the guidance
     *
     * Provides a reference to the device that performed the guidance.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.performer`
     * - Type Reference
     */
    performer?: Reference<'Device'>;
    /**
     * Reason for the response
     *
     * Indicates the reason the request was initiated. This is typically provided as a parameter to the evaluation and echoed by the service, although for some use cases, such as subscription- or event-based scenarios, it may provide an indication of the cause for the response.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.reason[x]`
     * - Type CodeableConcept | Reference
     */
    reasonCodeableConcept?: CodeableConcept;
    /**
     * Reason for the response
     *
     * Indicates the reason the request was initiated. This is typically provided as a parameter to the evaluation and echoed by the service, although for some use cases, such as subscription- or event-based scenarios, it may provide an indication of the cause for the response.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.reason[x]`
     * - Type CodeableConcept | Reference
     */
    reasonReference?: Reference;
    /**
     * Additional notes about the response
     *
     * Provides a mechanism to communicate additional information about the response.
     *
     * - Cardinality 0..*
     * - FHIR path `GuidanceResponse.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Messages resulting from the evaluation of the artifact or artifacts
     *
     * Messages resulting from the evaluation of the artifact or artifacts. As part of evaluating the request, the engine may produce informational or warning messages. These messages will be provided by this element.
     *
     * - Cardinality 0..*
     * - FHIR path `GuidanceResponse.evaluationMessage`
     * - Type Reference
     */
    evaluationMessage?: Reference<'OperationOutcome'>[];
    /**
     * The output parameters of the evaluation, if any
     *
     * The output parameters of the evaluation, if any. Many modules will result in the return of specific resources such as procedure or communication requests that are returned as part of the operation result. However, modules may define specific outputs that would be returned as the result of the evaluation, and these would be returned in this element.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.outputParameters`
     * - Type Reference
     */
    outputParameters?: Reference<'Parameters'>;
    /**
     * Proposed actions, if any
     *
     * The actions, if any, produced by the evaluation of the artifact.
     *
     * - Cardinality 0..1
     * - FHIR path `GuidanceResponse.result`
     * - Type Reference
     */
    result?: Reference<'CarePlan' | 'RequestGroup'>;
    /**
     * Additional required data
     *
     * If the evaluation could not be completed due to lack of information, or additional information would potentially result in a more accurate response, this element will a description of the data required in order to proceed with the evaluation. A subsequent request to the service should include this data.
     *
     * - Cardinality 0..*
     * - FHIR path `GuidanceResponse.dataRequirement`
     * - Type DataRequirement
     */
    dataRequirement?: DataRequirement[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGuidanceResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against GuidanceResponse (http://hl7.org/fhir/StructureDefinition/GuidanceResponse).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGuidanceResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGuidanceResponse} with the same options reports no error or fatal issue: GuidanceResponse (http://hl7.org/fhir/StructureDefinition/GuidanceResponse). */
export declare function isGuidanceResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is GuidanceResponse;
/** Input of {@link buildGuidanceResponse}: a {@link GuidanceResponse} without what the builder fills in. */
export type GuidanceResponseInput = BuilderInput<GuidanceResponse, 'resourceType'>;
/**
 * Builds a {@link GuidanceResponse} (GuidanceResponse, http://hl7.org/fhir/StructureDefinition/GuidanceResponse).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "GuidanceResponse"
 *
 * The result is checked with {@link validateGuidanceResponse}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGuidanceResponse(input: GuidanceResponseInput): GuidanceResponse;
