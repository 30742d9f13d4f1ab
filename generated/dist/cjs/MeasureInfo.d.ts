import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
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
    extension?: (MeasureInfoMeasure | MeasureInfoGroupIdentifier | MeasureInfoPopulationIdentifier | Extension)[];
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
export interface MeasureInfoMeasure {
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
export interface MeasureInfoGroupIdentifier {
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
export interface MeasureInfoPopulationIdentifier {
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
import * as vrt from './runtime/validate/index.js';
export declare function checkMeasureInfo(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureInfoMeasure(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureInfoGroupIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureInfoPopulationIdentifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against measureInfo (http://hl7.org/fhir/StructureDefinition/cqif-measureInfo).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMeasureInfo(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMeasureInfo} with the same options reports no error or fatal issue: measureInfo (http://hl7.org/fhir/StructureDefinition/cqif-measureInfo). */
export declare function isMeasureInfo(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is MeasureInfo;
/** Input of {@link buildMeasureInfo}: a {@link MeasureInfo} without what the builder fills in. */
export type MeasureInfoInput = BuilderInput<MeasureInfo, 'url'>;
/** Input of {@link MeasureInfoGroupIdentifier} (`Extension.extension:groupidentifier`): what the builder fills may be left out. */
export type MeasureInfoGroupIdentifierInput = BuilderInput<MeasureInfoGroupIdentifier, 'url'>;
/** Input of {@link MeasureInfoMeasure} (`Extension.extension:measure`): what the builder fills may be left out. */
export type MeasureInfoMeasureInput = BuilderInput<MeasureInfoMeasure, 'url'>;
/** Input of {@link MeasureInfoPopulationIdentifier} (`Extension.extension:populationidentifier`): what the builder fills may be left out. */
export type MeasureInfoPopulationIdentifierInput = BuilderInput<MeasureInfoPopulationIdentifier, 'url'>;
/**
 * Builds a {@link MeasureInfo} (measureInfo, http://hl7.org/fhir/StructureDefinition/cqif-measureInfo).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/cqif-measureInfo"
 *
 * The result is checked with {@link validateMeasureInfo}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMeasureInfo(input: MeasureInfoInput): MeasureInfo;
/**
 * Makes a `Extension.extension:measure` item (slice `measure`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "measure"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildMeasureInfoMeasure(input: MeasureInfoMeasureInput): MeasureInfoMeasure;
/**
 * Makes a `Extension.extension:groupidentifier` item (slice `groupIdentifier`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "groupIdentifier"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildMeasureInfoGroupIdentifier(input: MeasureInfoGroupIdentifierInput): MeasureInfoGroupIdentifier;
/**
 * Makes a `Extension.extension:populationidentifier` item (slice `populationIdentifier`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "populationIdentifier"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildMeasureInfoPopulationIdentifier(input: MeasureInfoPopulationIdentifierInput): MeasureInfoPopulationIdentifier;
