import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Quantity } from './Quantity.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * Sequence
 *
 * Base StructureDefinition for Sequence Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Sequence
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface Sequence {
    /** The FHIR resource type. */
    resourceType: 'Sequence';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Sequence.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see Sequence.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see Sequence.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Unique ID for this particular sequence. This is a FHIR-defined id
     *
     * A unique identifier for this particular sequence instance. This is a FHIR-defined id.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.identifier`
     * - Type Identifier
     */
    identifier?: Identifier[];
    /**
     * aa | dna | rna
     *
     * Amino Acid Sequence/ DNA Sequence / RNA Sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.type`
     * - Type code
     * - Binding example to http://hl7.org/fhir/ValueSet/sequence-type (codes not enumerable here: example binding: not checked)
     */
    type?: string;
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Sequence.type). */
    _type?: Element;
    /**
     * Base number of coordinate system (0 for 0-based numbering or coordinates, inclusive start, exclusive end, 1 for 1-based numbering, inclusive start, inclusive end)
     *
     * Whether the sequence is numbered starting at 0 (0-based numbering or coordinates, inclusive start, exclusive end) or starting at 1 (1-based numbering, inclusive start and inclusive end).
     *
     * - Cardinality 1..1
     * - FHIR path `Sequence.coordinateSystem`
     * - Type integer
     */
    coordinateSystem: number;
    /** Extensions and id for `coordinateSystem` (FHIR JSON primitive extension, see Sequence.coordinateSystem). */
    _coordinateSystem?: Element;
    /**
     * Who and/or what this is about
     *
     * The patient whose sequencing results are described by this resource.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.patient`
     * - Type Reference
     */
    patient?: Reference<'Patient'>;
    /**
     * Specimen used for sequencing
     *
     * Specimen used for sequencing.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.specimen`
     * - Type Reference
     */
    specimen?: Reference<'Specimen'>;
    /**
     * The method for sequencing
     *
     * The method for sequencing, for example, chip information.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.device`
     * - Type Reference
     */
    device?: Reference<'Device'>;
    /**
     * Who should be responsible for test result
     *
     * The organization or lab that should be responsible for this result.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.performer`
     * - Type Reference
     */
    performer?: Reference<'Organization'>;
    /**
     * The number of copies of the seqeunce of interest.  (RNASeq)
     *
     * The number of copies of the seqeunce of interest. (RNASeq).
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quantity`
     * - Type Quantity
     */
    quantity?: Quantity;
    /**
     * A sequence used as reference
     *
     * A sequence that is used as a reference to describe variants that are present in a sequence analyzed.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.referenceSeq`
     * - Type BackboneElement
     */
    referenceSeq?: SequenceReferenceSeq;
    /**
     * Variant in sequence
     *
     * The definition of variant here originates from Sequence ontology ([variant_of](http://www.sequenceontology.org/browser/current_svn/term/variant_of)). This element can represent amino acid or nucleic sequence change(including insertion,deletion,SNP,etc.)  It can represent some complex mutation or segment variation with the assist of CIGAR string.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.variant`
     * - Type BackboneElement
     */
    variant?: SequenceVariant[];
    /**
     * Sequence that was observed
     *
     * Sequence that was observed. It is the result marked by referenceSeq along with variant records on referenceSeq. This shall starts from referenceSeq.windowStart and end by referenceSeq.windowEnd.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.observedSeq`
     * - Type string
     */
    observedSeq?: string;
    /** Extensions and id for `observedSeq` (FHIR JSON primitive extension, see Sequence.observedSeq). */
    _observedSeq?: Element;
    /**
     * An set of value as quality of sequence
     *
     * An experimental feature attribute that defines the quality of the feature in a quantitative way, such as a phred quality score ([SO:0001686](http://www.sequenceontology.org/browser/current_svn/term/SO:0001686)).
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.quality`
     * - Type BackboneElement
     */
    quality?: SequenceQuality[];
    /**
     * Average number of reads representing a given nucleotide in the reconstructed sequence
     *
     * Coverage (read depth or depth) is the average number of reads representing a given nucleotide in the reconstructed sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.readCoverage`
     * - Type integer
     */
    readCoverage?: number;
    /** Extensions and id for `readCoverage` (FHIR JSON primitive extension, see Sequence.readCoverage). */
    _readCoverage?: Element;
    /**
     * External repository which contains detailed report related with observedSeq in this resource
     *
     * Configurations of the external repository. The repository shall store target's observedSeq or records related with target's observedSeq.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.repository`
     * - Type BackboneElement
     */
    repository?: SequenceRepository[];
    /**
     * Pointer to next atomic sequence
     *
     * Pointer to next atomic sequence which at most contains one variant.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.pointer`
     * - Type Reference
     */
    pointer?: Reference<'Sequence'>[];
}
/**
 * A sequence used as reference
 *
 * A sequence that is used as a reference to describe variants that are present in a sequence analyzed.
 *
 * - Cardinality 0..1
 * - FHIR path `Sequence.referenceSeq`
 * - Type BackboneElement
 */
