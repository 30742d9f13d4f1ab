import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
/**
 * UsageContext
 *
 * Base StructureDefinition for UsageContext Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/UsageContext
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface UsageContext {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `UsageContext.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see UsageContext.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `UsageContext.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Type of context being specified
     *
     * A code that identifies the type of context being specified by this usage context.
     *
     * - Cardinality 1..1
     * - FHIR path `UsageContext.code`
     * - Type Coding
     * - Binding extensible to http://hl7.org/fhir/ValueSet/usage-context-type (8 codes: gender, age, focus, user, workflow, task, venue, species)
     */
    code: Coding;
    /**
     * Value that defines the context
     *
     * A value that defines the context specified in this context of use. The interpretation of the value is defined by the code.
     *
     * - Cardinality 1..1
     * - FHIR path `UsageContext.value[x]`
     * - Type CodeableConcept | Quantity | Range
     * - Binding example to http://hl7.org/fhir/ValueSet/use-context (codes not enumerable here: example binding: not checked)
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value that defines the context
     *
     * A value that defines the context specified in this context of use. The interpretation of the value is defined by the code.
     *
     * - Cardinality 1..1
     * - FHIR path `UsageContext.value[x]`
     * - Type CodeableConcept | Quantity | Range
     * - Binding example to http://hl7.org/fhir/ValueSet/use-context (codes not enumerable here: example binding: not checked)
     */
    valueQuantity?: Quantity;
    /**
     * Value that defines the context
     *
     * A value that defines the context specified in this context of use. The interpretation of the value is defined by the code.
     *
     * - Cardinality 1..1
     * - FHIR path `UsageContext.value[x]`
     * - Type CodeableConcept | Quantity | Range
     * - Binding example to http://hl7.org/fhir/ValueSet/use-context (codes not enumerable here: example binding: not checked)
     */
    valueRange?: Range;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkUsageContext(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against UsageContext (http://hl7.org/fhir/StructureDefinition/UsageContext).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateUsageContext(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateUsageContext} with the same options reports no error or fatal issue: UsageContext (http://hl7.org/fhir/StructureDefinition/UsageContext). */
export declare function isUsageContext(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is UsageContext;
