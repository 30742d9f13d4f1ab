/**
 * GP Connect interaction IDs (the `Ssp-InteractionID` header), GP Connect 1.2.8 "Interaction IDs" page,
 * with what the linked use-case pages say about each request.
 *
 * Per interaction:
 * - `capability` and `operation`: the section and the Operation column of the Interaction IDs page;
 * - `useCasePage`: the page the Operation column links to;
 * - `method` and `path`: the verb and the path (query template left out) of the "FHIR relative request"
 *   on that use-case page. The Access Record Structured capability statement page is not part of
 *   1.2.8, so for `readStructuredMetadata` they follow from the ID (`rest:read:metadata`), as for `readMetadata`;
 * - `fhirInteraction`: the FHIR RESTful interaction the request is (cancel is an `update`, a PUT);
 * - `resourceType`: the FHIR resource type read, searched, created or updated, or that an operation is invoked on;
 * - `requestedScope`: the JWT `requested_scope` value from the audit page's table. That table does not list
 *   the two HealthcareService interactions; they get `organization/*.read` ("Other read request"), as every
 *   other non-patient read does.
 */
import type { GpConnectRequestedScope } from './scopes.js';
export type GpConnectCapability = 'foundations' | 'appointments' | 'access-record-structured';
export type GpConnectFhirInteraction = 'capabilities' | 'read' | 'search-type' | 'create' | 'update' | 'operation';
export interface GpConnectInteraction {
    readonly id: string;
    readonly capability: GpConnectCapability;
    readonly operation: string;
    readonly useCasePage: string;
    readonly method: 'GET' | 'POST' | 'PUT';
    readonly path: string;
    readonly fhirInteraction: GpConnectFhirInteraction;
    readonly resourceType: string;
    /** For `fhirInteraction: 'operation'`: the operation name as it appears in the path. */
    readonly fhirOperation?: string;
    readonly requestedScope: GpConnectRequestedScope;
}
export declare const GP_CONNECT_INTERACTIONS: {
    readonly readMetadata: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1";
        readonly capability: "foundations";
        readonly operation: "Read metadata";
        readonly useCasePage: "foundations_use_case_get_the_fhir_capability_statement.html";
        readonly method: "GET";
        readonly path: "/metadata";
        readonly fhirInteraction: "capabilities";
        readonly resourceType: "CapabilityStatement";
        readonly requestedScope: "organization/*.read";
    };
    readonly readPatient: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1";
        readonly capability: "foundations";
        readonly operation: "Read patient";
        readonly useCasePage: "foundations_use_case_read_a_patient.html";
        readonly method: "GET";
        readonly path: "/Patient/[id]";
        readonly fhirInteraction: "read";
        readonly resourceType: "Patient";
        readonly requestedScope: "patient/*.read";
    };
    readonly searchPatient: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1";
        readonly capability: "foundations";
        readonly operation: "Patient search";
        readonly useCasePage: "foundations_use_case_find_a_patient.html";
        readonly method: "GET";
        readonly path: "/Patient";
        readonly fhirInteraction: "search-type";
        readonly resourceType: "Patient";
        readonly requestedScope: "patient/*.read";
    };
    readonly readPractitioner: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:read:practitioner-1";
        readonly capability: "foundations";
        readonly operation: "Read practitioner";
        readonly useCasePage: "foundations_use_case_read_a_practitioner.html";
        readonly method: "GET";
        readonly path: "/Practitioner/[id]";
        readonly fhirInteraction: "read";
        readonly resourceType: "Practitioner";
        readonly requestedScope: "organization/*.read";
    };
    readonly searchPractitioner: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:search:practitioner-1";
        readonly capability: "foundations";
        readonly operation: "Practitioner search";
        readonly useCasePage: "foundations_use_case_find_a_practitioner.html";
        readonly method: "GET";
        readonly path: "/Practitioner";
        readonly fhirInteraction: "search-type";
        readonly resourceType: "Practitioner";
        readonly requestedScope: "organization/*.read";
    };
    readonly readOrganization: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:read:organization-1";
        readonly capability: "foundations";
        readonly operation: "Read organisation";
        readonly useCasePage: "foundations_use_case_read_an_organisation.html";
        readonly method: "GET";
        readonly path: "/Organization/[id]";
        readonly fhirInteraction: "read";
        readonly resourceType: "Organization";
        readonly requestedScope: "organization/*.read";
    };
    readonly searchOrganization: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:search:organization-1";
        readonly capability: "foundations";
        readonly operation: "Organisation search";
        readonly useCasePage: "foundations_use_case_find_an_organisation.html";
        readonly method: "GET";
        readonly path: "/Organization";
        readonly fhirInteraction: "search-type";
        readonly resourceType: "Organization";
        readonly requestedScope: "organization/*.read";
    };
    readonly readHealthcareService: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:read:healthcareservice-1";
        readonly capability: "foundations";
        readonly operation: "Read healthcare service";
        readonly useCasePage: "foundations_use_case_read_a_healthcareservice.html";
        readonly method: "GET";
        readonly path: "/HealthcareService/[id]";
        readonly fhirInteraction: "read";
        readonly resourceType: "HealthcareService";
        readonly requestedScope: "organization/*.read";
    };
    readonly searchHealthcareService: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:search:healthcareservice-1";
        readonly capability: "foundations";
        readonly operation: "Healthcare service search";
        readonly useCasePage: "foundations_use_case_find_a_healthcareservice.html";
        readonly method: "GET";
        readonly path: "/HealthcareService";
        readonly fhirInteraction: "search-type";
        readonly resourceType: "HealthcareService";
        readonly requestedScope: "organization/*.read";
    };
    readonly readLocation: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:read:location-1";
        readonly capability: "foundations";
        readonly operation: "Read location";
        readonly useCasePage: "foundations_use_case_read_a_location.html";
        readonly method: "GET";
        readonly path: "/Location/[id]";
        readonly fhirInteraction: "read";
        readonly resourceType: "Location";
        readonly requestedScope: "organization/*.read";
    };
    readonly registerPatient: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:operation:gpc.registerpatient-1";
        readonly capability: "foundations";
        readonly operation: "Register patient";
        readonly useCasePage: "foundations_use_case_register_a_patient.html";
        readonly method: "POST";
        readonly path: "/Patient/$gpc.registerpatient";
        readonly fhirInteraction: "operation";
        readonly resourceType: "Patient";
        readonly fhirOperation: "$gpc.registerpatient";
        readonly requestedScope: "patient/*.write";
    };
    readonly searchFreeSlots: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1";
        readonly capability: "appointments";
        readonly operation: "Search for free slots";
        readonly useCasePage: "appointments_use_case_search_for_free_slots.html";
        readonly method: "GET";
        readonly path: "/Slot";
        readonly fhirInteraction: "search-type";
        readonly resourceType: "Slot";
        readonly requestedScope: "organization/*.read";
    };
    readonly readAppointment: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:read:appointment-1";
        readonly capability: "appointments";
        readonly operation: "Read appointment";
        readonly useCasePage: "appointments_use_case_read_an_appointment.html";
        readonly method: "GET";
        readonly path: "/Appointment/[id]";
        readonly fhirInteraction: "read";
        readonly resourceType: "Appointment";
        readonly requestedScope: "patient/*.read";
    };
    readonly createAppointment: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1";
        readonly capability: "appointments";
        readonly operation: "Create appointment";
        readonly useCasePage: "appointments_use_case_book_an_appointment.html";
        readonly method: "POST";
        readonly path: "/Appointment";
        readonly fhirInteraction: "create";
        readonly resourceType: "Appointment";
        readonly requestedScope: "patient/*.write";
    };
    readonly amendAppointment: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:update:appointment-1";
        readonly capability: "appointments";
        readonly operation: "Amend appointment";
        readonly useCasePage: "appointments_use_case_amend_an_appointment.html";
        readonly method: "PUT";
        readonly path: "/Appointment/[id]";
        readonly fhirInteraction: "update";
        readonly resourceType: "Appointment";
        readonly requestedScope: "patient/*.write";
    };
    readonly cancelAppointment: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1";
        readonly capability: "appointments";
        readonly operation: "Cancel appointment";
        readonly useCasePage: "appointments_use_case_cancel_an_appointment.html";
        readonly method: "PUT";
        readonly path: "/Appointment/[id]";
        readonly fhirInteraction: "update";
        readonly resourceType: "Appointment";
        readonly requestedScope: "patient/*.write";
    };
    readonly getPatientAppointments: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:rest:search:patient_appointments-1";
        readonly capability: "appointments";
        readonly operation: "Get patient appointments";
        readonly useCasePage: "appointments_use_case_retrieve_a_patients_appointments.html";
        readonly method: "GET";
        readonly path: "/Patient/[id]/Appointment";
        readonly fhirInteraction: "search-type";
        readonly resourceType: "Appointment";
        readonly requestedScope: "patient/*.read";
    };
    readonly getStructuredRecord: {
        readonly id: "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1";
        readonly capability: "access-record-structured";
        readonly operation: "Get Structured Record";
        readonly useCasePage: "accessrecord_structured_development_retrieve_patient_record.html";
        readonly method: "POST";
        readonly path: "/Patient/$gpc.getstructuredrecord";
        readonly fhirInteraction: "operation";
        readonly resourceType: "Patient";
        readonly fhirOperation: "$gpc.getstructuredrecord";
        readonly requestedScope: "patient/*.read";
    };
    readonly readStructuredMetadata: {
        readonly id: "urn:nhs:names:services:gpconnect:structured:fhir:rest:read:metadata-1";
        readonly capability: "access-record-structured";
        readonly operation: "Read metadata (Access Record Structured)";
        readonly useCasePage: "accessrecord_structured_get_the_fhir_capability_statement.html";
        readonly method: "GET";
        readonly path: "/metadata";
        readonly fhirInteraction: "capabilities";
        readonly resourceType: "CapabilityStatement";
        readonly requestedScope: "organization/*.read";
    };
};
export type GpConnectInteractionName = keyof typeof GP_CONNECT_INTERACTIONS;
/** Every GP Connect 1.2.8 interaction ID, e.g. `urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1`. */
export type GpConnectInteractionId = (typeof GP_CONNECT_INTERACTIONS)[GpConnectInteractionName]['id'];
/** Interaction IDs as a flat, readable map: `GP_CONNECT_INTERACTION_IDS.readPatient`. */
export declare const GP_CONNECT_INTERACTION_IDS: { readonly [N in GpConnectInteractionName]: (typeof GP_CONNECT_INTERACTIONS)[N]["id"]; };
export declare function isGpConnectInteractionId(value: unknown): value is GpConnectInteractionId;
/** The metadata of an interaction ID. */
export declare function getGpConnectInteraction(id: GpConnectInteractionId): GpConnectInteraction;
/** The `requested_scope` a JWT must carry for this interaction. */
export declare function requestedScopeFor(id: GpConnectInteractionId): GpConnectRequestedScope;
