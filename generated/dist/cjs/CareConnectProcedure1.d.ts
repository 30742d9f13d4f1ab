import { type CodeableConcept } from './CodeableConcept.js';
import { type Coding } from './Coding.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type ExtensionCareConnectAnaestheticIssues1 } from './ExtensionCareConnectAnaestheticIssues1.js';
import { type ExtensionCodingSctdescid } from './ExtensionCodingSctdescid.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import type { ProcedureFocalDevice } from './Procedure.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * CareConnect-Procedure-1
 *
 * An action that is or was performed on a patient.
 *
 * - Canonical URL: https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir.careconnect-base#1.5.0
 * - Profile of Procedure
 */
export interface CareConnectProcedure1 {
    /** The FHIR resource type. */
    resourceType: 'Procedure';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Procedure.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Procedure.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.extension`
     * - Type Extension
     */
    extension?: (ExtensionCareConnectAnaestheticIssues1 | Extension)[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * External Identifiers for this procedure
     *
     * This records identifiers associated with this procedure that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.identifier`
     * - Type Identifier
     */
    identifier?: CareConnectProcedure1Identifier[];
    /**
     * Instantiates protocol or definition
     *
     * A protocol, guideline, orderset or other definition that was adhered to in whole or in part by this procedure.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.definition`
     * - Type Reference
     */
    definition?: Reference<'ActivityDefinition' | 'HealthcareService' | 'PlanDefinition'>[];
    /**
     * A request for this procedure
     *
     * A reference to a resource that contains details of the request for this procedure.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.basedOn`
     * - Type Reference
     */
    basedOn?: Reference<'CarePlan' | 'ProcedureRequest' | 'ReferralRequest'>[];
    /**
     * Part of referenced event
     *
     * A larger event of which this particular procedure is a component or step.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.partOf`
     * - Type Reference
     */
    partOf?: Reference<'MedicationAdministration' | 'Observation' | 'Procedure'>[];
    /**
     * preparation | in-progress | suspended | aborted | completed | entered-in-error | unknown
     *
     * A code specifying the state of the procedure. Generally this will be in-progress or completed state.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/event-status (7 codes: preparation, in-progress, suspended, aborted, completed, entered-in-error, unknown)
     */
    status: 'aborted' | 'completed' | 'entered-in-error' | 'in-progress' | 'preparation' | 'suspended' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Procedure.status). */
    _status?: Element;
    /**
     * True if procedure was not performed as scheduled
     *
     * Set this to true if the record is saying that the procedure was NOT performed.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.notDone`
     * - Type boolean
     */
    notDone?: boolean;
    /** Extensions and id for `notDone` (FHIR JSON primitive extension, see Procedure.notDone). */
    _notDone?: Element;
    /**
     * Reason procedure was not performed
     *
     * A code indicating why the procedure was not performed.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.notDoneReason`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-not-performed-reason (codes not enumerable here: example binding: not checked)
     */
    notDoneReason?: CodeableConcept;
    /**
     * Classification of the procedure
     *
     * A code that classifies the procedure for searching, sorting and display purposes (e.g. "Surgical Procedure").
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.category`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-category (codes not enumerable here: example binding: not checked)
     */
    category?: CodeableConcept;
    /**
     * Identification of the procedure
     *
     * The specific procedure that is performed. Use text if the exact nature of the procedure cannot be coded (e.g. "Laparoscopic Appendectomy").
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.code`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/procedure-code (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    code?: CareConnectProcedure1Code;
    /**
     * Who the procedure was performed on
     *
     * The person, animal or group on which the procedure was performed.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.subject`
     * - Type Reference
     */
    subject: Reference<'Group' | 'Patient'>;
    /**
     * Encounter or episode associated with the procedure
     *
     * The encounter during which the procedure was performed.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.context`
     * - Type Reference
     */
    context?: Reference<'Encounter' | 'EpisodeOfCare'>;
    /**
     * Date/Period the procedure was performed
     *
     * The date(time)/period over which the procedure was performed. Allows a period to support complex procedures that span more than one date, and also allows for the length of the procedure to be captured.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.performed[x]`
     * - Type dateTime | Period
     */
    performedDateTime?: string;
    /** Extensions and id for `performedDateTime` (FHIR JSON primitive extension, see Procedure.performed[x]). */
    _performedDateTime?: Element;
    /**
     * Date/Period the procedure was performed
     *
     * The date(time)/period over which the procedure was performed. Allows a period to support complex procedures that span more than one date, and also allows for the length of the procedure to be captured.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.performed[x]`
     * - Type dateTime | Period
     */
    performedPeriod?: Period;
    /**
     * The people who performed the procedure
     *
     * Limited to 'real' people rather than equipment.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.performer`
     * - Type BackboneElement
     */
    performer?: CareConnectProcedure1Performer[];
    /**
     * Where the procedure happened
     *
     * The location where the procedure actually happened.  E.g. a newborn at home, a tracheostomy at a restaurant.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.location`
     * - Type Reference
     */
    location?: Reference<'Location'>;
    /**
     * Coded reason procedure performed
     *
     * The coded reason why the procedure was performed. This may be coded entity of some type, or may simply be present as text.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.reasonCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-reason (codes not enumerable here: example binding: not checked)
     */
    reasonCode?: CodeableConcept[];
    /**
     * Condition that is the reason the procedure performed
     *
     * The condition that is the reason why the procedure was performed.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.reasonReference`
     * - Type Reference
     */
    reasonReference?: Reference<'Condition' | 'Observation'>[];
    /**
     * Target body sites
     *
     * Detailed and structured anatomical location information. Multiple locations are allowed - e.g. multiple punch biopsies of a lesion.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.bodySite`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
     */
    bodySite?: CareConnectProcedure1BodySite[];
    /**
     * The result of procedure
     *
     * The outcome of the procedure - did it resolve reasons for the procedure being performed?
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.outcome`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-outcome (codes not enumerable here: example binding: not checked)
     */
    outcome?: CodeableConcept;
    /**
     * Any report resulting from the procedure
     *
     * This could be a histology result, pathology report, surgical report, etc..
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.report`
     * - Type Reference
     */
    report?: Reference<'DiagnosticReport'>[];
    /**
     * Complication following the procedure
     *
     * Any complications that occurred during the procedure, or in the immediate post-performance period. These are generally tracked separately from the notes, which will typically describe the procedure itself rather than any 'post procedure' issues.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.complication`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
     */
    complication?: CareConnectProcedure1Complication[];
    /**
     * A condition that is a result of the procedure
     *
     * Any complications that occurred during the procedure, or in the immediate post-performance period.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.complicationDetail`
     * - Type Reference
     */
    complicationDetail?: Reference<'Condition'>[];
    /**
     * Instructions for follow up
     *
     * If the procedure required specific follow up - e.g. removal of sutures. The followup may be represented as a simple note, or could potentially be more complex in which case the CarePlan resource can be used.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.followUp`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/procedure-followup (codes not enumerable here: example binding: not checked)
     */
    followUp?: CodeableConcept[];
    /**
     * Additional information about the procedure
     *
     * Any other notes about the procedure.  E.g. the operative notes.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.note`
     * - Type Annotation
     */
    note?: CareConnectProcedure1Note[];
    /**
     * Device changed in procedure
     *
     * A device that is implanted, removed or otherwise manipulated (calibration, battery replacement, fitting a prosthesis, attaching a wound-vac, etc.) as a focal portion of the Procedure.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.focalDevice`
     * - Type BackboneElement
     */
    focalDevice?: ProcedureFocalDevice[];
    /**
     * Items used during procedure
     *
     * Identifies medications, devices and any other substance used as part of the procedure.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.usedReference`
     * - Type Reference
     */
    usedReference?: Reference<'Device' | 'Medication' | 'Substance'>[];
    /**
     * Coded items used during the procedure
     *
     * Identifies coded items that were used as part of the procedure.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.usedCode`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/device-kind (codes not enumerable here: example binding: not checked)
     */
    usedCode?: CodeableConcept[];
}
/**
 * External Identifiers for this procedure
 *
 * This records identifiers associated with this procedure that are defined by business processes and/or used to refer to it when a direct URL reference to the resource itself is not appropriate (e.g. in CDA documents, or in written / printed documentation).
 *
 * - Cardinality 0..*
 * - FHIR path `Procedure.identifier`
 * - Type Identifier
 */
