import { type CodeableConcept } from './CodeableConcept.js';
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
 * Composition
 *
 * Base StructureDefinition for Composition Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Composition
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Composition {
    /** The FHIR resource type. */
    resourceType: 'Composition';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Composition.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Composition.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Composition.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical identifier of composition (version-independent)
     *
     * Logical identifier for the composition, assigned when created. This identifier stays constant as the composition is changed over time.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * preliminary | final | amended | entered-in-error
     *
     * The workflow/clinical status of this composition. The status is a marker for the clinical standing of the document.
     *
     * - Cardinality 1..1
     * - FHIR path `Composition.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/composition-status (4 codes: preliminary, final, amended, entered-in-error)
     */
    status: 'amended' | 'entered-in-error' | 'final' | 'preliminary';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Composition.status). */
    _status?: Element;
    /**
     * Kind of composition (LOINC if possible)
     *
     * Specifies the particular kind of composition (e.g. History and Physical, Discharge Summary, Progress Note). This usually equates to the purpose of making the composition.
     *
     * - Cardinality 1..1
     * - FHIR path `Composition.type`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/doc-typecodes (codes not enumerable here: a filter on http://loinc.org needs a terminology server)
     */
    type: CodeableConcept;
    /**
     * Categorization of Composition
     *
     * A categorization for the type of the composition - helps for indexing and searching. This may be implied by or derived from the code specified in the Composition Type.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.class`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/doc-classcodes (codes not enumerable here: example binding: not checked)
     */
    class?: CodeableConcept;
    /**
     * Who and/or what the composition is about
     *
     * Who or what the composition is about. The composition can be about a person, (patient or healthcare practitioner), a device (e.g. a machine) or even a group of subjects (such as a document about a herd of livestock, or a set of patients that share a common exposure).
     *
     * - Cardinality 1..1
     * - FHIR path `Composition.subject`
     * - Type Reference
     */
    subject: Reference;
    /**
     * Context of the Composition
     *
     * Describes the clinical encounter or type of care this documentation is associated with.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.encounter`
     * - Type Reference
     */
    encounter?: Reference<'Encounter'>;
    /**
     * Composition editing time
     *
     * The composition editing time, when the composition was last logically changed by the author.
     *
     * - Cardinality 1..1
     * - FHIR path `Composition.date`
     * - Type dateTime
     */
    date: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see Composition.date). */
    _date?: Element;
    /**
     * Who and/or what authored the composition
     *
     * Identifies who is responsible for the information in the composition, not necessarily who typed it in.
     *
     * - Cardinality 1..*
     * - FHIR path `Composition.author`
     * - Type Reference
     */
    author: [
        Reference<'Device' | 'Patient' | 'Practitioner' | 'RelatedPerson'>,
        ...Reference<'Device' | 'Patient' | 'Practitioner' | 'RelatedPerson'>[]
    ];
    /**
     * Human Readable name/title
     *
     * Official human-readable label for the composition.
     *
     * - Cardinality 1..1
     * - FHIR path `Composition.title`
     * - Type string
     */
    title: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see Composition.title). */
    _title?: Element;
    /**
     * As defined by affinity domain
     *
     * The code specifying the level of confidentiality of the Composition.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.confidentiality`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/v3-ConfidentialityClassification (6 codes: U, L, M, N, R, V)
     */
    confidentiality?: 'L' | 'M' | 'N' | 'R' | 'U' | 'V';
    /** Extensions and id for `confidentiality` (FHIR JSON primitive extension, see Composition.confidentiality). */
    _confidentiality?: Element;
    /**
     * Attests to accuracy of composition
     *
     * A participant who has attested to the accuracy of the composition/document.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.attester`
     * - Type BackboneElement
     */
    attester?: CompositionAttester[];
    /**
     * Organization which maintains the composition
     *
     * Identifies the organization or group who is responsible for ongoing maintenance of and access to the composition/document information.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.custodian`
     * - Type Reference
     */
    custodian?: Reference<'Organization'>;
    /**
     * Relationships to other compositions/documents
     *
     * Relationships that this composition has with other compositions or documents that already exist.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.relatesTo`
     * - Type BackboneElement
     */
    relatesTo?: CompositionRelatesTo[];
    /**
     * The clinical service(s) being documented
     *
     * The clinical service, such as a colonoscopy or an appendectomy, being documented.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.event`
     * - Type BackboneElement
     */
    event?: CompositionEvent[];
    /**
     * Composition is broken into sections
     *
     * The root of the sections that make up the composition.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.section`
     * - Type BackboneElement
     */
    section?: CompositionSection[];
}
/**
 * Attests to accuracy of composition
 *
 * A participant who has attested to the accuracy of the composition/document.
 *
 * - Cardinality 0..*
 * - FHIR path `Composition.attester`
 * - Type BackboneElement
 */
export interface CompositionAttester {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.attester.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Composition.attester.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.attester.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.attester.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * personal | professional | legal | official
     *
     * The type of attestation the authenticator offers.
     *
     * - Cardinality 1..*
     * - FHIR path `Composition.attester.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/composition-attestation-mode (4 codes: personal, professional, legal, official)
     */
    mode: ['legal' | 'official' | 'personal' | 'professional', ...('legal' | 'official' | 'personal' | 'professional')[]];
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see Composition.attester.mode). */
    _mode?: (Element | null)[];
    /**
     * When the composition was attested
     *
     * When the composition was attested by the party.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.attester.time`
     * - Type dateTime
     */
    time?: string;
    /** Extensions and id for `time` (FHIR JSON primitive extension, see Composition.attester.time). */
    _time?: Element;
    /**
     * Who attested the composition
     *
     * Who attested the composition in the specified way.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.attester.party`
     * - Type Reference
     */
    party?: Reference<'Organization' | 'Patient' | 'Practitioner'>;
}
/**
 * Relationships to other compositions/documents
 *
 * Relationships that this composition has with other compositions or documents that already exist.
 *
 * - Cardinality 0..*
 * - FHIR path `Composition.relatesTo`
 * - Type BackboneElement
 */
