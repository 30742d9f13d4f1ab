import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Item
 *
 * The specific diagnostic investigations that are requested as part of this request. Sometimes, there can only be one item per request, but in most contexts, more than one investigation can be requested.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Extension
 */
export interface Item {
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
        ItemCode | ItemGeneticsObservation | ItemSpecimen | ItemStatus | Extension,
        ...(ItemCode | ItemGeneticsObservation | ItemSpecimen | ItemStatus | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem"
     */
    url: 'http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Code to indicate the item (test, panel or sequence variant) being ordered
 *
 * Code to indicate the item (test, panel or sequence variant) being ordered.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:code`
 * - Type Extension
 */
export interface ItemCode {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:code.url`
     * - Type uri
     * - Fixed "code"
     */
    url: 'code';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:code.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:code.valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * Indicate the genetic variant ordered to be tested
 *
 * Indicate the genetic variant ordered to be tested.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:geneticsobservation`
 * - Type Extension
 */
export interface ItemGeneticsObservation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:geneticsobservation.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:geneticsobservation.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:geneticsobservation.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:geneticsobservation.url`
     * - Type uri
     * - Fixed "geneticsObservation"
     */
    url: 'geneticsObservation';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:geneticsobservation.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:geneticsobservation.valueReference`
     * - Type Reference
     */
    valueReference?: Reference<'Observation'>;
}
/**
 * If this item relates to specific specimens
 *
 * If the item is related to a specific specimen.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:specimen`
 * - Type Extension
 */
export interface ItemSpecimen {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:specimen.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:specimen.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:specimen.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:specimen.url`
     * - Type uri
     * - Fixed "specimen"
     */
    url: 'specimen';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:specimen.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:specimen.valueReference`
     * - Type Reference
     */
    valueReference?: Reference<'Specimen'>;
}
/**
 * proposed | draft | planned | requested | received | accepted | in-progress | review | completed | cancelled | suspended | rejected | failed
 *
 * The status of this individual item within the order.
 *
 * - Cardinality 0..1
 * - FHIR path `Extension.extension:status`
 * - Type Extension
 */
export interface ItemStatus {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:status.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:status.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:status.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:status.url`
     * - Type uri
     * - Fixed "status"
     */
    url: 'status';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:status.url). */
    _url?: Element;
    /**
     * Value of extension
     *
     * Value of extension - may be a resource or one of a constrained set of the data types (see Extensibility in the spec for list).
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:status.valueCode`
     * - Type code
     */
    valueCode?: string;
    /** Extensions and id for `valueCode` (FHIR JSON primitive extension, see Extension.extension:status.valueCode). */
    _valueCode?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkItem(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkItemCode(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkItemGeneticsObservation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkItemSpecimen(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkItemStatus(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Item (http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateItem(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateItem} with the same options reports no error or fatal issue: Item (http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem). */
export declare function isItem(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Item;
/** Input of {@link buildItem}: a {@link Item} without what the builder fills in. */
export type ItemInput = BuilderInput<Item, 'url', {
    extension: [ItemCodeInput, ...(ItemCode | ItemGeneticsObservation | ItemSpecimen | ItemStatus | Extension)[]];
}>;
/** Input of {@link ItemCode} (`Extension.extension:code`): what the builder fills may be left out. */
export type ItemCodeInput = BuilderInput<ItemCode, 'url'>;
/** Input of {@link ItemGeneticsObservation} (`Extension.extension:geneticsobservation`): what the builder fills may be left out. */
export type ItemGeneticsObservationInput = BuilderInput<ItemGeneticsObservation, 'url'>;
/** Input of {@link ItemSpecimen} (`Extension.extension:specimen`): what the builder fills may be left out. */
export type ItemSpecimenInput = BuilderInput<ItemSpecimen, 'url'>;
/** Input of {@link ItemStatus} (`Extension.extension:status`): what the builder fills may be left out. */
export type ItemStatusInput = BuilderInput<ItemStatus, 'url'>;
/**
 * Builds a {@link Item} (Item, http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem"
 * - the leading items of `extension`, which must be the required slices in this order: `Extension.extension:code`
 *
 * The result is checked with {@link validateItem}, except its invariants, which may depend on the resource it goes into (that resource's builder checks them).
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildItem(input: ItemInput): Item;
/**
 * Makes a `Extension.extension:code` item (slice `code`, 1..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "code"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildItemCode(input: ItemCodeInput): ItemCode;
/**
 * Makes a `Extension.extension:geneticsobservation` item (slice `geneticsObservation`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "geneticsObservation"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildItemGeneticsObservation(input: ItemGeneticsObservationInput): ItemGeneticsObservation;
/**
 * Makes a `Extension.extension:specimen` item (slice `specimen`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "specimen"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildItemSpecimen(input: ItemSpecimenInput): ItemSpecimen;
/**
 * Makes a `Extension.extension:status` item (slice `status`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `url`: "status"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildItemStatus(input: ItemStatusInput): ItemStatus;
