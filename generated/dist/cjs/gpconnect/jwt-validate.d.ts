/**
 * Checks a claim set or a whole token against the GP Connect 1.2.8 audit page. Returns issues,
 * never throws, whatever the input (non-objects, arrays, `__proto__` keys, huge strings, proxies
 * whose traps throw). Only own properties are read. Claims the page does not define are ignored,
 * as RFC 7519 section 4 requires of claims an implementation does not understand.
 */
import type { GpConnectIssue } from './issues.js';
export interface ValidateGpConnectJwtClaimsOptions {
    /**
     * The current time in milliseconds since the UNIX epoch (what `Date.now()` returns). When given,
     * a token whose `exp` is at or before it is reported as `expired`. Without it, time is not checked.
     */
    readonly now?: number;
    /**
     * For providers: the page warns that existing consumers do not always send the SDS role profile ID
     * and the local user identifier. `true` stops reporting those two as missing. Default `false`.
     */
    readonly tolerateMissingPractitionerIdentifiers?: boolean;
}
/** Issues in a decoded claim set (the JWT payload); `[]` when it conforms. */
export declare function validateGpConnectJwtClaims(claims: unknown, options?: ValidateGpConnectJwtClaimsOptions): GpConnectIssue[];
/** Issues in a whole token (structure, header, empty signature, claims); `[]` when it conforms. */
export declare function validateGpConnectJwt(token: unknown, options?: ValidateGpConnectJwtClaimsOptions): GpConnectIssue[];
