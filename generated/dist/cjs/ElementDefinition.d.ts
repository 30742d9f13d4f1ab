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
import { type SampledData } from './SampledData.js';
import { type Signature } from './Signature.js';
import { type Timing } from './Timing.js';
/**
 * ElementDefinition
 *
 * Base StructureDefinition for ElementDefinition Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ElementDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface ElementDefinition {
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
    extension?: Extension[];
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
     * xmlAttr | xmlText | typeAttr | cdaText | xhtml
     *
     * Codes that define how this element is represented in instances, when the deviation varies from the normal case.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.representation`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/property-representation (5 codes: xmlAttr, xmlText, typeAttr, cdaText, xhtml)
     */
    representation?: ('cdaText' | 'typeAttr' | 'xhtml' | 'xmlAttr' | 'xmlText')[];
    /** Extensions and id for `representation` (FHIR JSON primitive extension, see ElementDefinition.representation). */
    _representation?: (Element | null)[];
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
     * This element is sliced - slices follow
     *
     * Indicates that the element is sliced into a set of alternative definitions (i.e. in a structure definition, there are multiple different constraints on a single element in the base resource). Slicing can be used in any resource that has cardinality ..* on the base resource, or any resource with a choice of types. The set of slices is any elements that come after this in the element sequence that have the same path, until a shorter path occurs (the shorter path terminates the set).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.slicing`
     * - Type Element
     */
    slicing?: ElementDefinitionSlicing;
    /**
     * Concise definition for space-constrained presentation
     *
     * A concise description of what this element means (e.g. for use in autogenerated summaries).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.short`
     * - Type string
     */
    short?: string;
    /** Extensions and id for `short` (FHIR JSON primitive extension, see ElementDefinition.short). */
    _short?: Element;
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
     * Reference to definition of content for the element
     *
     * Identifies the identity of an element defined elsewhere in the profile whose content rules should be applied to the current element.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.contentReference`
     * - Type uri
     */
    contentReference?: string;
    /** Extensions and id for `contentReference` (FHIR JSON primitive extension, see ElementDefinition.contentReference). */
    _contentReference?: Element;
    /**
     * Data type and Profile for this element
     *
     * The data type or resource that the value of this element is permitted to be.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.type`
     * - Type Element
     */
    type?: ElementDefinitionType[];
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
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedBase64Binary?: string;
    /** Extensions and id for `fixedBase64Binary` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedBase64Binary?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedBoolean?: boolean;
    /** Extensions and id for `fixedBoolean` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedBoolean?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedCode?: string;
    /** Extensions and id for `fixedCode` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedCode?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedDate?: string;
    /** Extensions and id for `fixedDate` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedDate?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedDateTime?: string;
    /** Extensions and id for `fixedDateTime` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedDateTime?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedDecimal?: number;
    /** Extensions and id for `fixedDecimal` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedDecimal?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedId?: string;
    /** Extensions and id for `fixedId` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedId?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedInstant?: string;
    /** Extensions and id for `fixedInstant` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedInstant?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedInteger?: number;
    /** Extensions and id for `fixedInteger` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedInteger?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedMarkdown?: string;
    /** Extensions and id for `fixedMarkdown` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedMarkdown?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedOid?: string;
    /** Extensions and id for `fixedOid` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedOid?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedPositiveInt?: number;
    /** Extensions and id for `fixedPositiveInt` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedPositiveInt?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedString?: string;
    /** Extensions and id for `fixedString` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedString?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedTime?: string;
    /** Extensions and id for `fixedTime` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedTime?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedUnsignedInt?: number;
    /** Extensions and id for `fixedUnsignedInt` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedUnsignedInt?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedUri?: string;
    /** Extensions and id for `fixedUri` (FHIR JSON primitive extension, see ElementDefinition.fixed[x]). */
    _fixedUri?: Element;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedAddress?: Address;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedAge?: Age;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedAnnotation?: Annotation;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedAttachment?: Attachment;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedCodeableConcept?: CodeableConcept;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedCoding?: Coding;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedContactPoint?: ContactPoint;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedCount?: Count;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedDistance?: Distance;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedDuration?: Duration;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedHumanName?: HumanName;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedIdentifier?: Identifier;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedMoney?: Money;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedPeriod?: Period;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedQuantity?: Quantity;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedRange?: Range;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedRatio?: Ratio;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedReference?: Reference;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedSampledData?: SampledData;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedSignature?: Signature;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedTiming?: Timing;
    /**
     * Value must be exactly this
     *
     * Specifies a value that SHALL be exactly the value  for this element in the instance. For purposes of comparison, non-significant whitespace is ignored, and all values must be an exact match (case and accent sensitive). Missing elements/attributes must also be missing.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.fixed[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    fixedMeta?: Meta;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternBase64Binary?: string;
    /** Extensions and id for `patternBase64Binary` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternBase64Binary?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternBoolean?: boolean;
    /** Extensions and id for `patternBoolean` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternBoolean?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternCode?: string;
    /** Extensions and id for `patternCode` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternCode?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternDate?: string;
    /** Extensions and id for `patternDate` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternDate?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternDateTime?: string;
    /** Extensions and id for `patternDateTime` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternDateTime?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternDecimal?: number;
    /** Extensions and id for `patternDecimal` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternDecimal?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternId?: string;
    /** Extensions and id for `patternId` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternId?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternInstant?: string;
    /** Extensions and id for `patternInstant` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternInstant?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternInteger?: number;
    /** Extensions and id for `patternInteger` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternInteger?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternMarkdown?: string;
    /** Extensions and id for `patternMarkdown` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternMarkdown?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternOid?: string;
    /** Extensions and id for `patternOid` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternOid?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternPositiveInt?: number;
    /** Extensions and id for `patternPositiveInt` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternPositiveInt?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternString?: string;
    /** Extensions and id for `patternString` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternString?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternTime?: string;
    /** Extensions and id for `patternTime` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternTime?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternUnsignedInt?: number;
    /** Extensions and id for `patternUnsignedInt` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternUnsignedInt?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternUri?: string;
    /** Extensions and id for `patternUri` (FHIR JSON primitive extension, see ElementDefinition.pattern[x]). */
    _patternUri?: Element;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternAddress?: Address;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternAge?: Age;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternAnnotation?: Annotation;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternAttachment?: Attachment;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternCodeableConcept?: CodeableConcept;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternCoding?: Coding;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternContactPoint?: ContactPoint;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternCount?: Count;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternDistance?: Distance;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternDuration?: Duration;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternHumanName?: HumanName;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternIdentifier?: Identifier;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternMoney?: Money;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternPeriod?: Period;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternQuantity?: Quantity;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternRange?: Range;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternRatio?: Ratio;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternReference?: Reference;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternSampledData?: SampledData;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternSignature?: Signature;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternTiming?: Timing;
    /**
     * Value must have at least these property values
     *
     * Specifies a value that the value in the instance SHALL follow - that is, any value in the pattern must be found in the instance. Other additional values may be found too. This is effectively constraint by example.  The values of elements present in the pattern must match exactly (case-sensitive, accent-sensitive, etc.).
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.pattern[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    patternMeta?: Meta;
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
     * If this modifies the meaning of other elements
     *
     * If true, the value of this element affects the interpretation of the element or resource that contains it, and the value of the element cannot be ignored. Typically, this is used for status, negation and qualification codes. The effect of this is that the element cannot be ignored by systems: they SHALL either recognize the element and process it, and/or a pre-determination has been made that it is not relevant to their particular system.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.isModifier`
     * - Type boolean
     */
    isModifier?: boolean;
    /** Extensions and id for `isModifier` (FHIR JSON primitive extension, see ElementDefinition.isModifier). */
    _isModifier?: Element;
    /**
     * Include when _summary = true?
     *
     * Whether the element should be included if a client requests a search with the parameter _summary=true.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.isSummary`
     * - Type boolean
     */
    isSummary?: boolean;
    /** Extensions and id for `isSummary` (FHIR JSON primitive extension, see ElementDefinition.isSummary). */
    _isSummary?: Element;
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
 * This element is sliced - slices follow
 *
 * Indicates that the element is sliced into a set of alternative definitions (i.e. in a structure definition, there are multiple different constraints on a single element in the base resource). Slicing can be used in any resource that has cardinality ..* on the base resource, or any resource with a choice of types. The set of slices is any elements that come after this in the element sequence that have the same path, until a shorter path occurs (the shorter path terminates the set).
 *
 * - Cardinality 0..1
 * - FHIR path `ElementDefinition.slicing`
 * - Type Element
 */
