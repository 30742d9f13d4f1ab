import { type DataRequirement } from './DataRequirement.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Reference } from './Reference.js';
import { type Timing } from './Timing.js';
/**
 * TriggerDefinition
 *
 * Base StructureDefinition for TriggerDefinition Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/TriggerDefinition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface TriggerDefinition {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `TriggerDefinition.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see TriggerDefinition.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `TriggerDefinition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * named-event | periodic | data-added | data-modified | data-removed | data-accessed | data-access-ended
     *
     * The type of triggering event.
     *
     * - Cardinality 1..1
     * - FHIR path `TriggerDefinition.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/trigger-type (7 codes: named-event, periodic, data-added, data-modified, data-removed, data-accessed, data-access-ended)
     */
    type: 'data-access-ended' | 'data-accessed' | 'data-added' | 'data-modified' | 'data-removed' | 'named-event' | 'periodic';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see TriggerDefinition.type). */
    _type?: Element;
    /**
     * Triggering event name
     *
     * The name of the event (if this is a named-event trigger).
     *
     * - Cardinality 0..1
     * - FHIR path `TriggerDefinition.eventName`
     * - Type string
     */
    eventName?: string;
    /** Extensions and id for `eventName` (FHIR JSON primitive extension, see TriggerDefinition.eventName). */
    _eventName?: Element;
    /**
     * Timing of the event
     *
     * The timing of the event (if this is a period trigger).
     *
     * - Cardinality 0..1
     * - FHIR path `TriggerDefinition.eventTiming[x]`
     * - Type Timing | Reference | date | dateTime
     */
    eventTimingTiming?: Timing;
    /**
     * Timing of the event
     *
     * The timing of the event (if this is a period trigger).
     *
     * - Cardinality 0..1
     * - FHIR path `TriggerDefinition.eventTiming[x]`
     * - Type Timing | Reference | date | dateTime
     */
    eventTimingReference?: Reference<'Schedule'>;
    /**
     * Timing of the event
     *
     * The timing of the event (if this is a period trigger).
     *
     * - Cardinality 0..1
     * - FHIR path `TriggerDefinition.eventTiming[x]`
     * - Type Timing | Reference | date | dateTime
     */
    eventTimingDate?: string;
    /** Extensions and id for `eventTimingDate` (FHIR JSON primitive extension, see TriggerDefinition.eventTiming[x]). */
    _eventTimingDate?: Element;
    /**
     * Timing of the event
     *
     * The timing of the event (if this is a period trigger).
     *
     * - Cardinality 0..1
     * - FHIR path `TriggerDefinition.eventTiming[x]`
     * - Type Timing | Reference | date | dateTime
     */
    eventTimingDateTime?: string;
    /** Extensions and id for `eventTimingDateTime` (FHIR JSON primitive extension, see TriggerDefinition.eventTiming[x]). */
    _eventTimingDateTime?: Element;
    /**
     * Triggering data of the event
     *
     * The triggering data of the event (if this is a data trigger).
     *
     * - Cardinality 0..1
     * - FHIR path `TriggerDefinition.eventData`
     * - Type DataRequirement
     */
    eventData?: DataRequirement;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkTriggerDefinition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against TriggerDefinition (http://hl7.org/fhir/StructureDefinition/TriggerDefinition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateTriggerDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateTriggerDefinition} with the same options reports no error or fatal issue: TriggerDefinition (http://hl7.org/fhir/StructureDefinition/TriggerDefinition). */
export declare function isTriggerDefinition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is TriggerDefinition;
