import { type Coding } from './Coding.js';
import { type ContactPoint } from './ContactPoint.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Subscription
 *
 * Base StructureDefinition for Subscription Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Subscription
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Subscription {
    /** The FHIR resource type. */
    resourceType: 'Subscription';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Subscription.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Subscription.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Subscription.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Subscription.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Subscription.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Subscription.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * requested | active | error | off
     *
     * The status of the subscription, which marks the server state for managing the subscription.
     *
     * - Cardinality 1..1
     * - FHIR path `Subscription.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/subscription-status (4 codes: requested, active, error, off)
     */
    status: 'active' | 'error' | 'off' | 'requested';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Subscription.status). */
    _status?: Element;
    /**
     * Contact details for source (e.g. troubleshooting)
     *
     * Contact details for a human to contact about the subscription. The primary use of this for system administrator troubleshooting.
     *
     * - Cardinality 0..*
     * - FHIR path `Subscription.contact`
     * - Type ContactPoint
     */
    contact?: ContactPoint[];
    /**
     * When to automatically delete the subscription
     *
     * The time for the server to turn the subscription off.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.end`
     * - Type instant
     */
    end?: string;
    /** Extensions and id for `end` (FHIR JSON primitive extension, see Subscription.end). */
    _end?: Element;
    /**
     * Description of why this subscription was created
     *
     * A description of why this subscription is defined.
     *
     * - Cardinality 1..1
     * - FHIR path `Subscription.reason`
     * - Type string
     */
    reason: string;
    /** Extensions and id for `reason` (FHIR JSON primitive extension, see Subscription.reason). */
    _reason?: Element;
    /**
     * Rule for server push criteria
     *
     * The rules that the server should use to determine when to generate notifications for this subscription.
     *
     * - Cardinality 1..1
     * - FHIR path `Subscription.criteria`
     * - Type string
     */
    criteria: string;
    /** Extensions and id for `criteria` (FHIR JSON primitive extension, see Subscription.criteria). */
    _criteria?: Element;
    /**
     * Latest error note
     *
     * A record of the last error that occurred when the server processed a notification.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.error`
     * - Type string
     */
    error?: string;
    /** Extensions and id for `error` (FHIR JSON primitive extension, see Subscription.error). */
    _error?: Element;
    /**
     * The channel on which to report matches to the criteria
     *
     * Details where to send notifications when resources are received that meet the criteria.
     *
     * - Cardinality 1..1
     * - FHIR path `Subscription.channel`
     * - Type BackboneElement
     */
    channel: SubscriptionChannel;
    /**
     * A tag to add to matching resources
     *
     * A tag to add to any resource that matches the criteria, after the subscription is processed.
     *
     * - Cardinality 0..*
     * - FHIR path `Subscription.tag`
     * - Type Coding
     * - Binding example to http://hl7.org/fhir/ValueSet/subscription-tag (codes not enumerable here: example binding: not checked)
     */
    tag?: Coding[];
}
/**
 * The channel on which to report matches to the criteria
 *
 * Details where to send notifications when resources are received that meet the criteria.
 *
 * - Cardinality 1..1
 * - FHIR path `Subscription.channel`
 * - Type BackboneElement
 */
export interface SubscriptionChannel {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.channel.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Subscription.channel.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Subscription.channel.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Subscription.channel.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * rest-hook | websocket | email | sms | message
     *
     * The type of channel to send notifications on.
     *
     * - Cardinality 1..1
     * - FHIR path `Subscription.channel.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/subscription-channel-type (5 codes: rest-hook, websocket, email, sms, message)
     */
    type: 'email' | 'message' | 'rest-hook' | 'sms' | 'websocket';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Subscription.channel.type). */
    _type?: Element;
    /**
     * Where the channel points to
     *
     * The uri that describes the actual end-point to send messages to.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.channel.endpoint`
     * - Type uri
     */
    endpoint?: string;
    /** Extensions and id for `endpoint` (FHIR JSON primitive extension, see Subscription.channel.endpoint). */
    _endpoint?: Element;
    /**
     * Mimetype to send, or omit for no payload
     *
     * The mime type to send the payload in - either application/fhir+xml, or application/fhir+json. If the payload is not present, then there is no payload in the notification, just a notification.
     *
     * - Cardinality 0..1
     * - FHIR path `Subscription.channel.payload`
     * - Type string
     */
    payload?: string;
    /** Extensions and id for `payload` (FHIR JSON primitive extension, see Subscription.channel.payload). */
    _payload?: Element;
    /**
     * Usage depends on the channel type
     *
     * Additional headers / information to send as part of the notification.
     *
     * - Cardinality 0..*
     * - FHIR path `Subscription.channel.header`
     * - Type string
     */
    header?: string[];
    /** Extensions and id for `header` (FHIR JSON primitive extension, see Subscription.channel.header). */
    _header?: (Element | null)[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSubscription(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSubscriptionChannel(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Subscription (http://hl7.org/fhir/StructureDefinition/Subscription).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSubscription(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSubscription} with the same options reports no error or fatal issue: Subscription (http://hl7.org/fhir/StructureDefinition/Subscription). */
export declare function isSubscription(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Subscription;
/** Input of {@link buildSubscription}: a {@link Subscription} without what the builder fills in. */
export type SubscriptionInput = BuilderInput<Subscription, 'resourceType'>;
/**
 * Builds a {@link Subscription} (Subscription, http://hl7.org/fhir/StructureDefinition/Subscription).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Subscription"
 *
 * The result is checked with {@link validateSubscription}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSubscription(input: SubscriptionInput): Subscription;
