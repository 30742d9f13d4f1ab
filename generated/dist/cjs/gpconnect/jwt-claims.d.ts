/**
 * The GP Connect JWT claim set (GP Connect 1.2.8, "Cross-organisation audit and provenance", JWT payload).
 */
import type { GpConnectRequestedRecord, GpConnectRequestingDevice, GpConnectRequestingOrganization, GpConnectRequestingPractitioner } from './jwt-resources.js';
import type { GpConnectRequestedScope } from './scopes.js';
/** GP Connect only supports direct care, so `reason_for_request` SHALL be `directcare`. */
export declare const GP_CONNECT_REASON_FOR_REQUEST = "directcare";
export type GpConnectReasonForRequest = typeof GP_CONNECT_REASON_FOR_REQUEST;
/** `exp` SHALL be 5 minutes after `iat`. */
export declare const GP_CONNECT_JWT_LIFETIME_SECONDS = 300;
/** The unsecured JOSE header the page prescribes: `{"alg":"none","typ":"JWT"}`. */
export declare const GP_CONNECT_JWT_HEADER: Readonly<{
    alg: 'none';
    typ: 'JWT';
}>;
export interface GpConnectJwtClaims {
    /** Issuer: URL of the consumer system's Spine endpoint. */
    readonly iss: string;
    /** Subject: the user's id; equals `requesting_practitioner.id`. */
    readonly sub: string;
    /** Audience: the provider's service root URL (SDS `nhsMhsEndPoint`). */
    readonly aud: string;
    /** Expiry, UNIX seconds: `iat` + 300. */
    readonly exp: number;
    /** Issued at, UNIX seconds. */
    readonly iat: number;
    readonly reason_for_request: GpConnectReasonForRequest;
    /**
     * Not in the 1.2.8 list of claims; it appears only in the page's encoded example token, which is a
     * GP Connect 0.x (DSTU2) token. Optional, for consumers that still send it; the builder writes it only
     * when asked to.
     */
    readonly requested_record?: GpConnectRequestedRecord;
    readonly requested_scope: GpConnectRequestedScope;
    readonly requesting_device: GpConnectRequestingDevice;
    readonly requesting_organization: GpConnectRequestingOrganization;
    readonly requesting_practitioner: GpConnectRequestingPractitioner;
}
/** The names of the claims the page says consumers SHALL populate, in the page's order. */
export declare const GP_CONNECT_MANDATORY_CLAIMS: readonly ["iss", "sub", "aud", "exp", "iat", "reason_for_request", "requested_scope", "requesting_device", "requesting_organization", "requesting_practitioner"];