export interface CareConnectProcedure1Identifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.identifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.identifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.identifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * usual | official | temp | secondary (If known)
     *
     * The purpose of this identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.identifier.use`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/identifier-use (4 codes: usual, official, temp, secondary)
     */
    use?: 'official' | 'secondary' | 'temp' | 'usual';
    /** Extensions and id for `use` (FHIR JSON primitive extension, see Procedure.identifier.use). */
    _use?: Element;
    /**
     * Description of identifier
     *
     * A coded type for the identifier that can be used to determine which identifier to use for a specific purpose.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.identifier.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/identifier-type (17 codes: DL, PPN, BRN, MR, MCN, EN, TAX, NIIP, PRN, MD, DR, ACSN, ...)
     */
    type?: CodeableConcept;
    /**
     * The namespace for the identifier value
     *
     * Establishes the namespace for the value - that is, a URL that describes a set values that are unique.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.identifier.system`
     * - Type uri
     */
    system: string;
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Procedure.identifier.system). */
    _system?: Element;
    /**
     * The value that is unique
     *
     * The portion of the identifier typically relevant to the user and which is unique within the context of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.identifier.value`
     * - Type string
     */
    value: string;
    /** Extensions and id for `value` (FHIR JSON primitive extension, see Procedure.identifier.value). */
    _value?: Element;
    /**
     * Time period when id is/was valid for use
     *
     * Time period during which identifier is/was valid for use.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.identifier.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Organization that issued id (may be just text)
     *
     * Organization that issued/manages the identifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.identifier.assigner`
     * - Type Reference
     */
    assigner?: Reference<'Organization'>;
}
/**
 * Identification of the procedure
 *
 * The specific procedure that is performed. Use text if the exact nature of the procedure cannot be coded (e.g. "Laparoscopic Appendectomy").
 *
 * - Cardinality 0..1
 * - FHIR path `Procedure.code`
 * - Type CodeableConcept
 * - Binding preferred to http://hl7.org/fhir/ValueSet/procedure-code (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectProcedure1Code {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.code.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.code.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.code.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.code.coding`
     * - Type Coding
     */
    coding?: (CareConnectProcedure1CodeCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.code.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Procedure.code.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Procedure.code.coding:snomedCT`
 * - Type Coding
 * - Binding extensible to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ProcedureCode-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectProcedure1CodeCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.code.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.code.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.code.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.code.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Procedure.code.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.code.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Procedure.code.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.code.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Procedure.code.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.code.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Procedure.code.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * The people who performed the procedure
 *
 * Limited to 'real' people rather than equipment.
 *
 * - Cardinality 0..*
 * - FHIR path `Procedure.performer`
 * - Type BackboneElement
 */
export interface CareConnectProcedure1Performer {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.performer.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.performer.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.performer.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.performer.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The role the actor was in
     *
     * For example: surgeon, anaethetist, endoscopist.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.performer.role`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/performer-role (codes not enumerable here: example binding: not checked)
     */
    role?: CodeableConcept;
    /**
     * The reference to the practitioner
     *
     * The practitioner who was involved in the procedure.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.performer.actor`
     * - Type Reference
     */
    actor: Reference<'Device' | 'Organization' | 'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Organization the device or practitioner was acting for
     *
     * The organization the device or practitioner was acting on behalf of.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.performer.onBehalfOf`
     * - Type Reference
     */
    onBehalfOf?: Reference<'Organization'>;
}
/**
 * Target body sites
 *
 * Detailed and structured anatomical location information. Multiple locations are allowed - e.g. multiple punch biopsies of a lesion.
 *
 * - Cardinality 0..*
 * - FHIR path `Procedure.bodySite`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/body-site (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectProcedure1BodySite {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.bodySite.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.bodySite.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.bodySite.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.bodySite.coding`
     * - Type Coding
     */
    coding?: (CareConnectProcedure1BodySiteCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.bodySite.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Procedure.bodySite.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Procedure.bodySite.coding:snomedCT`
 * - Type Coding
 * - Binding extensible to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-BodySite-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectProcedure1BodySiteCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.bodySite.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.bodySite.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.bodySite.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.bodySite.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Procedure.bodySite.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.bodySite.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Procedure.bodySite.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.bodySite.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Procedure.bodySite.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.bodySite.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Procedure.bodySite.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Complication following the procedure
 *
 * Any complications that occurred during the procedure, or in the immediate post-performance period. These are generally tracked separately from the notes, which will typically describe the procedure itself rather than any 'post procedure' issues.
 *
 * - Cardinality 0..*
 * - FHIR path `Procedure.complication`
 * - Type CodeableConcept
 * - Binding example to http://hl7.org/fhir/ValueSet/condition-code (codes not enumerable here: example binding: not checked)
 */
export interface CareConnectProcedure1Complication {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.complication.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.complication.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.complication.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Code defined by a terminology system
     *
     * A reference to a code defined by a terminology system.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.complication.coding`
     * - Type Coding
     */
    coding?: (CareConnectProcedure1ComplicationCodingSnomedCT | Coding)[];
    /**
     * Plain text representation of the concept
     *
     * A human language representation of the concept as seen/selected/uttered by the user who entered the data and/or which represents the intended meaning of the user.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.complication.text`
     * - Type string
     */
    text?: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Procedure.complication.text). */
    _text?: Element;
}
/**
 * Code defined by a terminology system
 *
 * A reference to a code defined by a terminology system.
 *
 * - Cardinality 0..1
 * - FHIR path `Procedure.complication.coding:snomedCT`
 * - Type Coding
 * - Binding required to https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCode-1 (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
 */
