import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * GPConnect-OperationOutcome-1
 *
 * The Operation Outcome resource supports a collection of error, warning or information messages that result from a GP Connect Query Request.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1 (version 1.2.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of OperationOutcome
 */
export interface GPConnectOperationOutcome1 {
    /** The FHIR resource type. */
    resourceType: 'OperationOutcome';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see OperationOutcome.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see OperationOutcome.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see OperationOutcome.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * A single issue associated with the action
     *
     * An error, warning or information message that results from a system action.
     *
     * - Cardinality 1..*
     * - FHIR path `OperationOutcome.issue`
     * - Type BackboneElement
     */
    issue: [GPConnectOperationOutcome1Issue, ...GPConnectOperationOutcome1Issue[]];
}
/**
 * A single issue associated with the action
 *
 * An error, warning or information message that results from a system action.
 *
 * - Cardinality 1..*
 * - FHIR path `OperationOutcome.issue`
 * - Type BackboneElement
 */
export interface GPConnectOperationOutcome1Issue {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.issue.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see OperationOutcome.issue.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.issue.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.issue.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * fatal | error | warning | information
     *
     * Indicates whether the issue indicates a variation from successful processing.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationOutcome.issue.severity`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/issue-severity (4 codes: fatal, error, warning, information)
     */
    severity: 'error' | 'fatal' | 'information' | 'warning';
    /** Extensions and id for `severity` (FHIR JSON primitive extension, see OperationOutcome.issue.severity). */
    _severity?: Element;
    /**
     * Error or warning code
     *
     * Describes the type of the issue. The system that creates an OperationOutcome SHALL choose the most applicable code from the IssueType value set, and may additional provide its own code for the error in the details element.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationOutcome.issue.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/issue-type (29 codes: invalid, structure, required, value, invariant, security, login, unknown, expired, forbidden, suppressed, processing, ...)
     */
    code: 'business-rule' | 'code-invalid' | 'conflict' | 'duplicate' | 'exception' | 'expired' | 'extension' | 'forbidden' | 'incomplete' | 'informational' | 'invalid' | 'invariant' | 'lock-error' | 'login' | 'no-store' | 'not-found' | 'not-supported' | 'processing' | 'required' | 'security' | 'structure' | 'suppressed' | 'throttled' | 'timeout' | 'too-costly' | 'too-long' | 'transient' | 'unknown' | 'value';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see OperationOutcome.issue.code). */
    _code?: Element;
    /**
     * Additional details about the error
     *
     * Additional details about the error. This may be a text description of the error, or a system code that identifies the error.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationOutcome.issue.details`
     * - Type CodeableConcept
     * - Binding required to https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1 (44 codes: NO_RECORD_FOUND, PATIENT_NOT_FOUND, INVALID_NHS_NUMBER, INVALID_CODE_SYSTEM, INVALID_CODE_VALUE, INVALID_VALUE, INVALID_IDENTIFIER_SYSTEM, INVALID_IDENTIFIER_VALUE, CONFLICTING_VALUES, INVALID_ELEMENT, AUTHOR_CREDENTIALS_ERROR, INVALID_PARAMETER, ...)
     */
    details: GPConnectOperationOutcome1IssueDetails;
    /**
     * Additional diagnostic information about the issue
     *
     * Additional diagnostic information about the issue.  Typically, this may be a description of how a value is erroneous, or a stack dump to help trace the issue.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.issue.diagnostics`
     * - Type string
     */
    diagnostics?: string;
    /** Extensions and id for `diagnostics` (FHIR JSON primitive extension, see OperationOutcome.issue.diagnostics). */
    _diagnostics?: Element;
    /**
     * Path of element(s) related to issue
     *
     * For resource issues, this will be a simple XPath limited to element names, repetition indicators and the default child access that identifies one of the elements in the resource that caused this issue to be raised.  For HTTP errors, will be "http." + the parameter name.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.issue.location`
     * - Type string
     */
    location?: string[];
    /** Extensions and id for `location` (FHIR JSON primitive extension, see OperationOutcome.issue.location). */
    _location?: (Element | null)[];
    /**
     * FHIRPath of element(s) related to issue
     *
     * A simple FHIRPath limited to element names, repetition indicators and the default child access that identifies one of the elements in the resource that caused this issue to be raised.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.issue.expression`
     * - Type string
     */
    expression?: string[];
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see OperationOutcome.issue.expression). */
    _expression?: (Element | null)[];
}
/**
 * Additional details about the error
 *
 * Additional details about the error. This may be a text description of the error, or a system code that identifies the error.
 *
 * - Cardinality 1..1
 * - FHIR path `OperationOutcome.issue.details`
 * - Type CodeableConcept
 * - Binding required to https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1 (44 codes: NO_RECORD_FOUND, PATIENT_NOT_FOUND, INVALID_NHS_NUMBER, INVALID_CODE_SYSTEM, INVALID_CODE_VALUE, INVALID_VALUE, INVALID_IDENTIFIER_SYSTEM, INVALID_IDENTIFIER_VALUE, CONFLICTING_VALUES, INVALID_ELEMENT, AUTHOR_CREDENTIALS_ERROR, INVALID_PARAMETER, ...)
 */
