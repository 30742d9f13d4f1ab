import type { CodeableConcept } from './CodeableConcept.js';
import type { Element } from './Element.js';
import type { Extension } from './Extension.js';
/**
 * Extension-CareConnect-GPC-MedicationStatusReason-1
 *
 * To record the reason the medication (plan or order) was stopped and the date this occurred.
 *
 * - Canonical URL: https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1 (version 1.0.0)
 * - Source: nhsconnect.gpconnect-fhir#1.5.0
 * - Profile of Extension
 */
export interface ExtensionCareConnectGPCMedicationStatusReason1 {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension`
     * - Type Extension
     */
    extension: [
        (ExtensionCareConnectGPCMedicationStatusReason1ExtensionStatusReason | ExtensionCareConnectGPCMedicationStatusReason1ExtensionStatusChangeDate | Extension),
        ...(ExtensionCareConnectGPCMedicationStatusReason1ExtensionStatusReason | ExtensionCareConnectGPCMedicationStatusReason1ExtensionStatusChangeDate | Extension)[]
    ];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.url`
     * - Type uri
     * - Fixed "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1"
     */
    url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationStatusReason-1';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.url). */
    _url?: Element;
}
/**
 * Reason for current status
 *
 * Reason for current status.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:statusReason`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationStatusReason1ExtensionStatusReason {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:statusReason.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:statusReason.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:statusReason.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:statusReason.url`
     * - Type uri
     * - Fixed "statusReason"
     */
    url: 'statusReason';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:statusReason.url). */
    _url?: Element;
    /**
     * To record the reason the medication (plan or order) was stopped
     *
     * To record the reason the medication (plan or order) was stopped.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:statusReason.valueCodeableConcept:valueCodeableConcept`
     * - Type CodeableConcept
     */
    valueCodeableConcept?: CodeableConcept;
}
/**
 * To record the date this occurred
 *
 * To record the date this occurred.
 *
 * - Cardinality 1..1
 * - FHIR path `Extension.extension:statusChangeDate`
 * - Type Extension
 */
export interface ExtensionCareConnectGPCMedicationStatusReason1ExtensionStatusChangeDate {
    /**
     * xml:id (or equivalent in JSON)
     *
     * unique id for the element within a resource (for internal references). This may be any string value that does not contain spaces.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:statusChangeDate.id`
     * - Type string
     */
    id?: string;
    /** Extensions and id for `id` (FHIR JSON primitive extension, see Extension.extension:statusChangeDate.id). */
    _id?: Element;
    /**
     * Additional Content defined by implementations
     *
     * May be used to represent additional information that is not part of the basic definition of the element. In order to make the use of extensions safe and manageable, there is a strict set of governance  applied to the definition and use of extensions. Though any implementer is allowed to define an extension, there is a set of requirements that SHALL be met as part of the definition of the extension.
     *
     * - Cardinality 0..*
     * - FHIR path `Extension.extension:statusChangeDate.extension`
     * - Type Extension
     */
    extension?: Extension[];
    /**
     * identifies the meaning of the extension
     *
     * Source of the definition for the extension code - a logical name or a URL.
     *
     * - Cardinality 1..1
     * - FHIR path `Extension.extension:statusChangeDate.url`
     * - Type uri
     * - Fixed "statusChangeDate"
     */
    url: 'statusChangeDate';
    /** Extensions and id for `url` (FHIR JSON primitive extension, see Extension.extension:statusChangeDate.url). */
    _url?: Element;
    /**
     * To record the date this occurred
     *
     * To record the date this occurred.
     *
     * - Cardinality 0..1
     * - FHIR path `Extension.extension:statusChangeDate.valueDateTime:valueDateTime`
     * - Type dateTime
     */
    valueDateTime?: string;
    /** Extensions and id for `valueDateTime` (FHIR JSON primitive extension, see Extension.extension:statusChangeDate.valueDateTime:valueDateTime). */
    _valueDateTime?: Element;
}