export interface SequenceReferenceSeq {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.referenceSeq.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Sequence.referenceSeq.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.referenceSeq.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.referenceSeq.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Chromosome containing genetic finding
     *
     * Structural unit composed of a nucleic acid molecule which controls its own replication through the interaction of specific proteins at one or more origins of replication ([SO:0000340](http://www.sequenceontology.org/browser/current_svn/term/SO:0000340)).
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.referenceSeq.chromosome`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/chromosome-human (codes not enumerable here: example binding: not checked)
     */
    chromosome?: CodeableConcept;
    /**
     * The Genome Build used for reference, following GRCh build versions e.g. 'GRCh 37'
     *
     * The Genome Build used for reference, following GRCh build versions e.g. 'GRCh 37'.  Version number must be included if a versioned release of a primary build was used.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.referenceSeq.genomeBuild`
     * - Type string
     */
    genomeBuild?: string;
    /** Extensions and id for `genomeBuild` (FHIR JSON primitive extension, see Sequence.referenceSeq.genomeBuild). */
    _genomeBuild?: Element;
    /**
     * Reference identifier
     *
     * Reference identifier of reference sequence submitted to NCBI. It must match the type in the Sequence.type field. For example, the prefix, “NG_” identifies reference sequence for genes, “NM_” for messenger RNA transcripts, and “NP_” for amino acid sequences.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.referenceSeq.referenceSeqId`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/sequence-referenceSeq (codes not enumerable here: example binding: not checked)
     */
    referenceSeqId?: CodeableConcept;
    /**
     * A Pointer to another Sequence entity as reference sequence
     *
     * A Pointer to another Sequence entity as reference sequence.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.referenceSeq.referenceSeqPointer`
     * - Type Reference
     */
    referenceSeqPointer?: Reference<'Sequence'>;
    /**
     * A string to represent reference sequence
     *
     * A string like "ACGT".
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.referenceSeq.referenceSeqString`
     * - Type string
     */
    referenceSeqString?: string;
    /** Extensions and id for `referenceSeqString` (FHIR JSON primitive extension, see Sequence.referenceSeq.referenceSeqString). */
    _referenceSeqString?: Element;
    /**
     * Directionality of DNA ( +1/-1)
     *
     * Directionality of DNA sequence. Available values are "1" for the plus strand (5' to 3')/Watson/Sense/positive  and "-1" for the minus strand(3' to 5')/Crick/Antisense/negative.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.referenceSeq.strand`
     * - Type integer
     */
    strand?: number;
    /** Extensions and id for `strand` (FHIR JSON primitive extension, see Sequence.referenceSeq.strand). */
    _strand?: Element;
    /**
     * Start position of the window on the  reference sequence
     *
     * Start position of the window on the reference sequence. If the coordinate system is either 0-based or 1-based, then start position is inclusive.
     *
     * - Cardinality 1..1
     * - FHIR path `Sequence.referenceSeq.windowStart`
     * - Type integer
     */
    windowStart: number;
    /** Extensions and id for `windowStart` (FHIR JSON primitive extension, see Sequence.referenceSeq.windowStart). */
    _windowStart?: Element;
    /**
     * End position of the window on the reference sequence
     *
     * End position of the window on the reference sequence. If the coordinate system is 0-based then end is is exclusive and does not include the last position. If the coordinate system is 1-base, then end is inclusive and includes the last position.
     *
     * - Cardinality 1..1
     * - FHIR path `Sequence.referenceSeq.windowEnd`
     * - Type integer
     */
    windowEnd: number;
    /** Extensions and id for `windowEnd` (FHIR JSON primitive extension, see Sequence.referenceSeq.windowEnd). */
    _windowEnd?: Element;
}
/**
 * Variant in sequence
 *
 * The definition of variant here originates from Sequence ontology ([variant_of](http://www.sequenceontology.org/browser/current_svn/term/variant_of)). This element can represent amino acid or nucleic sequence change(including insertion,deletion,SNP,etc.)  It can represent some complex mutation or segment variation with the assist of CIGAR string.
 *
 * - Cardinality 0..*
 * - FHIR path `Sequence.variant`
 * - Type BackboneElement
 */
export interface SequenceVariant {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.variant.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Sequence.variant.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.variant.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.variant.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Start position of the variant on the  reference sequence
     *
     * Start position of the variant on the  reference sequence.If the coordinate system is either 0-based or 1-based, then start position is inclusive.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.variant.start`
     * - Type integer
     */
    start?: number;
    /** Extensions and id for `start` (FHIR JSON primitive extension, see Sequence.variant.start). */
    _start?: Element;
    /**
     * End position of the variant on the reference sequence
     *
     * End position of the variant on the reference sequence.If the coordinate system is 0-based then end is is exclusive and does not include the last position. If the coordinate system is 1-base, then end is inclusive and includes the last position.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.variant.end`
     * - Type integer
     */
    end?: number;
    /** Extensions and id for `end` (FHIR JSON primitive extension, see Sequence.variant.end). */
    _end?: Element;
    /**
     * Allele that was observed
     *
     * An allele is one of a set of coexisting sequence variants of a gene ([SO:0001023](http://www.sequenceontology.org/browser/current_svn/term/SO:0001023)).  Nucleotide(s)/amino acids from start position of sequence to stop position of sequence on the positive (+) strand of the observed  sequence. When the sequence  type is DNA, it should be the sequence on the positive (+) strand. This will lay in the range between variant.start and variant.end.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.variant.observedAllele`
     * - Type string
     */
    observedAllele?: string;
    /** Extensions and id for `observedAllele` (FHIR JSON primitive extension, see Sequence.variant.observedAllele). */
    _observedAllele?: Element;
    /**
     * Allele in the reference sequence
     *
     * An allele is one of a set of coexisting sequence variants of a gene ([SO:0001023](http://www.sequenceontology.org/browser/current_svn/term/SO:0001023)). Nucleotide(s)/amino acids from start position of sequence to stop position of sequence on the positive (+) strand of the reference sequence. When the sequence  type is DNA, it should be the sequence on the positive (+) strand. This will lay in the range between variant.start and variant.end.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.variant.referenceAllele`
     * - Type string
     */
    referenceAllele?: string;
    /** Extensions and id for `referenceAllele` (FHIR JSON primitive extension, see Sequence.variant.referenceAllele). */
    _referenceAllele?: Element;
    /**
     * Extended CIGAR string for aligning the sequence with reference bases
     *
     * Extended CIGAR string for aligning the sequence with reference bases. See detailed documentation [here](http://support.illumina.com/help/SequencingAnalysisWorkflow/Content/Vault/Informatics/Sequencing_Analysis/CASAVA/swSEQ_mCA_ExtendedCIGARFormat.htm).
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.variant.cigar`
     * - Type string
     */
    cigar?: string;
    /** Extensions and id for `cigar` (FHIR JSON primitive extension, see Sequence.variant.cigar). */
    _cigar?: Element;
    /**
     * Pointer to observed variant information
     *
     * A pointer to an Observation containing variant information.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.variant.variantPointer`
     * - Type Reference
     */
    variantPointer?: Reference<'Observation'>;
}
/**
 * An set of value as quality of sequence
 *
 * An experimental feature attribute that defines the quality of the feature in a quantitative way, such as a phred quality score ([SO:0001686](http://www.sequenceontology.org/browser/current_svn/term/SO:0001686)).
 *
 * - Cardinality 0..*
 * - FHIR path `Sequence.quality`
 * - Type BackboneElement
 */
export interface SequenceQuality {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Sequence.quality.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.quality.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.quality.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * indel | snp | unknown
     *
     * INDEL / SNP / Undefined variant.
     *
     * - Cardinality 1..1
     * - FHIR path `Sequence.quality.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/quality-type (3 codes: indel, snp, unknown)
     */
    type: 'indel' | 'snp' | 'unknown';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Sequence.quality.type). */
    _type?: Element;
    /**
     * Standard sequence for comparison
     *
     * Gold standard sequence used for comparing against.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.standardSequence`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/sequence-quality-standardSequence (codes not enumerable here: example binding: not checked)
     */
    standardSequence?: CodeableConcept;
    /**
     * Start position of the sequence
     *
     * Start position of the sequence. If the coordinate system is either 0-based or 1-based, then start position is inclusive.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.start`
     * - Type integer
     */
    start?: number;
    /** Extensions and id for `start` (FHIR JSON primitive extension, see Sequence.quality.start). */
    _start?: Element;
    /**
     * End position of the sequence
     *
     * End position of the sequence.If the coordinate system is 0-based then end is is exclusive and does not include the last position. If the coordinate system is 1-base, then end is inclusive and includes the last position.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.end`
     * - Type integer
     */
    end?: number;
    /** Extensions and id for `end` (FHIR JSON primitive extension, see Sequence.quality.end). */
    _end?: Element;
    /**
     * Quality score for the comparison
     *
     * The score of an experimentally derived feature such as a p-value ([SO:0001685](http://www.sequenceontology.org/browser/current_svn/term/SO:0001685)).
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.score`
     * - Type Quantity
     */
    score?: Quantity;
    /**
     * Method to get quality
     *
     * Which method is used to get sequence quality.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.method`
     * - Type CodeableConcept
     * - Binding example to http://hl7.org/fhir/ValueSet/sequence-quality-method (codes not enumerable here: example binding: not checked)
     */
    method?: CodeableConcept;
    /**
     * True positives from the perspective of the truth data
     *
     * True positives, from the perspective of the truth data, i.e. the number of sites in the Truth Call Set for which there are paths through the Query Call Set that are consistent with all of the alleles at this site, and for which there is an accurate genotype call for the event.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.truthTP`
     * - Type decimal
     */
    truthTP?: number;
    /** Extensions and id for `truthTP` (FHIR JSON primitive extension, see Sequence.quality.truthTP). */
    _truthTP?: Element;
    /**
     * True positives from the perspective of the query data
     *
     * True positives, from the perspective of the query data, i.e. the number of sites in the Query Call Set for which there are paths through the Truth Call Set that are consistent with all of the alleles at this site, and for which there is an accurate genotype call for the event.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.queryTP`
     * - Type decimal
     */
    queryTP?: number;
    /** Extensions and id for `queryTP` (FHIR JSON primitive extension, see Sequence.quality.queryTP). */
    _queryTP?: Element;
    /**
     * False negatives
     *
     * False negatives, i.e. the number of sites in the Truth Call Set for which there is no path through the Query Call Set that is consistent with all of the alleles at this site, or sites for which there is an inaccurate genotype call for the event. Sites with correct variant but incorrect genotype are counted here.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.truthFN`
     * - Type decimal
     */
    truthFN?: number;
    /** Extensions and id for `truthFN` (FHIR JSON primitive extension, see Sequence.quality.truthFN). */
    _truthFN?: Element;
    /**
     * False positives
     *
     * False positives, i.e. the number of sites in the Query Call Set for which there is no path through the Truth Call Set that is consistent with this site. Sites with correct variant but incorrect genotype are counted here.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.queryFP`
     * - Type decimal
     */
    queryFP?: number;
    /** Extensions and id for `queryFP` (FHIR JSON primitive extension, see Sequence.quality.queryFP). */
    _queryFP?: Element;
    /**
     * False positives where the non-REF alleles in the Truth and Query Call Sets match
     *
     * The number of false positives where the non-REF alleles in the Truth and Query Call Sets match (i.e. cases where the truth is 1/1 and the query is 0/1 or similar).
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.gtFP`
     * - Type decimal
     */
    gtFP?: number;
    /** Extensions and id for `gtFP` (FHIR JSON primitive extension, see Sequence.quality.gtFP). */
    _gtFP?: Element;
    /**
     * Precision of comparison
     *
     * QUERY.TP / (QUERY.TP + QUERY.FP).
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.precision`
     * - Type decimal
     */
    precision?: number;
    /** Extensions and id for `precision` (FHIR JSON primitive extension, see Sequence.quality.precision). */
    _precision?: Element;
    /**
     * Recall of comparison
     *
     * TRUTH.TP / (TRUTH.TP + TRUTH.FN).
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.recall`
     * - Type decimal
     */
    recall?: number;
    /** Extensions and id for `recall` (FHIR JSON primitive extension, see Sequence.quality.recall). */
    _recall?: Element;
    /**
     * F-score
     *
     * Harmonic mean of Recall and Precision, computed as: 2 * precision * recall / (precision + recall).
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.quality.fScore`
     * - Type decimal
     */
    fScore?: number;
    /** Extensions and id for `fScore` (FHIR JSON primitive extension, see Sequence.quality.fScore). */
    _fScore?: Element;
}
/**
 * External repository which contains detailed report related with observedSeq in this resource
 *
 * Configurations of the external repository. The repository shall store target's observedSeq or records related with target's observedSeq.
 *
 * - Cardinality 0..*
 * - FHIR path `Sequence.repository`
 * - Type BackboneElement
 */
export interface SequenceRepository {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.repository.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Sequence.repository.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.repository.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `Sequence.repository.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * directlink | openapi | login | oauth | other
     *
     * Click and see / RESTful API / Need login to see / RESTful API with authentication / Other ways to see resource.
     *
     * - Cardinality 1..1
     * - FHIR path `Sequence.repository.type`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/repository-type (5 codes: directlink, openapi, login, oauth, other)
     */
    type: 'directlink' | 'login' | 'oauth' | 'openapi' | 'other';
    /** Extensions and id for `type` (FHIR JSON primitive extension, see Sequence.repository.type). */
    _type?: Element;
    /**
     * URI of the repository
     *
     * URI of an external repository which contains further details about the genetics data.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.repository.url`
     * - Type uri
     */
    url?: string;
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Sequence.repository.url). */
    _url?: Element;
    /**
     * Repository's name
     *
     * URI of an external repository which contains further details about the genetics data.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.repository.name`
     * - Type string
     */
    name?: string;
    /** Extensions and id for `name` (FHIR JSON primitive extension, see Sequence.repository.name). */
    _name?: Element;
    /**
     * Id of the dataset that used to call for dataset in repository
     *
     * Id of the variant in this external repository. The server will understand how to use this id to call for more info about datasets in external repository.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.repository.datasetId`
     * - Type string
     */
    datasetId?: string;
    /** Extensions and id for `datasetId` (FHIR JSON primitive extension, see Sequence.repository.datasetId). */
    _datasetId?: Element;
    /**
     * Id of the variantset that used to call for variantset in repository
     *
     * Id of the variantset in this external repository. The server will understand how to use this id to call for more info about variantsets in external repository.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.repository.variantsetId`
     * - Type string
     */
    variantsetId?: string;
    /** Extensions and id for `variantsetId` (FHIR JSON primitive extension, see Sequence.repository.variantsetId). */
    _variantsetId?: Element;
    /**
     * Id of the read
     *
     * Id of the read in this external repository.
     *
     * - Cardinality 0..1
     * - FHIR path `Sequence.repository.readsetId`
     * - Type string
     */
    readsetId?: string;
    /** Extensions and id for `readsetId` (FHIR JSON primitive extension, see Sequence.repository.readsetId). */
    _readsetId?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkSequence(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSequenceReferenceSeq(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSequenceVariant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSequenceQuality(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkSequenceRepository(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against Sequence (http://hl7.org/fhir/StructureDefinition/Sequence).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateSequence(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateSequence} with the same options reports no error or fatal issue: Sequence (http://hl7.org/fhir/StructureDefinition/Sequence). */
export declare function isSequence(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is Sequence;
/** Input of {@link buildSequence}: a {@link Sequence} without what the builder fills in. */
export type SequenceInput = BuilderInput<Sequence, 'resourceType'>;
/**
 * Builds a {@link Sequence} (Sequence, http://hl7.org/fhir/StructureDefinition/Sequence).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "Sequence"
 *
 * The result is checked with {@link validateSequence}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildSequence(input: SequenceInput): Sequence;
