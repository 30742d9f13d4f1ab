import { type CodeableConcept } from './CodeableConcept.js';
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
 * EligibilityRequest
 *
 * Base StructureDefinition for EligibilityRequest Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/EligibilityRequest
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface EligibilityRequest {
    /** The FHIR resource type. */
    resourceType: 'EligibilityRequest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see EligibilityRequest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see EligibilityRequest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see EligibilityRequest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityRequest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityRequest.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier
     *
     * The Response business identifier.
     *
     * - Cardinality 0..*
     * - FHIR path `EligibilityRequest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | cancelled | draft | entered-in-error
     *
     * The status of the resource instance.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/fm-status (4 codes: active, cancelled, draft, entered-in-error)
     */
    status?: 'active' | 'cancelled' | 'draft' | 'entered-in-error';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see EligibilityRequest.status). */
    _status?: Element;
    /**
     * Desired processing priority
     *
     * Immediate (STAT), best effort (NORMAL), deferred (DEFER).
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.priority`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/process-priority (codes not enumerable here: example binding: not checked)
     */
    priority?: CodeableConcept;
    /**
     * The subject of the Products and Services
     *
     * Patient Resource.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * Estimated date or dates of Service
     *
     * The date or dates when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.serviced[x]`
     * - Type date | Period
     */
    servicedDate?: string;
    /** Extensions and id for `servicedDate` (FHIR JSON primitive extension, see EligibilityRequest.serviced[x]). */
    _servicedDate?: Element;
    /**
     * Estimated date or dates of Service
     *
     * The date or dates when the enclosed suite of services were performed or completed.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.serviced[x]`
     * - Type date | Period
     */
    servicedPeriod?: Period;
    /**
     * Creation date
     *
     * The date when this resource was created.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.created`
     * - Type dateTime
     */
    created?: string;
    /** Extensions and id for `created` (FHIR JSON primitive extension, see EligibilityRequest.created). */
    _created?: Element;
    /**
     * Author
     *
     * Person who created the invoice/claim/pre-determination or pre-authorization.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.enterer`
     * - Type Reference
     */
    enterer?: Reference<'Practitioner'>;
    /**
     * Responsible practitioner
     *
     * The practitioner who is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.provider`
     * - Type Reference
     */
    provider?: Reference<'Practitioner'>;
    /**
     * Responsible organization
     *
     * The organization which is responsible for the services rendered to the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.organization`
     * - Type Reference
     */
    organization?: Reference<'Organization'>;
    /**
     * Target
     *
     * The Insurer who is target  of the request.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.insurer`
     * - Type Reference
     */
    insurer?: Reference<'Organization'>;
    /**
     * Servicing Facility
     *
     * Facility where the services were provided.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.facility`
     * - Type Reference
     */
    facility?: Reference<'Location'>;
    /**
     * Insurance or medical plan
     *
     * Financial instrument by which payment information for health care.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.coverage`
     * - Type Reference
     */
    coverage?: Reference<'Coverage'>;
    /**
     * Business agreement
     *
     * The contract number of a business agreement which describes the terms and conditions.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.businessArrangement`
     * - Type string
     */
    businessArrangement?: string;
    /** Extensions and id for `businessArrangement` (FHIR JSON primitive extension, see EligibilityRequest.businessArrangement). */
    _businessArrangement?: Element;
    /**
     * Type of services covered
     *
     * Dental, Vision, Medical, Pharmacy, Rehab etc.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.benefitCategory`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-category (codes not enumerable here: example binding: not checked)
     */
    benefitCategory?: CodeableConcept;
    /**
     * Detailed services covered within the type
     *
     * Dental: basic, major, ortho; Vision exam, glasses, contacts; etc.
     *
     * - Cardinality 0..1
     * - FHIR path `EligibilityRequest.benefitSubCategory`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/benefit-subcategory (codes not enumerable here: example binding: not checked)
     */
    benefitSubCategory?: CodeableConcept;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkEligibilityRequest(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against EligibilityRequest (http://hl7.org/fhir/StructureDefinition/EligibilityRequest).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateEligibilityRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateEligibilityRequest} with the same options reports no error or fatal issue: EligibilityRequest (http://hl7.org/fhir/StructureDefinition/EligibilityRequest). */
export declare function isEligibilityRequest(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is EligibilityRequest;
/** Input of {@link buildEligibilityRequest}: a {@link EligibilityRequest} without what the builder fills in. */
export type EligibilityRequestInput = BuilderInput<EligibilityRequest, 'resourceType'>;
/**
 * Builds a {@link EligibilityRequest} (EligibilityRequest, http://hl7.org/fhir/StructureDefinition/EligibilityRequest).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "EligibilityRequest"
 *
 * The result is checked with {@link validateEligibilityRequest}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildEligibilityRequest(input: EligibilityRequestInput): EligibilityRequest;
