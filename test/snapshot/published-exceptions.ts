/**
 * The published NHS snapshots our generated snapshots knowingly differ from, each with the reason. A
 * mismatch is excused only at or below `under` in that profile; the test fails on any exception that
 * no longer excuses anything, and checks that what we generate there equals the extension definition.
 */

export interface PublishedException {
  /** Canonical URL of the profile whose published snapshot differs. */
  readonly profile: string;
  /** Element id (normalised) of the subtree where our snapshot differs. */
  readonly under: string;
  /** Extension definition that our subtree follows instead (checked by the test). */
  readonly definition: string;
  readonly why: string;
}

const NHS = 'https://fhir.nhs.uk/STU3/StructureDefinition/';
const UK = 'https://fhir.hl7.org.uk/STU3/StructureDefinition/';
const SCT_DESCRIPTION = `${UK}Extension-coding-sctdescid`;

/**
 * Forge, which made these snapshots, expands an extension slice whose differential restates a child
 * (always the `url`, with the value the definition already fixes) from the core Extension type and
 * the core 0..* cardinality, dropping the extension definition named in `type.profile`. We expand it
 * from that definition, as HL7 ProfileUtilities does: so our slice keeps the definition's cardinality
 * (e.g. 0..1) and our children carry its sub-extension slices and its `value[x]` constraints. Slices
 * whose differential does not reach into them agree with Forge (it takes the definition's root there).
 */
const FORGE_BASE_EXTENSION =
  'Forge expanded this profiled extension slice from the core Extension type because the differential restates its url; ' +
  'we expand it from its extension definition (HL7 ProfileUtilities behaviour): definition cardinality, sub-extensions, value[x]';

/**
 * The published MedicationRequest snapshot was generated against an earlier version of the repeat
 * information extension: it shows `valueUnsignedInt` where the definition shipped in the same package
 * (and its own published snapshot) says `valuePositiveInt`. Ours follows the shipped definition.
 */
const STALE_SNAPSHOT =
  'published snapshot predates the shipped Extension-CareConnect-GPC-MedicationRepeatInformation-1 ' +
  '(valueUnsignedInt there, valuePositiveInt in the definition); we follow the shipped definition';

function forge(profile: string, definition: string, under: readonly string[]): PublishedException[] {
  return under.map((id) => ({ profile: NHS + profile, under: id, definition, why: FORGE_BASE_EXTENSION }));
}

function sctDescription(profile: string, codings: readonly string[]): PublishedException[] {
  return forge(profile, SCT_DESCRIPTION, codings.map((coding) => `${coding}.coding:snomedCT.extension:snomedCTDescriptionID`));
}

export const PUBLISHED_EXCEPTIONS: readonly PublishedException[] = [
  ...sctDescription('CareConnect-GPC-DiagnosticReport-1', [
    'DiagnosticReport.category', 'DiagnosticReport.code', 'DiagnosticReport.codedDiagnosis',
  ]),
  ...forge('CareConnect-GPC-Encounter-1', `${UK}Extension-CareConnect-EncounterTransport-1`, ['Encounter.extension:encounterTransport']),
  ...forge('CareConnect-GPC-Encounter-1', `${UK}Extension-CareConnect-OutcomeOfAttendance-1`, ['Encounter.extension:outcomeOfAttendance']),
  ...forge('CareConnect-GPC-Encounter-1', `${UK}Extension-CareConnect-EmergencyCareDischargeStatus-1`, [
    'Encounter.extension:emergencyCareDischargeStatus',
  ]),
  ...forge('CareConnect-GPC-Encounter-1', `${UK}Extension-CareConnect-AdmissionMethod-1`, ['Encounter.hospitalization.extension:admissionMethod']),
  ...forge('CareConnect-GPC-Encounter-1', `${UK}Extension-CareConnect-DischargeMethod-1`, ['Encounter.hospitalization.extension:dischargeMethod']),
  ...sctDescription('CareConnect-GPC-Encounter-1', ['Encounter.type', 'Encounter.reason', 'Encounter.hospitalization.reAdmission']),
  ...sctDescription('CareConnect-GPC-Immunization-1', [
    'Immunization.site', 'Immunization.route', 'Immunization.vaccinationProtocol.targetDisease',
  ]),
  ...forge('CareConnect-GPC-List-1', `${UK}Extension-CareConnect-RelatedProblemHeader-1`, ['List.extension:relatedProblemHeader']),
  ...forge('CareConnect-GPC-ProblemHeader-Condition-1', `${UK}Extension-CareConnect-RelatedProblemHeader-1`, [
    'Condition.extension:relatedProblemHeader',
  ]),
  ...sctDescription('CareConnect-GPC-ProblemHeader-Condition-1', ['Condition.code']),
  ...sctDescription('CareConnect-GPC-ProcedureRequest-1', [
    'ProcedureRequest.category', 'ProcedureRequest.code', 'ProcedureRequest.reasonCode', 'ProcedureRequest.bodySite',
  ]),
  ...sctDescription('CareConnect-GPC-Specimen-1', ['Specimen.type', 'Specimen.collection.bodySite']),
  {
    profile: `${NHS}CareConnect-GPC-MedicationRequest-1`,
    under: 'MedicationRequest.extension:repeatInformation',
    definition: `${NHS}Extension-CareConnect-GPC-MedicationRepeatInformation-1`,
    why: STALE_SNAPSHOT,
  },
];
