import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Geolocation
 *
 * The absolute geographic location of the Location, expressed using the WGS84 datum (This is the same co-ordinate system used in KML).
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/geolocation
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Geolocation {
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
        GeolocationLatitude | GeolocationLongitude | Extension,
        ...(GeolocationLatitude | GeolocationLongitude | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/geolocation"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/geolocation';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Latitude with WGS84 datum
 *
 * Latitude. The value domain and the interpretation are the same as for the text of the latitude element in KML (see notes below).
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:latitude`
 * - Type Extension
 */
export interface GeolocationLatitude {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:latitude.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:latitude.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:latitude.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:latitude.url`
     * - Type uri
     * - Fixed "latitude"
     */
    url: 'latitude';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:latitude.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:latitude.valueDecimal`
     * - Type decimal
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Extension.extension:latitude.valueDecimal). */
    _valueDecimal?: Element;
}
/**
 * Longitude with WGS84 datum
 *
 * Longitude. The value domain and the interpretation are the same as for the text of the longitude element in KML (see notes below).
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:longitude`
 * - Type Extension
 */
export interface GeolocationLongitude {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:longitude.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:longitude.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:longitude.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:longitude.url`
     * - Type uri
     * - Fixed "longitude"
     */
    url: 'longitude';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:longitude.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:longitude.valueDecimal`
     * - Type decimal
     */
    valueDecimal?: number;
    /** Extensions and id for `valueDecimal` (FHIR JSON primitive extension, see Extension.extension:longitude.valueDecimal). */
    _valueDecimal?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGeolocation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGeolocationLatitude(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGeolocationLongitude(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Geolocation (http://hl7.org/fhir/StructureDefinition/geolocation).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGeolocation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGeolocation} with the same options reports no error or fatal issue: Geolocation (http://hl7.org/fhir/StructureDefinition/geolocation). */
export declare function isGeolocation(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Geolocation;
/** Input of {@link buildGeolocation}: a {@link Geolocation} without what the builder fills in. */
export type GeolocationInput = BuilderInput<Geolocation, 'url', {
    extension: [
        GeolocationLatitudeInput,
        GeolocationLongitudeInput,
        ...(GeolocationLatitude | GeolocationLongitude | Extension)[]
    ];
}>;
/** Input of {@link GeolocationLatitude} (`Extension.extension:latitude`): what the builder fills may be left out. */
export type GeolocationLatitudeInput = BuilderInput<GeolocationLatitude, 'url'>;
/** Input of {@link GeolocationLongitude} (`Extension.extension:longitude`): what the builder fills may be left out. */
export type GeolocationLongitudeInput = BuilderInput<GeolocationLongitude, 'url'>;
/**
 * Builds a {@link Geolocation} (Geolocation, http://hl7.org/fhir/StructureDefinition/geolocation).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/geolocation"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:latitude`, `Extension.extension:longitude`
 *
 * The result is checked with {@link validateGeolocation}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGeolocation(input: GeolocationInput): Geolocation;
/**
 * Makes a `Extension.extension:latitude` item (slice `latitude`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "latitude"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildGeolocationLatitude(input: GeolocationLatitudeInput): GeolocationLatitude;
/**
 * Makes a `Extension.extension:longitude` item (slice `longitude`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "longitude"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildGeolocationLongitude(input: GeolocationLongitudeInput): GeolocationLongitude;
