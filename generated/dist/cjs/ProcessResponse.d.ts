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
 * ProcessResponse
 *
 * Base StructureDefinition for ProcessResponse Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ProcessResponse
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ProcessResponse {
    /** The FHIR resource type. */
    resourceType: 'ProcessResponse';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ProcessResponse.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ProcessResponse.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ProcessResponse.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier
     *
     * The Response business identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ProcessResponse.status). */
    _status?: Element;
    /**
     * Creation date
     *
     * The date when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see ProcessResponse.created). */
    _created?: Element;
    /**
     * Authoring Organization
     *
     * The organization who produced this adjudicated response.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Request reference
     *
     * Original request resource reference.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.request`
     * - Type Reference
     */
    request?: Reference;
    /**
     * Processing outcome
     *
     * Transaction status: error, complete, held.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.outcome`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/process-outcome (codes not enumerable here: example binding: not checked)
     */
    outcome?: CodeableConcept;
    /**
     * Disposition Message
     *
     * A description of the status of the adjudication or processing.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.disposition`
     * - Type string
     */
    disposition?: string;
    /** Extensions and id for `disposition` (FHIR JSON primitive extension, see ProcessResponse.disposition). */
    _disposition?: Element;
    /**
     * Responsible Practitioner
     *
     * The practitioner who is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.requestProvider`
     * - Type Reference
     */
    requestProvider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.requestOrganization`
     * - Type Reference
     */
    requestOrganization?: Reference<'Organization'>;
    /**
     * Printed Form Identifier
     *
     * The form to be used for printing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.form`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/forms (codes not enumerable here: example binding: not checked)
     */
    form?: CodeableConcept;
    /**
     * Processing comments or additional requirements
     *
     * Suite of processing notes or additional requirements if the processing has been held.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.processNote`
     * - Type BackboneElement
     */
    processNote?: ProcessResponseProcessNote[];
    /**
     * Error code
     *
     * Processing errors.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.error`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/adjudication-error (codes not enumerable here: example binding: not checked)
     */
    error?: CodeableConcept[];
    /**
     * Request for additional information
     *
     * Request for additional supporting or authorizing information, such as: documents, images or resources.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.communicationRequest`
     * - Type Reference
     */
    communicationRequest?: Reference<'CommunicationRequest'>[];
}
/**
 * Processing comments or additional requirements
 *
 * Suite of processing notes or additional requirements if the processing has been held.
 *
 * - Cardinality 0..*
 * - FHIR path `ProcessResponse.processNote`
 * - Type BackboneElement
 */
export interface ProcessResponseProcessNote {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.processNote.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ProcessResponse.processNote.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.processNote.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcessResponse.processNote.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * display | print | printoper
     *
     * The note purpose: Print/Display.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.processNote.type`
     * - Type CodeableConcept
     * - Binding required to http://hl7.org/fhir/ValueSet/note-type (3 codes: display, print, printoper)
     */
    type?: CodeableConcept<'display' | 'print' | 'printoper'>;
    /**
     * Comment on the processing
     *
     * The note text.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcessResponse.processNote.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see ProcessResponse.processNote.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkProcessResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkProcessResponseProcessNote(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ProcessResponse (http://hl7.org/fhir/StructureDefinition/ProcessResponse).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateProcessResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateProcessResponse} with the same options reports no error or fatal issue: ProcessResponse (http://hl7.org/fhir/StructureDefinition/ProcessResponse). */
export declare function isProcessResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ProcessResponse;
/** Input of {@link buildProcessResponse}: a {@link ProcessResponse} without what the builder fills in. */
export type ProcessResponseInput = BuilderInput<ProcessResponse, 'resourceType', {
    processNote?: ProcessResponseProcessNoteInput[];
}>;
/** Input of {@link ProcessResponseProcessNote} (`ProcessResponse.processNote`): what the builder fills may be left out. */
export type ProcessResponseProcessNoteInput = ProcessResponseProcessNote;
/**
 * Builds a {@link ProcessResponse} (ProcessResponse, http://hl7.org/fhir/StructureDefinition/ProcessResponse).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ProcessResponse"
 * - fixed parts inside `processNote` (see its input type)
 *
 * The result is checked with {@link validateProcessResponse}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildProcessResponse(input: ProcessResponseInput): ProcessResponse;
