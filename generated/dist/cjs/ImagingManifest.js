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
      case "patient":
        m0 |= 4096;
        break;
      case "authoringTime":
        m0 |= 8192;
        break;
      case "author":
        m0 |= 32768;
        break;
      case "description":
        m0 |= 65536;
        break;
      case "study":
        m0 |= 262144;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDateTime(o.authoringTime) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.authoringTime,
        o._authoringTime,
        x,
        p,
        "authoringTime",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.author, x, p, "author", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.author, false, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.study, x, p, "study", d, 1, -1, checkImagingManifestStudy) && x.c === null) return false;
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
      case "uid":
        n++;
        m0 |= 8;
        break;
      case "imagingStudy":
        n++;
        m0 |= 32;
        break;
      case "endpoint":
        n++;
        m0 |= 64;
        break;
      case "series":
        n++;
        m0 |= 128;
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
  if (!(vrt.isValidOid(o.uid) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.uid, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.imagingStudy, x, p, "imagingStudy", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.imagingStudy, false, x, p, "imagingStudy", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.endpoint, x, p, "endpoint", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.endpoint, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.many(o.series, x, p, "series", d, 1, -1, checkImagingManifestStudySeries) && x.c === null) return false;
  return true;
}
function checkImagingManifestStudySeries(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingManifest.study.series");
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
      case "uid":
        n++;
        m0 |= 8;
        break;
      case "endpoint":
        n++;
        m0 |= 32;
        break;
      case "instance":
        n++;
        m0 |= 64;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidOid(o.uid) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.uid, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_2) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(o.endpoint, x, p, "endpoint", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.endpoint, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.many(o.instance, x, p, "instance", d, 1, -1, checkImagingManifestStudySeriesInstance) && x.c === null)
    return false;
  return true;
}
function checkImagingManifestStudySeriesInstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImagingManifest.study.series.instance");
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
      case "sopClass":
        n++;
        m0 |= 8;
        break;
      case "uid":
        n++;
        m0 |= 32;
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
  if (!(vrt.isValidOid(o.sopClass) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.sopClass, o._sopClass, x, p, "sopClass", d, 1, vrt.isValidOid, "oid", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidOid(o.uid) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.uid, o._uid, x, p, "uid", d, 1, vrt.isValidOid, "oid", OWNER_3) && x.c === null) return false;
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
