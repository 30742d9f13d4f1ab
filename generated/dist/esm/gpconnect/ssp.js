import { isGpConnectInteractionId } from "./interactions.js";
import { describeValue, GpConnectInputError } from "./issues.js";
import { decodeJwt } from "./jwt-codec.js";
import { isRecord, own } from "./read.js";
const SSP_HEADER_NAMES = {
  traceId: "Ssp-TraceID",
  from: "Ssp-From",
  to: "Ssp-To",
  interactionId: "Ssp-InteractionID",
  authorization: "Authorization"
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ASID = /^[0-9]+$/;
function isUuid(value) {
  return typeof value === "string" && UUID.test(value);
}
function isAsid(value) {
  return typeof value === "string" && ASID.test(value);
}
function buildSspHeaders(input, options = {}) {
  const subject = "Cannot build Spine Secure Proxy headers";
  if (!isRecord(input)) throw new GpConnectInputError(subject, [{ path: "", code: "type", message: `the input must be an object, got ${describeValue(input)}` }]);
  const issues = [];
  const given = own(input, "traceId");
  const traceId = given === void 0 ? (options.randomUUID ?? generateTraceId)() : given;
  if (!isUuid(traceId)) {
    const code = typeof traceId === "string" ? "value" : "type";
    const message = given === void 0 ? `the generated trace ID ${describeValue(traceId)} is not a UUID (check options.randomUUID)` : `must be a GUID/UUID such as 629ea9ba-a077-4d99-b289-7a9b19fd4e03, got ${describeValue(traceId)}`;
    issues.push({ path: "traceId", code, message });
  }
  const from = own(input, "from");
  const to = own(input, "to");
  checkAsid(issues, from, "from", "consumer ASID");
  checkAsid(issues, to, "to", "provider ASID");
  const interactionId = own(input, "interactionId");
  if (!isGpConnectInteractionId(interactionId)) {
    issues.push({
      path: "interactionId",
      code: interactionId === void 0 ? "required" : "value",
      message: `must be a GP Connect 1.2.8 interaction ID (see GP_CONNECT_INTERACTION_IDS), got ${describeValue(interactionId)}`
    });
  }
  const jwt = own(input, "jwt");
  const decoded = decodeJwt(jwt);
  if (!decoded.ok) {
    for (const issue of decoded.issues) {
      issues.push({ ...issue, path: issue.path === "" ? "jwt" : `jwt.${issue.path}`, code: jwt === void 0 ? "required" : issue.code });
    }
  }
  if (issues.length > 0 || typeof traceId !== "string" || typeof from !== "string" || typeof to !== "string" || !isGpConnectInteractionId(interactionId) || typeof jwt !== "string") {
    throw new GpConnectInputError(subject, issues);
  }
  return {
    "Ssp-TraceID": traceId,
    "Ssp-From": from,
    "Ssp-To": to,
    "Ssp-InteractionID": interactionId,
    Authorization: `Bearer ${jwt}`
  };
}
function checkAsid(issues, value, path, what) {
  if (isAsid(value)) return;
  const code = value === void 0 ? "required" : typeof value === "string" ? "value" : "type";
  issues.push({ path, code, message: `must be the ${what}, a string of digits such as 200000000115, got ${describeValue(value)}` });
}
function generateTraceId() {
  const webCrypto = globalThis.crypto;
  if (typeof webCrypto?.randomUUID === "function") return webCrypto.randomUUID();
  if (typeof webCrypto?.getRandomValues === "function") {
    const bytes = webCrypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] ?? 0) & 15 | 64;
    bytes[8] = (bytes[8] ?? 0) & 63 | 128;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  throw new Error("Cannot generate an Ssp-TraceID: no Web Crypto API (crypto.randomUUID or crypto.getRandomValues) here; pass traceId");
}
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const WHITESPACE = /\s/;
function buildSspUrl(input) {
  const subject = "Cannot build the Spine Secure Proxy URL";
  if (!isRecord(input)) throw new GpConnectInputError(subject, [{ path: "", code: "type", message: `the input must be an object, got ${describeValue(input)}` }]);
  const issues = [];
  const base = httpsUrl(issues, own(input, "sspBaseUrl"), "sspBaseUrl", true);
  const root = httpsUrl(issues, own(input, "providerServiceRootUrl"), "providerServiceRootUrl", false);
  const request = fhirRequest(issues, own(input, "fhirRequest"));
  if (issues.length > 0 || base === void 0 || root === void 0 || request === void 0) throw new GpConnectInputError(subject, issues);
  return `${base}/${root}/${request}`;
}
function httpsUrl(issues, value, path, originOnly) {
  const expected = originOnly ? "an https origin such as https://testspineproxy.nhs.uk" : "an https URL such as https://pcs.thirdparty.nhs.uk/T99999/STU3/1";
  if (typeof value !== "string" || value.trim() === "") {
    issues.push({ path, code: value === void 0 ? "required" : typeof value === "string" ? "value" : "type", message: `must be ${expected}, got ${describeValue(value)}` });
    return void 0;
  }
  const trimmed = withoutTrailingSlashes(value);
  let url;
  try {
    url = WHITESPACE.test(value) ? void 0 : new URL(trimmed);
  } catch {
    url = void 0;
  }
  const problem = url === void 0 ? "is not a URL" : url.protocol !== "https:" ? "must use https (both legs through the SSP are TLS mutually authenticated)" : url.username !== "" || url.password !== "" ? "must not contain user credentials" : url.search !== "" || url.hash !== "" || value.includes("?") || value.includes("#") ? "must not have a query or a fragment" : originOnly && url.pathname !== "/" ? "must be the proxy origin only (https://[ssp_fqdn]), without a path" : void 0;
  if (problem !== void 0) {
    issues.push({ path, code: "value", message: `${problem}: expected ${expected}, got ${describeValue(value)}` });
    return void 0;
  }
  return trimmed;
}
function withoutTrailingSlashes(text) {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 47) end--;
  return text.slice(0, end);
}
function fhirRequest(issues, value) {
  const path = "fhirRequest";
  if (typeof value !== "string") {
    issues.push({ path, code: value === void 0 ? "required" : "type", message: `must be a string such as /Patient/$gpc.getstructuredrecord, got ${describeValue(value)}` });
    return void 0;
  }
  const trimmed = value.replace(/^\/+/, "");
  const problem = trimmed === "" ? "must not be empty" : WHITESPACE.test(value) ? "must not contain whitespace (encode it)" : SCHEME.test(trimmed) ? "must be relative to the service root, not an absolute URL" : value.includes("#") ? "must not have a fragment" : void 0;
  if (problem !== void 0) {
    issues.push({ path, code: "value", message: `${problem}, got ${describeValue(value)}` });
    return void 0;
  }
  return trimmed;
}
export {
  SSP_HEADER_NAMES,
  buildSspHeaders,
  buildSspUrl,
  generateTraceId,
  isAsid,
  isUuid
};
