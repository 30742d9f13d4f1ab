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
 * DetectedIssue
 *
 * Base StructureDefinition for DetectedIssue Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DetectedIssue
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DetectedIssue {
    /** The FHIR resource type. */
    resourceType: 'DetectedIssue';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DetectedIssue.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DetectedIssue.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DetectedIssue.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DetectedIssue.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DetectedIssue.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DetectedIssue.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique id for the detected issue
     *
     * Business identifier associated with the detected issue record.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * registered | preliminary | final | amended +
     *
     * Indicates the status of the detected issue.
     *
     * - Cardinality 1..1
     * - FHIR path `DetectedIssue.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/observation-status (8 codes: registered, preliminary, final, amended, corrected, cancelled, entered-in-error, unknown)
     */
    status: 'amended' | 'cancelled' | 'corrected' | 'entered-in-error' | 'final' | 'preliminary' | 'registered' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see DetectedIssue.status). */
    _status?: Element;
    /**
     * Issue Category, e.g. drug-drug, duplicate therapy, etc.
     *
     * Identifies the general type of issue identified.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.category`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/detectedissue-category (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    category?: CodeableConcept;
    /**
     * high | moderate | low
     *
     * Indicates the degree of importance associated with the identified issue based on the potential impact on the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.severity`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/detectedissue-severity (3 codes: high, moderate, low)
     */
    severity?: 'high' | 'low' | 'moderate';
    /** Extensions and id for `severity` (FHIR JSON primitive extension, see DetectedIssue.severity). */
    _severity?: Element;
    /**
     * Associated patient
     *
     * Indicates the patient whose record the detected issue is associated with.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * When identified
     *
     * The date or date-time when the detected issue was initially identified.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see DetectedIssue.date). */
    _date?: Element;
    /**
     * The provider or device that identified the issue
     *
     * Individual or device responsible for the issue being raised.  For example, a decision support application or a pharmacist conducting a medication review.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.author`
     * - Type Reference
     */
    author?: Reference<'Device' | 'Practitioner'>;
    /**
     * Problem resource
     *
     * Indicates the resource representing the current activity or proposed activity that is potentially problematic.
     *
     * - Cardinality 0..*
     * - FHIR path `DetectedIssue.implicated`
     * - Type Reference
     */
    implicated?: Reference[];
    /**
     * Description and context
     *
     * A textual explanation of the detected issue.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.detail`
     * - Type string
     */
    detail?: string;
    /** Extensions and id for `detail` (FHIR JSON primitive extension, see DetectedIssue.detail). */
    _detail?: Element;
    /**
     * Authority for issue
     *
     * The literature, knowledge-base or similar reference that describes the propensity for the detected issue identified.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.reference`
     * - Type uri
     */
    reference?: string;
    /** Extensions and id for `reference` (FHIR JSON primitive extension, see DetectedIssue.reference). */
    _reference?: Element;
    /**
     * Step taken to address
     *
     * Indicates an action that has been taken or is committed to to reduce or eliminate the likelihood of the risk identified by the detected issue from manifesting.  Can also reflect an observation of known mitigating factors that may reduce/eliminate the need for any action.
     *
     * - Cardinality 0..*
     * - FHIR path `DetectedIssue.mitigation`
     * - Type BackboneElement
     */
    mitigation?: DetectedIssueMitigation[];
}
/**
 * Step taken to address
 *
 * Indicates an action that has been taken or is committed to to reduce or eliminate the likelihood of the risk identified by the detected issue from manifesting.  Can also reflect an observation of known mitigating factors that may reduce/eliminate the need for any action.
 *
 * - Cardinality 0..*
 * - FHIR path `DetectedIssue.mitigation`
 * - Type BackboneElement
 */
export interface DetectedIssueMitigation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.mitigation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DetectedIssue.mitigation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DetectedIssue.mitigation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DetectedIssue.mitigation.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * What mitigation?
     *
     * Describes the action that was taken or the observation that was made that reduces/eliminates the risk associated with the identified issue.
     *
     * - Cardinality 1..1
     * - FHIR path `DetectedIssue.mitigation.action`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/detectedissue-mitigation-action (codes not enumerable here: a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server)
     */
    action: CodeableConcept;
    /**
     * Date committed
     *
     * Indicates when the mitigating action was documented.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.mitigation.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see DetectedIssue.mitigation.date). */
    _date?: Element;
    /**
     * Who is committing?
     *
     * Identifies the practitioner who determined the mitigation and takes responsibility for the mitigation step occurring.
     *
     * - Cardinality 0..1
     * - FHIR path `DetectedIssue.mitigation.author`
     * - Type Reference
     */
    author?: Reference<'Practitioner'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDetectedIssue(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDetectedIssueMitigation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DetectedIssue (http://hl7.org/fhir/StructureDefinition/DetectedIssue).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDetectedIssue(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDetectedIssue} with the same options reports no error or fatal issue: DetectedIssue (http://hl7.org/fhir/StructureDefinition/DetectedIssue). */
export declare function isDetectedIssue(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DetectedIssue;
/** Input of {@link buildDetectedIssue}: a {@link DetectedIssue} without what the builder fills in. */
export type DetectedIssueInput = BuilderInput<DetectedIssue, 'resourceType'>;
/**
 * Builds a {@link DetectedIssue} (DetectedIssue, http://hl7.org/fhir/StructureDefinition/DetectedIssue).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DetectedIssue"
 *
 * The result is checked with {@link validateDetectedIssue}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDetectedIssue(input: DetectedIssueInput): DetectedIssue;
