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
var ImagingManifest_exports = {};
__export(ImagingManifest_exports, {
  buildImagingManifest: () => buildImagingManifest,
  checkImagingManifest: () => checkImagingManifest,
  checkImagingManifestStudy: () => checkImagingManifestStudy,
  checkImagingManifestStudySeries: () => checkImagingManifestStudySeries,
  checkImagingManifestStudySeriesInstance: () => checkImagingManifestStudySeriesInstance,
  isImagingManifest: () => isImagingManifest,
  validateImagingManifest: () => validateImagingManifest
});
module.exports = __toCommonJS(ImagingManifest_exports);
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["ImagingManifest"], type: "ImagingManifest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const OWNER_1 = { paths: ["ImagingManifest.study"], type: "BackboneElement", exact: true };
const TARGETS_2 = ["ImagingStudy"];
const TARGETS_3 = ["Endpoint"];
const OWNER_2 = { paths: ["ImagingManifest.study.series"], type: "BackboneElement", exact: true };
const OWNER_3 = {
  paths: ["ImagingManifest.study.series.instance"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ImagingManifest",
      check: checkImagingManifest,
      type: "ImagingManifest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkImagingManifest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingManifest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ImagingManifest") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13;
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
      case "patient":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "authoringTime":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "author":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "description":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "study":
        m0 |= 262144;
        e13 = o[k];
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
      case "_authoringTime":
        m0 |= 16384;
        break;
      case "_description":
        m0 |= 131072;
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
    if (!vrt.one(e8, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!vrt.one(e9, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e9, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDateTime(e10) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e10, o._authoringTime, x, p, "authoringTime", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "author", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e12, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e13, x, p, "study", d, 1, -1, checkImagingManifestStudy) && x.c === null) return false;
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
function checkImagingManifestStudy(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingManifest.study");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "uid":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "imagingStudy":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "endpoint":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "series":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "_uid":
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
  if (!(vrt.isValidOid(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "imagingStudy", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "imagingStudy", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e5, x, p, "endpoint", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if (!vrt.many(e6, x, p, "series", d, 1, -1, checkImagingManifestStudySeries) && x.c === null) return false;
  return true;
}
function checkImagingManifestStudySeries(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingManifest.study.series");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "uid":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "endpoint":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "instance":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_uid":
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidOid(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_2) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e4, x, p, "endpoint", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if (!vrt.many(e5, x, p, "instance", d, 1, -1, checkImagingManifestStudySeriesInstance) && x.c === null) return false;
  return true;
}
function checkImagingManifestStudySeriesInstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingManifest.study.series.instance");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "sopClass":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "uid":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_sopClass":
        n++;
        m0 |= 16;
        break;
      case "_uid":
        n++;
        m0 |= 64;
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!(vrt.isValidOid(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sopClass, x, p, "sopClass", d, 1, vrt.isValidOid, "oid", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidOid(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_3) && x.c === null) return false;
  }
  return true;
}
function validateImagingManifest(value, options) {
  return vrt.validateWith(value, "ImagingManifest", checkImagingManifest, true, options, REGISTRY_0);
}
function isImagingManifest(value, options) {
  return vrt.testWith(value, checkImagingManifest, true, options, REGISTRY_0);
}
function buildImagingManifest(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "ImagingManifest" },
    isImagingManifest,
    validateImagingManifest,
    "ImagingManifest"
  );
}
