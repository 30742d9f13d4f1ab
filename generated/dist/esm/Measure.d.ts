import { type CodeableConcept } from './CodeableConcept.js';
import { type ContactDetail } from './ContactDetail.js';
import { type Contributor } from './Contributor.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Period } from './Period.js';
import { type Reference } from './Reference.js';
import { type RelatedArtifact } from './RelatedArtifact.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
import { type UsageContext } from './UsageContext.js';
/**
 * Measure
 *
 * Base StructureDefinition for Measure Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Measure
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Measure {
    /** The FHIR resource type. */
    resourceType: 'Measure';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Measure.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Measure.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Measure.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Logical URI to reference this measure (globally unique)
     *
     * An absolute URI that is used to identify this measure when it is referenced in a specification, model, design or an instance. This SHALL be a URL, SHOULD be globally unique, and SHOULD be an address at which this measure is (or will be) published. The URL SHOULD include the major version of the measure. For more information see [Technical and Business Versions](resource.html#versions).
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Measure.url). */
    _url?: Element;
    /**
     * Additional identifier for the measure
     *
     * A formal identifier that is used to identify this measure when it is represented in other formats, or referenced in a specification, model, design or an instance.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * Business version of the measure
     *
     * The identifier that is used to identify this version of the measure when it is referenced in a specification, model, design or instance. This is an arbitrary value managed by the measure author and is not expected to be globally unique. For example, it might be a timestamp (e.g. yyyymmdd) if a managed version is not available. There is also no expectation that versions can be placed in a lexicographical sequence. To provide a version consistent with the Decision Support Service specification, use the format Major.Minor.Revision (e.g. 1.0.0). For more information on versioning knowledge assets, refer to the Decision Support Service specification. Note that a version is required for non-experimental active artifacts.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.version`
     * - Type string
     */
    version?: string;
    /** Extensions and id for `version` (FHIR JSON primitive extension, see Measure.version). */
    _version?: Element;
    /**
     * Name for this measure (computer friendly)
     *
     * A natural language name identifying the measure. This name should be usable as an identifier for the module by machine processing applications such as code generation.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Measure.name). */
    _name?: Element;
    /**
     * Name for this measure (human friendly)
     *
     * A short, descriptive, user-friendly title for the measure.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.title`
     * - Type string
     */
    title?: string;
    /** Extensions and id for `title` (FHIR JSON primitive extension, see Measure.title). */
    _title?: Element;
    /**
     * draft | active | retired | unknown
     *
     * The status of this measure. Enables tracking the life-cycle of the content.
     *
     * - Cardinality 1..1
     * - FHIR path `Measure.status`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/publication-status (4 codes: draft, active, retired, unknown)
     */
    status: 'active' | 'draft' | 'retired' | 'unknown';
    /** Extensions and id for `status` (FHIR JSON primitive extension, see Measure.status). */
    _status?: Element;
    /**
     * For testing purposes, not real usage
     *
     * A boolean value to indicate that this measure is authored for testing purposes (or education/evaluation/marketing), and is not intended to be used for genuine usage.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.experimental`
     * - Type boolean
     */
    experimental?: boolean;
    /** Extensions and id for `experimental` (FHIR JSON primitive extension, see Measure.experimental). */
    _experimental?: Element;
    /**
     * Date this was last changed
     *
     * The date  (and optionally time) when the measure was published. The date must change if and when the business version changes and it must change if the status code changes. In addition, it should change when the substantive content of the measure changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.date`
     * - Type dateTime
     */
    date?: string;
    /** Extensions and id for `date` (FHIR JSON primitive extension, see Measure.date). */
    _date?: Element;
    /**
     * Name of the publisher (organization or individual)
     *
     * The name of the individual or organization that published the measure.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.publisher`
     * - Type string
     */
    publisher?: string;
    /** Extensions and id for `publisher` (FHIR JSON primitive extension, see Measure.publisher). */
    _publisher?: Element;
    /**
     * Natural language description of the measure
     *
     * A free text natural language description of the measure from a consumer's perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.description`
     * - Type markdown
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Measure.description). */
    _description?: Element;
    /**
     * Why this measure is defined
     *
     * Explaination of why this measure is needed and why it has been designed as it has.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.purpose`
     * - Type markdown
     */
    purpose?: string;
    /** Extensions and id for `purpose` (FHIR JSON primitive extension, see Measure.purpose). */
    _purpose?: Element;
    /**
     * Describes the clinical usage of the measure
     *
     * A detailed description of how the measure is used from a clinical perspective.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.usage`
     * - Type string
     */
    usage?: string;
    /** Extensions and id for `usage` (FHIR JSON primitive extension, see Measure.usage). */
    _usage?: Element;
    /**
     * When the measure was approved by publisher
     *
     * The date on which the resource content was approved by the publisher. Approval happens once when the content is officially approved for usage.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.approvalDate`
     * - Type date
     */
    approvalDate?: string;
    /** Extensions and id for `approvalDate` (FHIR JSON primitive extension, see Measure.approvalDate). */
    _approvalDate?: Element;
    /**
     * When the measure was last reviewed
     *
     * The date on which the resource content was last reviewed. Review happens periodically after approval, but doesn't change the original approval date.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.lastReviewDate`
     * - Type date
     */
    lastReviewDate?: string;
    /** Extensions and id for `lastReviewDate` (FHIR JSON primitive extension, see Measure.lastReviewDate). */
    _lastReviewDate?: Element;
    /**
     * When the measure is expected to be used
     *
     * The period during which the measure content was or is planned to be in active use.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.effectivePeriod`
     * - Type Period
     */
    effectivePeriod?: Period;
    /**
     * Context the content is intended to support
     *
     * The content was developed with a focus and intent of supporting the contexts that are listed. These terms may be used to assist with indexing and searching for appropriate measure instances.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.useContext`
     * - Type UsageContext
     */
    useContext?: UsageContext[];
    /**
     * Intended jurisdiction for measure (if applicable)
     *
     * A legal or geographic region in which the measure is intended to be used.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.jurisdiction`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/jurisdiction (codes not enumerable here: code system urn:iso:std:iso:3166 is not in the loaded packages)
     */
    jurisdiction?: CodeableConcept[];
    /**
     * E.g. Education, Treatment, Assessment, etc
     *
     * Descriptive topics related to the content of the measure. Topics provide a high-level categorization of the type of the measure that can be useful for filtering and searching.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.topic`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/definition-topic (codes not enumerable here: example binding: not checked)
     */
    topic?: CodeableConcept[];
    /**
     * A content contributor
     *
     * A contributor to the content of the measure, including authors, editors, reviewers, and endorsers.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.contributor`
     * - Type Contributor
     */
    contributor?: Contributor[];
    /**
     * Contact details for the publisher
     *
     * Contact details to assist a user in finding and communicating with the publisher.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.contact`
     * - Type ContactDetail
     */
    contact?: ContactDetail[];
    /**
     * Use and/or publishing restrictions
     *
     * A copyright statement relating to the measure and/or its contents. Copyright statements are generally legal restrictions on the use and publishing of the measure.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.copyright`
     * - Type markdown
     */
    copyright?: string;
    /** Extensions and id for `copyright` (FHIR JSON primitive extension, see Measure.copyright). */
    _copyright?: Element;
    /**
     * Additional documentation, citations, etc
     *
     * Related artifacts such as additional documentation, justification, or bibliographic references.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.relatedArtifact`
     * - Type RelatedArtifact
     */
    relatedArtifact?: RelatedArtifact[];
    /**
     * Logic used by the measure
     *
     * A reference to a Library resource containing the formal logic used by the measure.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.library`
     * - Type Reference
     */
    library?: Reference<'Library'>[];
    /**
     * Disclaimer for use of the measure or its referenced content
     *
     * Notices and disclaimers regarding the use of the measure, or related to intellectual property (such as code systems) referenced by the measure.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.disclaimer`
     * - Type markdown
     */
    disclaimer?: string;
    /** Extensions and id for `disclaimer` (FHIR JSON primitive extension, see Measure.disclaimer). */
    _disclaimer?: Element;
    /**
     * proportion | ratio | continuous-variable | cohort
     *
     * Indicates how the calculation is performed for the measure, including proportion, ratio, continuous variable, and cohort. The value set is extensible, allowing additional measure scoring types to be represented.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.scoring`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/measure-scoring (4 codes: proportion, ratio, continuous-variable, cohort)
     */
    scoring?: CodeableConcept;
    /**
     * opportunity | all-or-nothing | linear | weighted
     *
     * If this is a composite measure, the scoring method used to combine the component measures to determine the composite score.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.compositeScoring`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/composite-measure-scoring (4 codes: opportunity, all-or-nothing, linear, weighted)
     */
    compositeScoring?: CodeableConcept;
    /**
     * process | outcome | structure | patient-reported-outcome | composite
     *
     * Indicates whether the measure is used to examine a process, an outcome over time, a patient-reported outcome, or a structure measure such as utilization.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.type`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/measure-type (5 codes: process, outcome, structure, patient-reported-outcome, composite)
     */
    type?: CodeableConcept[];
    /**
     * How is risk adjustment applied for this measure
     *
     * A description of the risk adjustment factors that may impact the resulting score for the measure and how they may be accounted for when computing and reporting measure results.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.riskAdjustment`
     * - Type string
     */
    riskAdjustment?: string;
    /** Extensions and id for `riskAdjustment` (FHIR JSON primitive extension, see Measure.riskAdjustment). */
    _riskAdjustment?: Element;
    /**
     * How is rate aggregation performed for this measure
     *
     * Describes how to combine the information calculated, based on logic in each of several populations, into one summarized result.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.rateAggregation`
     * - Type string
     */
    rateAggregation?: string;
    /** Extensions and id for `rateAggregation` (FHIR JSON primitive extension, see Measure.rateAggregation). */
    _rateAggregation?: Element;
    /**
     * Why does this measure exist
     *
     * Provides a succint statement of the need for the measure. Usually includes statements pertaining to importance criterion: impact, gap in care, and evidence.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.rationale`
     * - Type markdown
     */
    rationale?: string;
    /** Extensions and id for `rationale` (FHIR JSON primitive extension, see Measure.rationale). */
    _rationale?: Element;
    /**
     * Summary of clinical guidelines
     *
     * Provides a summary of relevant clinical guidelines or other clinical recommendations supporting the measure.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.clinicalRecommendationStatement`
     * - Type markdown
     */
    clinicalRecommendationStatement?: string;
    /** Extensions and id for `clinicalRecommendationStatement` (FHIR JSON primitive extension, see Measure.clinicalRecommendationStatement). */
    _clinicalRecommendationStatement?: Element;
    /**
     * Improvement notation for the measure, e.g. higher score indicates better quality
     *
     * Information on whether an increase or decrease in score is the preferred result (e.g., a higher score indicates better quality OR a lower score indicates better quality OR quality is whthin a range).
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.improvementNotation`
     * - Type string
     */
    improvementNotation?: string;
    /** Extensions and id for `improvementNotation` (FHIR JSON primitive extension, see Measure.improvementNotation). */
    _improvementNotation?: Element;
    /**
     * Defined terms used in the measure documentation
     *
     * Provides a description of an individual term used within the measure.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.definition`
     * - Type markdown
     */
    definition?: string[];
    /** Extensions and id for `definition` (FHIR JSON primitive extension, see Measure.definition). */
    _definition?: (Element | null)[];
    /**
     * Additional guidance for implementers
     *
     * Additional guidance for the measure including how it can be used in a clinical context, and the intent of the measure.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.guidance`
     * - Type markdown
     */
    guidance?: string;
    /** Extensions and id for `guidance` (FHIR JSON primitive extension, see Measure.guidance). */
    _guidance?: Element;
    /**
     * The measure set, e.g. Preventive Care and Screening
     *
     * The measure set, e.g. Preventive Care and Screening.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.set`
     * - Type string
     */
    set?: string;
    /** Extensions and id for `set` (FHIR JSON primitive extension, see Measure.set). */
    _set?: Element;
    /**
     * Population criteria group
     *
     * A group of population criteria for the measure.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group`
     * - Type BackboneElement
     */
    group?: MeasureGroup[];
    /**
     * What other data should be reported with the measure
     *
     * The supplemental data criteria for the measure report, specified as either the name of a valid CQL expression within a referenced library, or a valid FHIR Resource Path.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.supplementalData`
     * - Type BackboneElement
     */
    supplementalData?: MeasureSupplementalData[];
}
/**
 * Population criteria group
 *
 * A group of population criteria for the measure.
 *
 * - Cardinality 0..*
 * - FHIR path `Measure.group`
 * - Type BackboneElement
 */
