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
export {
  GP_CONNECT_REQUESTED_SCOPES,
  isGpConnectRequestedScope
};
