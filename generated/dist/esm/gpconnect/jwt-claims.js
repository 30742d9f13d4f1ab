const GP_CONNECT_REASON_FOR_REQUEST = "directcare";
const GP_CONNECT_JWT_LIFETIME_SECONDS = 300;
const GP_CONNECT_JWT_HEADER = Object.freeze({ alg: "none", typ: "JWT" });
const GP_CONNECT_MANDATORY_CLAIMS = [
  "iss",
  "sub",
  "aud",
  "exp",
  "iat",
  "reason_for_request",
  "requested_scope",
  "requesting_device",
  "requesting_organization",
  "requesting_practitioner"
];
GP_CONNECT_MANDATORY_CLAIMS;
export {
  GP_CONNECT_JWT_HEADER,
  GP_CONNECT_JWT_LIFETIME_SECONDS,
  GP_CONNECT_MANDATORY_CLAIMS,
  GP_CONNECT_REASON_FOR_REQUEST
};
