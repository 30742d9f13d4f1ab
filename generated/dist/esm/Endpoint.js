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
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        break;
      case "meta":
        m0 |= 4;
        break;
      case "implicitRules":
        m0 |= 8;
        break;
      case "language":
        m0 |= 32;
        break;
      case "text":
        m0 |= 128;
        break;
      case "contained":
        m0 |= 256;
        break;
      case "extension":
        m0 |= 512;
        break;
      case "modifierExtension":
        m0 |= 1024;
        break;
      case "identifier":
        m0 |= 2048;
        break;
      case "status":
        m0 |= 4096;
        break;
      case "connectionType":
        m0 |= 16384;
        break;
      case "name":
        m0 |= 32768;
        break;
      case "managingOrganization":
        m0 |= 131072;
        break;
      case "contact":
        m0 |= 262144;
        break;
      case "period":
        m0 |= 524288;
        break;
      case "payloadType":
        m0 |= 1048576;
        break;
      case "payloadMimeType":
        m0 |= 2097152;
        break;
      case "address":
        m0 |= 8388608;
        break;
      case "header":
        m0 |= 33554432;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.implicitRules) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes181)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(o.connectionType, x, p, "connectionType", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(o.connectionType, false, x, p, "connectionType", vrt.checkCoding, BINDING_2) && x.c === null)
    return false;
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.managingOrganization, x, p, "managingOrganization", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.managingOrganization, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (!vrt.many(o.payloadType, x, p, "payloadType", d, 1, -1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 6291456) !== 0) {
    if (!vrt.prims(
      o.payloadMimeType,
      o._payloadMimeType,
      x,
      p,
      "payloadMimeType",
      d,
      0,
      -1,
      vrt.isValidCode,
      "code",
      OWNER_0
    ) && x.c === null)
      return false;
    if (!vrt.eachWith(o.payloadMimeType, true, x, p, "payloadMimeType", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidUri(o.address) && (m0 & 16777216) === 0)) {
    if (!vrt.prim(o.address, o._address, x, p, "address", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!vrt.prims(o.header, o._header, x, p, "header", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
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
