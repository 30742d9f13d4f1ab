import { base64UrlDecodeBytes, base64UrlDecodeText, base64UrlEncode } from "./base64url.js";
import { describeValue, IssueCollector } from "./issues.js";
import { GP_CONNECT_JWT_HEADER } from "./jwt-claims.js";
import { isRecord } from "./read.js";
function encodeUnsignedJwt(claims) {
  return `${base64UrlEncode(JSON.stringify(GP_CONNECT_JWT_HEADER))}.${base64UrlEncode(JSON.stringify(claims))}.`;
}
function decodeJwt(token) {
  const issues = new IssueCollector();
  if (typeof token !== "string") {
    issues.add("", "type", `a JWT must be a string, got ${describeValue(token)}`);
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
  const signatureBytes = base64UrlDecodeBytes(signature);
  if (!signatureBytes.ok) issues.add("signature", "malformed", signatureBytes.message);
  if (header === void 0 || payload === void 0 || issues.count > 0) return { ok: false, issues: issues.list() };
  return { ok: true, header, payload, signature };
}
function decodeJsonObjectPart(issues, part, path) {
  if (part === "") {
    issues.add(path, "malformed", "is empty");
    return void 0;
  }
  const text = base64UrlDecodeText(part);
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
  if (!isRecord(parsed)) {
    issues.add(path, "type", `must be a JSON object, got ${describeValue(parsed)}`);
    return void 0;
  }
  return parsed;
}
export {
  decodeJwt,
  encodeUnsignedJwt
};
