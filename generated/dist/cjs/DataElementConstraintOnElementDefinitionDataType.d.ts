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
import { type ElementDefinitionBase, type ElementDefinitionBinding, type ElementDefinitionConstraint, type ElementDefinitionExample, type ElementDefinitionMapping } from './ElementDefinition.js';
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
import type { BuilderInput } from './runtime/build/input.js';
import { type SampledData } from './SampledData.js';
import { type Signature } from './Signature.js';
import { type Timing } from './Timing.js';
/**
 * DataElement constraint on ElementDefinition data type
 *
 * Identifies how the ElementDefinition data type is used when it appears within a data element
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/elementdefinition-de
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of ElementDefinition
 */
export interface DataElementConstraintOnElementDefinitionDataType {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.extension`
     * - Type Extension
     */
    extension?: (DataElementConstraintOnElementDefinitionDataTypeQuestion | DataElementConstraintOnElementDefinitionDataTypeAllowedUnits | Extension)[];
    /**
     * Path of the element in the hierarchy of elements
     *
     * The path identifies the element and is expressed as a "."-separated list of ancestor elements, beginning with the name of the resource or extension.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.path`
     * - Type string
     */
    path: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see ElementDefinition.path). */
    _path?: Element;
    /**
     * Name for this particular element (in a set of slices)
     *
     * The name of this element definition slice, when slicing is working. The name must be a token with no dots or spaces. This is a unique name referring to a specific set of constraints applied to this element, used to provide a name to different slices of the same element.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.sliceName`
     * - Type string
     */
    sliceName?: string;
    /** Extensions and id for `sliceName` (FHIR JSON primitive extension, see ElementDefinition.sliceName). */
    _sliceName?: Element;
    /**
     * Name for element to display with or prompt for element
     *
     * A single preferred label which is the text to display beside the element indicating its meaning or to use to prompt for the element in a user display or form.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.label`
     * - Type string
     */
    label?: string;
    /** Extensions and id for `label` (FHIR JSON primitive extension, see ElementDefinition.label). */
    _label?: Element;
    /**
     * Corresponding codes in terminologies
     *
     * A code that has the same meaning as the element in a particular terminology.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.code`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/observation-codes (codes not enumerable here: example binding: not checked)
     */
    code?: Coding[];
    /**
     * Full formal definition as narrative text
     *
     * Provides a complete explanation of the meaning of the data element for human readability.  For the case of elements derived from existing elements (e.g. constraints), the definition SHALL be consistent with the base definition, but convey the meaning of the element in the particular context of use of the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.definition`
     * - Type markdown
     */
    definition?: string;
    /** Extensions and id for `definition` (FHIR JSON primitive extension, see ElementDefinition.definition). */
    _definition?: Element;
    /**
     * Comments about the use of this element
     *
     * Explanatory notes and implementation guidance about the data element, including notes about how to use the data properly, exceptions to proper use, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.comment`
     * - Type markdown
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see ElementDefinition.comment). */
    _comment?: Element;
    /**
     * Why this resource has been created
     *
     * This element is for traceability of why the element was created and why the constraints exist as they do. This may be used to point to source materials or specifications that drove the structure of this element.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.requirements`
     * - Type markdown
     */
    requirements?: string;
    /** Extensions and id for `requirements` (FHIR JSON primitive extension, see ElementDefinition.requirements). */
    _requirements?: Element;
    /**
     * Other names
     *
     * Identifies additional names by which this element might also be known.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.alias`
     * - Type string
     */
    alias?: string[];
    /** Extensions and id for `alias` (FHIR JSON primitive extension, see ElementDefinition.alias). */
    _alias?: (Element | null)[];
    /**
     * Minimum Cardinality
     *
     * The minimum number of times this element SHALL appear in the instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.min`
     * - Type unsignedInt
     */
    min?: number;
    /** Extensions and id for `min` (FHIR JSON primitive extension, see ElementDefinition.min). */
    _min?: Element;
    /**
     * Maximum Cardinality (a number or *)
     *
     * The maximum number of times this element is permitted to appear in the instance.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.max`
     * - Type string
     */
    max?: string;
    /** Extensions and id for `max` (FHIR JSON primitive extension, see ElementDefinition.max). */
    _max?: Element;
    /**
     * Base definition information for tools
     *
     * Information about the base definition of the element, provided to make it unnecessary for tools to trace the deviation of the element through the derived and related profiles. This information is provided when the element definition is not the original definition of an element - i.g. either in a constraint on another type, or for elements from a super type in a snap shot.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.base`
     * - Type Element
     */
    base?: ElementDefinitionBase;
    /**
     * Data type and Profile for this element
     *
     * The data type or resource that the value of this element is permitted to be.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.type`
     * - Type Element
     */
    type?: DataElementConstraintOnElementDefinitionDataTypeType[];
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueBase64Binary?: string;
    /** Extensions and id for `defaultValueBase64Binary` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueBase64Binary?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueBoolean?: boolean;
    /** Extensions and id for `defaultValueBoolean` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueBoolean?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueCode?: string;
    /** Extensions and id for `defaultValueCode` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueCode?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDate?: string;
    /** Extensions and id for `defaultValueDate` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueDate?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDateTime?: string;
    /** Extensions and id for `defaultValueDateTime` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueDateTime?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDecimal?: number;
    /** Extensions and id for `defaultValueDecimal` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueDecimal?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueId?: string;
    /** Extensions and id for `defaultValueId` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueId?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueInstant?: string;
    /** Extensions and id for `defaultValueInstant` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueInstant?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueInteger?: number;
    /** Extensions and id for `defaultValueInteger` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueInteger?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueMarkdown?: string;
    /** Extensions and id for `defaultValueMarkdown` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueMarkdown?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueOid?: string;
    /** Extensions and id for `defaultValueOid` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueOid?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValuePositiveInt?: number;
    /** Extensions and id for `defaultValuePositiveInt` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValuePositiveInt?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueString?: string;
    /** Extensions and id for `defaultValueString` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueString?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueTime?: string;
    /** Extensions and id for `defaultValueTime` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueTime?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueUnsignedInt?: number;
    /** Extensions and id for `defaultValueUnsignedInt` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueUnsignedInt?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueUri?: string;
    /** Extensions and id for `defaultValueUri` (FHIR JSON primitive extension, see ElementDefinition.defaultValue[x]). */
    _defaultValueUri?: Element;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueAddress?: Address;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueAge?: Age;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueAnnotation?: Annotation;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueAttachment?: Attachment;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueCodeableConcept?: CodeableConcept;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueCoding?: Coding;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueContactPoint?: ContactPoint;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueCount?: Count;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDistance?: Distance;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueDuration?: Duration;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueHumanName?: HumanName;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueIdentifier?: Identifier;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueMoney?: Money;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValuePeriod?: Period;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueQuantity?: Quantity;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueRange?: Range;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueRatio?: Ratio;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueReference?: Reference;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueSampledData?: SampledData;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueSignature?: Signature;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueTiming?: Timing;
    /**
     * Specified value if missing from instance
     *
     * The value that should be used if there is no value stated in the instance (e.g. 'if not otherwise specified, the abstract is false').
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.defaultValue[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    defaultValueMeta?: Meta;
    /**
     * Implicit meaning when this element is missing
     *
     * The Implicit meaning that is to be understood when this element is missing (e.g. 'when this element is missing, the period is ongoing'.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.meaningWhenMissing`
     * - Type markdown
     */
    meaningWhenMissing?: string;
    /** Extensions and id for `meaningWhenMissing` (FHIR JSON primitive extension, see ElementDefinition.meaningWhenMissing). */
    _meaningWhenMissing?: Element;
    /**
     * What the order of the elements means
     *
     * If present, indicates that the order of the repeating element has meaning and describes what that meaning is.  If absent, it means that the order of the element has no meaning.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.orderMeaning`
     * - Type string
     */
    orderMeaning?: string;
    /** Extensions and id for `orderMeaning` (FHIR JSON primitive extension, see ElementDefinition.orderMeaning). */
    _orderMeaning?: Element;
    /**
     * Example value (as defined for type)
     *
     * A sample value for this element demonstrating the type of information that would typically be found in the element.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.example`
     * - Type Element
     */
    example?: ElementDefinitionExample[];
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValueDate?: string;
    /** Extensions and id for `minValueDate` (FHIR JSON primitive extension, see ElementDefinition.minValue[x]). */
    _minValueDate?: Element;
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValueDateTime?: string;
    /** Extensions and id for `minValueDateTime` (FHIR JSON primitive extension, see ElementDefinition.minValue[x]). */
    _minValueDateTime?: Element;
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValueInstant?: string;
    /** Extensions and id for `minValueInstant` (FHIR JSON primitive extension, see ElementDefinition.minValue[x]). */
    _minValueInstant?: Element;
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValueTime?: string;
    /** Extensions and id for `minValueTime` (FHIR JSON primitive extension, see ElementDefinition.minValue[x]). */
    _minValueTime?: Element;
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValueDecimal?: number;
    /** Extensions and id for `minValueDecimal` (FHIR JSON primitive extension, see ElementDefinition.minValue[x]). */
    _minValueDecimal?: Element;
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValueInteger?: number;
    /** Extensions and id for `minValueInteger` (FHIR JSON primitive extension, see ElementDefinition.minValue[x]). */
    _minValueInteger?: Element;
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValuePositiveInt?: number;
    /** Extensions and id for `minValuePositiveInt` (FHIR JSON primitive extension, see ElementDefinition.minValue[x]). */
    _minValuePositiveInt?: Element;
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValueUnsignedInt?: number;
    /** Extensions and id for `minValueUnsignedInt` (FHIR JSON primitive extension, see ElementDefinition.minValue[x]). */
    _minValueUnsignedInt?: Element;
    /**
     * Minimum Allowed Value (for some types)
     *
     * The minimum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.minValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    minValueQuantity?: Quantity;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValueDate?: string;
    /** Extensions and id for `maxValueDate` (FHIR JSON primitive extension, see ElementDefinition.maxValue[x]). */
    _maxValueDate?: Element;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValueDateTime?: string;
    /** Extensions and id for `maxValueDateTime` (FHIR JSON primitive extension, see ElementDefinition.maxValue[x]). */
    _maxValueDateTime?: Element;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValueInstant?: string;
    /** Extensions and id for `maxValueInstant` (FHIR JSON primitive extension, see ElementDefinition.maxValue[x]). */
    _maxValueInstant?: Element;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValueTime?: string;
    /** Extensions and id for `maxValueTime` (FHIR JSON primitive extension, see ElementDefinition.maxValue[x]). */
    _maxValueTime?: Element;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValueDecimal?: number;
    /** Extensions and id for `maxValueDecimal` (FHIR JSON primitive extension, see ElementDefinition.maxValue[x]). */
    _maxValueDecimal?: Element;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValueInteger?: number;
    /** Extensions and id for `maxValueInteger` (FHIR JSON primitive extension, see ElementDefinition.maxValue[x]). */
    _maxValueInteger?: Element;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValuePositiveInt?: number;
    /** Extensions and id for `maxValuePositiveInt` (FHIR JSON primitive extension, see ElementDefinition.maxValue[x]). */
    _maxValuePositiveInt?: Element;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValueUnsignedInt?: number;
    /** Extensions and id for `maxValueUnsignedInt` (FHIR JSON primitive extension, see ElementDefinition.maxValue[x]). */
    _maxValueUnsignedInt?: Element;
    /**
     * Maximum Allowed Value (for some types)
     *
     * The maximum allowed value for the element. The value is inclusive. This is allowed for the types date, dateTime, instant, time, decimal, integer, and Quantity.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxValue[x]`
     * - Type date | dateTime | instant | time | decimal | integer | positiveInt | unsignedInt | Quantity
     */
    maxValueQuantity?: Quantity;
    /**
     * Max length for strings
     *
     * Indicates the maximum length in characters that is permitted to be present in conformant instances and which is expected to be supported by conformant consumers that support the element.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.maxLength`
     * - Type integer
     */
    maxLength?: number;
    /** Extensions and id for `maxLength` (FHIR JSON primitive extension, see ElementDefinition.maxLength). */
    _maxLength?: Element;
    /**
     * Reference to invariant about presence
     *
     * A reference to an invariant that may make additional statements about the cardinality or value in the instance.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.condition`
     * - Type id
     */
    condition?: string[];
    /** Extensions and id for `condition` (FHIR JSON primitive extension, see ElementDefinition.condition). */
    _condition?: (Element | null)[];
    /**
     * Condition that must evaluate to true
     *
     * Formal constraints such as co-occurrence and other constraints that can be computationally evaluated within the context of the instance.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.constraint`
     * - Type Element
     */
    constraint?: ElementDefinitionConstraint[];
    /**
     * If the element must supported
     *
     * If true, implementations that produce or consume resources SHALL provide "support" for the element in some meaningful way.  If false, the element may be ignored and not supported.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.mustSupport`
     * - Type boolean
     */
    mustSupport?: boolean;
    /** Extensions and id for `mustSupport` (FHIR JSON primitive extension, see ElementDefinition.mustSupport). */
    _mustSupport?: Element;
    /**
     * ValueSet details if this is coded
     *
     * Binds to a value set if this element is coded (code, Coding, CodeableConcept, Quantity), or the data types (string, uri).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.binding`
     * - Type Element
     */
    binding?: ElementDefinitionBinding;
    /**
     * Map element to another set of definitions
     *
     * Identifies a concept from an external specification that roughly corresponds to this element.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.mapping`
     * - Type Element
     */
    mapping?: ElementDefinitionMapping[];
}
/**
 * Extension
 *
 * An Extension
 *
 * - Cardinality 0..*
 * - FHIR path `ElementDefinition.extension:question`
 * - Type Extension
 */
