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
var Coverage_exports = {};
__export(Coverage_exports, {
  buildCoverage: () => buildCoverage,
  checkCoverage: () => checkCoverage,
  checkCoverageGrouping: () => checkCoverageGrouping,
  isCoverage: () => isCoverage,
  validateCoverage: () => validateCoverage
});
module.exports = __toCommonJS(Coverage_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Coverage"], type: "Coverage", exact: true };
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
const TARGETS_0 = ["Organization", "Patient", "RelatedPerson"];
const TARGETS_1 = ["Patient", "RelatedPerson"];
const TARGETS_2 = ["Patient"];
const TARGETS_3 = ["Contract"];
const OWNER_1 = { paths: ["Coverage.grouping"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Coverage", check: checkCoverage, type: "Coverage", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCoverage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Coverage");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Coverage") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23;
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
      case "type":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "policyHolder":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "subscriber":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "subscriberId":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "beneficiary":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "relationship":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "period":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "payor":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "grouping":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "dependent":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "sequence":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "order":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "network":
        m1 |= 1;
        e22 = o[k];
        break;
      case "contract":
        m1 |= 4;
        e23 = o[k];
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
      case "_subscriberId":
        m0 |= 262144;
        break;
      case "_dependent":
        m0 |= 33554432;
        break;
      case "_sequence":
        m0 |= 134217728;
        break;
      case "_order":
        m0 |= 536870912;
        break;
      case "_network":
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
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "policyHolder", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "policyHolder", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "subscriber", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "subscriber", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidString(e13) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e13, o._subscriberId, x, p, "subscriberId", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "beneficiary", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "beneficiary", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "relationship", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e17, x, p, "payor", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, true, x, p, "payor", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e18, x, p, "grouping", d, 0, checkCoverageGrouping) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(e19) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e19, o._dependent, x, p, "dependent", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(e20) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e20, o._sequence, x, p, "sequence", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidPositiveInt(e21) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e21, o._order, x, p, "order", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(e22) && (m1 & 2) === 0)) {
      if (!vrt.prim(e22, o._network, x, p, "network", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e23, x, p, "contract", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, true, x, p, "contract", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
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
function checkCoverageGrouping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Coverage.grouping");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14;
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
      case "group":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "groupDisplay":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "subGroup":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "subGroupDisplay":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "plan":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "planDisplay":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "subPlan":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "subPlanDisplay":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "class":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "classDisplay":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "subClass":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "subClassDisplay":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "_group":
        n++;
        m0 |= 16;
        break;
      case "_groupDisplay":
        n++;
        m0 |= 64;
        break;
      case "_subGroup":
        n++;
        m0 |= 256;
        break;
      case "_subGroupDisplay":
        n++;
        m0 |= 1024;
        break;
      case "_plan":
        n++;
        m0 |= 4096;
        break;
      case "_planDisplay":
        n++;
        m0 |= 16384;
        break;
      case "_subPlan":
        n++;
        m0 |= 65536;
        break;
      case "_subPlanDisplay":
        n++;
        m0 |= 262144;
        break;
      case "_class":
        n++;
        m0 |= 1048576;
        break;
      case "_classDisplay":
        n++;
        m0 |= 4194304;
        break;
      case "_subClass":
        n++;
        m0 |= 16777216;
        break;
      case "_subClassDisplay":
        n++;
        m0 |= 67108864;
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
      if (!vrt.prim(e3, o._group, x, p, "group", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._groupDisplay, x, p, "groupDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._subGroup, x, p, "subGroup", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._subGroupDisplay, x, p, "subGroupDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._plan, x, p, "plan", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._planDisplay, x, p, "planDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._subPlan, x, p, "subPlan", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._subPlanDisplay, x, p, "subPlanDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e11, o._class, x, p, "class", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e12, o._classDisplay, x, p, "classDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(e13) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e13, o._subClass, x, p, "subClass", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(e14) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e14, o._subClassDisplay, x, p, "subClassDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCoverage(value, options) {
  return vrt.validateWith(value, "Coverage", checkCoverage, true, options, REGISTRY_0);
}
function isCoverage(value, options) {
  return vrt.testWith(value, checkCoverage, true, options, REGISTRY_0);
}
function buildCoverage(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Coverage" }, isCoverage, validateCoverage, "Coverage");
}
