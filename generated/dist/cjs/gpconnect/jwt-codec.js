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
var jwt_codec_exports = {};
__export(jwt_codec_exports, {
  decodeJwt: () => decodeJwt,
  encodeUnsignedJwt: () => encodeUnsignedJwt
});
module.exports = __toCommonJS(jwt_codec_exports);
var import_base64url = require("./base64url.js");
var import_issues = require("./issues.js");
var import_jwt_claims = require("./jwt-claims.js");
var import_read = require("./read.js");
function encodeUnsignedJwt(claims) {
  return `${(0, import_base64url.base64UrlEncode)(JSON.stringify(import_jwt_claims.GP_CONNECT_JWT_HEADER))}.${(0, import_base64url.base64UrlEncode)(JSON.stringify(claims))}.`;
}
function decodeJwt(token) {
  const issues = new import_issues.IssueCollector();
  if (typeof token !== "string") {
    issues.add("", "type", `a JWT must be a string, got ${(0, import_issues.describeValue)(token)}`);
    return { ok: false, issues: issues.list() };
  }
  if (/^bearer\s/i.test(token)) {
    issues.add("", "malformed", 'starts with "Bearer ": that is the Authorization header value; pass the token without the "Bearer " prefix');
    return { ok: false, issues: issues.list() };
  }
  const parts = token.split(".");
  if (parts.length !== 3) {
    issues.add(
      "",
      "malformed",
      `a JWT has three base64url parts separated by "." (header.payload.signature, and an unsecured GP Connect token ends with "." because its signature is empty); found ${parts.length} part(s)`
    );
    return { ok: false, issues: issues.list() };
  }
  const [headerPart = "", payloadPart = "", signature = ""] = parts;
  const header = decodeJsonObjectPart(issues, headerPart, "header");
  const payload = decodeJsonObjectPart(issues, payloadPart, "payload");
  const signatureBytes = (0, import_base64url.base64UrlDecodeBytes)(signature);
  if (!signatureBytes.ok) issues.add("signature", "malformed", signatureBytes.message);
  if (header === void 0 || payload === void 0 || issues.count > 0) return { ok: false, issues: issues.list() };
  return { ok: true, header, payload, signature };
}
function decodeJsonObjectPart(issues, part, path) {
  if (part === "") {
    issues.add(path, "malformed", "is empty");
    return void 0;
  }
  const text = (0, import_base64url.base64UrlDecodeText)(part);
  if (!text.ok) {
    issues.add(path, "malformed", text.message);
    return void 0;
  }
  let parsed;
  try {
    parsed = JSON.parse(text.value);
  } catch (error) {
    const reason = error instanceof SyntaxError ? `: ${error.message}` : "";
    issues.add(path, "malformed", `is not valid JSON${reason}`);
    return void 0;
  }
  if (!(0, import_read.isRecord)(parsed)) {
    issues.add(path, "type", `must be a JSON object, got ${(0, import_issues.describeValue)(parsed)}`);
    return void 0;
  }
  return parsed;
}
