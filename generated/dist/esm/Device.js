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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_expirationDate",
  "_id",
  "_implicitRules",
  "_language",
  "_lotNumber",
  "_manufactureDate",
  "_manufacturer",
  "_model",
  "_status",
  "_url",
  "_version",
  "contact",
  "contained",
  "expirationDate",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "location",
  "lotNumber",
  "manufactureDate",
  "manufacturer",
  "meta",
  "model",
  "modifierExtension",
  "note",
  "owner",
  "patient",
  "resourceType",
  "safety",
  "status",
  "text",
  "type",
  "udi",
  "url",
  "version"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Location"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_carrierAIDC",
  "_carrierHRF",
  "_deviceIdentifier",
  "_entryType",
  "_issuer",
  "_jurisdiction",
  "_name",
  "carrierAIDC",
  "carrierHRF",
  "deviceIdentifier",
  "entryType",
  "extension",
  "id",
  "issuer",
  "jurisdiction",
  "modifierExtension",
  "name"
]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (o.udi !== void 0) {
    if (!vrt.one(o.udi, x, p, "udi", d, 0, checkDeviceUdi) && x.c === null) return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.lotNumber !== void 0 || o._lotNumber !== void 0) {
    if (!(vrt.isValidString(o.lotNumber) && o._lotNumber === void 0)) {
      if (!vrt.prim(o.lotNumber, o._lotNumber, x, p, "lotNumber", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.manufacturer !== void 0 || o._manufacturer !== void 0) {
    if (!(vrt.isValidString(o.manufacturer) && o._manufacturer === void 0)) {
      if (!vrt.prim(o.manufacturer, o._manufacturer, x, p, "manufacturer", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.manufactureDate !== void 0 || o._manufactureDate !== void 0) {
    if (!(vrt.isValidDateTime(o.manufactureDate) && o._manufactureDate === void 0)) {
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
  if (o.expirationDate !== void 0 || o._expirationDate !== void 0) {
    if (!(vrt.isValidDateTime(o.expirationDate) && o._expirationDate === void 0)) {
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
  if (o.model !== void 0 || o._model !== void 0) {
    if (!(vrt.isValidString(o.model) && o._model === void 0)) {
      if (!vrt.prim(o.model, o._model, x, p, "model", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.patient !== void 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.owner !== void 0) {
    if (!vrt.one(o.owner, x, p, "owner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.owner, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (o.contact !== void 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if (o.location !== void 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.url !== void 0 || o._url !== void 0) {
    if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (o.safety !== void 0) {
    if (!vrt.many(o.safety, x, p, "safety", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkDeviceUdi(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.udi");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (o.deviceIdentifier !== void 0 || o._deviceIdentifier !== void 0) {
    if (!(vrt.isValidString(o.deviceIdentifier) && o._deviceIdentifier === void 0)) {
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
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.jurisdiction !== void 0 || o._jurisdiction !== void 0) {
    if (!(vrt.isValidUri(o.jurisdiction) && o._jurisdiction === void 0)) {
      if (!vrt.prim(o.jurisdiction, o._jurisdiction, x, p, "jurisdiction", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.carrierHRF !== void 0 || o._carrierHRF !== void 0) {
    if (!(vrt.isValidString(o.carrierHRF) && o._carrierHRF === void 0)) {
      if (!vrt.prim(o.carrierHRF, o._carrierHRF, x, p, "carrierHRF", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.carrierAIDC !== void 0 || o._carrierAIDC !== void 0) {
    if (!(vrt.isValidBase64Binary(o.carrierAIDC) && o._carrierAIDC === void 0)) {
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
  if (o.issuer !== void 0 || o._issuer !== void 0) {
    if (!(vrt.isValidUri(o.issuer) && o._issuer === void 0)) {
      if (!vrt.prim(o.issuer, o._issuer, x, p, "issuer", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.entryType !== void 0 || o._entryType !== void 0) {
    if (!(vrt.isValidCode(o.entryType) && o._entryType === void 0)) {
      if (!vrt.prim(o.entryType, o._entryType, x, p, "entryType", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.entryType, false, x, p, "entryType", vrt.checkCode, BINDING_2) && x.c === null) return false;
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