export interface CareConnectProcedure1ComplicationCodingSnomedCT {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.complication.coding:snomedCT.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.complication.coding:snomedCT.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.complication.coding:snomedCT.extension`
     * - Type Extension
     */
    extension?: (ExtensionCodingSctdescid | Extension)[];
    /**
     * Identity of the terminology system
     *
     * The identification of the code system that defines the meaning of the symbol in the code.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.complication.coding:snomedCT.system`
     * - Type uri
     * - Fixed "http://snomed.info/sct"
     */
    system: 'http://snomed.info/sct';
    /** Extensions and id for `system` (FHIR JSON primitive extension, see Procedure.complication.coding:snomedCT.system). */
    _system?: Element;
    /**
     * Symbol in syntax defined by the system
     *
     * A symbol in syntax defined by the system. The symbol may be a predefined code or an expression in a syntax defined by the coding system (e.g. post-coordination).
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.complication.coding:snomedCT.code`
     * - Type code
     */
    code: string;
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Procedure.complication.coding:snomedCT.code). */
    _code?: Element;
    /**
     * Representation defined by the system
     *
     * A representation of the meaning of the code in the system, following the rules of the system.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.complication.coding:snomedCT.display`
     * - Type string
     */
    display: string;
    /** Extensions and id for `display` (FHIR JSON primitive extension, see Procedure.complication.coding:snomedCT.display). */
    _display?: Element;
    /**
     * If this coding was chosen directly by the user
     *
     * Indicates that this coding was chosen by a user directly - i.e. off a pick list of available items (codes or displays).
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.complication.coding:snomedCT.userSelected`
     * - Type boolean
     */
    userSelected?: boolean;
    /** Extensions and id for `userSelected` (FHIR JSON primitive extension, see Procedure.complication.coding:snomedCT.userSelected). */
    _userSelected?: Element;
}
/**
 * Additional information about the procedure
 *
 * Any other notes about the procedure.  E.g. the operative notes.
 *
 * - Cardinality 0..*
 * - FHIR path `Procedure.note`
 * - Type Annotation
 */
