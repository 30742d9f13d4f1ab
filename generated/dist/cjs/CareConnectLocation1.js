var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var CareConnectLocation1_exports = {};
__export(CareConnectLocation1_exports, {
  buildCareConnectLocation1: () => buildCareConnectLocation1,
  buildCareConnectLocation1IdentifierLocalIdentifier: () => buildCareConnectLocation1IdentifierLocalIdentifier,
  buildCareConnectLocation1IdentifierOdsSiteCode: () => buildCareConnectLocation1IdentifierOdsSiteCode,
  checkCareConnectLocation1: () => checkCareConnectLocation1,
  checkCareConnectLocation1Address: () => checkCareConnectLocation1Address,
  checkCareConnectLocation1IdentifierLocalIdentifier: () => checkCareConnectLocation1IdentifierLocalIdentifier,
  checkCareConnectLocation1IdentifierOdsSiteCode: () => checkCareConnectLocation1IdentifierOdsSiteCode,
  isCareConnectLocation1: () => isCareConnectLocation1,
  validateCareConnectLocation1: () => validateCareConnectLocation1
});
module.exports = __toCommonJS(CareConnectLocation1_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Location"], type: "Location", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const SLICING_0 = {
  rules: "openAtEnd",
  ordered: false,
  element: "Location.identifier",
  base: (v, x, q, d) => (0, import_Identifier.checkIdentifier)(v, x, q, d),
  slices: [
    {
      name: "odsSiteCode",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "https://fhir.nhs.uk/Id/ods-site-code",
      check: (v, x, q, d) => checkCareConnectLocation1IdentifierOdsSiteCode(v, x, q, d)
    },
    {
      name: "localIdentifier",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "https://fhir.nhs.uk/Id/local-location-identifier",
      check: (v, x, q, d) => checkCareConnectLocation1IdentifierLocalIdentifier(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "https://fhir.nhs.uk/Id/ods-site-code":
        return 0;
      case "https://fhir.nhs.uk/Id/local-location-identifier":
        return 1;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodes92,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/location-status"
};
const BINDING_2 = {
  has: vcodes.inCodings93,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/v2-0116"
};
const BINDING_3 = {
  has: vcodes.inCodes120,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/location-mode"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ServiceDeliveryLocationRoleType",
  reason: "a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server"
};
const TARGETS_0 = ["Organization"];
const TARGETS_1 = ["Location"];
const TARGETS_2 = ["Endpoint"];
const OWNER_1 = { paths: ["Location.identifier", "Identifier"], type: "Identifier", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_5 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const OWNER_2 = { paths: ["Location.address", "Address"], type: "Address", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes6,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-use"
};
const BINDING_7 = {
  has: vcodes.inCodes7,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-type"
};
const OWNER_3 = { paths: ["Location.position"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Location-1",
      check: checkCareConnectLocation1,
      type: "Location",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectLocation1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Location");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Location") && x.c === null) return false;
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
      case "operationalStatus":
        m0 |= 16384;
        break;
      case "name":
        m0 |= 32768;
        break;
      case "alias":
        m0 |= 131072;
        break;
      case "description":
        m0 |= 524288;
        break;
      case "mode":
        m0 |= 2097152;
        break;
      case "type":
        m0 |= 8388608;
        break;
      case "telecom":
        m0 |= 16777216;
        break;
      case "address":
        m0 |= 33554432;
        break;
      case "physicalType":
        m0 |= 67108864;
        break;
      case "position":
        m0 |= 134217728;
        break;
      case "managingOrganization":
        m0 |= 268435456;
        break;
      case "partOf":
        m0 |= 536870912;
        break;
      case "endpoint":
        m0 |= 1073741824;
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
      case "_alias":
        m0 |= 262144;
        break;
      case "_description":
        m0 |= 1048576;
        break;
      case "_mode":
        m0 |= 4194304;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.checkSliced(o.identifier, x, p, "identifier", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes92)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.operationalStatus, x, p, "operationalStatus", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.operationalStatus, false, x, p, "operationalStatus", vrt.checkCoding, BINDING_2) && x.c === null)
      return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!vrt.prims(o.alias, o._alias, x, p, "alias", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidCode(o.mode) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.mode, vcodes.inCodes120)) {
      if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.address, x, p, "address", d, 0, checkCareConnectLocation1Address) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.physicalType, x, p, "physicalType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.position, x, p, "position", d, 0, _checkLocationPosition) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.managingOrganization, x, p, "managingOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.managingOrganization, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.partOf, x, p, "partOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, false, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.endpoint, x, p, "endpoint", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.endpoint, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
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
function checkCareConnectLocation1IdentifierOdsSiteCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Location.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
        n++;
        m0 |= 256;
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
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(o.use, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(o.type, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!((o.system === "https://fhir.nhs.uk/Id/ods-site-code" || vrt.isValidUri(o.system)) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "https://fhir.nhs.uk/Id/ods-site-code")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "https://fhir.nhs.uk/Id/ods-site-code") && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(o.period, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(o.assigner, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkCareConnectLocation1IdentifierLocalIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Location.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
        n++;
        m0 |= 256;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if (!((o.system === "https://fhir.nhs.uk/Id/local-location-identifier" || vrt.isValidUri(o.system)) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "https://fhir.nhs.uk/Id/local-location-identifier")) {
    if (!vrt.eachWith(
      o.system,
      false,
      x,
      p,
      "system",
      vrt.checkFixed,
      "https://fhir.nhs.uk/Id/local-location-identifier"
    ) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectLocation1Address(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Location.address");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "text":
        n++;
        m0 |= 64;
        break;
      case "line":
        n++;
        m0 |= 256;
        break;
      case "city":
        n++;
        m0 |= 1024;
        break;
      case "district":
        n++;
        m0 |= 4096;
        break;
      case "state":
        n++;
        m0 |= 16384;
        break;
      case "postalCode":
        n++;
        m0 |= 65536;
        break;
      case "country":
        n++;
        m0 |= 262144;
        break;
      case "period":
        n++;
        m0 |= 1048576;
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_type":
        n++;
        m0 |= 32;
        break;
      case "_text":
        n++;
        m0 |= 128;
        break;
      case "_line":
        n++;
        m0 |= 512;
        break;
      case "_city":
        n++;
        m0 |= 2048;
        break;
      case "_district":
        n++;
        m0 |= 8192;
        break;
      case "_state":
        n++;
        m0 |= 32768;
        break;
      case "_postalCode":
        n++;
        m0 |= 131072;
        break;
      case "_country":
        n++;
        m0 |= 524288;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes6)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.type) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.type, vcodes.inCodes7)) {
      if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_7) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(o.line, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(o.city) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.city, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(o.district) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.district, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prohibited(o.state, o._state, x, p, "state") && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.postalCode) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.postalCode, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.country) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.country, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function _checkLocationPosition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Location.position");
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
      case "longitude":
        n++;
        m0 |= 8;
        break;
      case "latitude":
        n++;
        m0 |= 32;
        break;
      case "altitude":
        n++;
        m0 |= 128;
        break;
      case "_longitude":
        n++;
        m0 |= 16;
        break;
      case "_latitude":
        n++;
        m0 |= 64;
        break;
      case "_altitude":
        n++;
        m0 |= 256;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidDecimal(o.longitude) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.longitude, o._longitude, x, p, "longitude", d, 1, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidDecimal(o.latitude) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.latitude, o._latitude, x, p, "latitude", d, 1, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDecimal(o.altitude) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.altitude, o._altitude, x, p, "altitude", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCareConnectLocation1(value, options) {
  return vrt.validateWith(value, "Location", checkCareConnectLocation1, true, options, REGISTRY_0);
}
function isCareConnectLocation1(value, options) {
  return vrt.testWith(value, checkCareConnectLocation1, true, options, REGISTRY_0);
}
function buildCareConnectLocation1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "Location", profile: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Location-1" },
    isCareConnectLocation1,
    validateCareConnectLocation1,
    "CareConnectLocation1"
  );
}
function buildCareConnectLocation1IdentifierOdsSiteCode(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "https://fhir.nhs.uk/Id/ods-site-code" }
  });
}
function buildCareConnectLocation1IdentifierLocalIdentifier(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "https://fhir.nhs.uk/Id/local-location-identifier" }
  });
}
