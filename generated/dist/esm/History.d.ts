import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import type { BuilderInput } from './runtime/build/input.js';
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
    extension?: (HistoryName | HistoryRevision | Extension)[];
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
export interface HistoryName {
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
export interface HistoryRevision {
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
        HistoryRevisionDate | HistoryRevisionId | HistoryRevisionAuthor | HistoryRevisionNotes | Extension,
        ...(HistoryRevisionDate | HistoryRevisionId | HistoryRevisionAuthor | HistoryRevisionNotes | Extension)[]
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
export interface HistoryRevisionDate {
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
export interface HistoryRevisionId {
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
export interface HistoryRevisionAuthor {
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
export interface HistoryRevisionNotes {
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
export declare function checkHistory(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHistoryName(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHistoryRevision(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHistoryRevisionDate(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHistoryRevisionId(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHistoryRevisionAuthor(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkHistoryRevisionNotes(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against history (http://hl7.org/fhir/StructureDefinition/codesystem-history).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateHistory(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateHistory} with the same options reports no error or fatal issue: history (http://hl7.org/fhir/StructureDefinition/codesystem-history). */
export declare function isHistory(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is History;
/** Input of {@link buildHistory}: a {@link History} without what the builder fills in. */
export type HistoryInput = BuilderInput<History, 'url'>;
/** Input of {@link HistoryName} (`Extension.extension:name`): what the builder fills may be left out. */
export type HistoryNameInput = BuilderInput<HistoryName, 'url'>;
/** Input of {@link HistoryRevision} (`Extension.extension:revision`): what the builder fills may be left out. */
export type HistoryRevisionInput = BuilderInput<HistoryRevision, 'url', {
    extension: [
        HistoryRevisionDateInput,
        HistoryRevisionIdInput,
        HistoryRevisionAuthorInput,
        ...(HistoryRevisionDate | HistoryRevisionId | HistoryRevisionAuthor | HistoryRevisionNotes | Extension)[]
    ];
}>;
/** Input of {@link HistoryRevisionAuthor} (`Extension.extension:revision.extension:author`): what the builder fills may be left out. */
export type HistoryRevisionAuthorInput = BuilderInput<HistoryRevisionAuthor, 'url'>;
/** Input of {@link HistoryRevisionDate} (`Extension.extension:revision.extension:date`): what the builder fills may be left out. */
export type HistoryRevisionDateInput = BuilderInput<HistoryRevisionDate, 'url'>;
/** Input of {@link HistoryRevisionId} (`Extension.extension:revision.extension:id`): what the builder fills may be left out. */
export type HistoryRevisionIdInput = BuilderInput<HistoryRevisionId, 'url'>;
/** Input of {@link HistoryRevisionNotes} (`Extension.extension:revision.extension:notes`): what the builder fills may be left out. */
export type HistoryRevisionNotesInput = BuilderInput<HistoryRevisionNotes, 'url'>;
/**
 * Builds a {@link History} (history, http://hl7.org/fhir/StructureDefinition/codesystem-history).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/codesystem-history"
 *
 * The result is checked with {@link validateHistory}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildHistory(input: HistoryInput): History;
/**
 * Makes a `Extension.extension:name` item (slice `name`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "name"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHistoryName(input: HistoryNameInput): HistoryName;
/**
 * Makes a `Extension.extension:revision` item (slice `revision`, 0..*).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "revision"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:revision.extension:date`, `Extension.extension:revision.extension:id`, `Extension.extension:revision.extension:author`
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHistoryRevision(input: HistoryRevisionInput): HistoryRevision;
/**
 * Makes a `Extension.extension:revision.extension:date` item (slice `date`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "date"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHistoryRevisionDate(input: HistoryRevisionDateInput): HistoryRevisionDate;
/**
 * Makes a `Extension.extension:revision.extension:id` item (slice `id`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "id"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHistoryRevisionId(input: HistoryRevisionIdInput): HistoryRevisionId;
/**
 * Makes a `Extension.extension:revision.extension:author` item (slice `author`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "author"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHistoryRevisionAuthor(input: HistoryRevisionAuthorInput): HistoryRevisionAuthor;
/**
 * Makes a `Extension.extension:revision.extension:notes` item (slice `notes`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "notes"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildHistoryRevisionNotes(input: HistoryRevisionNotesInput): HistoryRevisionNotes;
