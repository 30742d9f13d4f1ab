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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var scopes_exports = {};
__export(scopes_exports, {
  GP_CONNECT_REQUESTED_SCOPES: () => GP_CONNECT_REQUESTED_SCOPES,
  isGpConnectRequestedScope: () => isGpConnectRequestedScope
});
module.exports = __toCommonJS(scopes_exports);
const GP_CONNECT_REQUESTED_SCOPES = {
  /** Patient record read request. */
  patientRead: "patient/*.read",
  /** Patient record write request. */
  patientWrite: "patient/*.write",
  /** Other read request. */
  organizationRead: "organization/*.read",
  /** Other write request (no interaction uses it at 1.2.8). */
  organizationWrite: "organization/*.write"
};
const SCOPE_VALUES = Object.values(GP_CONNECT_REQUESTED_SCOPES);
function isGpConnectRequestedScope(value) {
  return typeof value === "string" && SCOPE_VALUES.includes(value);
}