export interface DataElementConstraintOnElementDefinitionDataTypeQuestion {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.extension:question.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.extension:question.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.extension:question.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.extension:question.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/elementdefinition-question"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/elementdefinition-question';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see ElementDefinition.extension:question.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.extension:question.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see ElementDefinition.extension:question.valueString). */
    _valueString?: Element;
}
/**
 * Extension
 *
 * An Extension
 *
 * - Cardinality 0..1
 * - FHIR path `ElementDefinition.extension:allowedunits`
 * - Type Extension
 */
export interface DataElementConstraintOnElementDefinitionDataTypeAllowedUnits {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.extension:allowedunits.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.extension:allowedunits.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.extension:allowedunits.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.extension:allowedunits.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see ElementDefinition.extension:allowedunits.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.extension:allowedunits.value[x]`
     * - Type CodeableConcept | Reference
     * - Binding required to http://hl7.org/fhir/ValueSet/ucum-units (codes not enumerable here: code system http://unitsofmeasure.org is not in the loaded packages)
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.extension:allowedunits.value[x]`
     * - Type CodeableConcept | Reference
     * - Binding required to http://hl7.org/fhir/ValueSet/ucum-units (codes not enumerable here: code system http://unitsofmeasure.org is not in the loaded packages)
     */
    valueReference?: Reference<'ValueSet'>;
}
/**
 * Data type and Profile for this element
 *
 * The data type or resource that the value of this element is permitted to be.
 *
 * - Cardinality 0..*
 * - FHIR path `ElementDefinition.type`
 * - Type Element
 */
