import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Device"], type: "Device", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes161,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/device-status"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Organization"];
const TARGETS_2 = ["Location"];
const OWNER_1 = { paths: ["Device.udi"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes162,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/udi-entry-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Device", check: checkDevice, type: "Device", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDevice(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Device") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24;
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
      case "udi":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "status":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "type":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "lotNumber":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "manufacturer":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "manufactureDate":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "expirationDate":
        m0 |= 4194304;
        e15 = o[k];
        break;
      case "model":
        m0 |= 16777216;
        e16 = o[k];
        break;
      case "version":
        m0 |= 67108864;
        e17 = o[k];
        break;
      case "patient":
        m0 |= 268435456;
        e18 = o[k];
        break;
      case "owner":
        m0 |= 536870912;
        e19 = o[k];
        break;
      case "contact":
        m0 |= 1073741824;
        e20 = o[k];
        break;
      case "location":
        m1 |= 1;
        e21 = o[k];
        break;
      case "url":
        m1 |= 2;
        e22 = o[k];
        break;
      case "note":
        m1 |= 8;
        e23 = o[k];
        break;
      case "safety":
        m1 |= 16;
        e24 = o[k];
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
        m0 |= 16384;
        break;
      case "_lotNumber":
        m0 |= 131072;
        break;
      case "_manufacturer":
        m0 |= 524288;
        break;
      case "_manufactureDate":
        m0 |= 2097152;
        break;
      case "_expirationDate":
        m0 |= 8388608;
        break;
      case "_model":
        m0 |= 33554432;
        break;
      case "_version":
        m0 |= 134217728;
        break;
      case "_url":
        m1 |= 4;
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
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e9, x, p, "udi", d, 0, checkDeviceUdi) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e10, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e10, vcodes.inCodes161)) {
      if (!vrt.eachWith(e10, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e12, o._lotNumber, x, p, "lotNumber", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e13) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e13, o._manufacturer, x, p, "manufacturer", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e14, o._manufactureDate, x, p, "manufactureDate", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e15, o._expirationDate, x, p, "expirationDate", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e16, o._model, x, p, "model", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(e17) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e17, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e18, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(e19, x, p, "owner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e20, x, p, "contact", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e21, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e21, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidUri(e22) && (m1 & 4) === 0)) {
      if (!vrt.prim(e22, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e23, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e24, x, p, "safety", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
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
function checkDeviceUdi(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.udi");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "deviceIdentifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "name":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "jurisdiction":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "carrierHRF":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "carrierAIDC":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "issuer":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "entryType":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "_deviceIdentifier":
        n++;
        m0 |= 16;
        break;
      case "_name":
        n++;
        m0 |= 64;
        break;
      case "_jurisdiction":
        n++;
        m0 |= 256;
        break;
      case "_carrierHRF":
        n++;
        m0 |= 1024;
        break;
      case "_carrierAIDC":
        n++;
        m0 |= 4096;
        break;
      case "_issuer":
        n++;
        m0 |= 16384;
        break;
      case "_entryType":
        n++;
        m0 |= 65536;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._deviceIdentifier, x, p, "deviceIdentifier", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidUri(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._jurisdiction, x, p, "jurisdiction", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._carrierHRF, x, p, "carrierHRF", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidBase64Binary(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._carrierAIDC, x, p, "carrierAIDC", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._issuer, x, p, "issuer", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._entryType, x, p, "entryType", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes162)) {
      if (!vrt.eachWith(e9, false, x, p, "entryType", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  return true;
}
function validateDevice(value, options) {
  return vrt.validateWith(value, "Device", checkDevice, true, options, REGISTRY_0);
}
function isDevice(value, options) {
  return vrt.testWith(value, checkDevice, true, options, REGISTRY_0);
}
function buildDevice(input) {
  return fillAndCheck(input, { resourceType: "Device" }, isDevice, validateDevice, "Device");
}
export {
  buildDevice,
  checkDevice,
  checkDeviceUdi,
  isDevice,
  validateDevice
};
