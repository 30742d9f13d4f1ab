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
var ProcessRequest_exports = {};
__export(ProcessRequest_exports, {
  buildProcessRequest: () => buildProcessRequest,
  checkProcessRequest: () => checkProcessRequest,
  checkProcessRequestItem: () => checkProcessRequestItem,
  isProcessRequest: () => isProcessRequest,
  validateProcessRequest: () => validateProcessRequest
});
module.exports = __toCommonJS(ProcessRequest_exports);
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["ProcessRequest"], type: "ProcessRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes130,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/fm-status"
};
const BINDING_2 = {
  has: vcodes.inCodes273,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/actionlist"
};
const TARGETS_0 = ["Organization"];
const TARGETS_1 = ["Practitioner"];
const OWNER_1 = { paths: ["ProcessRequest.item"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ProcessRequest",
      check: checkProcessRequest,
      type: "ProcessRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkProcessRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcessRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ProcessRequest") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22;
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
      case "action":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "target":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "created":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "provider":
        m0 |= 524288;
        e13 = o[k];
        break;
      case "organization":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "request":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "response":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "nullify":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "reference":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "item":
        m0 |= 134217728;
        e19 = o[k];
        break;
      case "include":
        m0 |= 268435456;
        e20 = o[k];
        break;
      case "exclude":
        m1 |= 1;
        e21 = o[k];
        break;
      case "period":
        m1 |= 4;
        e22 = o[k];
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
      case "_action":
        m0 |= 32768;
        break;
      case "_created":
        m0 |= 262144;
        break;
      case "_nullify":
        m0 |= 16777216;
        break;
      case "_reference":
        m0 |= 67108864;
        break;
      case "_include":
        m0 |= 536870912;
        break;
      case "_exclude":
        m1 |= 2;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes130)) {
      if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidCode(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._action, x, p, "action", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e10, vcodes.inCodes273)) {
      if (!vrt.eachWith(e10, false, x, p, "action", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e11, x, p, "target", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidDateTime(e12) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e12, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e13, x, p, "provider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e14, x, p, "organization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e15, x, p, "request", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e16, x, p, "response", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidBoolean(e17) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e17, o._nullify, x, p, "nullify", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(e18) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e18, o._reference, x, p, "reference", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e19, x, p, "item", d, 0, -1, checkProcessRequestItem) && x.c === null) return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!vrt.prims(e20, o._include, x, p, "include", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 3) !== 0) {
    if (!vrt.prims(e21, o._exclude, x, p, "exclude", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e22, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
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
function checkProcessRequestItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcessRequest.item");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_sequenceLinkId":
        n++;
        m0 |= 16;
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
  if (!(vrt.isValidInteger(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequenceLinkId, x, p, "sequenceLinkId", d, 1, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
      return false;
  }
  return true;
}
function validateProcessRequest(value, options) {
  return vrt.validateWith(value, "ProcessRequest", checkProcessRequest, true, options, REGISTRY_0);
}
function isProcessRequest(value, options) {
  return vrt.testWith(value, checkProcessRequest, true, options, REGISTRY_0);
}
function buildProcessRequest(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "ProcessRequest" },
    isProcessRequest,
    validateProcessRequest,
    "ProcessRequest"
  );
}
