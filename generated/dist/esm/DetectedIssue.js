import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["DetectedIssue"], type: "DetectedIssue", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes36,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-status"
};
const BINDING_2 = {
  has: vcodes.inCodes160,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/detectedissue-severity"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Device", "Practitioner"];
const OWNER_1 = { paths: ["DetectedIssue.mitigation"], type: "BackboneElement", exact: true };
const TARGETS_2 = ["Practitioner"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DetectedIssue",
      check: checkDetectedIssue,
      type: "DetectedIssue",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDetectedIssue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DetectedIssue");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DetectedIssue") && x.c === null) return false;
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
      case "category":
        m0 |= 16384;
        break;
      case "severity":
        m0 |= 32768;
        break;
      case "patient":
        m0 |= 131072;
        break;
      case "date":
        m0 |= 262144;
        break;
      case "author":
        m0 |= 1048576;
        break;
      case "implicated":
        m0 |= 2097152;
        break;
      case "detail":
        m0 |= 4194304;
        break;
      case "reference":
        m0 |= 16777216;
        break;
      case "mitigation":
        m0 |= 67108864;
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
      case "_severity":
        m0 |= 65536;
        break;
      case "_date":
        m0 |= 524288;
        break;
      case "_detail":
        m0 |= 8388608;
        break;
      case "_reference":
        m0 |= 33554432;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes36)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(o.severity) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.severity, o._severity, x, p, "severity", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.severity, vcodes.inCodes160)) {
      if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.author, x, p, "author", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.author, false, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.implicated, x, p, "implicated", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidString(o.detail) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.detail, o._detail, x, p, "detail", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidUri(o.reference) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.reference, o._reference, x, p, "reference", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.mitigation, x, p, "mitigation", d, 0, -1, checkDetectedIssueMitigation) && x.c === null)
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
function checkDetectedIssueMitigation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DetectedIssue.mitigation");
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
      case "action":
        n++;
        m0 |= 8;
        break;
      case "date":
        n++;
        m0 |= 16;
        break;
      case "author":
        n++;
        m0 |= 64;
        break;
      case "_date":
        n++;
        m0 |= 32;
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
  if (!vrt.one(o.action, x, p, "action", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.author, x, p, "author", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.author, false, x, p, "author", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function validateDetectedIssue(value, options) {
  return vrt.validateWith(value, "DetectedIssue", checkDetectedIssue, true, options, REGISTRY_0);
}
function isDetectedIssue(value, options) {
  return vrt.testWith(value, checkDetectedIssue, true, options, REGISTRY_0);
}
function buildDetectedIssue(input) {
  return fillAndCheck(
    input,
    { resourceType: "DetectedIssue" },
    isDetectedIssue,
    validateDetectedIssue,
    "DetectedIssue"
  );
}
export {
  buildDetectedIssue,
  checkDetectedIssue,
  checkDetectedIssueMitigation,
  isDetectedIssue,
  validateDetectedIssue
};
