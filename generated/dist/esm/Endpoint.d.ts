import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
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
 * Endpoint
 *
 * Base StructureDefinition for Endpoint Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Endpoint
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Endpoint {
    /** The FHIR resource type. */
    resourceType: 'Endpoint';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Endpoint.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Endpoint.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Endpoint.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Endpoint.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Endpoint.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Endpoint.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Endpoint.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Endpoint.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Endpoint.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Endpoint.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Endpoint.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifies this endpoint across multiple systems
     *
     * Identifier for the organization that is used to identify the endpoint across multiple disparate systems.
     *
     * - Cardinality 0..*
     * - FHIR path `Endpoint.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | suspended | error | off | entered-in-error | test
     *
     * active | suspended | error | off | test.
     *
     * - Cardinality 1..1
     * - FHIR path `Endpoint.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/endpoint-status (6 codes: active, suspended, error, off, entered-in-error, test)
     */
    status: 'active' | 'entered-in-error' | 'error' | 'off' | 'suspended' | 'test';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Endpoint.status). */
    _status?: Element;
    /**
     * Protocol/Profile/Standard to be used with this endpoint connection
     *
     * A coded value that represents the technical details of the usage of this endpoint, such as what WSDLs should be used in what way. (e.g. XDS.b/DICOM/cds-hook).
     *
     * - Cardinality 1..1
     * - FHIR path `Endpoint.connectionType`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/endpoint-connection-type (14 codes: ihe-xcpd, ihe-xca, ihe-xdr, ihe-xds, ihe-iid, dicom-wado-rs, dicom-qido-rs, dicom-stow-rs, dicom-wado-uri, hl7-fhir-rest, hl7-fhir-msg, hl7v2-mllp, ...)
     */
    connectionType: Coding;
    /**
     * A name that this endpoint can be identified by
     *
     * A friendly name that this endpoint can be referred to with.
     *
     * - Cardinality 0..1
     * - FHIR path `Endpoint.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Endpoint.name). */
    _name?: Element;
    /**
     * Organization that manages this endpoint (may not be the organization that exposes the endpoint)
     *
     * The organization that manages this endpoint (even if technically another organisation is hosting this in the cloud, it is the organisation associated with the data).
     *
     * - Cardinality 0..1
     * - FHIR path `Endpoint.managingOrganization`
     * - Type Reference
     */
    managingOrganization?: Reference<'Organization'>;
    /**
     * Contact details for source (e.g. troubleshooting)
     *
     * Contact details for a human to contact about the subscription. The primary use of this for system administrator troubleshooting.
     *
     * - Cardinality 0..*
     * - FHIR path `Endpoint.contact`
     * - Type ContactPoint
     */
    contact?: ContactPoint[];
    /**
     * Interval the endpoint is expected to be operational
     *
     * The interval during which the endpoint is expected to be operational.
     *
     * - Cardinality 0..1
     * - FHIR path `Endpoint.period`
     * - Type Period
     */
    period?: Period;
    /**
     * The type of content that may be used at this endpoint (e.g. XDS Discharge summaries)
     *
     * The payload type describes the acceptable content that can be communicated on the endpoint.
     *
     * - Cardinality 1..*
     * - FHIR path `Endpoint.payloadType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/endpoint-payload-type (codes not enumerable here: example binding: not checked)
     */
    payloadType: [CodeableConcept, ...CodeableConcept[]];
    /**
     * Mimetype to send. If not specified, the content could be anything (including no payload, if the connectionType defined this)
     *
     * The mime type to send the payload in - e.g. application/fhir+xml, application/fhir+json. If the mime type is not specified, then the sender could send any content (including no content depending on the connectionType).
     *
     * - Cardinality 0..*
     * - FHIR path `Endpoint.payloadMimeType`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    payloadMimeType?: string[];
    /** Extensions and id for `payloadMimeType` (FHIR JSON primitive extension, see Endpoint.payloadMimeType). */
    _payloadMimeType?: (Element | null)[];
    /**
     * The technical base address for connecting to this endpoint
     *
     * The uri that describes the actual end-point to connect to.
     *
     * - Cardinality 1..1
     * - FHIR path `Endpoint.address`
     * - Type uri
     */
    address: string;
    /** Extensions and id for `address` (FHIR JSON primitive extension, see Endpoint.address). */
    _address?: Element;
    /**
     * Usage depends on the channel type
     *
     * Additional headers / information to send as part of the notification.
     *
     * - Cardinality 0..*
     * - FHIR path `Endpoint.header`
     * - Type string
     */
    header?: string[];
    /** Extensions and id for `header` (FHIR JSON primitive extension, see Endpoint.header). */
    _header?: (Element | null)[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkEndpoint(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Endpoint (http://hl7.org/fhir/StructureDefinition/Endpoint).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateEndpoint(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateEndpoint} with the same options reports no error or fatal issue: Endpoint (http://hl7.org/fhir/StructureDefinition/Endpoint). */
export declare function isEndpoint(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Endpoint;
/** Input of {@link buildEndpoint}: a {@link Endpoint} without what the builder fills in. */
export type EndpointInput = BuilderInput<Endpoint, 'resourceType'>;
/**
 * Builds a {@link Endpoint} (Endpoint, http://hl7.org/fhir/StructureDefinition/Endpoint).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Endpoint"
 *
 * The result is checked with {@link validateEndpoint}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildEndpoint(input: EndpointInput): Endpoint;
