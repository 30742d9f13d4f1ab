import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Endpoint"], type: "Endpoint", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes181,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/endpoint-status"
};
const BINDING_2 = {
  has: vcodes.inCodings182,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/endpoint-connection-type"
};
const TARGETS_0 = ["Organization"];
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Endpoint", check: checkEndpoint, type: "Endpoint", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEndpoint(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Endpoint");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Endpoint") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "meta":
        m0 |= 4;
        e1 = o[k];
        break;
      case "implicitRules":
        m0 |= 8;
        e2 = o[k];
        break;
      case "language":
        m0 |= 32;
        e3 = o[k];
        break;
      case "text":
        m0 |= 128;
        e4 = o[k];
        break;
      case "contained":
        m0 |= 256;
        e5 = o[k];
        break;
      case "extension":
        m0 |= 512;
        e6 = o[k];
        break;
      case "modifierExtension":
        m0 |= 1024;
        e7 = o[k];
        break;
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "connectionType":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "name":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "managingOrganization":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "contact":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "period":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "payloadType":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "payloadMimeType":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "address":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "header":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "_id":
        m0 |= 2;
        break;
      case "_implicitRules":
        m0 |= 16;
        break;
      case "_language":
        m0 |= 64;
        break;
      case "_status":
        m0 |= 8192;
        break;
      case "_name":
        m0 |= 65536;
        break;
      case "_payloadMimeType":
        m0 |= 4194304;
        break;
      case "_address":
        m0 |= 16777216;
        break;
      case "_header":
        m0 |= 67108864;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e2) && (m0 & 16) === 0)) {
      if (!vrt.prim(e2, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 64) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes181)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(e10, x, p, "connectionType", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e10, false, x, p, "connectionType", vrt.checkCoding, BINDING_2) && x.c === null) return false;
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e11, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "managingOrganization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(e13, x, p, "contact", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (!vrt.many(e15, x, p, "payloadType", d, 1, -1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 6291456) !== 0) {
    if (!vrt.prims(e16, o._payloadMimeType, x, p, "payloadMimeType", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(e16, true, x, p, "payloadMimeType", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidUri(e17) && (m0 & 16777216) === 0)) {
    if (!vrt.prim(e17, o._address, x, p, "address", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!vrt.prims(e18, o._header, x, p, "header", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  }
  return true;
}
function validateEndpoint(value, options) {
  return vrt.validateWith(value, "Endpoint", checkEndpoint, true, options, REGISTRY_0);
}
function isEndpoint(value, options) {
  return vrt.testWith(value, checkEndpoint, true, options, REGISTRY_0);
}
function buildEndpoint(input) {
  return fillAndCheck(input, { resourceType: "Endpoint" }, isEndpoint, validateEndpoint, "Endpoint");
}
export {
  buildEndpoint,
  checkEndpoint,
  isEndpoint,
  validateEndpoint
};