export interface MeasureGroup {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Measure.group.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique identifier
     *
     * A unique identifier for the group. This identifier will used to report data for the group in the measure report.
     *
     * - Cardinality 1..1
     * - FHIR path `Measure.group.identifier`
     * - Type Identifier
     */
    identifier: Identifier;
    /**
     * Short name
     *
     * Optional name or short description of this group.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Measure.group.name). */
    _name?: Element;
    /**
     * Summary description
     *
     * The human readable description of this population group.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Measure.group.description). */
    _description?: Element;
    /**
     * Population criteria
     *
     * A population criteria for the measure.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group.population`
     * - Type BackboneElement
     */
    population?: MeasureGroupPopulation[];
    /**
     * Stratifier criteria for the measure
     *
     * The stratifier criteria for the measure report, specified as either the name of a valid CQL expression defined within a referenced library, or a valid FHIR Resource Path.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group.stratifier`
     * - Type BackboneElement
     */
    stratifier?: MeasureGroupStratifier[];
}
/**
 * Population criteria
 *
 * A population criteria for the measure.
 *
 * - Cardinality 0..*
 * - FHIR path `Measure.group.population`
 * - Type BackboneElement
 */
export interface MeasureGroupPopulation {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.population.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Measure.group.population.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group.population.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group.population.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique identifier
     *
     * A unique identifier for the population criteria. This identifier is used to report data against this criteria within the measure report.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.population.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * initial-population | numerator | numerator-exclusion | denominator | denominator-exclusion | denominator-exception | measure-population | measure-population-exclusion | measure-observation
     *
     * The type of population criteria.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.population.code`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/measure-population (9 codes: initial-population, numerator, numerator-exclusion, denominator, denominator-exclusion, denominator-exception, measure-population, measure-population-exclusion, measure-observation)
     */
    code?: CodeableConcept;
    /**
     * Short name
     *
     * Optional name or short description of this population.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.population.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Measure.group.population.name). */
    _name?: Element;
    /**
     * The human readable description of this population criteria
     *
     * The human readable description of this population criteria.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.population.description`
     * - Type string
     */
    description?: string;
    /** Extensions and id for `description` (FHIR JSON primitive extension, see Measure.group.population.description). */
    _description?: Element;
    /**
     * The name of a valid referenced CQL expression (may be namespaced) that defines this population criteria
     *
     * The name of a valid referenced CQL expression (may be namespaced) that defines this population criteria.
     *
     * - Cardinality 1..1
     * - FHIR path `Measure.group.population.criteria`
     * - Type string
     */
    criteria: string;
    /** Extensions and id for `criteria` (FHIR JSON primitive extension, see Measure.group.population.criteria). */
    _criteria?: Element;
}
/**
 * Stratifier criteria for the measure
 *
 * The stratifier criteria for the measure report, specified as either the name of a valid CQL expression defined within a referenced library, or a valid FHIR Resource Path.
 *
 * - Cardinality 0..*
 * - FHIR path `Measure.group.stratifier`
 * - Type BackboneElement
 */
