import {
  GP_CONNECT_INTERACTION_IDS,
  GP_CONNECT_INTERACTIONS,
  getGpConnectInteraction,
  isGpConnectInteractionId,
  requestedScopeFor
} from "./interactions.js";
import { GP_CONNECT_REQUESTED_SCOPES, isGpConnectRequestedScope } from "./scopes.js";
import { buildSspHeaders, buildSspUrl, generateTraceId, isAsid, isUuid, SSP_HEADER_NAMES } from "./ssp.js";
export * from "./jwt.js";
import { formatIssue, GpConnectInputError, MAX_ISSUES } from "./issues.js";
import { base64UrlDecode, base64UrlEncode } from "./base64url.js";
export {
  GP_CONNECT_INTERACTIONS,
  GP_CONNECT_INTERACTION_IDS,
  GP_CONNECT_REQUESTED_SCOPES,
  GpConnectInputError,
  MAX_ISSUES,
  SSP_HEADER_NAMES,
  base64UrlDecode,
  base64UrlEncode,
  buildSspHeaders,
  buildSspUrl,
  formatIssue,
  generateTraceId,
  getGpConnectInteraction,
  isAsid,
  isGpConnectInteractionId,
  isGpConnectRequestedScope,
  isUuid,
  requestedScopeFor
};
