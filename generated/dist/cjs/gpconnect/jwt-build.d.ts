import type { GpConnectJwtClaims, GpConnectReasonForRequest } from './jwt-claims.js';
import type { FhirIdentifier } from './jwt-resources.js';
import type { GpConnectRequestedScope } from './scopes.js';
export interface GpConnectRequestingDeviceInput {
    /** `system`: a consumer-defined system URL (e.g. https://consumersupplier.com/Id/device-identifier); `value`: the device or system identifier. */
    readonly identifier: FhirIdentifier;
    /** Consumer product or system name. */
    readonly model: string;
    /** Version number of the consumer product or system. */
    readonly version: string;
}
export interface GpConnectRequestingOrganizationInput {
    /** ODS code of the organisation the request originates from (normally the logged-on user's), not a hosting organisation's. */
    readonly odsCode: string;
    readonly name: string;
}
export interface GpConnectRequestingPractitionerInput {
    /** Unique logical id of the logged-on user (user ID or GUID); also becomes `sub`. */
    readonly id: string;
    readonly name: {
        readonly family: string;
        readonly given: string | readonly [string, ...string[]];
        /** Title(s), where available. */
        readonly prefix?: string | readonly string[];
    };
    /** SDS user ID from the user's NHS smartcard, or `SDS_UNKNOWN` ("UNK") without a smartcard. */
    readonly sdsUserId: string;
    /** SDS user role profile ID from the user's NHS smartcard, or `SDS_UNKNOWN` ("UNK") without a smartcard. */
    readonly sdsRoleProfileId: string;
    /** A unique local user or user-role identifier; `system` is a consumer-defined URL (e.g. https://consumersupplier.com/Id/user-guid). */
    readonly localIdentifier: FhirIdentifier;
}
export interface GpConnectRequestedRecordInput {
    readonly nhsNumber: string;
}
export interface GpConnectJwtInput {
    /** URL of the consumer system's Spine endpoint. */
    readonly iss: string;
    /** The provider's service root URL (SDS `nhsMhsEndPoint`). */
    readonly aud: string;
    /** Always `directcare`; may be left out. */
    readonly reason_for_request?: GpConnectReasonForRequest;
    /** See `requestedScopeFor(interactionId)`. */
    readonly requested_scope: GpConnectRequestedScope;
    /** Not a 1.2.8 claim (see `GpConnectJwtClaims.requested_record`); written only when given. */
    readonly requested_record?: GpConnectRequestedRecordInput;
    readonly requesting_device: GpConnectRequestingDeviceInput;
    readonly requesting_organization: GpConnectRequestingOrganizationInput;
    readonly requesting_practitioner: GpConnectRequestingPractitionerInput;
}
export interface BuildGpConnectJwtClaimsOptions {
    /** Clock in milliseconds since the UNIX epoch; default `Date.now`. `iat` is its whole seconds, `exp` is `iat` + 300. */
    readonly now?: () => number;
}
/**
 * The claim set for one request (the page: a new JWT for each API request). Keys are in the order
 * of the page's claim list and examples. Throws `GpConnectInputError`, listing every problem with
 * its input path, when the input cannot give a conforming claim set (blank strings, URLs that are
 * not URLs, a practitioner id that is not a FHIR id...).
 */
export declare function buildGpConnectJwtClaims(input: GpConnectJwtInput, options?: BuildGpConnectJwtClaimsOptions): GpConnectJwtClaims;
