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
 * ProcessRequest
 *
 * Base StructureDefinition for ProcessRequest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ProcessRequest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ProcessRequest {
    /** The FHIR resource type. */
    resourceType: 'ProcessRequest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ProcessRequest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ProcessRequest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ProcessRequest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier
     *
     * The ProcessRequest business identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ProcessRequest.status). */
    _status?: Element;
    /**
     * cancel | poll | reprocess | status
     *
     * The type of processing action being requested, for example Reversal, Readjudication, StatusRequest,PendedRequest.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.action`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/actionlist (4 codes: cancel, poll, reprocess, status)
     */
    action?: 'cancel' | 'poll' | 'reprocess' | 'status';
    /** Extensions and id for `action` (FHIR JSON primitive extension, see ProcessRequest.action). */
    _action?: Element;
    /**
     * Party which is the target of the request
     *
     * The organization which is the target of the request.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.target`
     * - Type Reference
     */
    target?: Reference<'Organization'>;
    /**
     * Creation date
     *
     * The date when this resource was created.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see ProcessRequest.created). */
    _created?: Element;
    /**
     * Responsible practitioner
     *
     * The practitioner who is responsible for the action specified in this request.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.provider`
     * - Type Reference
     */
    provider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the action speccified in this request.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Reference to the Request resource
     *
     * Reference of resource which is the target or subject of this action.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.request`
     * - Type Reference
     */
    request?: Reference;
    /**
     * Reference to the Response resource
     *
     * Reference of a prior response to resource which is the target or subject of this action.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.response`
     * - Type Reference
     */
    response?: Reference;
    /**
     * Remove history
     *
     * If true remove all history excluding audit.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.nullify`
     * - Type boolean
     */
    nullify?: boolean;
    /** Extensions and id for `nullify` (FHIR JSON primitive extension, see ProcessRequest.nullify). */
    _nullify?: Element;
    /**
     * Reference number/string
     *
     * A reference to supply which authenticates the process.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.reference`
     * - Type string
     */
    reference?: string;
    /** Extensions and id for `reference` (FHIR JSON primitive extension, see ProcessRequest.reference). */
    _reference?: Element;
    /**
     * Items to re-adjudicate
     *
     * List of top level items to be re-adjudicated, if none specified then the entire submission is re-adjudicated.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.item`
     * - Type BackboneElement
     */
    item?: ProcessRequestItem[];
    /**
     * Resource type(s) to include
     *
     * Names of resource types to include.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.include`
     * - Type string
     */
    include?: string[];
    /** Extensions and id for `include` (FHIR JSON primitive extension, see ProcessRequest.include). */
    _include?: (Element | null)[];
    /**
     * Resource type(s) to exclude
     *
     * Names of resource types to exclude.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.exclude`
     * - Type string
     */
    exclude?: string[];
    /** Extensions and id for `exclude` (FHIR JSON primitive extension, see ProcessRequest.exclude). */
    _exclude?: (Element | null)[];
    /**
     * Selection period
     *
     * A period of time during which the fulfilling resources would have been created.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * Items to re-adjudicate
 *
 * List of top level items to be re-adjudicated, if none specified then the entire submission is re-adjudicated.
 *
 * - Cardinality 0..*
 * - FHIR path `ProcessRequest.item`
 * - Type BackboneElement
 */
export interface ProcessRequestItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessRequest.item.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ProcessRequest.item.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.item.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessRequest.item.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Service instance
     *
     * A service line number.
     *
     * - Cardinality 1..1
     * - FHIR path `ProcessRequest.item.sequenceLinkId`
     * - Type integer
     */
    sequenceLinkId: number;
    /** Extensions and id for `sequenceLinkId` (FHIR JSON primitive extension, see ProcessRequest.item.sequenceLinkId). */
    _sequenceLinkId?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkProcessRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkProcessRequestItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ProcessRequest (http://hl7.org/fhir/StructureDefinition/ProcessRequest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateProcessRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateProcessRequest} with the same options reports no error or fatal issue: ProcessRequest (http://hl7.org/fhir/StructureDefinition/ProcessRequest). */
export declare function isProcessRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ProcessRequest;
/** Input of {@link buildProcessRequest}: a {@link ProcessRequest} without what the builder fills in. */
export type ProcessRequestInput = BuilderInput<ProcessRequest, 'resourceType'>;
/**
 * Builds a {@link ProcessRequest} (ProcessRequest, http://hl7.org/fhir/StructureDefinition/ProcessRequest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ProcessRequest"
 *
 * The result is checked with {@link validateProcessRequest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildProcessRequest(input: ProcessRequestInput): ProcessRequest;
