import { type CodeableConcept } from './CodeableConcept.js';
import { type Duration } from './Duration.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Period } from './Period.js';
import { type Range } from './Range.js';
/**
 * Timing
 *
 * Base StructureDefinition for Timing Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Timing
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Timing {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Timing.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Timing.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * When the event occurs
     *
     * Identifies specific times when the event occurs.
     *
     * - Cardinality 0..*
     * - FHIR path `Timing.event`
     * - Type dateTime
     */
    event?: string[];
    /** Extensions and id for `event` (FHIR JSON primitive extension, see Timing.event). */
    _event?: (Element | null)[];
    /**
     * When the event is to occur
     *
     * A set of rules that describe when the event is scheduled.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat`
     * - Type Element
     */
    repeat?: TimingRepeat;
    /**
     * BID | TID | QID | AM | PM | QD | QOD | Q4H | Q6H +
     *
     * A code for the timing schedule. Some codes such as BID are ubiquitous, but many institutions define their own additional codes. If a code is provided, the code is understood to be a complete statement of whatever is specified in the structured timing data, and either the code or the data may be used to interpret the Timing, with the exception that .repeat.bounds still applies over the code (and is not contained in the code).
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.code`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/timing-abbreviation (9 codes: BID, TID, QID, AM, PM, QD, QOD, Q4H, Q6H)
     */
    code?: CodeableConcept;
}
/**
 * When the event is to occur
 *
 * A set of rules that describe when the event is scheduled.
 *
 * - Cardinality 0..1
 * - FHIR path `Timing.repeat`
 * - Type Element
 */
