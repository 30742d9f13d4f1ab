/**
 * The minimal STU3 resources embedded in the GP Connect JWT (GP Connect 1.2.8, "Cross-organisation
 * audit and provenance": requesting_device, requesting_organization, requesting_practitioner claims).
 * The page says they conform to the base STU3 resources, not to a GP Connect profile, so they are
 * declared here structurally, with only the elements the page asks for.
 *
 * Identifier arrays are typed as arrays, not position tuples: the page requires that certain
 * identifiers be present, not in which order, so a token from another consumer may order them
 * differently. `buildGpConnectJwtClaims` always writes them in the order of the page's examples.
 */
/** ODS organisation code system (requesting_organization.identifier). */
export declare const ODS_ORGANIZATION_CODE_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
/** SDS user ID system (requesting_practitioner.identifier). */
export declare const SDS_USER_ID_SYSTEM = "https://fhir.nhs.uk/Id/sds-user-id";
/** SDS user role profile ID system (requesting_practitioner.identifier). */
export declare const SDS_ROLE_PROFILE_ID_SYSTEM = "https://fhir.nhs.uk/Id/sds-role-profile-id";
/**
 * NHS number system, for the optional `requested_record` claim. The 1.2.8 audit page does not list
 * that claim (see `GpConnectJwtClaims.requested_record`); this is the NHS number system the 1.2.8
 * Foundations pages use.
 */
export declare const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
/** The value for the SDS user ID and role profile ID when the user is not logged on with an NHS smartcard. */
export declare const SDS_UNKNOWN = "UNK";
/**
 * Systems of GP Connect 0.x (DSTU2) tokens, such as the encoded example on the 1.2.8 audit page,
 * mapped to their STU3 replacement. Only used to explain a validation issue.
 */
export declare const LEGACY_DSTU2_SYSTEMS: Readonly<Record<string, string>>;
/** STU3 Identifier, reduced to the two elements the page uses. */
export interface FhirIdentifier {
    readonly system: string;
    readonly value: string;
}
export interface OdsOrganizationCodeIdentifier extends FhirIdentifier {
    readonly system: typeof ODS_ORGANIZATION_CODE_SYSTEM;
}
export interface SdsUserIdIdentifier extends FhirIdentifier {
    readonly system: typeof SDS_USER_ID_SYSTEM;
}
export interface SdsRoleProfileIdIdentifier extends FhirIdentifier {
    readonly system: typeof SDS_ROLE_PROFILE_ID_SYSTEM;
}
export interface NhsNumberIdentifier extends FhirIdentifier {
    readonly system: typeof NHS_NUMBER_SYSTEM;
}
/** STU3 HumanName as the page populates it: family (a string in STU3), given names, optional titles. */
export interface GpConnectHumanName {
    readonly family: string;
    readonly given: readonly string[];
    readonly prefix?: readonly string[];
}
/** requesting_device: the consumer system, as a minimal STU3 Device. */
export interface GpConnectRequestingDevice {
    readonly resourceType: 'Device';
    /** Consumer-defined system URL and the device or system identifier. */
    readonly identifier: readonly FhirIdentifier[];
    /** Consumer product or system name. */
    readonly model: string;
    /** Version of the consumer product or system. */
    readonly version: string;
}
/** requesting_organization: the organisation the request originates from, as a minimal STU3 Organization. */
export interface GpConnectRequestingOrganization {
    readonly resourceType: 'Organization';
    /** Includes the ODS code identifier. */
    readonly identifier: readonly (OdsOrganizationCodeIdentifier | FhirIdentifier)[];
    readonly name: string;
}
/** requesting_practitioner: the logged-on user, as a minimal STU3 Practitioner. */
export interface GpConnectRequestingPractitioner {
    readonly resourceType: 'Practitioner';
    /** Logical id of the user; the `sub` claim has the same value. */
    readonly id: string;
    /** Includes the SDS user ID, the SDS role profile ID and a consumer-local user identifier. */
    readonly identifier: readonly (SdsUserIdIdentifier | SdsRoleProfileIdIdentifier | FhirIdentifier)[];
    readonly name: readonly GpConnectHumanName[];
}
/** requested_record (optional, see `GpConnectJwtClaims.requested_record`): the patient, as a minimal STU3 Patient. */
export interface GpConnectRequestedRecord {
    readonly resourceType: 'Patient';
    /** Includes the NHS number identifier. */
    readonly identifier: readonly (NhsNumberIdentifier | FhirIdentifier)[];
}