export interface CareConnectProcedure1Note {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.note.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Procedure.note.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Procedure.note.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.note.author[x]`
     * - Type Reference | string
     */
    authorReference?: Reference<'Patient' | 'Practitioner' | 'RelatedPerson'>;
    /**
     * Individual responsible for the annotation
     *
     * The individual responsible for making the annotation.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.note.author[x]`
     * - Type Reference | string
     */
    authorString?: string;
    /** Extensions and id for `authorString` (FHIR JSON primitive extension, see Procedure.note.author[x]). */
    _authorString?: Element;
    /**
     * When the annotation was made
     *
     * Indicates when this particular annotation was made.
     *
     * - Cardinality 0..1
     * - FHIR path `Procedure.note.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see Procedure.note.time). */
    _time?: Element;
    /**
     * The annotation  - text content
     *
     * The text of the annotation.
     *
     * - Cardinality 1..1
     * - FHIR path `Procedure.note.text`
     * - Type string
     */
    text: string;
    /** Extensions and id for `text` (FHIR JSON primitive extension, see Procedure.note.text). */
    _text?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkCareConnectProcedure1(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1Identifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1Code(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1Performer(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1BodySite(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1Complication(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1Note(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1CodeCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1BodySiteCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCareConnectProcedure1ComplicationCodingSnomedCT(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against CareConnect-Procedure-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1 version 1.0.0).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateCareConnectProcedure1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateCareConnectProcedure1} with the same options reports no error or fatal issue: CareConnect-Procedure-1 (https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1 version 1.0.0). */
export declare function isCareConnectProcedure1(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is CareConnectProcedure1;
/** Input of {@link buildCareConnectProcedure1}: a {@link CareConnectProcedure1} without what the builder fills in. */
export type CareConnectProcedure1Input = BuilderInput<CareConnectProcedure1, 'resourceType', {
    meta?: ProfiledMetaInput<CareConnectProcedure1['meta']>;
}>;
/** Input of {@link CareConnectProcedure1BodySiteCodingSnomedCT} (`Procedure.bodySite.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectProcedure1BodySiteCodingSnomedCTInput = BuilderInput<CareConnectProcedure1BodySiteCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectProcedure1CodeCodingSnomedCT} (`Procedure.code.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectProcedure1CodeCodingSnomedCTInput = BuilderInput<CareConnectProcedure1CodeCodingSnomedCT, 'system'>;
/** Input of {@link CareConnectProcedure1ComplicationCodingSnomedCT} (`Procedure.complication.coding:snomedCT`): what the builder fills may be left out. */
export type CareConnectProcedure1ComplicationCodingSnomedCTInput = BuilderInput<CareConnectProcedure1ComplicationCodingSnomedCT, 'system'>;
/**
 * Builds a {@link CareConnectProcedure1} (CareConnect-Procedure-1, https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Procedure"
 * - `meta.profile`: adds https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Procedure-1
 *
 * The result is checked with {@link validateCareConnectProcedure1}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildCareConnectProcedure1(input: CareConnectProcedure1Input): CareConnectProcedure1;
/**
 * Makes a `Procedure.code.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectProcedure1CodeCodingSnomedCT(input: CareConnectProcedure1CodeCodingSnomedCTInput): CareConnectProcedure1CodeCodingSnomedCT;
/**
 * Makes a `Procedure.bodySite.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectProcedure1BodySiteCodingSnomedCT(input: CareConnectProcedure1BodySiteCodingSnomedCTInput): CareConnectProcedure1BodySiteCodingSnomedCT;
/**
 * Makes a `Procedure.complication.coding:snomedCT` item (slice `snomedCT`, 0..1).
 *
 * Fills in, when the input leaves them out:
 * - `system`: "http://snomed.info/sct"
 *
 * Not validated on its own: the builder of the resource or extension it goes into checks it.
 */
export declare function buildCareConnectProcedure1ComplicationCodingSnomedCT(input: CareConnectProcedure1ComplicationCodingSnomedCTInput): CareConnectProcedure1ComplicationCodingSnomedCT;
