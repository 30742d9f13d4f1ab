import { type Attachment } from './Attachment.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Quantity } from './Quantity.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * QuestionnaireResponse
 *
 * Base StructureDefinition for QuestionnaireResponse Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface QuestionnaireResponse {
    /** The FHIR resource type. */
    resourceType: 'QuestionnaireResponse';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see QuestionnaireResponse.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see QuestionnaireResponse.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see QuestionnaireResponse.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique id for this set of answers
     *
     * A business identifier assigned to a particular completed (or partially completed) questionnaire.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * Request fulfilled by this QuestionnaireResponse
     *
     * The order, proposal or plan that is fulfilled in whole or in part by this QuestionnaireResponse.  For example, a ProcedureRequest seeking an intake assessment or a decision support recommendation to assess for post-partum depression.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'CarePlan' | 'ProcedureRequest' | 'ReferralRequest'>[];
    /**
     * Part of this action
     *
     * A procedure or observation that this questionnaire was performed as part of the execution of.  For example, the surgery a checklist was executed as part of.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.parent`
     * - Type Reference
     */
    parent?: Reference<'Observation' | 'Procedure'>[];
    /**
     * Form being answered
     *
     * The Questionnaire that defines and organizes the questions for which answers are being provided.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.questionnaire`
     * - Type Reference
     */
    questionnaire?: Reference<'Questionnaire'>;
    /**
     * in-progress | completed | amended | entered-in-error | stopped
     *
     * The position of the questionnaire response within its overall lifecycle.
     *
     * - Cardinality 1..1
     * - FHIR path `QuestionnaireResponse.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/questionnaire-answers-status (5 codes: in-progress, completed, amended, entered-in-error, stopped)
     */
    status: 'amended' | 'completed' | 'entered-in-error' | 'in-progress' | 'stopped';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see QuestionnaireResponse.status). */
    _status?: Element;
    /**
     * The subject of the questions
     *
     * The subject of the questionnaire response.  This could be a patient, organization, practitioner, device, etc.  This is who/what the answers apply to, but is not necessarily the source of information.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.subject`
     * - Type Reference
     */
    subject?: Reference;
    /**
     * Encounter or Episode during which questionnaire was completed
     *
     * The encounter or episode of care with primary association to the questionnaire response.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Date the answers were gathered
     *
     * The date and/or time that this set of answers were last changed.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.authored`
     * - Type dateTime
     */
    authored?: string;
    /** Extensions and id for `authored` (FHIR JSON primitive extension, see QuestionnaireResponse.authored). */
    _authored?: Element;
    /**
     * Person who received and recorded the answers
     *
     * Person who received the answers to the questions in the QuestionnaireResponse and recorded them in the system.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.author`
     * - Type Reference
     */
    author?: Reference<'Device' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * The person who answered the questions
     *
     * The person who answered the questions about the subject.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.source`
     * - Type Reference
     */
    source?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Groups and questions
     *
     * A group or question item from the original questionnaire for which answers are provided.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.item`
     * - Type BackboneElement
     */
    item?: QuestionnaireResponseItem[];
}
/**
 * Groups and questions
 *
 * A group or question item from the original questionnaire for which answers are provided.
 *
 * - Cardinality 0..*
 * - FHIR path `QuestionnaireResponse.item`
 * - Type BackboneElement
 */
export interface QuestionnaireResponseItem {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see QuestionnaireResponse.item.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.item.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.item.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Pointer to specific item from Questionnaire
     *
     * The item from the Questionnaire that corresponds to this item in the QuestionnaireResponse resource.
     *
     * - Cardinality 1..1
     * - FHIR path `QuestionnaireResponse.item.linkId`
     * - Type string
     */
    linkId: string;
    /** Extensions and id for `linkId` (FHIR JSON primitive extension, see QuestionnaireResponse.item.linkId). */
    _linkId?: Element;
    /**
     * ElementDefinition - details for the item
     *
     * A reference to an [ElementDefinition](elementdefinition.html) that provides the details for the item.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.definition`
     * - Type uri
     */
    definition?: string;
    /** Extensions and id for `definition` (FHIR JSON primitive extension, see QuestionnaireResponse.item.definition). */
    _definition?: Element;
    /**
     * Name for group or question text
     *
     * Text that is displayed above the contents of the group or as the text of the question being answered.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see QuestionnaireResponse.item.text). */
    _text?: Element;
    /**
     * The subject this group's answers are about
     *
     * More specific subject this section's answers are about, details the subject given in QuestionnaireResponse.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.subject`
     * - Type Reference
     */
    subject?: Reference;
    /**
     * The response(s) to the question
     *
     * The respondent's answer(s) to the question.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.item.answer`
     * - Type BackboneElement
     */
    answer?: QuestionnaireResponseItemAnswer[];
    /**
     * Nested questionnaire response items
     *
     * Questions or sub-groups nested beneath a question or group.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.item.item`
     */
    item?: QuestionnaireResponseItem[];
}
/**
 * The response(s) to the question
 *
 * The respondent's answer(s) to the question.
 *
 * - Cardinality 0..*
 * - FHIR path `QuestionnaireResponse.item.answer`
 * - Type BackboneElement
 */
export interface QuestionnaireResponseItemAnswer {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.item.answer.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.item.answer.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.value[x]). */
    _valueBoolean?: Element;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.value[x]). */
    _valueDecimal?: Element;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.value[x]). */
    _valueInteger?: Element;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.value[x]). */
    _valueDate?: Element;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.value[x]). */
    _valueDateTime?: Element;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.value[x]). */
    _valueTime?: Element;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.value[x]). */
    _valueString?: Element;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see QuestionnaireResponse.item.answer.value[x]). */
    _valueUri?: Element;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueAttachment?: Attachment;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueCoding?: Coding;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueQuantity?: Quantity;
    /**
     * Single-valued answer to the question
     *
     * The answer (or one of the answers) provided by the respondent to the question.
     *
     * - Cardinality 0..1
     * - FHIR path `QuestionnaireResponse.item.answer.value[x]`
     * - Type boolean | decimal | integer | date | dateTime | time | string | uri | Attachment | Coding | Quantity | Reference
     * - Binding example to http://hl7.org/fhir/ValueSet/questionnaire-answers (codes not enumerable here: example binding: not checked)
     */
    valueReference?: Reference;
    /**
     * Nested groups and questions
     *
     * Nested groups and/or questions found within this particular answer.
     *
     * - Cardinality 0..*
     * - FHIR path `QuestionnaireResponse.item.answer.item`
     */
    item?: QuestionnaireResponseItem[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkQuestionnaireResponse(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkQuestionnaireResponseItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkQuestionnaireResponseItemAnswer(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against QuestionnaireResponse (http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateQuestionnaireResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateQuestionnaireResponse} with the same options reports no error or fatal issue: QuestionnaireResponse (http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse). */
export declare function isQuestionnaireResponse(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is QuestionnaireResponse;
/** Input of {@link buildQuestionnaireResponse}: a {@link QuestionnaireResponse} without what the builder fills in. */
export type QuestionnaireResponseInput = BuilderInput<QuestionnaireResponse, 'resourceType'>;
/**
 * Builds a {@link QuestionnaireResponse} (QuestionnaireResponse, http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "QuestionnaireResponse"
 *
 * The result is checked with {@link validateQuestionnaireResponse}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildQuestionnaireResponse(input: QuestionnaireResponseInput): QuestionnaireResponse;
