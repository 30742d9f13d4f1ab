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
var ProfileForHLAGenotypingResults_exports = {};
__export(ProfileForHLAGenotypingResults_exports, {
  buildProfileForHLAGenotypingResults: () => buildProfileForHLAGenotypingResults,
  checkProfileForHLAGenotypingResults: () => checkProfileForHLAGenotypingResults,
  isProfileForHLAGenotypingResults: () => isProfileForHLAGenotypingResults,
  validateProfileForHLAGenotypingResults: () => validateProfileForHLAGenotypingResults
});
module.exports = __toCommonJS(ProfileForHLAGenotypingResults_exports);
var import_AlleleDatabase = require("./AlleleDatabase.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_DiagnosticReport = require("./DiagnosticReport.js");
var import_Glstring = require("./Glstring.js");
var import_Haploid = require("./Haploid.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Method = require("./Method.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["DiagnosticReport"], type: "DiagnosticReport", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "DiagnosticReport.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "allele-database",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database",
      check: (v, x, q, d) => (0, import_AlleleDatabase.checkAlleleDatabase)(v, x, q, d)
    },
    {
      name: "glstring",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
      check: (v, x, q, d) => (0, import_Glstring.checkGlstring)(v, x, q, d)
    },
    {
      name: "haploid",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid",
      check: (v, x, q, d) => (0, import_Haploid.checkHaploid)(v, x, q, d)
    },
    {
      name: "method",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method",
      check: (v, x, q, d) => (0, import_Method.checkMethod)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database":
        return 0;
      case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring":
        return 1;
      case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid":
        return 2;
      case "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method":
        return 3;
    }
    return -1;
  }
};
const TARGETS_0 = [
  "CarePlan",
  "ImmunizationRecommendation",
  "MedicationRequest",
  "NutritionOrder",
  "ProcedureRequest",
  "ReferralRequest"
];
const BINDING_1 = {
  has: vcodes.inCodes78,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/diagnostic-report-status"
};
const TARGETS_1 = ["Device", "Group", "Location", "Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_3 = ["Specimen"];
const TARGETS_4 = ["Observation"];
const TARGETS_5 = ["ImagingManifest", "ImagingStudy"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/hlaresult",
      check: checkProfileForHLAGenotypingResults,
      type: "DiagnosticReport",
      base: false
    }
  ],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-allele-database",
      check: import_AlleleDatabase.checkAlleleDatabase,
      contexts: ["DiagnosticReport"],
      contextTypes: ["DiagnosticReport"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
      check: import_Glstring.checkGlstring,
      contexts: ["DiagnosticReport"],
      contextTypes: ["DiagnosticReport"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-haploid",
      check: import_Haploid.checkHaploid,
      contexts: ["DiagnosticReport"],
      contextTypes: ["DiagnosticReport"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-method",
      check: import_Method.checkMethod,
      contexts: ["DiagnosticReport"],
      contextTypes: ["DiagnosticReport"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkProfileForHLAGenotypingResults(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DiagnosticReport");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DiagnosticReport") && x.c === null) return false;
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
      case "basedOn":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "category":
        m0 |= 32768;
        break;
      case "code":
        m0 |= 65536;
        break;
      case "subject":
        m0 |= 131072;
        break;
      case "context":
        m0 |= 262144;
        break;
      case "effectiveDateTime":
        m0 |= 524288;
        break;
      case "effectivePeriod":
        m0 |= 2097152;
        break;
      case "issued":
        m0 |= 4194304;
        break;
      case "performer":
        m0 |= 16777216;
        break;
      case "specimen":
        m0 |= 33554432;
        break;
      case "result":
        m0 |= 67108864;
        break;
      case "imagingStudy":
        m0 |= 134217728;
        break;
      case "image":
        m0 |= 268435456;
        break;
      case "conclusion":
        m0 |= 536870912;
        break;
      case "codedDiagnosis":
        m1 |= 1;
        break;
      case "presentedForm":
        m1 |= 2;
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
      case "_effectiveDateTime":
        m0 |= 1048576;
        break;
      case "_issued":
        m0 |= 8388608;
        break;
      case "_conclusion":
        m0 |= 1073741824;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes78)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 3670016) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 0) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.effectiveDateTime) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.effectiveDateTime,
        o._effectiveDateTime,
        x,
        p,
        "effective.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effective.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidInstant(o.issued) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.issued, o._issued, x, p, "issued", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, import_DiagnosticReport.checkDiagnosticReportPerformer) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.specimen, x, p, "specimen", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.specimen, true, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.result, x, p, "result", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.result, true, x, p, "result", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.imagingStudy, x, p, "imagingStudy", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.imagingStudy, true, x, p, "imagingStudy", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.image, x, p, "image", d, 0, -1, import_DiagnosticReport.checkDiagnosticReportImage) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(o.conclusion) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.conclusion, o._conclusion, x, p, "conclusion", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.codedDiagnosis, x, p, "codedDiagnosis", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.presentedForm, x, p, "presentedForm", d, 0, -1, import_Attachment.checkAttachment) && x.c === null) return false;
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
function validateProfileForHLAGenotypingResults(value, options) {
  return vrt.validateWith(value, "DiagnosticReport", checkProfileForHLAGenotypingResults, true, options, REGISTRY_0);
}
function isProfileForHLAGenotypingResults(value, options) {
  return vrt.testWith(value, checkProfileForHLAGenotypingResults, true, options, REGISTRY_0);
}
function buildProfileForHLAGenotypingResults(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "DiagnosticReport", profile: "http://hl7.org/fhir/StructureDefinition/hlaresult" },
    isProfileForHLAGenotypingResults,
    validateProfileForHLAGenotypingResults,
    "ProfileForHLAGenotypingResults"
  );
}
