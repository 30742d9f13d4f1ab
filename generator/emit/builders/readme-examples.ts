/**
 * The worked examples of the builders README section. Each is a standalone TypeScript file that a user can
 * paste; names come from the plan through `ExampleNames` (profiles by canonical URL, or by the part after
 * `https://fhir.nhs.uk/STU3/StructureDefinition/`). The test suite type-checks and runs every one.
 */

export interface ExampleNames {
  /** Type name of a profile. */
  type(profile: string): string;
  /** Module of a profile. */
  module(profile: string): string;
  /** Builder of a profile. */
  build(profile: string): string;
  /** Helper of a slice of a profile, by element id. */
  slice(profile: string, elementId: string): string;
}

export interface Example {
  readonly title: string;
  readonly intro: string;
  code(n: ExampleNames, pkg: string): string;
}

const PATIENT = 'CareConnect-GPC-Patient-1';
const ORGANIZATION = 'CareConnect-GPC-Organization-1';
const PRACTITIONER = 'CareConnect-GPC-Practitioner-1';
const LOCATION = 'CareConnect-GPC-Location-1';
const APPOINTMENT = 'GPConnect-Appointment-1';
const SLOT = 'GPConnect-Slot-1';
const SCHEDULE = 'GPConnect-Schedule-1';
const SEARCHSET = 'GPConnect-Searchset-Bundle-1';
const STRUCTURED = 'GPConnect-StructuredRecord-Bundle-1';
const REGISTRATION = 'Extension-CareConnect-GPC-RegistrationDetails-1';
const BOOKING_ORGANISATION = 'Extension-GPConnect-BookingOrganisation-1';

/** `import { a, b } from '<pkg>/<module>';` */
function from(pkg: string, module: string, ...names: string[]): string {
  return `import { ${[...new Set(names)].sort().join(', ')} } from '${pkg}/${module}';`;
}

function patientCode(n: ExampleNames, pkg: string): string {
  const nhsNumber = n.slice(PATIENT, 'Patient.identifier:nhsNumber');
  const registration = n.build(REGISTRATION);
  const period = n.slice(REGISTRATION, 'Extension.extension:registrationPeriod');
  return `
${from(pkg, n.module(PATIENT), n.build(PATIENT), nhsNumber)}
${from(pkg, n.module(REGISTRATION), registration, period)}

export const patient = ${n.build(PATIENT)}({
  id: '2',
  identifier: [
    // The NHS number slice: its system is filled in. Its verification status extension is required, so it
    // leads \`extension\`; its URL and the coding's system are filled in too.
    ${nhsNumber}({
      value: '9476719931',
      extension: [{ valueCodeableConcept: { coding: [{ code: '01', display: 'Number present and verified' }] } }],
    }),
  ],
  // The official name is a required slice: it leads \`name\`, and \`use: 'official'\` is filled in.
  name: [{ family: 'Jackson', given: ['Jane'], prefix: ['Miss'] }],
  gender: 'female',
  birthDate: '1952-05-31',
  extension: [
    ${registration}({
      extension: [${period}({ valuePeriod: { start: '1962-07-13T00:00:00+01:00' } })],
    }),
  ],
});
// patient.resourceType === 'Patient'; patient.meta.profile holds the GP Connect Patient URL.
// Without \`name\`, or with a name that has no \`family\`, or without the verification status, this does not compile.
`;
}

function appointmentCode(n: ExampleNames, pkg: string): string {
  const ods = n.slice(ORGANIZATION, 'Organization.identifier:odsOrganisationCode');
  return `
${from(pkg, n.module(APPOINTMENT), n.build(APPOINTMENT))}
${from(pkg, n.module(BOOKING_ORGANISATION), n.build(BOOKING_ORGANISATION))}
${from(pkg, n.module(ORGANIZATION), n.build(ORGANIZATION), ods)}

// The organisation making the booking, contained in the request.
const bookingOrganisation = ${n.build(ORGANIZATION)}({
  id: '1',
  identifier: [${ods}({ value: 'Z100' })],
  name: 'North Ambulance Service',
  telecom: [{ system: 'phone', value: '01111222333' }],
});

// The payload of a Book Appointment request (POST /Appointment).
export const appointment = ${n.build(APPOINTMENT)}({
  contained: [bookingOrganisation],
  extension: [${n.build(BOOKING_ORGANISATION)}({ valueReference: { reference: '#1' } })],
  status: 'booked',
  description: 'Free text description.',
  start: '2017-05-30T10:00:00+01:00',
  end: '2017-05-30T10:25:00+01:00',
  slot: [{ reference: 'Slot/1' }],
  created: '2017-05-25T13:48:41+01:00',
  comment: 'Free text comment.',
  participant: [
    { actor: { reference: 'Patient/1' }, status: 'accepted' },
    { actor: { reference: 'Location/32' }, status: 'accepted' },
  ],
});
// \`slot\` and \`participant\` need at least one item, \`description\`, \`start\` and \`end\` are required:
// leaving one out does not compile. \`slot: [{ reference: 'Patient/1' }]\` does not compile either.
`;
}

