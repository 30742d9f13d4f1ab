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
var GPConnectDevice1_exports = {};
__export(GPConnectDevice1_exports, {
  buildGPConnectDevice1: () => buildGPConnectDevice1,
  checkGPConnectDevice1: () => checkGPConnectDevice1,
  checkGPConnectDevice1Identifier: () => checkGPConnectDevice1Identifier,
  checkGPConnectDevice1Note: () => checkGPConnectDevice1Note,
  checkGPConnectDevice1Type: () => checkGPConnectDevice1Type,
  checkGPConnectDevice1TypeCoding: () => checkGPConnectDevice1TypeCoding,
  isGPConnectDevice1: () => isGPConnectDevice1,
  validateGPConnectDevice1: () => validateGPConnectDevice1
});
module.exports = __toCommonJS(GPConnectDevice1_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Device"], type: "Device", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Organization"];
const TARGETS_1 = ["Location"];
const OWNER_1 = { paths: ["Device.identifier", "Identifier"], type: "Identifier", exact: true };
const OWNER_2 = { paths: ["Device.type", "CodeableConcept"], type: "CodeableConcept", exact: true };
const OWNER_3 = { paths: ["Device.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_0 = vrt.choiceVariants(["authorReference", "authorString"]);
const TARGETS_2 = ["RelatedPerson"];
const OWNER_4 = { paths: ["Device.type.coding", "Coding"], type: "Coding", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1",
      check: checkGPConnectDevice1,
      type: "Device",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGPConnectDevice1(v, x, p, d) {
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
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkGPConnectDevice1Identifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.prohibited(e9, void 0, x, p, "udi") && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!vrt.prohibited(e10, o._status, x, p, "status") && x.c === null) return false;
  }
  if (!vrt.one(e11, x, p, "type", d, 1, checkGPConnectDevice1Type) && x.c === null) return false;
  if ((m0 & 196608) !== 0) {
    if (!vrt.prohibited(e12, o._lotNumber, x, p, "lotNumber") && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e13) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e13, o._manufacturer, x, p, "manufacturer", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!vrt.prohibited(e14, o._manufactureDate, x, p, "manufactureDate") && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!vrt.prohibited(e15, o._expirationDate, x, p, "expirationDate") && x.c === null) return false;
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
    if (!vrt.prohibited(e18, void 0, x, p, "patient") && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(e19, x, p, "owner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.prohibited(e20, void 0, x, p, "contact") && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e21, x, p, "location", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e21, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m1 & 6) !== 0) {
    if (!vrt.prohibited(e22, o._url, x, p, "url") && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e23, x, p, "note", d, 0, -1, checkGPConnectDevice1Note) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e24, x, p, "safety", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
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
function checkGPConnectDevice1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.identifier");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(e2, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(e3, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(e6, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(e7, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkGPConnectDevice1Type(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.type");
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!vrt.many(e2, x, p, "coding", d, 1, 1, checkGPConnectDevice1TypeCoding) && x.c === null) return false;
  if ((m0 & 24) !== 0) {
    if (!vrt.prohibited(e3, o._text, x, p, "text") && x.c === null) return false;
  }
  return true;
}
function checkGPConnectDevice1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.note");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "authorReference":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "authorString":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "time":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_authorString":
        n++;
        m0 |= 16;
        break;
      case "_time":
        n++;
        m0 |= 64;
        break;
      case "_text":
        n++;
        m0 |= 256;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e2, x, p, "author.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e2, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._authorString, x, p, "author.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e3, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null) return false;
  }
  return true;
}
function checkGPConnectDevice1TypeCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.type.coding");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_4) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(e6, o._userSelected, x, p, "userSelected") && x.c === null) return false;
  }
  return true;
}
function validateGPConnectDevice1(value, options) {
  return vrt.validateWith(value, "Device", checkGPConnectDevice1, true, options, REGISTRY_0);
}
function isGPConnectDevice1(value, options) {
  return vrt.testWith(value, checkGPConnectDevice1, true, options, REGISTRY_0);
}
function buildGPConnectDevice1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "Device", profile: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1" },
    isGPConnectDevice1,
    validateGPConnectDevice1,
    "GPConnectDevice1"
  );
}
