import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { Identifier } from './Identifier.js';
import type { Reference } from './Reference.js';
/**
 * measureInfo
 *
 * The measure criteria that resulted in the resource being included in a particular evaluatedResources bundle.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/cqif-measureInfo
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface MeasureInfo {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension`
     * - Type Extension
     */
    extension?: (MeasureInfoExtensionMeasure | MeasureInfoExtensionGroupIdentifier | MeasureInfoExtensionPopulationIdentifier | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/cqif-measureInfo';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * The measure being calculated
 *
 * The measure that resulted in this resource being included in the measure report.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:measure`
 * - Type Extension
 */
export interface MeasureInfoExtensionMeasure {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:measure.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:measure.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:measure.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:measure.url`
     * - Type uri
     * - Fixed "measure"
     */
    url: 'measure';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:measure.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:measure.valueReference`
     * - Type Reference
     */
    valueReference?: Reference<'Measure'>;
}
/**
 * The group identifier
 *
 * The group within the measure that resulted in this resource being included in the measure report.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:groupidentifier`
 * - Type Extension
 */
export interface MeasureInfoExtensionGroupIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:groupidentifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:groupidentifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:groupidentifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:groupidentifier.url`
     * - Type uri
     * - Fixed "groupIdentifier"
     */
    url: 'groupIdentifier';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:groupidentifier.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:groupidentifier.valueIdentifier`
     * - Type Identifier
     */
    valueIdentifier?: Identifier;
}
/**
 * The population identifier
 *
 * The population within the measure that resulted in this resource being included in the measure report.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:populationidentifier`
 * - Type Extension
 */
export interface MeasureInfoExtensionPopulationIdentifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:populationidentifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:populationidentifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:populationidentifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:populationidentifier.url`
     * - Type uri
     * - Fixed "populationIdentifier"
     */
    url: 'populationIdentifier';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:populationidentifier.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:populationidentifier.valueIdentifier`
     * - Type Identifier
     */
    valueIdentifier?: Identifier;
}
