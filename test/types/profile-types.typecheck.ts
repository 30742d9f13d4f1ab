/**
 * Type tests for the generated profile types: each valid literal compiles, and each `@ts-expect-error`
 * line must fail to compile (an unused @ts-expect-error is itself an error, so a type that got too loose
 * fails this file). Checked by test/types/profile-types.test.ts with strict settings.
 */
import type {
  CareConnectGPCPatient1,
  CareConnectGPCPatient1IdentifierNhsNumber,
} from '../../generated/src/CareConnectGPCPatient1.js';
import type { GPConnectAppointment1 } from '../../generated/src/GPConnectAppointment1.js';
import type { ExtensionCareConnectGPCNHSNumberVerificationStatus1 } from '../../generated/src/ExtensionCareConnectGPCNHSNumberVerificationStatus1.js';
import type { CareConnectGPCOrganization1 } from '../../generated/src/CareConnectGPCOrganization1.js';

const verification: ExtensionCareConnectGPCNHSNumberVerificationStatus1 = {
  url: 'https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1',
  valueCodeableConcept: {
    coding: [{ system: 'https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1', code: '01', display: 'Number present and verified' }],
  },
};

const nhsNumber: CareConnectGPCPatient1IdentifierNhsNumber = {
  system: 'https://fhir.nhs.uk/Id/nhs-number',
  value: '9476719931',
  extension: [verification],
};

export const patient: CareConnectGPCPatient1 = {
  resourceType: 'Patient',
  identifier: [nhsNumber],
  name: [{ use: 'official', family: 'Jackson', given: ['Jane'] }],
  gender: 'female',
  birthDate: '1952-05-31',
};

// A wrong resourceType.
// @ts-expect-error resourceType is the literal 'Patient'
export const wrongType: CareConnectGPCPatient1 = { ...patient, resourceType: 'Practitioner' };

// Wrong fixed system in the nhsNumber slice.
export const wrongSystem: CareConnectGPCPatient1IdentifierNhsNumber = {
  // @ts-expect-error system is fixed to https://fhir.nhs.uk/Id/nhs-number
  system: 'https://fhir.nhs.uk/Id/nhs-number-typo',
  value: '9476719931',
  extension: [verification],
};

// Missing required element in the slice: value is 1..1.
// @ts-expect-error value is required
export const missingValue: CareConnectGPCPatient1IdentifierNhsNumber = { system: 'https://fhir.nhs.uk/Id/nhs-number', extension: [verification] };

// The slice's required extension (nhsNumberVerificationStatus 1..1) makes its extension array required.
// @ts-expect-error extension is required in the nhsNumber slice
export const missingVerification: CareConnectGPCPatient1IdentifierNhsNumber = { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9476719931' };

// A code outside a required binding (administrative-gender).
// @ts-expect-error 'F' is not in the required value set
export const wrongGender: CareConnectGPCPatient1 = { ...patient, gender: 'F' };

// An extension url that is not the extension's fixed url.
export const wrongUrl: ExtensionCareConnectGPCNHSNumberVerificationStatus1 = {
  // @ts-expect-error url is fixed
  url: 'https://example.org/not-it',
  valueCodeableConcept: {},
};

// A reference to a resource type the profile does not allow.
// @ts-expect-error managingOrganization references an Organization only
export const wrongTarget: CareConnectGPCPatient1 = { ...patient, managingOrganization: { reference: 'Patient/1' } };

// Appointment: required elements (status, participant, ...) missing.
// @ts-expect-error status, start, end, participant... are required
export const emptyAppointment: GPConnectAppointment1 = { resourceType: 'Appointment' };

// Organization: name is 1..1 in the GP Connect profile.
// @ts-expect-error name is required
export const unnamed: CareConnectGPCOrganization1 = { resourceType: 'Organization' };
