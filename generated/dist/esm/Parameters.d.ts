import { type Address } from './Address.js';
import { type Age } from './Age.js';
import { type Annotation } from './Annotation.js';
import { type Attachment } from './Attachment.js';
import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import { type ContactPoint } from './ContactPoint.js';
import { type Count } from './Count.js';
import { type Distance } from './Distance.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type HumanName } from './HumanName.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Money } from './Money.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type SampledData } from './SampledData.js';
import { type Signature } from './Signature.js';
import { type Timing } from './Timing.js';
/**
 * Parameters
 *
 * Base StructureDefinition for Parameters Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Parameters
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Parameters {
    /** The FHIR resource type. */
    resourceType: 'Parameters';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Parameters.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Parameters.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Parameters.language). */
    _language?: Element;
    /**
     * Operation Parameter
     *
     * A parameter passed to or received from the operation.
     *
     * - Cardinality 0..*
     * - FHIR path `Parameters.parameter`
     * - Type BackboneElement
     */
    parameter?: ParametersParameter[];
}
/**
 * Operation Parameter
 *
 * A parameter passed to or received from the operation.
 *
 * - Cardinality 0..*
 * - FHIR path `Parameters.parameter`
 * - Type BackboneElement
 */
export interface ParametersParameter {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Parameters.parameter.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Parameters.parameter.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Parameters.parameter.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Name from the definition
     *
     * The name of the parameter (reference to the operation definition).
     *
     * - Cardinality 1..1
     * - FHIR path `Parameters.parameter.name`
     * - Type string
     */
    name: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Parameters.parameter.name). */
    _name?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueBoolean?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueCode?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueDate?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueDateTime?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueDecimal?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueId?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueInstant?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueInteger?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueMarkdown?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueOid?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueString?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueTime?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see Parameters.parameter.value[x]). */
    _valueUri?: Element;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * If parameter is a data type
     *
     * If the parameter is a data type.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
    /**
     * If parameter is a whole resource
     *
     * If the parameter is a whole resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Parameters.parameter.resource`
     * - Type Resource
     */
    resource?: AnyResource;
    /**
     * Named part of a multi-part parameter
     *
     * A named part of a multi-part parameter.
     *
     * - Cardinality 0..*
     * - FHIR path `Parameters.parameter.part`
     */
    part?: ParametersParameter[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkParameters(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkParametersParameter(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Parameters (http://hl7.org/fhir/StructureDefinition/Parameters).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateParameters(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateParameters} with the same options reports no error or fatal issue: Parameters (http://hl7.org/fhir/StructureDefinition/Parameters). */
export declare function isParameters(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Parameters;
/** Input of {@link buildParameters}: a {@link Parameters} without what the builder fills in. */
export type ParametersInput = BuilderInput<Parameters, 'resourceType'>;
/**
 * Builds a {@link Parameters} (Parameters, http://hl7.org/fhir/StructureDefinition/Parameters).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Parameters"
 *
 * The result is checked with {@link validateParameters}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildParameters(input: ParametersInput): Parameters;