export interface ElementDefinitionSlicing {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.slicing.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.slicing.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.slicing.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Element values that are used to distinguish the slices
     *
     * Designates which child elements are used to discriminate between the slices when processing an instance. If one or more discriminators are provided, the value of the child elements in the instance data SHALL completely distinguish which slice the element in the resource matches based on the allowed values for those elements in each of the slices.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.slicing.discriminator`
     * - Type Element
     */
    discriminator?: ElementDefinitionSlicingDiscriminator[];
    /**
     * Text description of how slicing works (or not)
     *
     * A human-readable text description of how the slicing works. If there is no discriminator, this is required to be present to provide whatever information is possible about how the slices can be differentiated.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.slicing.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ElementDefinition.slicing.description). */
    _description?: Element;
    /**
     * If elements must be in same order as slices
     *
     * If the matching elements have to occur in the same order as defined in the profile.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.slicing.ordered`
     * - Type boolean
     */
    ordered?: boolean;
    /** Extensions and id for `ordered` (FHIR JSON primitive extension, see ElementDefinition.slicing.ordered). */
    _ordered?: Element;
    /**
     * closed | open | openAtEnd
     *
     * Whether additional slices are allowed or not. When the slices are ordered, profile authors can also say that additional slices are only allowed at the end.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.slicing.rules`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-slicing-rules (3 codes: closed, open, openAtEnd)
     */
    rules: 'closed' | 'open' | 'openAtEnd';
    /** Extensions and id for `rules` (FHIR JSON primitive extension, see ElementDefinition.slicing.rules). */
    _rules?: Element;
}
/**
 * Element values that are used to distinguish the slices
 *
 * Designates which child elements are used to discriminate between the slices when processing an instance. If one or more discriminators are provided, the value of the child elements in the instance data SHALL completely distinguish which slice the element in the resource matches based on the allowed values for those elements in each of the slices.
 *
 * - Cardinality 0..*
 * - FHIR path `ElementDefinition.slicing.discriminator`
 * - Type Element
 */
