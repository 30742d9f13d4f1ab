import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * history
 *
 * Information on changes made to the Value Set Definition over time, and also has a contained audit trail of all such changes.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/codesystem-history
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface History {
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
    extension?: (HistoryExtensionName | HistoryExtensionRevision | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/codesystem-history"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/codesystem-history';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * The name of this set of history entries
 *
 * Label for a set of entries, such as a version.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:name`
 * - Type Extension
 */
export interface HistoryExtensionName {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:name.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:name.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:name.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:name.url`
     * - Type uri
     * - Fixed "name"
     */
    url: 'name';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:name.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:name.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:name.valueString). */
    _valueString?: Element;
}
/**
 * Audit of all changes for a history entry
 *
 * A list of specific changes, who made them and when.
 *
 * - Cardinality 0..*
 * - FHIR path `Extension.extension:revision`
 * - Type Extension
 */
export interface HistoryExtensionRevision {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:revision.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:revision.extension`
     * - Type Extension
     */
    extension: [
        (HistoryExtensionRevisionExtensionDate | HistoryExtensionRevisionExtensionId | HistoryExtensionRevisionExtensionAuthor | HistoryExtensionRevisionExtensionNotes | Extension),
        ...(HistoryExtensionRevisionExtensionDate | HistoryExtensionRevisionExtensionId | HistoryExtensionRevisionExtensionAuthor | HistoryExtensionRevisionExtensionNotes | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:revision.url`
     * - Type uri
     * - Fixed "revision"
     */
    url: 'revision';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:revision.url). */
    _url?: Element;
}
/**
 * Date the change was made
 *
 * Date the change took place.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:revision.extension:date`
 * - Type Extension
 */
export interface HistoryExtensionRevisionExtensionDate {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.extension:date.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:revision.extension:date.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:revision.extension:date.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:revision.extension:date.url`
     * - Type uri
     * - Fixed "date"
     */
    url: 'date';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:revision.extension:date.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.extension:date.valueDateTime`
     * - Type dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Extension.extension:revision.extension:date.valueDateTime). */
    _valueDateTime?: Element;
}
/**
 * Version marker after the change was made
 *
 * Unique id for the specific change.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:revision.extension:id`
 * - Type Extension
 */
export interface HistoryExtensionRevisionExtensionId {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.extension:id.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:revision.extension:id.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:revision.extension:id.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:revision.extension:id.url`
     * - Type uri
     * - Fixed "id"
     */
    url: 'id';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:revision.extension:id.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.extension:id.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:revision.extension:id.valueString). */
    _valueString?: Element;
}
/**
 * Who made the change
 *
 * Person or device responsible for the change.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:revision.extension:author`
 * - Type Extension
 */
export interface HistoryExtensionRevisionExtensionAuthor {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.extension:author.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:revision.extension:author.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:revision.extension:author.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:revision.extension:author.url`
     * - Type uri
     * - Fixed "author"
     */
    url: 'author';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:revision.extension:author.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.extension:author.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:revision.extension:author.valueString). */
    _valueString?: Element;
}
/**
 * Information about the change
 *
 * Description of exactly what was changed and how.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:revision.extension:notes`
 * - Type Extension
 */
export interface HistoryExtensionRevisionExtensionNotes {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.extension:notes.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:revision.extension:notes.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:revision.extension:notes.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:revision.extension:notes.url`
     * - Type uri
     * - Fixed "notes"
     */
    url: 'notes';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:revision.extension:notes.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:revision.extension:notes.valueString`
     * - Type string
     */
    valueString?: string;
    /** Extensions and id for `valueString` (FHIR JSON primitive extension, see Extension.extension:revision.extension:notes.valueString). */
    _valueString?: Element;
}
