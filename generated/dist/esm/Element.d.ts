import type { Extension } from './Extension.js';
/**
 * Element
 *
 * Base StructureDefinition for Element Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/Element
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR complex-type
 */
export interface Element {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Element.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Element.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Element.extension`
     * - Type Extension
     */
    extension?: Extension[];
}
