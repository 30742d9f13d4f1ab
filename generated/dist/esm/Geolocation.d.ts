import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
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
        GeolocationExtensionLatitude | GeolocationExtensionLongitude | Extension,
        ...(GeolocationExtensionLatitude | GeolocationExtensionLongitude | Extension)[]
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
export interface GeolocationExtensionLatitude {
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
export interface GeolocationExtensionLongitude {
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
