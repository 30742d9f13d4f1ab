import { type CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
import { type Identifier } from './Identifier.js';
import { type Meta } from './Meta.js';
import { type Narrative } from './Narrative.js';
import { type Reference } from './Reference.js';
import type { AnyResource } from './ResourceTypes.js';
import type { BuilderInput } from './runtime/build/input.js';
/**
 * DeviceComponent
 *
 * Base StructureDefinition for DeviceComponent Resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/DeviceComponent
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR resource
 */
export interface DeviceComponent {
    /** The FHIR resource type. */
    resourceType: 'DeviceComponent';
    /**
     * Logical id of this artifact
     *
     * The logical id of the resource, as used in the URL for the resource. Once assigned, this value never changes.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.id`
     * - Type id
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DeviceComponent.id). */
    _id?: Element;
    /**
     * Metadata about the resource
     *
     * The metadata about the resource. This is content that is maintained by the infrastructure. Changes to the content may not always be associated with version changes to the resource.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.meta`
     * - Type Meta
     */
    meta?: Meta;
    /**
     * A set of rules under which this content was created
     *
     * A reference to a set of rules that were followed when the resource was constructed, and which must be understood when processing the content.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.implicitRules`
     * - Type uri
     */
    implicitRules?: string;
    /** Extensions and id for `implicitRules` (FHIR JSON primitive extension, see DeviceComponent.implicitRules). */
    _implicitRules?: Element;
    /**
     * Language of the resource content
     *
     * The base language in which the resource is written.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.language`
     * - Type code
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    language?: string;
    /** Extensions and id for `language` (FHIR JSON primitive extension, see DeviceComponent.language). */
    _language?: Element;
    /**
     * Text summary of the resource, for human interpretation
     *
     * A human-readable narrative that contains a summary of the resource, and may be used to represent the content of the resource to a human. The narrative need not encode all the structured data, but is required to contain sufficient detail to make it "clinically safe" for a human to just read the narrative. Resource definitions may define what content should be represented in the narrative to ensure clinical safety.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.text`
     * - Type Narrative
     */
    text?: Narrative;
    /**
     * Contained, inline Resources
     *
     * These resources do not have an independent existence apart from the resource that contains them - they cannot be identified independently, and nor can they have their own independent transaction scope.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceComponent.contained`
     * - Type Resource
     */
    contained?: AnyResource[];
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the resource. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceComponent.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the resource, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceComponent.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Instance id assigned by the software stack
     *
     * The locally assigned unique identification by the software. For example: handle ID.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceComponent.identifier`
     * - Type Identifier
     */
    identifier: Identifier;
    /**
     * What kind of component it is
     *
     * The component type as defined in the object-oriented or metric nomenclature partition.
     *
     * - Cardinality 1..1
     * - FHIR path `DeviceComponent.type`
     * - Type CodeableConcept
     * - Binding preferred to http://hl7.org/fhir/ValueSet/device-kind (codes not enumerable here: a filter on http://snomed.info/sct needs a terminology server)
     */
    type: CodeableConcept;
    /**
     * Recent system change timestamp
     *
     * The timestamp for the most recent system change which includes device configuration or setting change.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.lastSystemChange`
     * - Type instant
     */
    lastSystemChange?: string;
    /** Extensions and id for `lastSystemChange` (FHIR JSON primitive extension, see DeviceComponent.lastSystemChange). */
    _lastSystemChange?: Element;
    /**
     * Top-level device resource link
     *
     * The link to the source Device that contains administrative device information such as manufacture, serial number, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.source`
     * - Type Reference
     */
    source?: Reference<'Device'>;
    /**
     * Parent resource link
     *
     * The link to the parent resource. For example: Channel is linked to its VMD parent.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.parent`
     * - Type Reference
     */
    parent?: Reference<'DeviceComponent'>;
    /**
     * Current operational status of the component, for example On, Off or Standby
     *
     * The current operational status of the device. For example: On, Off, Standby, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceComponent.operationalStatus`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/operational-status (7 codes: off, on, not-ready, standby, transduc-discon, hw-discon, entered-in-error)
     */
    operationalStatus?: CodeableConcept[];
    /**
     * Current supported parameter group
     *
     * The parameter group supported by the current device component that is based on some nomenclature, e.g. cardiovascular.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.parameterGroup`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/parameter-group (9 codes: haemodynamic, ecg, respiratory, ventilation, neurological, drug-delivery, fluid-chemistry, blood-chemistry, miscellaneous)
     */
    parameterGroup?: CodeableConcept;
    /**
     * other | chemical | electrical | impedance | nuclear | optical | thermal | biological | mechanical | acoustical | manual+
     *
     * The physical principle of the measurement. For example: thermal, chemical, acoustical, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.measurementPrinciple`
     * - Type code
     * - Binding required to http://hl7.org/fhir/ValueSet/measurement-principle (11 codes: other, chemical, electrical, impedance, nuclear, optical, thermal, biological, mechanical, acoustical, manual)
     */
    measurementPrinciple?: 'acoustical' | 'biological' | 'chemical' | 'electrical' | 'impedance' | 'manual' | 'mechanical' | 'nuclear' | 'optical' | 'other' | 'thermal';
    /** Extensions and id for `measurementPrinciple` (FHIR JSON primitive extension, see DeviceComponent.measurementPrinciple). */
    _measurementPrinciple?: Element;
    /**
     * Specification details such as Component Revisions, or Serial Numbers
     *
     * The production specification such as component revision, serial number, etc.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceComponent.productionSpecification`
     * - Type BackboneElement
     */
    productionSpecification?: DeviceComponentProductionSpecification[];
    /**
     * Language code for the human-readable text strings produced by the device
     *
     * The language code for the human-readable text string produced by the device. This language code will follow the IETF language tag. Example: en-US.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.languageCode`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/languages (55 codes: ar, bn, cs, da, de, de-AT, de-CH, de-DE, el, en, en-AU, en-CA, ...)
     */
    languageCode?: CodeableConcept;
}
/**
 * Specification details such as Component Revisions, or Serial Numbers
 *
 * The production specification such as component revision, serial number, etc.
 *
 * - Cardinality 0..*
 * - FHIR path `DeviceComponent.productionSpecification`
 * - Type BackboneElement
 */
export interface DeviceComponentProductionSpecification {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.productionSpecification.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see DeviceComponent.productionSpecification.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceComponent.productionSpecification.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * Extensions that cannot be ignored
     *
     * May be used to represent additional information that is not part of the basic definition of the element, and that modifies the understanding of the element that contains it. Usually modifier elements provide negation or qualification. In order to make the use of extensions safe and manageable, there is a strict set of governance applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension. Applications processing a resource are required to check for modifier extensions.
     *
     * - Cardinality 0..*
     * - FHIR path `DeviceComponent.productionSpecification.modifierExtension`
     * - Type Extension
     */
    modifierExtension?: Extension[];
    /**
     * Type or kind of production specification, for example serial number or software revision
     *
     * The specification type, such as, serial number, part number, hardware revision, software revision, etc.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.productionSpecification.specType`
     * - Type CodeableConcept
     * - Binding extensible to http://hl7.org/fhir/ValueSet/specification-type (8 codes: unspecified, serial-number, part-number, hardware-revision, software-revision, firmware-revision, protocol-revision, gmdn)
     */
    specType?: CodeableConcept;
    /**
     * Internal component unique identification
     *
     * The internal component unique identification. This is a provision for manufacture specific standard components using a private OID. 11073-10101 has a partition for private OID semantic that the manufacturer can make use of.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.productionSpecification.componentId`
     * - Type Identifier
     */
    componentId?: Identifier;
    /**
     * A printable string defining the component
     *
     * The printable string defining the component.
     *
     * - Cardinality 0..1
     * - FHIR path `DeviceComponent.productionSpecification.productionSpec`
     * - Type string
     */
    productionSpec?: string;
    /** Extensions and id for `productionSpec` (FHIR JSON primitive extension, see DeviceComponent.productionSpecification.productionSpec). */
    _productionSpec?: Element;
}
import * as vrt from './runtime/validate/index.js';
export declare function checkDeviceComponent(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
export declare function checkDeviceComponentProductionSpecification(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against DeviceComponent (http://hl7.org/fhir/StructureDefinition/DeviceComponent).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateDeviceComponent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateDeviceComponent} with the same options reports no error or fatal issue: DeviceComponent (http://hl7.org/fhir/StructureDefinition/DeviceComponent). */
export declare function isDeviceComponent(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is DeviceComponent;
/** Input of {@link buildDeviceComponent}: a {@link DeviceComponent} without what the builder fills in. */
export type DeviceComponentInput = BuilderInput<DeviceComponent, 'resourceType'>;
/**
 * Builds a {@link DeviceComponent} (DeviceComponent, http://hl7.org/fhir/StructureDefinition/DeviceComponent).
 *
 * Fills in, when the input leaves them out:
 * - `resourceType`: "DeviceComponent"
 *
 * The result is checked with {@link validateDeviceComponent}.
 *
 * @throws BuildError (also exported by the package root) carrying the OperationOutcome, when the result is not valid.
 */
export declare function buildDeviceComponent(input: DeviceComponentInput): DeviceComponent;
