import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Extension-CareConnect-EncounterTransport-1
 *
 * An extension to the Encounter resource to include the Transport used by the subject for an encounter.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectEncounterTransport1 {
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
    extension: [
        (ExtensionCareConnectEncounterTransport1TransportType | ExtensionCareConnectEncounterTransport1TransportPeriod | ExtensionCareConnectEncounterTransport1ReasonForTransport | Extension),
        ...(ExtensionCareConnectEncounterTransport1TransportType | ExtensionCareConnectEncounterTransport1TransportPeriod | ExtensionCareConnectEncounterTransport1ReasonForTransport | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1"
     */
    url: 'https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:transportType`
 * - Type Extension
 */
export interface ExtensionCareConnectEncounterTransport1TransportType {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:transportType.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:transportType.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:transportType.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:transportType.url`
     * - Type uri
     * - Fixed "transportType"
     */
    url: 'transportType';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:transportType.url). */
    _url?: Element;
    /**
     * Transport Type
     *
     * Transport Type.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:transportType.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:transportPeriod`
 * - Type Extension
 */
export interface ExtensionCareConnectEncounterTransport1TransportPeriod {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:transportPeriod.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:transportPeriod.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:transportPeriod.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:transportPeriod.url`
     * - Type uri
     * - Fixed "transportPeriod"
     */
    url: 'transportPeriod';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:transportPeriod.url). */
    _url?: Element;
    /**
     * Transport Period
     *
     * Transport Period.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:transportPeriod.valuePeriod:valuePeriod`
     * - Type Period
     */
    valuePeriod?: Period;
}
/**
 * Additional Content defined by implementations
 *
 * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:reasonForTransport`
 * - Type Extension
 */
export interface ExtensionCareConnectEncounterTransport1ReasonForTransport {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:reasonForTransport.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:reasonForTransport.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:reasonForTransport.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:reasonForTransport.url`
     * - Type uri
     * - Fixed "reasonForTransport"
     */
    url: 'reasonForTransport';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:reasonForTransport.url). */
    _url?: Element;
    /**
     * Reason for transport
     *
     * Reason for transport.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:reasonForTransport.valueString:valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:reasonForTransport.valueString:valueString). */
    _valueString?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkExtensionCareConnectEncounterTransport1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectEncounterTransport1TransportType(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectEncounterTransport1TransportPeriod(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkExtensionCareConnectEncounterTransport1ReasonForTransport(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Extension-CareConnect-EncounterTransport-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateExtensionCareConnectEncounterTransport1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateExtensionCareConnectEncounterTransport1} with the same options reports no error or fatal issue: Extension-CareConnect-EncounterTransport-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1 version 1.0.0). */
export declare function isExtensionCareConnectEncounterTransport1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ExtensionCareConnectEncounterTransport1;
/** Input of {@link buildExtensionCareConnectEncounterTransport1}: a {@link ExtensionCareConnectEncounterTransport1} without what the builder fills in. */
export type ExtensionCareConnectEncounterTransport1Input = BuilderInput<ExtensionCareConnectEncounterTransport1, 'url', {
    extension: [
        ExtensionCareConnectEncounterTransport1TransportTypeInput,
        ...(ExtensionCareConnectEncounterTransport1TransportType | ExtensionCareConnectEncounterTransport1TransportPeriod | ExtensionCareConnectEncounterTransport1ReasonForTransport | Extension)[]
    ];
}>;
/** Input of {@link ExtensionCareConnectEncounterTransport1ReasonForTransport} (`Extension.extension:reasonForTransport`): what the builder fills may be left out. */
export type ExtensionCareConnectEncounterTransport1ReasonForTransportInput = BuilderInput<ExtensionCareConnectEncounterTransport1ReasonForTransport, 'url'>;
/** Input of {@link ExtensionCareConnectEncounterTransport1TransportPeriod} (`Extension.extension:transportPeriod`): what the builder fills may be left out. */
export type ExtensionCareConnectEncounterTransport1TransportPeriodInput = BuilderInput<ExtensionCareConnectEncounterTransport1TransportPeriod, 'url'>;
/** Input of {@link ExtensionCareConnectEncounterTransport1TransportType} (`Extension.extension:transportType`): what the builder fills may be left out. */
export type ExtensionCareConnectEncounterTransport1TransportTypeInput = BuilderInput<ExtensionCareConnectEncounterTransport1TransportType, 'url'>;
/**
 * Builds a {@link ExtensionCareConnectEncounterTransport1} (Extension-CareConnect-EncounterTransport-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:transportType`
 *
 * The result is checked with {@link validateExtensionCareConnectEncounterTransport1}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildExtensionCareConnectEncounterTransport1(input: ExtensionCareConnectEncounterTransport1Input): ExtensionCareConnectEncounterTransport1;
/**
 * Makes a `Extension.extension:transportType` item (slice `transportType`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "transportType"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectEncounterTransport1TransportType(input: ExtensionCareConnectEncounterTransport1TransportTypeInput): ExtensionCareConnectEncounterTransport1TransportType;
/**
 * Makes a `Extension.extension:transportPeriod` item (slice `transportPeriod`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "transportPeriod"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectEncounterTransport1TransportPeriod(input: ExtensionCareConnectEncounterTransport1TransportPeriodInput): ExtensionCareConnectEncounterTransport1TransportPeriod;
/**
 * Makes a `Extension.extension:reasonForTransport` item (slice `reasonForTransport`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "reasonForTransport"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildExtensionCareConnectEncounterTransport1ReasonForTransport(input: ExtensionCareConnectEncounterTransport1ReasonForTransportInput): ExtensionCareConnectEncounterTransport1ReasonForTransport;
