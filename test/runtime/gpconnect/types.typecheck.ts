/**
 * Type tests, checked by `npx tsc -p tsconfig.json --noEmit` (the repo tsconfig includes test/**\/*.ts):
 * each `@ts-expect-error` line must fail to compile (tsc reports an unused one), the rest must compile.
 * Not run by the test runner; the functions are never called.
 */
import type {
  GpConnectInteractionId,
  GpConnectJwtClaims,
  GpConnectJwtInput,
  GpConnectRequestedScope,
  SspHeaders,
} from '../../../generator/runtime/gpconnect/index.js';
import {
  buildGpConnectJwtClaims,
  buildSspHeaders,
  GP_CONNECT_INTERACTION_IDS,
  GP_CONNECT_INTERACTIONS,
  requestedScopeFor,
  SDS_UNKNOWN,
} from '../../../generator/runtime/gpconnect/index.js';

const device = { identifier: { system: 'https://consumersupplier.com/Id/device-identifier', value: 'CONS-APP-4' }, model: 'Product', version: '5.3.0' };
const organization = { odsCode: 'A1001', name: 'Test Hospital' };
const practitioner = {
  id: '10019',
  name: { family: 'Jones', given: ['Claire'] as [string], prefix: ['Dr'] },
  sdsUserId: SDS_UNKNOWN,
  sdsRoleProfileId: SDS_UNKNOWN,
  localIdentifier: { system: 'https://consumersupplier.com/Id/user-guid', value: '98ed4f78' },
};
const valid = {
  iss: 'https://consumersupplier.thirdparty.nhs.uk/',
  aud: 'https://providersupplier.thirdparty.nhs.uk/GP0001/STU3/1',
  requested_scope: 'patient/*.read',
  requesting_device: device,
  requesting_organization: organization,
  requesting_practitioner: practitioner,
} satisfies GpConnectJwtInput;

export function jwtInputTypeTests(): void {
  // Valid: the minimum, plus the optional parts.
  const claims: GpConnectJwtClaims = buildGpConnectJwtClaims(valid);
  buildGpConnectJwtClaims({ ...valid, reason_for_request: 'directcare', requested_record: { nhsNumber: '9000000033' } }, { now: () => 0 });
  buildGpConnectJwtClaims({ ...valid, requested_scope: requestedScopeFor(GP_CONNECT_INTERACTION_IDS.registerPatient) });
  buildGpConnectJwtClaims({ ...valid, requesting_practitioner: { ...practitioner, name: { family: 'Jones', given: 'Claire' } } });

  // Output types carry the fixed values.
  const reason: 'directcare' = claims.reason_for_request;
  const resourceType: 'Practitioner' = claims.requesting_practitioner.resourceType;
  void reason;
  void resourceType;

  const { requesting_practitioner: _practitioner, ...withoutPractitioner } = valid;
  // @ts-expect-error requesting_practitioner is mandatory
  buildGpConnectJwtClaims(withoutPractitioner);

  const { requesting_device: _device, ...withoutDevice } = valid;
  // @ts-expect-error requesting_device is mandatory
  buildGpConnectJwtClaims(withoutDevice);

  const { requesting_organization: _organization, ...withoutOrganization } = valid;
  // @ts-expect-error requesting_organization is mandatory
  buildGpConnectJwtClaims(withoutOrganization);

  const { aud: _aud, ...withoutAud } = valid;
  // @ts-expect-error aud is mandatory
  buildGpConnectJwtClaims(withoutAud);

  const { requested_scope: _scope, ...withoutScope } = valid;
  // @ts-expect-error requested_scope is mandatory
  buildGpConnectJwtClaims(withoutScope);

  // @ts-expect-error reason_for_request can only be 'directcare'
  buildGpConnectJwtClaims({ ...valid, reason_for_request: 'research' });

  // @ts-expect-error requested_scope must be one of the four page values
  buildGpConnectJwtClaims({ ...valid, requested_scope: 'patient/*.*' });

  // @ts-expect-error sub is derived from requesting_practitioner.id, not given
  buildGpConnectJwtClaims({ ...valid, sub: '10019' });

  // @ts-expect-error iat and exp come from the clock
  buildGpConnectJwtClaims({ ...valid, iat: 0 });

  const { sdsRoleProfileId: _role, ...withoutRoleProfile } = practitioner;
  // @ts-expect-error the SDS role profile ID is mandatory (SDS_UNKNOWN without a smartcard)
  buildGpConnectJwtClaims({ ...valid, requesting_practitioner: withoutRoleProfile });

  const { localIdentifier: _local, ...withoutLocal } = practitioner;
  // @ts-expect-error the local user identifier is mandatory
  buildGpConnectJwtClaims({ ...valid, requesting_practitioner: withoutLocal });

  // @ts-expect-error at least one given name
  buildGpConnectJwtClaims({ ...valid, requesting_practitioner: { ...practitioner, name: { family: 'Jones', given: [] } } });

  // @ts-expect-error the organisation is identified by its ODS code
  buildGpConnectJwtClaims({ ...valid, requesting_organization: { name: 'Test Hospital' } });

  // @ts-expect-error the clock returns a number of milliseconds
  buildGpConnectJwtClaims(valid, { now: () => new Date() });
}

export function interactionTypeTests(): void {
  const id: GpConnectInteractionId = GP_CONNECT_INTERACTION_IDS.readPatient;
  const literal: 'urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1' = GP_CONNECT_INTERACTION_IDS.readPatient;
  const scope: GpConnectRequestedScope = GP_CONNECT_INTERACTIONS.registerPatient.requestedScope;
  const method: 'POST' = GP_CONNECT_INTERACTIONS.registerPatient.method;
  void [id, literal, scope, method];

  // @ts-expect-error not a GP Connect 1.2.8 interaction ID
  const wrong: GpConnectInteractionId = 'urn:nhs:names:services:gpconnect:fhir:rest:read:patient-2';
  void wrong;
}

export function sspTypeTests(jwt: string): void {
  const headers: SspHeaders = buildSspHeaders({ from: '200000000115', to: '200000000116', interactionId: GP_CONNECT_INTERACTION_IDS.getStructuredRecord, jwt });
  const bearer: `Bearer ${string}` = headers.Authorization;
  const interaction: GpConnectInteractionId = headers['Ssp-InteractionID'];
  void [bearer, interaction];

  // @ts-expect-error the interaction ID must be one of the typed constants
  buildSspHeaders({ from: '200000000115', to: '200000000116', interactionId: 'urn:nhs:names:services:gpconnect:fhir:rest:read:patient-2', jwt });

  // @ts-expect-error the provider ASID (Ssp-To) is mandatory
  buildSspHeaders({ from: '200000000115', interactionId: GP_CONNECT_INTERACTION_IDS.readPatient, jwt });
}
