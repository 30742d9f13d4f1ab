import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * ADXP-unitID
 *
 * The number or name of a specific unit contained within a building or complex, as assigned by that building or complex.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface ADXPUnitID {
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
     * - Fixed "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID';
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
export declare function checkADXPUnitID(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ADXP-unitID (http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateADXPUnitID(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateADXPUnitID} with the same options reports no error or fatal issue: ADXP-unitID (http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID). */
export declare function isADXPUnitID(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ADXPUnitID;
/** Input of {@link buildADXPUnitID}: a {@link ADXPUnitID} without what the builder fills in. */
export type ADXPUnitIDInput = BuilderInput<ADXPUnitID, 'url'>;
/**
 * Builds a {@link ADXPUnitID} (ADXP-unitID, http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-unitID"
 *
 * The result is checked with {@link validateADXPUnitID}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildADXPUnitID(input: ADXPUnitIDInput): ADXPUnitID;
