import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * patient-birthTime
 *
 * The time of day that the Patient was born. This includes the date to ensure that the timezone information can be communicated effectively.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/patient-birthTime (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface PatientBirthTime {
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
     * - Fixed "http://hl7.org/fhir/StructureDefinition/patient-birthTime"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
    /**
     * The time of day that the Patient was born. This includes the date to ensure that the timezone information can be communicated effectively.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.value[x]`
     * - Type dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Extension.value[x]). */
    _valueDateTime?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkPatientBirthTime(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against patient-birthTime (http://hl7.org/fhir/StructureDefinition/patient-birthTime version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validatePatientBirthTime(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validatePatientBirthTime} with the same options reports no error or fatal issue: patient-birthTime (http://hl7.org/fhir/StructureDefinition/patient-birthTime version 1.0.0). */
export declare function isPatientBirthTime(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is PatientBirthTime;
/** Input of {@link buildPatientBirthTime}: a {@link PatientBirthTime} without what the builder fills in. */
export type PatientBirthTimeInput = BuilderInput<PatientBirthTime, 'url'>;
/**
 * Builds a {@link PatientBirthTime} (patient-birthTime, http://hl7.org/fhir/StructureDefinition/patient-birthTime).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/patient-birthTime"
 *
 * The result is checked with {@link validatePatientBirthTime}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildPatientBirthTime(input: PatientBirthTimeInput): PatientBirthTime;
