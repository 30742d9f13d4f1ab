import { type Annotation } from './Annotation.js';
import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Item } from './Item.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type ProcedureRequestRequester } from './ProcedureRequest.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
import { type Timing } from './Timing.js';
/**
 * ProcedureRequest-Genetics
 *
 * Describes how the ProcedureRequest resource is used to for genetics
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of ProcedureRequest
 */
export interface ProcedureRequestGenetics {
    /** The FHIR resource type. */
    resourceType: 'ProcedureRequest';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ProcedureRequest.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ProcedureRequest.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ProcedureRequest.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Extension
     *
     * An Extension
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.extension`
     * - Type Extension
     */
    extension?: (Item | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifiers assigned to this order
     *
     * Identifiers assigned to this order instance by the orderer and/or the receiver and/or order fulfiller.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Protocol or definition
     *
     * Protocol or definition followed by this request.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'PlanDefinition'>[];
    /**
     * What request fulfills
     *
     * Plan/proposal/order fulfilled by this request.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.basedOn`
     * - Type Reference
     */
    basedOn?: Reference[];
    /**
     * What request replaces
     *
     * The request takes the place of the referenced completed or terminated request(s).
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.replaces`
     * - Type Reference
     */
    replaces?: Reference[];
    /**
     * Composite Request ID
     *
     * A shared identifier common to all procedure or diagnostic requests that were authorized more or less simultaneously by a single author, representing the composite or group identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.requisition`
     * - Type Identifier
     */
    requisition?: Identifier;
    /**
     * draft | active | suspended | completed | entered-in-error | cancelled
     *
     * The status of the order.
     *
     * - Cardinality 1..1
     * - FHIR path `ProcedureRequest.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-status (7 codes: draft, active, suspended, cancelled, completed, entered-in-error, unknown)
     */
    status: 'active' | 'cancelled' | 'completed' | 'draft' | 'entered-in-error' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ProcedureRequest.status). */
    _status?: Element;
    /**
     * proposal | plan | order +
     *
     * Whether the request is a proposal, plan, an original order or a reflex order.
     *
     * - Cardinality 1..1
     * - FHIR path `ProcedureRequest.intent`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-intent (8 codes: proposal, plan, order, original-order, reflex-order, filler-order, instance-order, option)
     */
    intent: 'filler-order' | 'instance-order' | 'option' | 'order' | 'original-order' | 'plan' | 'proposal' | 'reflex-order';
    /** Extensions and id for `intent` (FHIR JSON primitive extension, see ProcedureRequest.intent). */
    _intent?: Element;
    /**
     * routine | urgent | asap | stat
     *
     * Indicates how quickly the ProcedureRequest should be addressed with respect to other requests.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.priority`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/request-priority (4 codes: routine, urgent, asap, stat)
     */
    priority?: 'asap' | 'routine' | 'stat' | 'urgent';
    /** Extensions and id for `priority` (FHIR JSON primitive extension, see ProcedureRequest.priority). */
    _priority?: Element;
    /**
     * True if procedure should not be performed
     *
     * Set this to true if the record is saying that the procedure should NOT be performed.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.doNotPerform`
     * - Type boolean
     */
    doNotPerform?: boolean;
    /** Extensions and id for `doNotPerform` (FHIR JSON primitive extension, see ProcedureRequest.doNotPerform). */
    _doNotPerform?: Element;
    /**
     * Classification of procedure
     *
     * A code that classifies the procedure for searching, sorting and display purposes (e.g. "Surgical Procedure").
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept[];
    /**
     * What is being requested/ordered
     *
     * A code that identifies a particular procedure, diagnostic investigation, or panel of investigations, that have been requested.
     *
     * - Cardinality 1..1
     * - FHIR path `ProcedureRequest.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-code (codes not enumerable here: example binding: not checked)
     */
    code: CodeableConcept;
    /**
     * Individual the service is ordered for
     *
     * On whom or what the procedure or diagnostic is to be performed. This is usually a human patient, but can also be requested on animals, groups of humans or animals, devices such as dialysis machines, or even locations (typically for environmental scans).
     *
     * - Cardinality 1..1
     * - FHIR path `ProcedureRequest.subject`
     * - Type Reference
     */
    subject: Reference<'Device' | 'Group' | 'Location' | 'Patient'>;
    /**
     * Encounter or Episode during which request was created
     *
     * An encounter or episode of care that provides additional information about the healthcare context in which this request is made.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * When procedure should occur
     *
     * The date/time at which the diagnostic testing should occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceDateTime?: string;
    /** Extensions and id for `occurrenceDateTime` (FHIR JSON primitive extension, see ProcedureRequest.occurrence[x]). */
    _occurrenceDateTime?: Element;
    /**
     * When procedure should occur
     *
     * The date/time at which the diagnostic testing should occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrencePeriod?: Period;
    /**
     * When procedure should occur
     *
     * The date/time at which the diagnostic testing should occur.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.occurrence[x]`
     * - Type dateTime | Period | Timing
     */
    occurrenceTiming?: Timing;
    /**
     * Preconditions for procedure or diagnostic
     *
     * If a CodeableConcept is present, it indicates the pre-condition for performing the procedure.  For example "pain", "on flare-up", etc.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.asNeeded[x]`
     * - Type boolean | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-as-needed-reason (codes not enumerable here: example binding: not checked)
     */
    asNeededBoolean?: boolean;
    /** Extensions and id for `asNeededBoolean` (FHIR JSON primitive extension, see ProcedureRequest.asNeeded[x]). */
    _asNeededBoolean?: Element;
    /**
     * Preconditions for procedure or diagnostic
     *
     * If a CodeableConcept is present, it indicates the pre-condition for performing the procedure.  For example "pain", "on flare-up", etc.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.asNeeded[x]`
     * - Type boolean | CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/medication-as-needed-reason (codes not enumerable here: example binding: not checked)
     */
    asNeededCodeableConcept?: CodeableConcept;
    /**
     * Date request signed
     *
     * When the request transitioned to being actionable.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.authoredOn`
     * - Type dateTime
     */
    authoredOn?: string;
    /** Extensions and id for `authoredOn` (FHIR JSON primitive extension, see ProcedureRequest.authoredOn). */
    _authoredOn?: Element;
    /**
     * Who/what is requesting procedure or diagnostic
     *
     * The individual who initiated the request and has responsibility for its activation.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.requester`
     * - Type BackboneElement
     */
    requester?: ProcedureRequestRequester;
    /**
     * Performer role
     *
     * Desired type of performer for doing the diagnostic testing.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.performerType`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/participant-role (codes not enumerable here: example binding: not checked)
     */
    performerType?: CodeableConcept;
    /**
     * Requested perfomer
     *
     * The desired perfomer for doing the diagnostic testing.  For example, the surgeon, dermatopathologist, endoscopist, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `ProcedureRequest.performer`
     * - Type Reference
     */
    performer?: Reference<'Device' | 'HealthcareService' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Explanation/Justification for test
     *
     * An explanation or justification for why this diagnostic investigation is being requested in coded or textual form.   This is often for billing purposes.  May relate to the resources referred to in supportingInformation.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-reason (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Explanation/Justification for test
     *
     * Indicates another resource that provides a justification for why this diagnostic investigation is being requested.   May relate to the resources referred to in supportingInformation.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * Additional clinical information
     *
     * Additional clinical information about the patient or specimen that may influence the procedure or diagnostics or their interpretations.     This information includes diagnosis, clinical findings and other observations.  In laboratory ordering these are typically referred to as "ask at order entry questions (AOEs)".  This includes observations explicitly requested by the producer (filler) to provide context or supporting information needed to complete the order. For example,  reporting the amount of inspired oxygen for blood gas measurements.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.supportingInfo`
     * - Type Reference
     */
    supportingInfo?: Reference[];
    /**
     * Procedure Samples
     *
     * One or more specimens that the laboratory procedure will use.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.specimen`
     * - Type Reference
     */
    specimen?: Reference<'Specimen'>[];
    /**
     * Location on Body
     *
     * Anatomic location where the procedure should be performed. This is the target site.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CodeableConcept[];
    /**
     * Comments
     *
     * Any other notes and comments made about the service request. For example, letting provider know that "patient hates needles" or other provider instructions.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.note`
     * - Type Annotation
     */
    note?: Annotation[];
    /**
     * Request provenance
     *
     * Key events in the history of the request.
     *
     * - Cardinality 0..*
     * - FHIR path `ProcedureRequest.relevantHistory`
     * - Type Reference
     */
    relevantHistory?: Reference<'Provenance'>[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkProcedureRequestGenetics(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ProcedureRequest-Genetics (http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateProcedureRequestGenetics(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateProcedureRequestGenetics} with the same options reports no error or fatal issue: ProcedureRequest-Genetics (http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics). */
export declare function isProcedureRequestGenetics(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ProcedureRequestGenetics;
/** Input of {@link buildProcedureRequestGenetics}: a {@link ProcedureRequestGenetics} without what the builder fills in. */
export type ProcedureRequestGeneticsInput = BuilderInput<ProcedureRequestGenetics, 'resourceType', {
    meta?: ProfiledMetaInput<ProcedureRequestGenetics['meta']>;
}>;
/**
 * Builds a {@link ProcedureRequestGenetics} (ProcedureRequest-Genetics, http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ProcedureRequest"
 * - `meta.profile`: adds http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics
 *
 * The result is checked with {@link validateProcedureRequestGenetics}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildProcedureRequestGenetics(input: ProcedureRequestGeneticsInput): ProcedureRequestGenetics;