export interface ElementDefinitionSlicingDiscriminator {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.slicing.discriminator.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.slicing.discriminator.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.slicing.discriminator.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * value | exists | pattern | type | profile
     *
     * How the element value is interpreted when discrimination is evaluated.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.slicing.discriminator.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/discriminator-type (5 codes: value, exists, pattern, type, profile)
     */
    type: 'exists' | 'pattern' | 'profile' | 'type' | 'value';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see ElementDefinition.slicing.discriminator.type). */
    _type?: Element;
    /**
     * Path to element value
     *
     * A FHIRPath expression, using a restricted subset of FHIRPath, that is used to identify the element on which discrimination is based.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.slicing.discriminator.path`
     * - Type string
     */
    path: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see ElementDefinition.slicing.discriminator.path). */
    _path?: Element;
}
/**
 * Base definition information for tools
 *
 * Information about the base definition of the element, provided to make it unnecessary for tools to trace the deviation of the element through the derived and related profiles. This information is provided when the element definition is not the original definition of an element - i.g. either in a constraint on another type, or for elements from a super type in a snap shot.
 *
 * - Cardinality 0..1
 * - FHIR path `ElementDefinition.base`
 * - Type Element
 */
export interface ElementDefinitionBase {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.base.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.base.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.base.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Path that identifies the base element
     *
     * The Path that identifies the base element - this matches the ElementDefinition.path for that element. Across FHIR, there is only one base definition of any element - that is, an element definition on a [StructureDefinition](structuredefinition.html#) without a StructureDefinition.base.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.base.path`
     * - Type string
     */
    path: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see ElementDefinition.base.path). */
    _path?: Element;
    /**
     * Min cardinality of the base element
     *
     * Minimum cardinality of the base element identified by the path.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.base.min`
     * - Type unsignedInt
     */
    min: number;
    /** Extensions and id for `min` (FHIR JSON primitive extension, see ElementDefinition.base.min). */
    _min?: Element;
    /**
     * Max cardinality of the base element
     *
     * Maximum cardinality of the base element identified by the path.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.base.max`
     * - Type string
     */
    max: string;
    /** Extensions and id for `max` (FHIR JSON primitive extension, see ElementDefinition.base.max). */
    _max?: Element;
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
export interface ElementDefinitionType {
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
     * Profile (StructureDefinition) to apply (or IG)
     *
     * Identifies a profile structure or implementation Guide that SHALL hold for the datatype this element refers to. Can be a local reference - to a contained StructureDefinition, or a reference to another StructureDefinition or Implementation Guide by a canonical URL. When an implementation guide is specified, the resource SHALL conform to at least one profile defined in the implementation guide.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.type.profile`
     * - Type uri
     */
    profile?: string;
    /** Extensions and id for `profile` (FHIR JSON primitive extension, see ElementDefinition.type.profile). */
    _profile?: Element;
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
     * contained | referenced | bundled - how aggregated
     *
     * If the type is a reference to another resource, how the resource is or can be aggregated - is it a contained resource, or a reference, and if the context is a bundle, is it included in the bundle.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.type.aggregation`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/resource-aggregation-mode (3 codes: contained, referenced, bundled)
     */
    aggregation?: ('bundled' | 'contained' | 'referenced')[];
    /** Extensions and id for `aggregation` (FHIR JSON primitive extension, see ElementDefinition.type.aggregation). */
    _aggregation?: (Element | null)[];
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
/**
 * Example value (as defined for type)
 *
 * A sample value for this element demonstrating the type of information that would typically be found in the element.
 *
 * - Cardinality 0..*
 * - FHIR path `ElementDefinition.example`
 * - Type Element
 */
export interface ElementDefinitionExample {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.example.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.example.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.example.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Describes the purpose of this example
     *
     * Describes the purpose of this example amoung the set of examples.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.label`
     * - Type string
     */
    label: string;
    /** Extensions and id for `label` (FHIR JSON primitive extension, see ElementDefinition.example.label). */
    _label?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBase64Binary?: string;
    /** Extensions and id for `valueBase64Binary` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueBase64Binary?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueCode?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDate?: string;
    /** Extensions and id for `valueDate` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueDate?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueDateTime?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueDecimal?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueId?: string;
    /** Extensions and id for `valueId` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueId?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInstant?: string;
    /** Extensions and id for `valueInstant` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueInstant?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueInteger?: number;
    /** Extensions and id for `valueInteger` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueInteger?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMarkdown?: string;
    /** Extensions and id for `valueMarkdown` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueMarkdown?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueOid?: string;
    /** Extensions and id for `valueOid` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueOid?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePositiveInt?: number;
    /** Extensions and id for `valuePositiveInt` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valuePositiveInt?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueString?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTime?: string;
    /** Extensions and id for `valueTime` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueTime?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUnsignedInt?: number;
    /** Extensions and id for `valueUnsignedInt` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueUnsignedInt?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueUri?: string;
    /** Extensions and id for `valueUri` (FHIR JSON primitive extension, see ElementDefinition.example.value[x]). */
    _valueUri?: Element;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAddress?: Address;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAge?: Age;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAnnotation?: Annotation;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueAttachment?: Attachment;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCoding?: Coding;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueContactPoint?: ContactPoint;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueCount?: Count;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDistance?: Distance;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueDuration?: Duration;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueHumanName?: HumanName;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueIdentifier?: Identifier;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMoney?: Money;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valuePeriod?: Period;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueQuantity?: Quantity;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRange?: Range;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueRatio?: Ratio;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueReference?: Reference;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSampledData?: SampledData;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueSignature?: Signature;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueTiming?: Timing;
    /**
     * Value of Example (one of allowed types)
     *
     * The actual value for the element, which must be one of the types allowed for this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.example.value[x]`
     * - Type base64Binary | boolean | code | date | dateTime | decimal | id | instant | integer | markdown | oid | positiveInt | string | time | unsignedInt | uri | Address | Age | Annotation | Attachment | CodeableConcept | Coding | ContactPoint | Count | Distance | Duration | HumanName | Identifier | Money | Period | Quantity | Range | Ratio | Reference | SampledData | Signature | Timing | Meta
     */
    valueMeta?: Meta;
}
/**
 * Condition that must evaluate to true
 *
 * Formal constraints such as co-occurrence and other constraints that can be computationally evaluated within the context of the instance.
 *
 * - Cardinality 0..*
 * - FHIR path `ElementDefinition.constraint`
 * - Type Element
 */
export interface ElementDefinitionConstraint {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.constraint.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.constraint.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.constraint.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Target of 'condition' reference above
     *
     * Allows identification of which elements have their cardinalities impacted by the constraint.  Will not be referenced for constraints that do not affect cardinality.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.constraint.key`
     * - Type id
     */
    key: string;
    /** Extensions and id for `key` (FHIR JSON primitive extension, see ElementDefinition.constraint.key). */
    _key?: Element;
    /**
     * Why this constraint is necessary or appropriate
     *
     * Description of why this constraint is necessary or appropriate.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.constraint.requirements`
     * - Type string
     */
    requirements?: string;
    /** Extensions and id for `requirements` (FHIR JSON primitive extension, see ElementDefinition.constraint.requirements). */
    _requirements?: Element;
    /**
     * error | warning
     *
     * Identifies the impact constraint violation has on the conformance of the instance.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.constraint.severity`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/constraint-severity (2 codes: error, warning)
     */
    severity: 'error' | 'warning';
    /** Extensions and id for `severity` (FHIR JSON primitive extension, see ElementDefinition.constraint.severity). */
    _severity?: Element;
    /**
     * Human description of constraint
     *
     * Text that can be used to describe the constraint in messages identifying that the constraint has been violated.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.constraint.human`
     * - Type string
     */
    human: string;
    /** Extensions and id for `human` (FHIR JSON primitive extension, see ElementDefinition.constraint.human). */
    _human?: Element;
    /**
     * FHIRPath expression of constraint
     *
     * A [FHIRPath](http://hl7.org/fluentpath) expression of constraint that can be executed to see if this constraint is met.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.constraint.expression`
     * - Type string
     */
    expression: string;
    /** Extensions and id for `expression` (FHIR JSON primitive extension, see ElementDefinition.constraint.expression). */
    _expression?: Element;
    /**
     * XPath expression of constraint
     *
     * An XPath expression of constraint that can be executed to see if this constraint is met.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.constraint.xpath`
     * - Type string
     */
    xpath?: string;
    /** Extensions and id for `xpath` (FHIR JSON primitive extension, see ElementDefinition.constraint.xpath). */
    _xpath?: Element;
    /**
     * Reference to original source of constraint
     *
     * A reference to the original source of the constraint, for traceability purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.constraint.source`
     * - Type uri
     */
    source?: string;
    /** Extensions and id for `source` (FHIR JSON primitive extension, see ElementDefinition.constraint.source). */
    _source?: Element;
}
/**
 * ValueSet details if this is coded
 *
 * Binds to a value set if this element is coded (code, Coding, CodeableConcept, Quantity), or the data types (string, uri).
 *
 * - Cardinality 0..1
 * - FHIR path `ElementDefinition.binding`
 * - Type Element
 */
export interface ElementDefinitionBinding {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.binding.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.binding.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.binding.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * required | extensible | preferred | example
     *
     * Indicates the degree of conformance expectations associated with this binding - that is, the degree to which the provided value set must be adhered to in the instances.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.binding.strength`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/binding-strength (4 codes: required, extensible, preferred, example)
     */
    strength: 'example' | 'extensible' | 'preferred' | 'required';
    /** Extensions and id for `strength` (FHIR JSON primitive extension, see ElementDefinition.binding.strength). */
    _strength?: Element;
    /**
     * Human explanation of the value set
     *
     * Describes the intended use of this particular set of codes.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.binding.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see ElementDefinition.binding.description). */
    _description?: Element;
    /**
     * Source of value set
     *
     * Points to the value set or external definition (e.g. implicit value set) that identifies the set of codes to be used. If the binding refers to an explicit value set - the normal case - then use a Reference(ValueSet) preferably containing the canonical URL for the value set. If the reference is to an implicit value set - usually, an IETF RFC that defines a grammar, such as mime types - then use a uri.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.binding.valueSet[x]`
     * - Type uri | Reference
     */
    valueSetUri?: string;
    /** Extensions and id for `valueSetUri` (FHIR JSON primitive extension, see ElementDefinition.binding.valueSet[x]). */
    _valueSetUri?: Element;
    /**
     * Source of value set
     *
     * Points to the value set or external definition (e.g. implicit value set) that identifies the set of codes to be used. If the binding refers to an explicit value set - the normal case - then use a Reference(ValueSet) preferably containing the canonical URL for the value set. If the reference is to an implicit value set - usually, an IETF RFC that defines a grammar, such as mime types - then use a uri.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.binding.valueSet[x]`
     * - Type uri | Reference
     */
    valueSetReference?: Reference<'ValueSet'>;
}
/**
 * Map element to another set of definitions
 *
 * Identifies a concept from an external specification that roughly corresponds to this element.
 *
 * - Cardinality 0..*
 * - FHIR path `ElementDefinition.mapping`
 * - Type Element
 */
export interface ElementDefinitionMapping {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.mapping.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ElementDefinition.mapping.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ElementDefinition.mapping.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Reference to mapping declaration
     *
     * An internal reference to the definition of a mapping.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.mapping.identity`
     * - Type id
     */
    identity: string;
    /** Extensions and id for `identity` (FHIR JSON primitive extension, see ElementDefinition.mapping.identity). */
    _identity?: Element;
    /**
     * Computable language of mapping
     *
     * Identifies the computable language in which mapping.map is expressed.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.mapping.language`
     * - Type code
     * - Binding required to http://www.rfc-editor.org/bcp/bcp13.txt (codes not enumerable here: http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ElementDefinition.mapping.language). */
    _language?: Element;
    /**
     * Details of the mapping
     *
     * Expresses what part of the target specification corresponds to this element.
     *
     * - Cardinality 1..1
     * - FHIR path `ElementDefinition.mapping.map`
     * - Type string
     */
    map: string;
    /** Extensions and id for `map` (FHIR JSON primitive extension, see ElementDefinition.mapping.map). */
    _map?: Element;
    /**
     * Comments about the mapping or its use
     *
     * Comments that provide information about the mapping or its use.
     *
     * - Cardinality 0..1
     * - FHIR path `ElementDefinition.mapping.comment`
     * - Type string
     */
    comment?: string;
    /** Extensions and id for `comment` (FHIR JSON primitive extension, see ElementDefinition.mapping.comment). */
    _comment?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkElementDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkElementDefinitionSlicing(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkElementDefinitionBase(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkElementDefinitionType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkElementDefinitionExample(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkElementDefinitionConstraint(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkElementDefinitionBinding(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkElementDefinitionMapping(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkElementDefinitionSlicingDiscriminator(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ElementDefinition (http://hl7.org/fhir/StructureDefinition/ElementDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateElementDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateElementDefinition} with the same options reports no error or fatal issue: ElementDefinition (http://hl7.org/fhir/StructureDefinition/ElementDefinition). */
export declare function isElementDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ElementDefinition;
