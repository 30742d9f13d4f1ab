import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * List
 *
 * Base StructureDefinition for List Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/List
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface List {
    /** The FHIR resource type. */
    resourceType: 'List';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `List.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see List.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `List.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `List.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see List.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `List.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see List.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `List.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `List.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `List.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `List.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business identifier
     *
     * Identifier for the List assigned for business purposes outside the context of FHIR.
     *
     * - Cardinality 0..*
     * - FHIR path `List.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * current | retired | entered-in-error
     *
     * Indicates the current state of this list.
     *
     * - Cardinality 1..1
     * - FHIR path `List.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/list-status (3 codes: current, retired, entered-in-error)
     */
    status: 'current' | 'entered-in-error' | 'retired';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see List.status). */
    _status?: Element;
    /**
     * working | snapshot | changes
     *
     * How this list was prepared - whether it is a working list that is suitable for being maintained on an ongoing basis, or if it represents a snapshot of a list of items from another source, or whether it is a prepared list where items may be marked as added, modified or deleted.
     *
     * - Cardinality 1..1
     * - FHIR path `List.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/list-mode (3 codes: working, snapshot, changes)
     */
    mode: 'changes' | 'snapshot' | 'working';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see List.mode). */
    _mode?: Element;
    /**
     * Descriptive name for the list
     *
     * A label for the list assigned by the author.
     *
     * - Cardinality 0..1
     * - FHIR path `List.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see List.title). */
    _title?: Element;
    /**
     * What the purpose of this list is
     *
     * This code defines the purpose of the list - why it was created.
     *
     * - Cardinality 0..1
     * - FHIR path `List.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/list-example-codes (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
    /**
     * If all resources have the same subject
     *
     * The common subject (or patient) of the resources that are in the list, if there is one.
     *
     * - Cardinality 0..1
     * - FHIR path `List.subject`
     * - Type Reference
     */
    subject?: Reference<'Device' | 'Group' | 'Location' | 'Patient'>;
    /**
     * Context in which list created
     *
     * The encounter that is the context in which this list was created.
     *
     * - Cardinality 0..1
     * - FHIR path `List.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>;
    /**
     * When the list was prepared
     *
     * The date that the list was prepared.
     *
     * - Cardinality 0..1
     * - FHIR path `List.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see List.date). */
    _date?: Element;
    /**
     * Who and/or what defined the list contents (aka Author)
     *
     * The entity responsible for deciding what the contents of the list were. Where the list was created by a human, this is the same as the author of the list.
     *
     * - Cardinality 0..1
     * - FHIR path `List.source`
     * - Type Reference
     */
    source?: Reference<'Device' | 'Patient' | 'Practitioner'>;
    /**
     * What order the list has
     *
     * What order applies to the items in the list.
     *
     * - Cardinality 0..1
     * - FHIR path `List.orderedBy`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/list-order (8 codes: user, system, event-date, entry-date, priority, alphabetic, category, patient)
     */
    orderedBy?: CodeableConcept;
    /**
     * Comments about the list
     *
     * Comments that apply to the overall list.
     *
     * - Cardinality 0..*
     * - FHIR path `List.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Entries in the list
     *
     * Entries in this list.
     *
     * - Cardinality 0..*
     * - FHIR path `List.entry`
     * - Type BackboneElement
     */
    entry?: ListEntry[];
    /**
     * Why list is empty
     *
     * If the list is empty, why the list is empty.
     *
     * - Cardinality 0..1
     * - FHIR path `List.emptyReason`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/list-empty-reason (6 codes: nilknown, notasked, withheld, unavailable, notstarted, closed)
     */
    emptyReason?: CodeableConcept;
}
/**
 * Entries in the list
 *
 * Entries in this list.
 *
 * - Cardinality 0..*
 * - FHIR path `List.entry`
 * - Type BackboneElement
 */
export interface ListEntry {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `List.entry.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see List.entry.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `List.entry.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `List.entry.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Status/Workflow information about this item
     *
     * The flag allows the system constructing the list to indicate the role and significance of the item in the list.
     *
     * - Cardinality 0..1
     * - FHIR path `List.entry.flag`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/list-item-flag (codes not enumerable here: example binding: not checked)
     */
    flag?: CodeableConcept;
    /**
     * If this item is actually marked as deleted
     *
     * True if this item is marked as deleted in the list.
     *
     * - Cardinality 0..1
     * - FHIR path `List.entry.deleted`
     * - Type boolean
     */
    deleted?: boolean;
    /** Extensions and id for `deleted` (FHIR JSON primitive extension, see List.entry.deleted). */
    _deleted?: Element;
    /**
     * When item added to list
     *
     * When this item was added to the list.
     *
     * - Cardinality 0..1
     * - FHIR path `List.entry.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see List.entry.date). */
    _date?: Element;
    /**
     * Actual entry
     *
     * A reference to the actual resource from which data was derived.
     *
     * - Cardinality 1..1
     * - FHIR path `List.entry.item`
     * - Type Reference
     */
    item: Reference;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkList(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkListEntry(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against List (http://hl7.org/fhir/StructureDefinition/List).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateList(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateList} with the same options reports no error or fatal issue: List (http://hl7.org/fhir/StructureDefinition/List). */
export declare function isList(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is List;
/** Input of {@link buildList}: a {@link List} without what the builder fills in. */
export type ListInput = BuilderInput<List, 'resourceType'>;
/**
 * Builds a {@link List} (List, http://hl7.org/fhir/StructureDefinition/List).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "List"
 *
 * The result is checked with {@link validateList}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildList(input: ListInput): List;