export interface MeasureGroupStratifier {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.stratifier.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Measure.group.stratifier.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group.stratifier.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.group.stratifier.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * The identifier for the stratifier used to coordinate the reported data back to this stratifier
     *
     * The identifier for the stratifier used to coordinate the reported data back to this stratifier.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.stratifier.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * How the measure should be stratified
     *
     * The criteria for the stratifier. This must be the name of an expression defined within a referenced library.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.stratifier.criteria`
     * - Type string
     */
    criteria?: string;
    /** Extensions and id for `criteria` (FHIR JSON primitive extension, see Measure.group.stratifier.criteria). */
    _criteria?: Element;
    /**
     * Path to the stratifier
     *
     * The path to an element that defines the stratifier, specified as a valid FHIR resource path.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.group.stratifier.path`
     * - Type string
     */
    path?: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see Measure.group.stratifier.path). */
    _path?: Element;
}
/**
 * What other data should be reported with the measure
 *
 * The supplemental data criteria for the measure report, specified as either the name of a valid CQL expression within a referenced library, or a valid FHIR Resource Path.
 *
 * - Cardinality 0..*
 * - FHIR path `Measure.supplementalData`
 * - Type BackboneElement
 */
export interface MeasureSupplementalData {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.supplementalData.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Measure.supplementalData.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.supplementalData.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.supplementalData.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Identifier, unique within the measure
     *
     * An identifier for the supplemental data.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.supplementalData.identifier`
     * - Type Identifier
     */
    identifier?: Identifier;
    /**
     * supplemental-data | risk-adjustment-factor
     *
     * An indicator of the intended usage for the supplemental data element. Supplemental data indicates the data is additional information requested to augment the measure information. Risk adjustment factor indicates the data is additional information used to calculate risk adjustment factors when applying a risk model to the measure calculation.
     *
     * - Cardinality 0..*
     * - FHIR path `Measure.supplementalData.usage`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/measure-data-usage (2 codes: supplemental-data, risk-adjustment-factor)
     */
    usage?: CodeableConcept[];
    /**
     * Expression describing additional data to be reported
     *
     * The criteria for the supplemental data. This must be the name of a valid expression defined within a referenced library, and defines the data to be returned for this element.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.supplementalData.criteria`
     * - Type string
     */
    criteria?: string;
    /** Extensions and id for `criteria` (FHIR JSON primitive extension, see Measure.supplementalData.criteria). */
    _criteria?: Element;
    /**
     * Path to the supplemental data element
     *
     * The supplemental data to be supplied as part of the measure response, specified as a valid FHIR Resource Path.
     *
     * - Cardinality 0..1
     * - FHIR path `Measure.supplementalData.path`
     * - Type string
     */
    path?: string;
    /** Extensions and id for `path` (FHIR JSON primitive extension, see Measure.supplementalData.path). */
    _path?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkMeasure(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureGroup(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureSupplementalData(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureGroupPopulation(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkMeasureGroupStratifier(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Measure (http://hl7.org/fhir/StructureDefinition/Measure).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateMeasure(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateMeasure} with the same options reports no error or fatal issue: Measure (http://hl7.org/fhir/StructureDefinition/Measure). */
export declare function isMeasure(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Measure;
/** Input of {@link buildMeasure}: a {@link Measure} without what the builder fills in. */
export type MeasureInput = BuilderInput<Measure, 'resourceType'>;
/**
 * Builds a {@link Measure} (Measure, http://hl7.org/fhir/StructureDefinition/Measure).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Measure"
 *
 * The result is checked with {@link validateMeasure}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildMeasure(input: MeasureInput): Measure;