export interface DataElementConstraintOnElementDefinitionDataTypeType {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.type.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.type.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.type.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Data type or Resource (reference to definition)
     *
     * URL of Data type or Resource that is a(or the) type used for this element. References are URLs that are relative to http://hl7.org/fhir/StructureDefinition e.g. "string" is a reference to http://hl7.org/fhir/StructureDefinition/string. Absolute URLs are only allowed in logical models.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.type.code`
     * - Type uri
     * - Binding extensible to http://hl7.org/fhir/ValueSet/defined-types (173 codes: Address, Age, Annotation, Attachment, BackboneElement, CodeableConcept, Coding, ContactDetail, ContactPoint, Contributor, Count, DataRequirement, ...)
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see ElementDefinition.type.code). */
    _code?: Element;
    /**
     * Profile (StructureDefinition) to apply to reference target (or IG)
     *
     * Identifies a profile structure or implementation Guide that SHALL hold for the target of the reference this element refers to. Can be a local reference - to a contained StructureDefinition, or a reference to another StructureDefinition or Implementation Guide by a canonical URL. When an implementation guide is specified, the resource SHALL conform to at least one profile defined in the implementation guide.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.type.targetProfile`
     * - Type uri
     */
    targetProfile?: string;
    /** Extensions and id for `targetProfile` (FHIR JSON primitive extension, see ElementDefinition.type.targetProfile). */
    _targetProfile?: Element;
    /**
     * either | independent | specific
     *
     * Whether this reference needs to be version specific or version independent, or whether either can be used.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.type.versioning`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/reference-version-rules (3 codes: either, independent, specific)
     */
    versioning?: 'either' | 'independent' | 'specific';
    /** Extensions and id for `versioning` (FHIR JSON primitive extension, see ElementDefinition.type.versioning). */
    _versioning?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDataElementConstraintOnElementDefinitionDataType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDataElementConstraintOnElementDefinitionDataTypeType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DataElement constraint on ElementDefinition data type (http://hl7.org/fhir/StructureDefinition/elementdefinition-de).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDataElementConstraintOnElementDefinitionDataType(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDataElementConstraintOnElementDefinitionDataType} with the same options reports no error or fatal issue: DataElement constraint on ElementDefinition data type (http://hl7.org/fhir/StructureDefinition/elementdefinition-de). */
export declare function isDataElementConstraintOnElementDefinitionDataType(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DataElementConstraintOnElementDefinitionDataType;
/** Input of {@link buildDataElementConstraintOnElementDefinitionDataType}: a {@link DataElementConstraintOnElementDefinitionDataType} without what the builder fills in. */
export type DataElementConstraintOnElementDefinitionDataTypeInput = DataElementConstraintOnElementDefinitionDataType;
/** Input of {@link DataElementConstraintOnElementDefinitionDataTypeAllowedUnits} (`ElementDefinition.extension:allowedunits`): what the builder fills may be left out. */
export type DataElementConstraintOnElementDefinitionDataTypeAllowedUnitsInput = BuilderInput<DataElementConstraintOnElementDefinitionDataTypeAllowedUnits, 'url'>;
/** Input of {@link DataElementConstraintOnElementDefinitionDataTypeQuestion} (`ElementDefinition.extension:question`): what the builder fills may be left out. */
export type DataElementConstraintOnElementDefinitionDataTypeQuestionInput = BuilderInput<DataElementConstraintOnElementDefinitionDataTypeQuestion, 'url'>;
/**
 * Builds a {@link DataElementConstraintOnElementDefinitionDataType} (DataElement constraint on ElementDefinition data type, http://hl7.org/fhir/StructureDefinition/elementdefinition-de).
 *
 * The result is checked with {@link validateDataElementConstraintOnElementDefinitionDataType}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDataElementConstraintOnElementDefinitionDataType(input: DataElementConstraintOnElementDefinitionDataTypeInput): DataElementConstraintOnElementDefinitionDataType;
/**
 * Makes a `ElementDefinition.extension:question` item (slice `Question`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/elementdefinition-question"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildDataElementConstraintOnElementDefinitionDataTypeQuestion(input: DataElementConstraintOnElementDefinitionDataTypeQuestionInput): DataElementConstraintOnElementDefinitionDataTypeQuestion;
/**
 * Makes a `ElementDefinition.extension:allowedunits` item (slice `AllowedUnits`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildDataElementConstraintOnElementDefinitionDataTypeAllowedUnits(input: DataElementConstraintOnElementDefinitionDataTypeAllowedUnitsInput): DataElementConstraintOnElementDefinitionDataTypeAllowedUnits;
