import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * history
 *
 * Information on changes made to the Value Set Definition over time and a contained audit trail of all such changes.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/valueset-history
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface ValuesetHistory {
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
    extension?: (ValuesetHistoryName | ValuesetHistoryRevision | Extension)[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/valueset-history"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/valueset-history';
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
export interface ValuesetHistoryName {
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
export interface ValuesetHistoryRevision {
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
        (ValuesetHistoryRevisionDate | ValuesetHistoryRevisionId | ValuesetHistoryRevisionAuthor | ValuesetHistoryRevisionNotes | Extension),
        ...(ValuesetHistoryRevisionDate | ValuesetHistoryRevisionId | ValuesetHistoryRevisionAuthor | ValuesetHistoryRevisionNotes | Extension)[]
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
export interface ValuesetHistoryRevisionDate {
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
export interface ValuesetHistoryRevisionId {
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
export interface ValuesetHistoryRevisionAuthor {
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
export interface ValuesetHistoryRevisionNotes {
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
import * as vrt from './runtime/validate/index.js';
export declare function checkValuesetHistory(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetHistoryName(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetHistoryRevision(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetHistoryRevisionDate(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetHistoryRevisionId(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetHistoryRevisionAuthor(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkValuesetHistoryRevisionNotes(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against history (http://hl7.org/fhir/StructureDefinition/valueset-history).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateValuesetHistory(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateValuesetHistory} with the same options reports no error or fatal issue: history (http://hl7.org/fhir/StructureDefinition/valueset-history). */
export declare function isValuesetHistory(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ValuesetHistory;
/** Input of {@link buildValuesetHistory}: a {@link ValuesetHistory} without what the builder fills in. */
export type ValuesetHistoryInput = BuilderInput<ValuesetHistory, 'url'>;
/** Input of {@link ValuesetHistoryName} (`Extension.extension:name`): what the builder fills may be left out. */
export type ValuesetHistoryNameInput = BuilderInput<ValuesetHistoryName, 'url'>;
/** Input of {@link ValuesetHistoryRevision} (`Extension.extension:revision`): what the builder fills may be left out. */
export type ValuesetHistoryRevisionInput = BuilderInput<ValuesetHistoryRevision, 'url', {
    extension: [
        ValuesetHistoryRevisionDateInput,
        ValuesetHistoryRevisionIdInput,
        ValuesetHistoryRevisionAuthorInput,
        ...(ValuesetHistoryRevisionDate | ValuesetHistoryRevisionId | ValuesetHistoryRevisionAuthor | ValuesetHistoryRevisionNotes | Extension)[]
    ];
}>;
/** Input of {@link ValuesetHistoryRevisionAuthor} (`Extension.extension:revision.extension:author`): what the builder fills may be left out. */
export type ValuesetHistoryRevisionAuthorInput = BuilderInput<ValuesetHistoryRevisionAuthor, 'url'>;
/** Input of {@link ValuesetHistoryRevisionDate} (`Extension.extension:revision.extension:date`): what the builder fills may be left out. */
export type ValuesetHistoryRevisionDateInput = BuilderInput<ValuesetHistoryRevisionDate, 'url'>;
/** Input of {@link ValuesetHistoryRevisionId} (`Extension.extension:revision.extension:id`): what the builder fills may be left out. */
export type ValuesetHistoryRevisionIdInput = BuilderInput<ValuesetHistoryRevisionId, 'url'>;
/** Input of {@link ValuesetHistoryRevisionNotes} (`Extension.extension:revision.extension:notes`): what the builder fills may be left out. */
export type ValuesetHistoryRevisionNotesInput = BuilderInput<ValuesetHistoryRevisionNotes, 'url'>;
/**
 * Builds a {@link ValuesetHistory} (history, http://hl7.org/fhir/StructureDefinition/valueset-history).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/valueset-history"
 *
 * The result is checked with {@link validateValuesetHistory}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildValuesetHistory(input: ValuesetHistoryInput): ValuesetHistory;
/**
 * Makes a `Extension.extension:name` item (slice `name`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "name"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetHistoryName(input: ValuesetHistoryNameInput): ValuesetHistoryName;
/**
 * Makes a `Extension.extension:revision` item (slice `revision`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "revision"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:revision.extension:date`, `Extension.extension:revision.extension:id`, `Extension.extension:revision.extension:author`
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetHistoryRevision(input: ValuesetHistoryRevisionInput): ValuesetHistoryRevision;
/**
 * Makes a `Extension.extension:revision.extension:date` item (slice `date`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "date"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetHistoryRevisionDate(input: ValuesetHistoryRevisionDateInput): ValuesetHistoryRevisionDate;
/**
 * Makes a `Extension.extension:revision.extension:id` item (slice `id`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "id"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetHistoryRevisionId(input: ValuesetHistoryRevisionIdInput): ValuesetHistoryRevisionId;
/**
 * Makes a `Extension.extension:revision.extension:author` item (slice `author`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "author"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetHistoryRevisionAuthor(input: ValuesetHistoryRevisionAuthorInput): ValuesetHistoryRevisionAuthor;
/**
 * Makes a `Extension.extension:revision.extension:notes` item (slice `notes`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "notes"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildValuesetHistoryRevisionNotes(input: ValuesetHistoryRevisionNotesInput): ValuesetHistoryRevisionNotes;
