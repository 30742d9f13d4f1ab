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
var GPConnectOperationOutcome1_exports = {};
__export(GPConnectOperationOutcome1_exports, {
  buildGPConnectOperationOutcome1: () => buildGPConnectOperationOutcome1,
  checkGPConnectOperationOutcome1: () => checkGPConnectOperationOutcome1,
  checkGPConnectOperationOutcome1Issue: () => checkGPConnectOperationOutcome1Issue,
  checkGPConnectOperationOutcome1IssueDetails: () => checkGPConnectOperationOutcome1IssueDetails,
  checkGPConnectOperationOutcome1IssueDetailsCoding: () => checkGPConnectOperationOutcome1IssueDetailsCoding,
  isGPConnectOperationOutcome1: () => isGPConnectOperationOutcome1,
  validateGPConnectOperationOutcome1: () => validateGPConnectOperationOutcome1
});
module.exports = __toCommonJS(GPConnectOperationOutcome1_exports);
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["OperationOutcome"], type: "OperationOutcome", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const OWNER_1 = { paths: ["OperationOutcome.issue"], type: "BackboneElement", exact: true };
const BINDING_1 = {
  has: vcodes.inCodes224,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/issue-severity"
};
const BINDING_2 = {
  has: vcodes.inCodes225,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/issue-type"
};
const BINDING_3 = {
  has: vcodes.inCodings226,
  strength: "required",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1"
};
const OWNER_2 = {
  paths: ["OperationOutcome.issue.details", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_3 = {
  paths: ["OperationOutcome.issue.details.coding", "Coding"],
  type: "Coding",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1",
      check: checkGPConnectOperationOutcome1,
      type: "OperationOutcome",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGPConnectOperationOutcome1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationOutcome");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "OperationOutcome") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "issue":
        m0 |= 2048;
        e8 = o[k];
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
  if (!vrt.many(e8, x, p, "issue", d, 1, -1, checkGPConnectOperationOutcome1Issue) && x.c === null) return false;
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
function checkGPConnectOperationOutcome1Issue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationOutcome.issue");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "severity":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "details":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "diagnostics":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "location":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "expression":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "_severity":
        n++;
        m0 |= 16;
        break;
      case "_code":
        n++;
        m0 |= 64;
        break;
      case "_diagnostics":
        n++;
        m0 |= 512;
        break;
      case "_location":
        n++;
        m0 |= 2048;
        break;
      case "_expression":
        n++;
        m0 |= 8192;
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._severity, x, p, "severity", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes224)) {
    if (!vrt.eachWith(e3, false, x, p, "severity", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes225)) {
    if (!vrt.eachWith(e4, false, x, p, "code", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e5, x, p, "details", d, 1, checkGPConnectOperationOutcome1IssueDetails) && x.c === null) return false;
  if (!vrt.eachWith(e5, false, x, p, "details", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._diagnostics, x, p, "diagnostics", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e7, o._location, x, p, "location", d, 0, -1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(e8, o._expression, x, p, "expression", d, 0, -1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  return true;
}
function checkGPConnectOperationOutcome1IssueDetails(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationOutcome.issue.details");
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
  if (!vrt.many(e2, x, p, "coding", d, 1, 1, checkGPConnectOperationOutcome1IssueDetailsCoding) && x.c === null)
    return false;
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkGPConnectOperationOutcome1IssueDetailsCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationOutcome.issue.details.coding");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (!((e2 === "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "system",
      vrt.checkFixed,
      "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1"
    ) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(e6, o._userSelected, x, p, "userSelected") && x.c === null) return false;
  }
  return true;
}
function validateGPConnectOperationOutcome1(value, options) {
  return vrt.validateWith(value, "OperationOutcome", checkGPConnectOperationOutcome1, true, options, REGISTRY_0);
}
function isGPConnectOperationOutcome1(value, options) {
  return vrt.testWith(value, checkGPConnectOperationOutcome1, true, options, REGISTRY_0);
}
function buildGPConnectOperationOutcome1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "OperationOutcome",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-OperationOutcome-1",
      each: {
        issue: {
          each: {
            details: {
              each: { coding: { set: { system: "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1" } } }
            }
          },
          system: { details: "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1" }
        }
      }
    },
    isGPConnectOperationOutcome1,
    validateGPConnectOperationOutcome1,
    "GPConnectOperationOutcome1"
  );
}