function slotSearchCode(n: ExampleNames, pkg: string): string {
  const sdsUser = n.slice(PRACTITIONER, 'Practitioner.identifier:sdsUserID');
  return `
${from(pkg, 'builders', 'referenceTo')}
${from(pkg, n.module(LOCATION), n.build(LOCATION))}
${from(pkg, n.module(PRACTITIONER), n.build(PRACTITIONER), sdsUser)}
${from(pkg, n.module(SCHEDULE), n.build(SCHEDULE))}
${from(pkg, n.module(SEARCHSET), `assemble${n.type(SEARCHSET)}`)}
${from(pkg, n.module(SLOT), n.build(SLOT))}

const location = ${n.build(LOCATION)}({ id: '17', name: 'Building A' });
const practitioner = ${n.build(PRACTITIONER)}({
  id: '2',
  identifier: [${sdsUser}({ value: 'G13579135' })],
  name: [{ family: 'Gilbert', given: ['Nichole'], prefix: ['Dr'] }],
});
const schedule = ${n.build(SCHEDULE)}({
  id: '14',
  actor: [referenceTo(location), referenceTo(practitioner)],
  planningHorizon: { start: '2016-08-15T09:00:00+01:00', end: '2016-08-15T12:00:00+01:00' },
});
const slots = [
  ${n.build(SLOT)}({ id: '1584', schedule: referenceTo(schedule), status: 'free', start: '2016-08-15T11:30:00+01:00', end: '2016-08-15T11:40:00+01:00' }),
  ${n.build(SLOT)}({ id: '1644', schedule: referenceTo(schedule), status: 'free', start: '2016-08-15T11:40:00+01:00', end: '2016-08-15T11:50:00+01:00' }),
];

// The response to a free slot search: the slots, then the included Schedule, Practitioner and Location.
// Each entry gets a fullUrl under baseUrl; every reference (Slot.schedule, Schedule.actor) must resolve.
export const searchResult = assemble${n.type(SEARCHSET)}([...slots, schedule, practitioner, location], {
  baseUrl: 'https://provider.example.nhs.uk/STU3/1',
});
`;
}

function structuredRecordCode(n: ExampleNames, pkg: string): string {
  const nhsNumber = n.slice(PATIENT, 'Patient.identifier:nhsNumber');
  const ods = n.slice(ORGANIZATION, 'Organization.identifier:odsOrganisationCode');
  return `
${from(pkg, 'builders', 'BuildError', 'referenceTo')}
${from(pkg, n.module(ORGANIZATION), n.build(ORGANIZATION), ods)}
${from(pkg, n.module(PATIENT), n.build(PATIENT), nhsNumber)}
${from(pkg, n.module(PRACTITIONER), n.build(PRACTITIONER))}
${from(pkg, n.module(STRUCTURED), `assemble${n.type(STRUCTURED)}`)}

const organization = ${n.build(ORGANIZATION)}({ id: '7', identifier: [${ods}({ value: 'A20047' })], name: 'Dr Legg Surgery' });
const practitioner = ${n.build(PRACTITIONER)}({ id: '1', name: [{ family: 'Gilbert', given: ['Nichole'] }] });
const patient = ${n.build(PATIENT)}({
  id: '2',
  identifier: [
    ${nhsNumber}({
      value: '9476719931',
      extension: [{ valueCodeableConcept: { coding: [{ code: '01', display: 'Number present and verified' }] } }],
    }),
  ],
  name: [{ family: 'Jackson', given: ['Jane'] }],
  generalPractitioner: [referenceTo(practitioner)],
  managingOrganization: referenceTo(organization),
});

// The response Bundle of Access Record Structured (a \`collection\`), with the resources it refers to.
export const record = assemble${n.type(STRUCTURED)}([patient, organization, practitioner], {
  baseUrl: 'https://provider.example.nhs.uk/STU3/1',
});

// A reference that does not resolve is an error, as is anything the validator reports.
try {
  assemble${n.type(STRUCTURED)}([patient], { baseUrl: 'https://provider.example.nhs.uk/STU3/1' });
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  // error.outcome.issue[0]: { severity: 'error', code: 'not-found', expression: ['Bundle.entry[0].resource.generalPractitioner[0].reference'], ... }
}
`;
}

export const EXAMPLES: readonly Example[] = [
  { title: 'Example: a GP Connect Patient', intro: 'A Patient as a provider returns it (Read Patient, Find a patient).', code: patientCode },
  { title: 'Example: a Book Appointment request', intro: 'The Appointment a consumer sends to book a slot, with the booking organisation.', code: appointmentCode },
  { title: 'Example: a free slot search result', intro: 'A provider answering `GET /Slot?...&_include=Slot:schedule...`.', code: slotSearchCode },
  { title: 'Example: a structured record Bundle', intro: 'The `collection` Bundle of Access Record Structured, assembled from built resources.', code: structuredRecordCode },
];
