const ODS_ORGANIZATION_CODE_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
const SDS_USER_ID_SYSTEM = "https://fhir.nhs.uk/Id/sds-user-id";
const SDS_ROLE_PROFILE_ID_SYSTEM = "https://fhir.nhs.uk/Id/sds-role-profile-id";
const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
const SDS_UNKNOWN = "UNK";
const LEGACY_DSTU2_SYSTEMS = {
  "http://fhir.nhs.net/Id/ods-organization-code": ODS_ORGANIZATION_CODE_SYSTEM,
  "http://fhir.nhs.net/sds-user-id": SDS_USER_ID_SYSTEM,
  "http://fhir.nhs.net/Id/sds-user-id": SDS_USER_ID_SYSTEM,
  "http://fhir.nhs.net/Id/sds-role-profile-id": SDS_ROLE_PROFILE_ID_SYSTEM,
  "http://fhir.nhs.net/Id/nhs-number": NHS_NUMBER_SYSTEM
};
export {
  LEGACY_DSTU2_SYSTEMS,
  NHS_NUMBER_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_UNKNOWN,
  SDS_USER_ID_SYSTEM
};