export interface CompositionRelatesTo {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.relatesTo.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Composition.relatesTo.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.relatesTo.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.relatesTo.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * replaces | transforms | signs | appends
     *
     * The type of relationship that this composition has with anther composition or document.
     *
     * - Cardinality 1..1
     * - FHIR path `Composition.relatesTo.code`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/document-relationship-type (4 codes: replaces, transforms, signs, appends)
     */
    code: 'appends' | 'replaces' | 'signs' | 'transforms';
    /** Extensions and id for `code` (FHIR JSON primitive extension, see Composition.relatesTo.code). */
    _code?: Element;
    /**
     * Target of the relationship
     *
     * The target composition/document of this relationship.
     *
     * - Cardinality 1..1
     * - FHIR path `Composition.relatesTo.target[x]`
     * - Type Identifier | Reference
     */
    targetIdentifier?: Identifier;
    /**
     * Target of the relationship
     *
     * The target composition/document of this relationship.
     *
     * - Cardinality 1..1
     * - FHIR path `Composition.relatesTo.target[x]`
     * - Type Identifier | Reference
     */
    targetReference?: Reference<'Composition'>;
}
/**
 * The clinical service(s) being documented
 *
 * The clinical service, such as a colonoscopy or an appendectomy, being documented.
 *
 * - Cardinality 0..*
 * - FHIR path `Composition.event`
 * - Type BackboneElement
 */
export interface CompositionEvent {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.event.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Composition.event.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.event.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.event.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Code(s) that apply to the event being documented
     *
     * This list of codes represents the main clinical acts, such as a colonoscopy or an appendectomy, being documented. In some cases, the event is inherent in the typeCode, such as a "History and Physical Report" in which the procedure being documented is necessarily a "History and Physical" act.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.event.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/v3-ActCode (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept[];
    /**
     * The period covered by the documentation
     *
     * The period of time covered by the documentation. There is no assertion that the documentation is a complete representation for this period, only that it documents events during this time.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.event.period`
     * - Type Period
     */
    period?: Period;
    /**
     * The event(s) being documented
     *
     * The description and/or reference of the event(s) being documented. For example, this could be used to document such a colonoscopy or an appendectomy.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.event.detail`
     * - Type Reference
     */
    detail?: Reference[];
}
/**
 * Composition is broken into sections
 *
 * The root of the sections that make up the composition.
 *
 * - Cardinality 0..*
 * - FHIR path `Composition.section`
 * - Type BackboneElement
 */
export interface CompositionSection {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.section.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Composition.section.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.section.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.section.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Label for section (e.g. for ToC)
     *
     * The label for this particular section.  This will be part of the rendered content for the document, and is often used to build a table of contents.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.section.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see Composition.section.title). */
    _title?: Element;
    /**
     * Classification of section (recommended)
     *
     * A code identifying the kind of content contained within the section. This must be consistent with the section title.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.section.code`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/doc-section-codes (codes not enumerable here: example binding: not checked)
     */
    code?: CodeableConcept;
    /**
     * Text summary of the section, for human interpretation
     *
     * A human-readable narrative that contains the attested content of the section, used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.section.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * working | snapshot | changes
     *
     * How the entry list was prepared - whether it is a working list that is suitable for being maintained on an ongoing basis, or if it represents a snapshot of a list of items from another source, or whether it is a prepared list where items may be marked as added, modified or deleted.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.section.mode`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/list-mode (3 codes: working, snapshot, changes)
     */
    mode?: 'changes' | 'snapshot' | 'working';
    /** Extensions and id for `mode` (FHIR JSON primitive extension, see Composition.section.mode). */
    _mode?: Element;
    /**
     * Order of section entries
     *
     * Specifies the order applied to the items in the section entries.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.section.orderedBy`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/list-order (8 codes: user, system, event-date, entry-date, priority, alphabetic, category, patient)
     */
    orderedBy?: CodeableConcept;
    /**
     * A reference to data that supports this section
     *
     * A reference to the actual resource from which the narrative in the section is derived.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.section.entry`
     * - Type Reference
     */
    entry?: Reference[];
    /**
     * Why the section is empty
     *
     * If the section is empty, why the list is empty. An empty section typically has some text explaining the empty reason.
     *
     * - Cardinality 0..1
     * - FHIR path `Composition.section.emptyReason`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/list-empty-reason (6 codes: nilknown, notasked, withheld, unavailable, notstarted, closed)
     */
    emptyReason?: CodeableConcept;
    /**
     * Nested Section
     *
     * A nested sub-section within this section.
     *
     * - Cardinality 0..*
     * - FHIR path `Composition.section.section`
     */
    section?: CompositionSection[];
}
import * as vrt from './runtime/validate/index.js';
export declare function checkComposition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCompositionAttester(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCompositionRelatesTo(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCompositionEvent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkCompositionSection(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Composition (http://hl7.org/fhir/StructureDefinition/Composition).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateComposition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateComposition} with the same options reports no error or fatal issue: Composition (http://hl7.org/fhir/StructureDefinition/Composition). */
export declare function isComposition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Composition;
/** Input of {@link buildComposition}: a {@link Composition} without what the builder fills in. */
export type CompositionInput = BuilderInput<Composition, 'resourceType'>;
/**
 * Builds a {@link Composition} (Composition, http://hl7.org/fhir/StructureDefinition/Composition).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Composition"
 *
 * The result is checked with {@link validateComposition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildComposition(input: CompositionInput): Composition;
