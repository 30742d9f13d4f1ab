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
var HealthcareService_exports = {};
__export(HealthcareService_exports, {
  buildHealthcareService: () => buildHealthcareService,
  checkHealthcareService: () => checkHealthcareService,
  checkHealthcareServiceAvailableTime: () => checkHealthcareServiceAvailableTime,
  checkHealthcareServiceNotAvailable: () => checkHealthcareServiceNotAvailable,
  isHealthcareService: () => isHealthcareService,
  validateHealthcareService: () => validateHealthcareService
});
module.exports = __toCommonJS(HealthcareService_exports);
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
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
const OWNER_0 = { paths: ["HealthcareService"], type: "HealthcareService", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Organization"];
const BINDING_1 = {
  has: vcodes.inCodings20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const TARGETS_1 = ["Location"];
const TARGETS_2 = ["Endpoint"];
const OWNER_1 = {
  paths: ["HealthcareService.availableTime"],
  type: "BackboneElement",
  exact: true
};
const BINDING_2 = {
  has: vcodes.inCodes100,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/days-of-week"
};
const OWNER_2 = { paths: ["HealthcareService.notAvailable"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/HealthcareService",
      check: checkHealthcareService,
      type: "HealthcareService",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkHealthcareService(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "HealthcareService");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "HealthcareService") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31;
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
      case "active":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "providedBy":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "category":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "type":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "specialty":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "location":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "name":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "comment":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "extraDetails":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "photo":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "telecom":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "coverageArea":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "serviceProvisionCode":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "eligibility":
        m0 |= 536870912;
        e22 = o[k];
        break;
      case "eligibilityNote":
        m1 |= 1;
        e23 = o[k];
        break;
      case "programName":
        m1 |= 4;
        e24 = o[k];
        break;
      case "characteristic":
        m1 |= 16;
        e25 = o[k];
        break;
      case "referralMethod":
        m1 |= 32;
        e26 = o[k];
        break;
      case "appointmentRequired":
        m1 |= 64;
        e27 = o[k];
        break;
      case "availableTime":
        m1 |= 256;
        e28 = o[k];
        break;
      case "notAvailable":
        m1 |= 512;
        e29 = o[k];
        break;
      case "availabilityExceptions":
        m1 |= 1024;
        e30 = o[k];
        break;
      case "endpoint":
        m1 |= 4096;
        e31 = o[k];
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
      case "_active":
        m0 |= 8192;
        break;
      case "_name":
        m0 |= 1048576;
        break;
      case "_comment":
        m0 |= 4194304;
        break;
      case "_extraDetails":
        m0 |= 16777216;
        break;
      case "_eligibilityNote":
        m1 |= 2;
        break;
      case "_programName":
        m1 |= 8;
        break;
      case "_appointmentRequired":
        m1 |= 128;
        break;
      case "_availabilityExceptions":
        m1 |= 2048;
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
    if (!(vrt.isValidBoolean(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "providedBy", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "providedBy", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e12, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e13, x, p, "specialty", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "specialty", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(e14, x, p, "location", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "location", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e15, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e16, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(e17) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e17, o._extraDetails, x, p, "extraDetails", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e18, x, p, "photo", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e19, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e20, x, p, "coverageArea", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, true, x, p, "coverageArea", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e21, x, p, "serviceProvisionCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(e22, x, p, "eligibility", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(e23) && (m1 & 2) === 0)) {
      if (!vrt.prim(e23, o._eligibilityNote, x, p, "eligibilityNote", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!vrt.prims(e24, o._programName, x, p, "programName", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e25, x, p, "characteristic", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e26, x, p, "referralMethod", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidBoolean(e27) && (m1 & 128) === 0)) {
      if (!vrt.prim(
        e27,
        o._appointmentRequired,
        x,
        p,
        "appointmentRequired",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(e28, x, p, "availableTime", d, 0, -1, checkHealthcareServiceAvailableTime) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e29, x, p, "notAvailable", d, 0, -1, checkHealthcareServiceNotAvailable) && x.c === null)
      return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidString(e30) && (m1 & 2048) === 0)) {
      if (!vrt.prim(
        e30,
        o._availabilityExceptions,
        x,
        p,
        "availabilityExceptions",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(e31, x, p, "endpoint", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e31, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
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
function checkHealthcareServiceAvailableTime(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "HealthcareService.availableTime");
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
      case "daysOfWeek":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "allDay":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "availableStartTime":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "availableEndTime":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_daysOfWeek":
        n++;
        m0 |= 16;
        break;
      case "_allDay":
        n++;
        m0 |= 64;
        break;
      case "_availableStartTime":
        n++;
        m0 |= 256;
        break;
      case "_availableEndTime":
        n++;
        m0 |= 1024;
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
    if (!vrt.prims(e3, o._daysOfWeek, x, p, "daysOfWeek", d, 0, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
    if (!vrt.eachWith(e3, true, x, p, "daysOfWeek", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._allDay, x, p, "allDay", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidTime(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._availableStartTime, x, p, "availableStartTime", d, 0, vrt.isValidTime, "time", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidTime(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._availableEndTime, x, p, "availableEndTime", d, 0, vrt.isValidTime, "time", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkHealthcareServiceNotAvailable(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "HealthcareService.notAvailable");
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
      case "description":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "during":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_description":
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
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._description, x, p, "description", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "during", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateHealthcareService(value, options) {
  return vrt.validateWith(value, "HealthcareService", checkHealthcareService, true, options, REGISTRY_0);
}
function isHealthcareService(value, options) {
  return vrt.testWith(value, checkHealthcareService, true, options, REGISTRY_0);
}
function buildHealthcareService(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "HealthcareService" },
    isHealthcareService,
    validateHealthcareService,
    "HealthcareService"
  );
}
