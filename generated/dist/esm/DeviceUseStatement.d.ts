import { type Annotation } from './Annotation.js';
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
import { type Timing } from './Timing.js';
/**
 * DeviceUseStatement
 *
 * Base StructureDefinition for DeviceUseStatement Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DeviceUseStatement
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DeviceUseStatement {
    /** The FHIR resource type. */
    resourceType: 'DeviceUseStatement';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DeviceUseStatement.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DeviceUseStatement.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DeviceUseStatement.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceUseStatement.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceUseStatement.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceUseStatement.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External identifier for this record
     *
     * An external identifier for this statement such as an IRI.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceUseStatement.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * active | completed | entered-in-error +
     *
     * A code representing the patient or other source's judgment about the state of the device used that this statement is about.  Generally this will be active or completed.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceUseStatement.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/device-statement-status (6 codes: active, completed, entered-in-error, intended, stopped, on-hold)
     */
    status: 'active' | 'completed' | 'entered-in-error' | 'intended' | 'on-hold' | 'stopped';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see DeviceUseStatement.status). */
    _status?: Element;
    /**
     * Patient using device
     *
     * The patient who used the device.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceUseStatement.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Period device was used
     *
     * The time period over which the device was used.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.whenUsed`
     * - Type Period
     */
    whenUsed?: Period;
    /**
     * How often  the device was used
     *
     * How often the device was used.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.timing[x]`
     * - Type Timing | Period | dateTime
     */
    timingTiming?: Timing;
    /**
     * How often  the device was used
     *
     * How often the device was used.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.timing[x]`
     * - Type Timing | Period | dateTime
     */
    timingPeriod?: Period;
    /**
     * How often  the device was used
     *
     * How often the device was used.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.timing[x]`
     * - Type Timing | Period | dateTime
     */
    timingDateTime?: string;
    /** Extensions and id for `timingDateTime` (FHIR JSON primitive extension, see DeviceUseStatement.timing[x]). */
    _timingDateTime?: Element;
    /**
     * When statement was recorded
     *
     * The time at which the statement was made/recorded.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.recordedOn`
     * - Type dateTime
     */
    recordedOn?: string;
    /** Extensions and id for `recordedOn` (FHIR JSON primitive extension, see DeviceUseStatement.recordedOn). */
    _recordedOn?: Element;
    /**
     * Who made the statement
     *
     * Who reported the device was being used by the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.source`
     * - Type Reference
     */
    source?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Reference to device used
     *
     * The details of the device used.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceUseStatement.device`
     * - Type Reference
     */
    device: Reference<'Device'>;
    /**
     * Why device was used
     *
     * Reason or justification for the use of the device.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceUseStatement.indication`
     * - Type CodeableConcept
     */
    indication?: CodeableConcept[];
    /**
     * Target body site
     *
     * Indicates the site on the subject's body where the device was used ( i.e. the target site).
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceUseStatement.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept;
    /**
     * Addition details (comments, instructions)
     *
     * Details about the device statement that were not represented at all or sufficiently in one of the attributes provided in a class. These may include for example a comment, an instruction, or a note associated with the statement.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceUseStatement.note`
     * - Type Annotation
     */
    note?: Annotation[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDeviceUseStatement(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DeviceUseStatement (http://hl7.org/fhir/StructureDefinition/DeviceUseStatement).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDeviceUseStatement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDeviceUseStatement} with the same options reports no error or fatal issue: DeviceUseStatement (http://hl7.org/fhir/StructureDefinition/DeviceUseStatement). */
export declare function isDeviceUseStatement(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DeviceUseStatement;
/** Input of {@link buildDeviceUseStatement}: a {@link DeviceUseStatement} without what the builder fills in. */
export type DeviceUseStatementInput = BuilderInput<DeviceUseStatement, 'resourceType'>;
/**
 * Builds a {@link DeviceUseStatement} (DeviceUseStatement, http://hl7.org/fhir/StructureDefinition/DeviceUseStatement).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DeviceUseStatement"
 *
 * The result is checked with {@link validateDeviceUseStatement}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDeviceUseStatement(input: DeviceUseStatementInput): DeviceUseStatement;
