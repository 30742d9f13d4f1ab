import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Data Dictionary
 *
 * This extension associates a structure definition with a data dictionary - a collection of data elements that any instance of data that conforms to the structure definition must also conform to. The value of the extension is a uri that defines a query that identifies the collection of relevant data elements
 *
 * This extension can be used on any structure definition that is a constraint on the resource types Observation and Questionnaire. THe profile specifies which elements are mandatory etc., but any elements in a resource that conforms to the structure definition must also conform to one of the defined data elements.
 *
 * For Observation:
 * * Observation.code must be associated with a matching Data Element by DataElement.code.
 * * The structure definition should bind Observation.code to a value set that has the same codes as the collection of data elements (though it can be narrower)
 * * the unit and the quantity value should conform to the rules laid down in the matching Data Element
 *
 * For Questionnaire:
 * * todo.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/datadictionary
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Datadictionary {
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
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/datadictionary"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/datadictionary';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.valueString). */
    _valueString?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDatadictionary(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Data Dictionary (http://hl7.org/fhir/StructureDefinition/datadictionary).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDatadictionary(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDatadictionary} with the same options reports no error or fatal issue: Data Dictionary (http://hl7.org/fhir/StructureDefinition/datadictionary). */
export declare function isDatadictionary(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Datadictionary;
/** Input of {@link buildDatadictionary}: a {@link Datadictionary} without what the builder fills in. */
export type DatadictionaryInput = BuilderInput<Datadictionary, 'url'>;
/**
 * Builds a {@link Datadictionary} (Data Dictionary, http://hl7.org/fhir/StructureDefinition/datadictionary).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/datadictionary"
 *
 * The result is checked with {@link validateDatadictionary}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDatadictionary(input: DatadictionaryInput): Datadictionary;
