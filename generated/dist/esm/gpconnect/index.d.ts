/**
 * `gpconnect` entry point: the GP Connect 1.2.8 pieces that come from the specification pages rather
 * than from StructureDefinitions: interaction IDs, Spine Secure Proxy headers and URL, and the
 * audit JWT. Self-contained and platform-neutral (browsers and Node): no imports from outside this
 * folder, no Node-only API.
 */
export type { GpConnectCapability, GpConnectFhirInteraction, GpConnectInteraction, GpConnectInteractionId, GpConnectInteractionName } from './interactions.js';
export { GP_CONNECT_INTERACTION_IDS, GP_CONNECT_INTERACTIONS, getGpConnectInteraction, isGpConnectInteractionId, requestedScopeFor, } from './interactions.js';
export type { GpConnectRequestedScope } from './scopes.js';
export { GP_CONNECT_REQUESTED_SCOPES, isGpConnectRequestedScope } from './scopes.js';
export type { BuildSspHeadersOptions, SspHeaders, SspHeadersInput, SspUrlInput } from './ssp.js';
export { buildSspHeaders, buildSspUrl, generateTraceId, isAsid, isUuid, SSP_HEADER_NAMES } from './ssp.js';
export * from './jwt.js';
export type { GpConnectIssue, GpConnectIssueCode } from './issues.js';
export { formatIssue, GpConnectInputError, MAX_ISSUES } from './issues.js';
export { base64UrlDecode, base64UrlEncode } from './base64url.js';
