import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectValueApproximation1 } from './ExtensionCareConnectValueApproximation1.js';
/**
 * CareConnect-Quantity-1
 *
 * Enhanced quantity data type that supports an approximation indicator.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Quantity-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Quantity
 */
export interface CareConnectQuantity1 {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Quantity.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Quantity.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Quantity.extension`
     * - Type Extension
     */
    extension?: (ExtensionCareConnectValueApproximation1 | Extension)[];
    /**
     * Numerical value (with implicit precision)
     *
     * The value of the measured amount. The value includes an implicit precision in the presentation of the value.
     *
     * - Cardinality 0..1
     * - FHIR path `Quantity.value`
     * - Type decimal
     */
    value?: number;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Quantity.value). */
    _value?: Element;
    /**
     * < | <= | >= | > - how to understand the value
     *
     * How the value should be understood and represented - whether the actual value is greater or less than the stated value due to measurement issues; e.g. if the comparator is "<" , then the real value is < stated value.
     *
     * - Cardinality 0..1
     * - FHIR path `Quantity.comparator`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/quantity-comparator (4 codes: <, <=, >=, >)
     */
    comparator?: '<' | '<=' | '>' | '>=';
    /** Extensions and id for `comparator` (FHIR JSON primitive extension, see Quantity.comparator). */
    _comparator?: Element;
    /**
     * Unit representation
     *
     * A human-readable form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `Quantity.unit`
     * - Type string
     */
    unit?: string;
    /** Extensions and id for `unit` (FHIR JSON primitive extension, see Quantity.unit). */
    _unit?: Element;
    /**
     * System that defines coded unit form
     *
     * The identification of the system that provides the coded form of the unit.
     *
     * - Cardinality 0..1
     * - FHIR path `Quantity.system`
     * - Type uri
     */
    system?: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Quantity.system). */
    _system?: Element;
    /**
     * Coded form of the unit
     *
     * A computer processable form of the unit in some unit representation system.
     *
     * - Cardinality 0..1
     * - FHIR path `Quantity.code`
     * - Type code
     */
    code?: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Quantity.code). */
    _code?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectQuantity1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-Quantity-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Quantity-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectQuantity1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectQuantity1} with the same options reports no error or fatal issue: CareConnect-Quantity-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Quantity-1 version 1.0.0). */
export declare function isCareConnectQuantity1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectQuantity1;
/** Input of {@link buildCareConnectQuantity1}: a {@link CareConnectQuantity1} without what the builder fills in. */
export type CareConnectQuantity1Input = CareConnectQuantity1;
/**
 * Builds a {@link CareConnectQuantity1} (CareConnect-Quantity-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Quantity-1).
 *
 * The result is checked with {@link validateCareConnectQuantity1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectQuantity1(input: CareConnectQuantity1Input): CareConnectQuantity1;