export interface GPConnectOperationOutcome1IssueDetails {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.issue.details.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see OperationOutcome.issue.details.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.issue.details.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationOutcome.issue.details.coding`
     * - Type Coding
     */
    coding: [GPConnectOperationOutcome1IssueDetailsCoding];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.issue.details.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see OperationOutcome.issue.details.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 1..1
 * - FHIR path `OperationOutcome.issue.details.coding`
 * - Type Coding
 */
export interface GPConnectOperationOutcome1IssueDetailsCoding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `OperationOutcome.issue.details.coding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see OperationOutcome.issue.details.coding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `OperationOutcome.issue.details.coding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationOutcome.issue.details.coding.system`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1"
     */
    system: 'https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see OperationOutcome.issue.details.coding.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `OperationOutcome.issue.details.coding.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see OperationOutcome.issue.details.coding.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `OperationOutcome.issue.details.coding.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see OperationOutcome.issue.details.coding.display). */
    _display?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGPConnectOperationOutcome1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectOperationOutcome1Issue(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectOperationOutcome1IssueDetails(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGPConnectOperationOutcome1IssueDetailsCoding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against GPConnect-OperationOutcome-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1 version 1.2.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGPConnectOperationOutcome1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGPConnectOperationOutcome1} with the same options reports no error or fatal issue: GPConnect-OperationOutcome-1 (https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1 version 1.2.0). */
export declare function isGPConnectOperationOutcome1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is GPConnectOperationOutcome1;
/** Input of {@link buildGPConnectOperationOutcome1}: a {@link GPConnectOperationOutcome1} without what the builder fills in. */
export type GPConnectOperationOutcome1Input = BuilderInput<GPConnectOperationOutcome1, 'resourceType', {
    meta?: ProfiledMetaInput<GPConnectOperationOutcome1['meta']>;
    issue: [GPConnectOperationOutcome1IssueInput, ...GPConnectOperationOutcome1IssueInput[]];
}>;
/** Input of {@link GPConnectOperationOutcome1Issue} (`OperationOutcome.issue`): what the builder fills may be left out. */
export type GPConnectOperationOutcome1IssueInput = BuilderInput<GPConnectOperationOutcome1Issue, never, {
    details: GPConnectOperationOutcome1IssueDetailsInput;
}>;
/** Input of {@link GPConnectOperationOutcome1IssueDetails} (`OperationOutcome.issue.details`): what the builder fills may be left out. */
export type GPConnectOperationOutcome1IssueDetailsInput = BuilderInput<GPConnectOperationOutcome1IssueDetails, never, {
    coding: [GPConnectOperationOutcome1IssueDetailsCodingInput];
}>;
/** Input of {@link GPConnectOperationOutcome1IssueDetailsCoding} (`OperationOutcome.issue.details.coding`): what the builder fills may be left out. */
export type GPConnectOperationOutcome1IssueDetailsCodingInput = BuilderInput<GPConnectOperationOutcome1IssueDetailsCoding, 'system'>;
/**
 * Builds a {@link GPConnectOperationOutcome1} (GPConnect-OperationOutcome-1, https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "OperationOutcome"
 * - `meta.profile`: adds https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1
 * - fixed parts inside `issue` (see its input type)
 *
 * The result is checked with {@link validateGPConnectOperationOutcome1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGPConnectOperationOutcome1(input: GPConnectOperationOutcome1Input): GPConnectOperationOutcome1;