export interface TimingRepeat {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Timing.repeat.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Timing.repeat.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Length/Range of lengths, or (Start and/or end) limits
     *
     * Either a duration for the length of the timing schedule, a range of possible length, or outer bounds for start and/or end limits of the timing schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.bounds[x]`
     * - Type Duration | Range | Period
     */
    boundsDuration?: Duration;
    /**
     * Length/Range of lengths, or (Start and/or end) limits
     *
     * Either a duration for the length of the timing schedule, a range of possible length, or outer bounds for start and/or end limits of the timing schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.bounds[x]`
     * - Type Duration | Range | Period
     */
    boundsRange?: Range;
    /**
     * Length/Range of lengths, or (Start and/or end) limits
     *
     * Either a duration for the length of the timing schedule, a range of possible length, or outer bounds for start and/or end limits of the timing schedule.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.bounds[x]`
     * - Type Duration | Range | Period
     */
    boundsPeriod?: Period;
    /**
     * Number of times to repeat
     *
     * A total count of the desired number of repetitions.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.count`
     * - Type integer
     */
    count?: number;
    /** Extensions and id for `count` (FHIR JSON primitive extension, see Timing.repeat.count). */
    _count?: Element;
    /**
     * Maximum number of times to repeat
     *
     * A maximum value for the count of the desired repetitions (e.g. do something 6-8 times).
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.countMax`
     * - Type integer
     */
    countMax?: number;
    /** Extensions and id for `countMax` (FHIR JSON primitive extension, see Timing.repeat.countMax). */
    _countMax?: Element;
    /**
     * How long when it happens
     *
     * How long this thing happens for when it happens.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.duration`
     * - Type decimal
     */
    duration?: number;
    /** Extensions and id for `duration` (FHIR JSON primitive extension, see Timing.repeat.duration). */
    _duration?: Element;
    /**
     * How long when it happens (Max)
     *
     * The upper limit of how long this thing happens for when it happens.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.durationMax`
     * - Type decimal
     */
    durationMax?: number;
    /** Extensions and id for `durationMax` (FHIR JSON primitive extension, see Timing.repeat.durationMax). */
    _durationMax?: Element;
    /**
     * s | min | h | d | wk | mo | a - unit of time (UCUM)
     *
     * The units of time for the duration, in UCUM units.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.durationUnit`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/units-of-time (7 codes: s, min, h, d, wk, mo, a)
     */
    durationUnit?: 'a' | 'd' | 'h' | 'min' | 'mo' | 's' | 'wk';
    /** Extensions and id for `durationUnit` (FHIR JSON primitive extension, see Timing.repeat.durationUnit). */
    _durationUnit?: Element;
    /**
     * Event occurs frequency times per period
     *
     * The number of times to repeat the action within the specified period / period range (i.e. both period and periodMax provided).
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.frequency`
     * - Type integer
     */
    frequency?: number;
    /** Extensions and id for `frequency` (FHIR JSON primitive extension, see Timing.repeat.frequency). */
    _frequency?: Element;
    /**
     * Event occurs up to frequencyMax times per period
     *
     * If present, indicates that the frequency is a range - so to repeat between [frequency] and [frequencyMax] times within the period or period range.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.frequencyMax`
     * - Type integer
     */
    frequencyMax?: number;
    /** Extensions and id for `frequencyMax` (FHIR JSON primitive extension, see Timing.repeat.frequencyMax). */
    _frequencyMax?: Element;
    /**
     * Event occurs frequency times per period
     *
     * Indicates the duration of time over which repetitions are to occur; e.g. to express "3 times per day", 3 would be the frequency and "1 day" would be the period.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.period`
     * - Type decimal
     */
    period?: number;
    /** Extensions and id for `period` (FHIR JSON primitive extension, see Timing.repeat.period). */
    _period?: Element;
    /**
     * Upper limit of period (3-4 hours)
     *
     * If present, indicates that the period is a range from [period] to [periodMax], allowing expressing concepts such as "do this once every 3-5 days.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.periodMax`
     * - Type decimal
     */
    periodMax?: number;
    /** Extensions and id for `periodMax` (FHIR JSON primitive extension, see Timing.repeat.periodMax). */
    _periodMax?: Element;
    /**
     * s | min | h | d | wk | mo | a - unit of time (UCUM)
     *
     * The units of time for the period in UCUM units.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.periodUnit`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/units-of-time (7 codes: s, min, h, d, wk, mo, a)
     */
    periodUnit?: 'a' | 'd' | 'h' | 'min' | 'mo' | 's' | 'wk';
    /** Extensions and id for `periodUnit` (FHIR JSON primitive extension, see Timing.repeat.periodUnit). */
    _periodUnit?: Element;
    /**
     * mon | tue | wed | thu | fri | sat | sun
     *
     * If one or more days of week is provided, then the action happens only on the specified day(s).
     *
     * - Cardinality 0..*
     * - FHIR path `Timing.repeat.dayOfWeek`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/days-of-week (7 codes: mon, tue, wed, thu, fri, sat, sun)
     */
    dayOfWeek?: ('fri' | 'mon' | 'sat' | 'sun' | 'thu' | 'tue' | 'wed')[];
    /** Extensions and id for `dayOfWeek` (FHIR JSON primitive extension, see Timing.repeat.dayOfWeek). */
    _dayOfWeek?: (Element | null)[];
    /**
     * Time of day for action
     *
     * Specified time of day for action to take place.
     *
     * - Cardinality 0..*
     * - FHIR path `Timing.repeat.timeOfDay`
     * - Type time
     */
    timeOfDay?: string[];
    /** Extensions and id for `timeOfDay` (FHIR JSON primitive extension, see Timing.repeat.timeOfDay). */
    _timeOfDay?: (Element | null)[];
    /**
     * Regular life events the event is tied to
     *
     * Real world events that the occurrence of the event should be tied to.
     *
     * - Cardinality 0..*
     * - FHIR path `Timing.repeat.when`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/event-timing (19 codes: MORN, AFT, EVE, NIGHT, PHS, HS, WAKE, C, CM, CD, CV, AC, ...)
     */
    when?: ('AC' | 'ACD' | 'ACM' | 'ACV' | 'AFT' | 'C' | 'CD' | 'CM' | 'CV' | 'EVE' | 'HS' | 'MORN' | 'NIGHT' | 'PC' | 'PCD' | 'PCM' | 'PCV' | 'PHS' | 'WAKE')[];
    /** Extensions and id for `when` (FHIR JSON primitive extension, see Timing.repeat.when). */
    _when?: (Element | null)[];
    /**
     * Minutes from event (before or after)
     *
     * The number of minutes from the event. If the event code does not indicate whether the minutes is before or after the event, then the offset is assumed to be after the event.
     *
     * - Cardinality 0..1
     * - FHIR path `Timing.repeat.offset`
     * - Type unsignedInt
     */
    offset?: number;
    /** Extensions and id for `offset` (FHIR JSON primitive extension, see Timing.repeat.offset). */
    _offset?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkTiming(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkTimingRepeat(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Timing (http://hl7.org/fhir/StructureDefinition/Timing).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateTiming(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateTiming} with the same options reports no error or fatal issue: Timing (http://hl7.org/fhir/StructureDefinition/Timing). */
export declare function isTiming(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Timing;
