var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var gpconnect_exports = {};
__export(gpconnect_exports, {
  GP_CONNECT_INTERACTIONS: () => import_interactions.GP_CONNECT_INTERACTIONS,
  GP_CONNECT_INTERACTION_IDS: () => import_interactions.GP_CONNECT_INTERACTION_IDS,
  GP_CONNECT_REQUESTED_SCOPES: () => import_scopes.GP_CONNECT_REQUESTED_SCOPES,
  GpConnectInputError: () => import_issues.GpConnectInputError,
  MAX_ISSUES: () => import_issues.MAX_ISSUES,
  SSP_HEADER_NAMES: () => import_ssp.SSP_HEADER_NAMES,
  base64UrlDecode: () => import_base64url.base64UrlDecode,
  base64UrlEncode: () => import_base64url.base64UrlEncode,
  buildSspHeaders: () => import_ssp.buildSspHeaders,
  buildSspUrl: () => import_ssp.buildSspUrl,
  formatIssue: () => import_issues.formatIssue,
  generateTraceId: () => import_ssp.generateTraceId,
  getGpConnectInteraction: () => import_interactions.getGpConnectInteraction,
  isAsid: () => import_ssp.isAsid,
  isGpConnectInteractionId: () => import_interactions.isGpConnectInteractionId,
  isGpConnectRequestedScope: () => import_scopes.isGpConnectRequestedScope,
  isUuid: () => import_ssp.isUuid,
  requestedScopeFor: () => import_interactions.requestedScopeFor
});
module.exports = __toCommonJS(gpconnect_exports);
var import_interactions = require("./interactions.js");
var import_scopes = require("./scopes.js");
var import_ssp = require("./ssp.js");
__reExport(gpconnect_exports, require("./jwt.js"), module.exports);
var import_issues = require("./issues.js");
var import_base64url = require("./base64url.js");
