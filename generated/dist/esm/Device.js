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
      case "udi":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "type":
        m0 |= 32768;
        break;
      case "lotNumber":
        m0 |= 65536;
        break;
      case "manufacturer":
        m0 |= 262144;
        break;
      case "manufactureDate":
        m0 |= 1048576;
        break;
      case "expirationDate":
        m0 |= 4194304;
        break;
      case "model":
        m0 |= 16777216;
        break;
      case "version":
        m0 |= 67108864;
        break;
      case "patient":
        m0 |= 268435456;
        break;
      case "owner":
        m0 |= 536870912;
        break;
      case "contact":
        m0 |= 1073741824;
        break;
      case "location":
        m1 |= 1;
        break;
      case "url":
        m1 |= 2;
        break;
      case "note":
        m1 |= 8;
        break;
      case "safety":
        m1 |= 16;
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
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(o.udi, x, p, "udi", d, 0, checkDeviceUdi) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes161)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.lotNumber) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.lotNumber, o._lotNumber, x, p, "lotNumber", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.manufacturer) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.manufacturer, o._manufacturer, x, p, "manufacturer", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(o.manufactureDate) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(
        o.manufactureDate,
        o._manufactureDate,
        x,
        p,
        "manufactureDate",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(o.expirationDate) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        o.expirationDate,
        o._expirationDate,
        x,
        p,
        "expirationDate",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(o.model) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.model, o._model, x, p, "model", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.owner, x, p, "owner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.owner, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m1 & 4) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.safety, x, p, "safety", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
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
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "deviceIdentifier":
        n++;
        m0 |= 8;
        break;
      case "name":
        n++;
        m0 |= 32;
        break;
      case "jurisdiction":
        n++;
        m0 |= 128;
        break;
      case "carrierHRF":
        n++;
        m0 |= 512;
        break;
      case "carrierAIDC":
        n++;
        m0 |= 2048;
        break;
      case "issuer":
        n++;
        m0 |= 8192;
        break;
      case "entryType":
        n++;
        m0 |= 32768;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.deviceIdentifier) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.deviceIdentifier,
        o._deviceIdentifier,
        x,
        p,
        "deviceIdentifier",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidUri(o.jurisdiction) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.jurisdiction, o._jurisdiction, x, p, "jurisdiction", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.carrierHRF) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.carrierHRF, o._carrierHRF, x, p, "carrierHRF", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidBase64Binary(o.carrierAIDC) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        o.carrierAIDC,
        o._carrierAIDC,
        x,
        p,
        "carrierAIDC",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidUri(o.issuer) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.issuer, o._issuer, x, p, "issuer", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(o.entryType) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.entryType, o._entryType, x, p, "entryType", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.entryType, vcodes.inCodes162)) {
      if (!vrt.eachWith(o.entryType, false, x, p, "entryType", vrt.checkCode, BINDING_2) && x.c === null) return false;
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
