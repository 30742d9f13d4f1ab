import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * ResearchSubject
 *
 * Base StructureDefinition for ResearchSubject Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/ResearchSubject
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface ResearchSubject {
    /** The FHIR resource type. */
    resourceType: 'ResearchSubject';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see ResearchSubject.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see ResearchSubject.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see ResearchSubject.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchSubject.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchSubject.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `ResearchSubject.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Business Identifier for research subject
     *
     * Identifiers assigned to this research study by the sponsor or other systems.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * candidate | enrolled | active | suspended | withdrawn | completed
     *
     * The current state of the subject.
     *
     * - Cardinality 1..1
     * - FHIR path `ResearchSubject.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/research-subject-status (6 codes: candidate, enrolled, active, suspended, withdrawn, completed)
     */
    status: 'active' | 'candidate' | 'completed' | 'enrolled' | 'suspended' | 'withdrawn';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see ResearchSubject.status). */
    _status?: Element;
    /**
     * Start and end of participation
     *
     * The dates the subject began and ended their participation in the study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.period`
     * - Type Period
     */
    period?: Period;
    /**
     * Study subject is part of
     *
     * Reference to the study the subject is participating in.
     *
     * - Cardinality 1..1
     * - FHIR path `ResearchSubject.study`
     * - Type Reference
     */
    study: Reference<'ResearchStudy'>;
    /**
     * Who is part of study
     *
     * The record of the person or animal who is involved in the study.
     *
     * - Cardinality 1..1
     * - FHIR path `ResearchSubject.individual`
     * - Type Reference
     */
    individual: Reference<'Patient'>;
    /**
     * What path should be followed
     *
     * The name of the arm in the study the subject is expected to follow as part of this study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.assignedArm`
     * - Type string
     */
    assignedArm?: string;
    /** Extensions and id for `assignedArm` (FHIR JSON primitive extension, see ResearchSubject.assignedArm). */
    _assignedArm?: Element;
    /**
     * What path was followed
     *
     * The name of the arm in the study the subject actually followed as part of this study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.actualArm`
     * - Type string
     */
    actualArm?: string;
    /** Extensions and id for `actualArm` (FHIR JSON primitive extension, see ResearchSubject.actualArm). */
    _actualArm?: Element;
    /**
     * Agreement to participate in study
     *
     * A record of the patient's informed agreement to participate in the study.
     *
     * - Cardinality 0..1
     * - FHIR path `ResearchSubject.consent`
     * - Type Reference
     */
    consent?: Reference<'Consent'>;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkResearchSubject(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against ResearchSubject (http://hl7.org/fhir/StructureDefinition/ResearchSubject).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateResearchSubject(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateResearchSubject} with the same options reports no error or fatal issue: ResearchSubject (http://hl7.org/fhir/StructureDefinition/ResearchSubject). */
export declare function isResearchSubject(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ResearchSubject;
/** Input of {@link buildResearchSubject}: a {@link ResearchSubject} without what the builder fills in. */
export type ResearchSubjectInput = BuilderInput<ResearchSubject, 'resourceType'>;
/**
 * Builds a {@link ResearchSubject} (ResearchSubject, http://hl7.org/fhir/StructureDefinition/ResearchSubject).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "ResearchSubject"
 *
 * The result is checked with {@link validateResearchSubject}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildResearchSubject(input: ResearchSubjectInput): ResearchSubject;
