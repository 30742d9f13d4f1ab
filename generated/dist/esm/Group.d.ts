import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Quantity } from './Quantity.js';
import { type Range } from './Range.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Group
 *
 * Base StructureDefinition for Group Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Group
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Group {
    /** The FHIR resource type. */
    resourceType: 'Group';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Group.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Group.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Group.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique id
     *
     * A unique business identifier for this group.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Whether this group's record is in active use
     *
     * Indicates whether the record for the group is available for use or is merely being retained for historical purposes.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.active`
     * - Type boolean
     */
    active?: boolean;
    /** Extensions and id for `active` (FHIR JSON primitive extension, see Group.active). */
    _active?: Element;
    /**
     * person | animal | practitioner | device | medication | substance
     *
     * Identifies the broad classification of the kind of resources the group includes.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/group-type (6 codes: person, animal, practitioner, device, medication, substance)
     */
    type: 'animal' | 'device' | 'medication' | 'person' | 'practitioner' | 'substance';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Group.type). */
    _type?: Element;
    /**
     * Descriptive or actual
     *
     * If true, indicates that the resource refers to a specific group of real individuals.  If false, the group defines a set of intended individuals.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.actual`
     * - Type boolean
     */
    actual: boolean;
    /** Extensions and id for `actual` (FHIR JSON primitive extension, see Group.actual). */
    _actual?: Element;
    /**
     * Kind of Group members
     *
     * Provides a specific type of resource the group includes; e.g. "cow", "syringe", etc.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.code`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    code?: CodeableConcept;
    /**
     * Label for Group
     *
     * A label assigned to the group for human identification and communication.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Group.name). */
    _name?: Element;
    /**
     * Number of members
     *
     * A count of the number of resource instances that are part of the group.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.quantity`
     * - Type unsignedInt
     */
    quantity?: number;
    /** Extensions and id for `quantity` (FHIR JSON primitive extension, see Group.quantity). */
    _quantity?: Element;
    /**
     * Trait of group members
     *
     * Identifies the traits shared by members of the group.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.characteristic`
     * - Type BackboneElement
     */
    characteristic?: GroupCharacteristic[];
    /**
     * Who or what is in group
     *
     * Identifies the resource instances that are members of the group.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.member`
     * - Type BackboneElement
     */
    member?: GroupMember[];
}
/**
 * Trait of group members
 *
 * Identifies the traits shared by members of the group.
 *
 * - Cardinality 0..*
 * - FHIR path `Group.characteristic`
 * - Type BackboneElement
 */
export interface GroupCharacteristic {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.characteristic.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Group.characteristic.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.characteristic.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.characteristic.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Kind of characteristic
     *
     * A code that identifies the kind of trait being asserted.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.characteristic.code`
     * - Type CodeableConcept
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    code: CodeableConcept;
    /**
     * Value held by characteristic
     *
     * The value of the trait that holds (or does not hold - see 'exclude') for members of the group.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.characteristic.value[x]`
     * - Type CodeableConcept | boolean | Quantity | Range
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    valueCodeableConcept?: CodeableConcept;
    /**
     * Value held by characteristic
     *
     * The value of the trait that holds (or does not hold - see 'exclude') for members of the group.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.characteristic.value[x]`
     * - Type CodeableConcept | boolean | Quantity | Range
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    valueBoolean?: boolean;
    /** Extensions and id for `valueBoolean` (FHIR JSON primitive extension, see Group.characteristic.value[x]). */
    _valueBoolean?: Element;
    /**
     * Value held by characteristic
     *
     * The value of the trait that holds (or does not hold - see 'exclude') for members of the group.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.characteristic.value[x]`
     * - Type CodeableConcept | boolean | Quantity | Range
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    valueQuantity?: Quantity;
    /**
     * Value held by characteristic
     *
     * The value of the trait that holds (or does not hold - see 'exclude') for members of the group.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.characteristic.value[x]`
     * - Type CodeableConcept | boolean | Quantity | Range
     * - Binding example (codes not enumerable here: the binding names no value set)
     */
    valueRange?: Range;
    /**
     * Group includes or excludes
     *
     * If true, indicates the characteristic is one that is NOT held by members of the group.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.characteristic.exclude`
     * - Type boolean
     */
    exclude: boolean;
    /** Extensions and id for `exclude` (FHIR JSON primitive extension, see Group.characteristic.exclude). */
    _exclude?: Element;
    /**
     * Period over which characteristic is tested
     *
     * The period over which the characteristic is tested; e.g. the patient had an operation during the month of June.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.characteristic.period`
     * - Type Period
     */
    period?: Period;
}
/**
 * Who or what is in group
 *
 * Identifies the resource instances that are members of the group.
 *
 * - Cardinality 0..*
 * - FHIR path `Group.member`
 * - Type BackboneElement
 */
export interface GroupMember {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.member.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Group.member.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.member.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Group.member.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Reference to the group member
     *
     * A reference to the entity that is a member of the group. Must be consistent with Group.type.
     *
     * - Cardinality 1..1
     * - FHIR path `Group.member.entity`
     * - Type Reference
     */
    entity: Reference<'Device' | 'Medication' | 'Patient' | 'Practitioner' | 'Substance'>;
    /**
     * Period member belonged to the group
     *
     * The period that the member was in the group, if known.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.member.period`
     * - Type Period
     */
    period?: Period;
    /**
     * If member is no longer in group
     *
     * A flag to indicate that the member is no longer in the group, but previously may have been a member.
     *
     * - Cardinality 0..1
     * - FHIR path `Group.member.inactive`
     * - Type boolean
     */
    inactive?: boolean;
    /** Extensions and id for `inactive` (FHIR JSON primitive extension, see Group.member.inactive). */
    _inactive?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkGroup(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGroupCharacteristic(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkGroupMember(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Group (http://hl7.org/fhir/StructureDefinition/Group).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateGroup(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateGroup} with the same options reports no error or fatal issue: Group (http://hl7.org/fhir/StructureDefinition/Group). */
export declare function isGroup(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Group;
/** Input of {@link buildGroup}: a {@link Group} without what the builder fills in. */
export type GroupInput = BuilderInput<Group, 'resourceType'>;
/**
 * Builds a {@link Group} (Group, http://hl7.org/fhir/StructureDefinition/Group).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Group"
 *
 * The result is checked with {@link validateGroup}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildGroup(input: GroupInput): Group;
