import { type CodeableConcept } from './CodeableConcept.js';
import { type CompositionAttester, type CompositionEvent, type CompositionRelatesTo, type CompositionSection } from './Composition.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput, ProfiledMetaInput } from './runtime/build/input.js';
/**
 * Clinical Document Profile for Composition
 *
 * The base Composition is a general resource for compositions or documents about any kind of subject that might be encountered in healthcare including such things as guidelines, medicines, etc. A clinical document is focused on documents related to the provision of care process, where the subject is a patient, a group of patients, or a closely related concept. A clinical document has additional reqiurements around confidentiality that do not apply in the same way to other kinds of documents
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/clinicaldocument
 * - Source: hl7.fhir.core#3.0.1
 * - Profile of Composition
 */
export interface ClinicalDocumentProfileForComposition {
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
    subject: Reference<'Device' | 'Group' | 'Location' | 'Patient' | 'Practitioner'>;
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
import * as vrt from './runtime/validate/index.js';
export declare function checkClinicalDocumentProfileForComposition(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Clinical Document Profile for Composition (http://hl7.org/fhir/StructureDefinition/clinicaldocument).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateClinicalDocumentProfileForComposition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateClinicalDocumentProfileForComposition} with the same options reports no error or fatal issue: Clinical Document Profile for Composition (http://hl7.org/fhir/StructureDefinition/clinicaldocument). */
export declare function isClinicalDocumentProfileForComposition(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is ClinicalDocumentProfileForComposition;
/** Input of {@link buildClinicalDocumentProfileForComposition}: a {@link ClinicalDocumentProfileForComposition} without what the builder fills in. */
export type ClinicalDocumentProfileForCompositionInput = BuilderInput<ClinicalDocumentProfileForComposition, 'resourceType', {
    meta?: ProfiledMetaInput<ClinicalDocumentProfileForComposition['meta']>;
}>;
/**
 * Builds a {@link ClinicalDocumentProfileForComposition} (Clinical Document Profile for Composition, http://hl7.org/fhir/StructureDefinition/clinicaldocument).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Composition"
 * - `meta.profile`: adds http://hl7.org/fhir/StructureDefinition/clinicaldocument
 *
 * The result is checked with {@link validateClinicalDocumentProfileForComposition}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildClinicalDocumentProfileForComposition(input: ClinicalDocumentProfileForCompositionInput): ClinicalDocumentProfileForComposition;
