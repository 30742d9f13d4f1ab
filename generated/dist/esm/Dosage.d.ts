import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Range } from './Range.js';
import { type Ratio } from './Ratio.js';
import { type SimpleQuantity } from './SimpleQuantity.js';
import { type Timing } from './Timing.js';
/**
 * Dosage
 *
 * Base StructureDefinition for Dosage Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Dosage
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Dosage {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Dosage.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Dosage.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * The order of the dosage instructions
     *
     * Indicates the order in which the dosage instructions should be applied or interpreted.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.sequence`
     * - Type integer
     */
    sequence?: number;
    /** Extensions and id for `sequence` (FHIR JSON primitive extension, see Dosage.sequence). */
    _sequence?: Element;
    /**
     * Free text dosage instructions e.g. SIG
     *
     * Free text dosage instructions e.g. SIG.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Dosage.text). */
    _text?: Element;
    /**
     * Supplemental instruction - e.g. "with meals"
     *
     * Supplemental instruction - e.g. "with meals".
     *
     * - Cardinality 0..*
     * - FHIR path `Dosage.additionalInstruction`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/additional-instruction-codes (codes not enumerable here: example binding: not checked)
     */
    additionalInstruction?: CodeableConcept[];
    /**
     * Patient or consumer oriented instructions
     *
     * Instructions in terms that are understood by the patient or consumer.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.patientInstruction`
     * - Type string
     */
    patientInstruction?: string;
    /** Extensions and id for `patientInstruction` (FHIR JSON primitive extension, see Dosage.patientInstruction). */
    _patientInstruction?: Element;
    /**
     * When medication should be administered
     *
     * When medication should be administered.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.timing`
     * - Type Timing
     */
    timing?: Timing;
    /**
     * Take "as needed" (for x)
     *
     * Indicates whether the Medication is only taken when needed within a specific dosing schedule (Boolean option), or it indicates the precondition for taking the Medication (CodeableConcept).
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.asNeeded[x]`
     * - Type boolean | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-as-needed-reason (codes not enumerable here: example binding: not checked)
     */
    asNeededBoolean?: boolean;
    /** Extensions and id for `asNeededBoolean` (FHIR JSON primitive extension, see Dosage.asNeeded[x]). */
    _asNeededBoolean?: Element;
    /**
     * Take "as needed" (for x)
     *
     * Indicates whether the Medication is only taken when needed within a specific dosing schedule (Boolean option), or it indicates the precondition for taking the Medication (CodeableConcept).
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.asNeeded[x]`
     * - Type boolean | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-as-needed-reason (codes not enumerable here: example binding: not checked)
     */
    asNeededCodeableConcept?: CodeableConcept;
    /**
     * Body site to administer to
     *
     * Body site to administer to.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.site`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/approach-site-codes (codes not enumerable here: example binding: not checked)
     */
    site?: CodeableConcept;
    /**
     * How drug should enter body
     *
     * How drug should enter body.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.route`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/route-codes (codes not enumerable here: example binding: not checked)
     */
    route?: CodeableConcept;
    /**
     * Technique for administering medication
     *
     * Technique for administering medication.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.method`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/administration-method-codes (codes not enumerable here: example binding: not checked)
     */
    method?: CodeableConcept;
    /**
     * Amount of medication per dose
     *
     * Amount of medication per dose.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.dose[x]`
     * - Type Range | Quantity
     */
    doseRange?: Range;
    /**
     * Amount of medication per dose
     *
     * Amount of medication per dose.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.dose[x]`
     * - Type Range | Quantity
     */
    doseQuantity?: SimpleQuantity;
    /**
     * Upper limit on medication per unit of time
     *
     * Upper limit on medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.maxDosePerPeriod`
     * - Type Ratio
     */
    maxDosePerPeriod?: Ratio;
    /**
     * Upper limit on medication per administration
     *
     * Upper limit on medication per administration.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.maxDosePerAdministration`
     * - Type Quantity
     */
    maxDosePerAdministration?: SimpleQuantity;
    /**
     * Upper limit on medication per lifetime of the patient
     *
     * Upper limit on medication per lifetime of the patient.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.maxDosePerLifetime`
     * - Type Quantity
     */
    maxDosePerLifetime?: SimpleQuantity;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateRatio?: Ratio;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateRange?: Range;
    /**
     * Amount of medication per unit of time
     *
     * Amount of medication per unit of time.
     *
     * - Cardinality 0..1
     * - FHIR path `Dosage.rate[x]`
     * - Type Ratio | Range | Quantity
     */
    rateQuantity?: SimpleQuantity;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDosage(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Dosage (http://hl7.org/fhir/StructureDefinition/Dosage).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDosage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDosage} with the same options reports no error or fatal issue: Dosage (http://hl7.org/fhir/StructureDefinition/Dosage). */
export declare function isDosage(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Dosage;
