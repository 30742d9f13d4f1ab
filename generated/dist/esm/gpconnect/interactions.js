const GP_CONNECT_INTERACTIONS = {
  // Foundations
  readMetadata: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:read:metadata-1",
    capability: "foundations",
    operation: "Read metadata",
    useCasePage: "foundations_use_case_get_the_fhir_capability_statement.html",
    method: "GET",
    path: "/metadata",
    fhirInteraction: "capabilities",
    resourceType: "CapabilityStatement",
    requestedScope: "organization/*.read"
  },
  readPatient: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1",
    capability: "foundations",
    operation: "Read patient",
    useCasePage: "foundations_use_case_read_a_patient.html",
    method: "GET",
    path: "/Patient/[id]",
    fhirInteraction: "read",
    resourceType: "Patient",
    requestedScope: "patient/*.read"
  },
  searchPatient: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1",
    capability: "foundations",
    operation: "Patient search",
    useCasePage: "foundations_use_case_find_a_patient.html",
    method: "GET",
    path: "/Patient",
    fhirInteraction: "search-type",
    resourceType: "Patient",
    requestedScope: "patient/*.read"
  },
  readPractitioner: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:read:practitioner-1",
    capability: "foundations",
    operation: "Read practitioner",
    useCasePage: "foundations_use_case_read_a_practitioner.html",
    method: "GET",
    path: "/Practitioner/[id]",
    fhirInteraction: "read",
    resourceType: "Practitioner",
    requestedScope: "organization/*.read"
  },
  searchPractitioner: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:search:practitioner-1",
    capability: "foundations",
    operation: "Practitioner search",
    useCasePage: "foundations_use_case_find_a_practitioner.html",
    method: "GET",
    path: "/Practitioner",
    fhirInteraction: "search-type",
    resourceType: "Practitioner",
    requestedScope: "organization/*.read"
  },
  readOrganization: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:read:organization-1",
    capability: "foundations",
    operation: "Read organisation",
    useCasePage: "foundations_use_case_read_an_organisation.html",
    method: "GET",
    path: "/Organization/[id]",
    fhirInteraction: "read",
    resourceType: "Organization",
    requestedScope: "organization/*.read"
  },
  searchOrganization: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:search:organization-1",
    capability: "foundations",
    operation: "Organisation search",
    useCasePage: "foundations_use_case_find_an_organisation.html",
    method: "GET",
    path: "/Organization",
    fhirInteraction: "search-type",
    resourceType: "Organization",
    requestedScope: "organization/*.read"
  },
  readHealthcareService: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:read:healthcareservice-1",
    capability: "foundations",
    operation: "Read healthcare service",
    useCasePage: "foundations_use_case_read_a_healthcareservice.html",
    method: "GET",
    path: "/HealthcareService/[id]",
    fhirInteraction: "read",
    resourceType: "HealthcareService",
    requestedScope: "organization/*.read"
  },
  searchHealthcareService: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:search:healthcareservice-1",
    capability: "foundations",
    operation: "Healthcare service search",
    useCasePage: "foundations_use_case_find_a_healthcareservice.html",
    method: "GET",
    path: "/HealthcareService",
    fhirInteraction: "search-type",
    resourceType: "HealthcareService",
    requestedScope: "organization/*.read"
  },
  readLocation: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:read:location-1",
    capability: "foundations",
    operation: "Read location",
    useCasePage: "foundations_use_case_read_a_location.html",
    method: "GET",
    path: "/Location/[id]",
    fhirInteraction: "read",
    resourceType: "Location",
    requestedScope: "organization/*.read"
  },
  registerPatient: {
    id: "urn:nhs:names:services:gpconnect:fhir:operation:gpc.registerpatient-1",
    capability: "foundations",
    operation: "Register patient",
    useCasePage: "foundations_use_case_register_a_patient.html",
    method: "POST",
    path: "/Patient/$gpc.registerpatient",
    fhirInteraction: "operation",
    resourceType: "Patient",
    fhirOperation: "$gpc.registerpatient",
    requestedScope: "patient/*.write"
  },
  // Appointments
  searchFreeSlots: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1",
    capability: "appointments",
    operation: "Search for free slots",
    useCasePage: "appointments_use_case_search_for_free_slots.html",
    method: "GET",
    path: "/Slot",
    fhirInteraction: "search-type",
    resourceType: "Slot",
    requestedScope: "organization/*.read"
  },
  readAppointment: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:read:appointment-1",
    capability: "appointments",
    operation: "Read appointment",
    useCasePage: "appointments_use_case_read_an_appointment.html",
    method: "GET",
    path: "/Appointment/[id]",
    fhirInteraction: "read",
    resourceType: "Appointment",
    requestedScope: "patient/*.read"
  },
  createAppointment: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1",
    capability: "appointments",
    operation: "Create appointment",
    useCasePage: "appointments_use_case_book_an_appointment.html",
    method: "POST",
    path: "/Appointment",
    fhirInteraction: "create",
    resourceType: "Appointment",
    requestedScope: "patient/*.write"
  },
  amendAppointment: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:update:appointment-1",
    capability: "appointments",
    operation: "Amend appointment",
    useCasePage: "appointments_use_case_amend_an_appointment.html",
    method: "PUT",
    path: "/Appointment/[id]",
    fhirInteraction: "update",
    resourceType: "Appointment",
    requestedScope: "patient/*.write"
  },
  cancelAppointment: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1",
    capability: "appointments",
    operation: "Cancel appointment",
    useCasePage: "appointments_use_case_cancel_an_appointment.html",
    method: "PUT",
    path: "/Appointment/[id]",
    fhirInteraction: "update",
    resourceType: "Appointment",
    requestedScope: "patient/*.write"
  },
  getPatientAppointments: {
    id: "urn:nhs:names:services:gpconnect:fhir:rest:search:patient_appointments-1",
    capability: "appointments",
    operation: "Get patient appointments",
    useCasePage: "appointments_use_case_retrieve_a_patients_appointments.html",
    method: "GET",
    path: "/Patient/[id]/Appointment",
    fhirInteraction: "search-type",
    resourceType: "Appointment",
    requestedScope: "patient/*.read"
  },
  // Access Record Structured
  getStructuredRecord: {
    id: "urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1",
    capability: "access-record-structured",
    operation: "Get Structured Record",
    useCasePage: "accessrecord_structured_development_retrieve_patient_record.html",
    method: "POST",
    path: "/Patient/$gpc.getstructuredrecord",
    fhirInteraction: "operation",
    resourceType: "Patient",
    fhirOperation: "$gpc.getstructuredrecord",
    requestedScope: "patient/*.read"
  },
  readStructuredMetadata: {
    id: "urn:nhs:names:services:gpconnect:structured:fhir:rest:read:metadata-1",
    capability: "access-record-structured",
    operation: "Read metadata (Access Record Structured)",
    useCasePage: "accessrecord_structured_get_the_fhir_capability_statement.html",
    method: "GET",
    path: "/metadata",
    fhirInteraction: "capabilities",
    resourceType: "CapabilityStatement",
    requestedScope: "organization/*.read"
  }
};
const INTERACTIONS = GP_CONNECT_INTERACTIONS;
const GP_CONNECT_INTERACTION_IDS = Object.freeze(
  Object.fromEntries(Object.entries(GP_CONNECT_INTERACTIONS).map(([name, interaction]) => [name, interaction.id]))
);
const BY_ID = new Map(
  Object.values(INTERACTIONS).map((interaction) => [interaction.id, interaction])
);
function isGpConnectInteractionId(value) {
  return typeof value === "string" && BY_ID.has(value);
}
function getGpConnectInteraction(id) {
  const interaction = BY_ID.get(id);
  if (interaction === void 0) {
    throw new TypeError(`Unknown GP Connect interaction ID ${typeof id === "string" ? JSON.stringify(id) : typeof id}`);
  }
  return interaction;
}
function requestedScopeFor(id) {
  return getGpConnectInteraction(id).requestedScope;
}
export {
  GP_CONNECT_INTERACTIONS,
  GP_CONNECT_INTERACTION_IDS,
  getGpConnectInteraction,
  isGpConnectInteractionId,
  requestedScopeFor
};
