import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
      case "issue":
        m0 |= 2048;
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
  if (!vrt.many(o.issue, x, p, "issue", d, 1, -1, checkGPConnectOperationOutcome1Issue) && x.c === null) return false;
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
      case "severity":
        n++;
        m0 |= 8;
        break;
      case "code":
        n++;
        m0 |= 32;
        break;
      case "details":
        n++;
        m0 |= 128;
        break;
      case "diagnostics":
        n++;
        m0 |= 256;
        break;
      case "location":
        n++;
        m0 |= 1024;
        break;
      case "expression":
        n++;
        m0 |= 4096;
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
  if (!(vrt.isValidCode(o.severity) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.severity, o._severity, x, p, "severity", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.severity, vcodes.inCodes224)) {
    if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.code, vcodes.inCodes225)) {
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.details, x, p, "details", d, 1, checkGPConnectOperationOutcome1IssueDetails) && x.c === null)
    return false;
  if (!vrt.eachWith(o.details, false, x, p, "details", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.diagnostics) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.diagnostics, o._diagnostics, x, p, "diagnostics", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(o.location, o._location, x, p, "location", d, 0, -1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(o.expression, o._expression, x, p, "expression", d, 0, -1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  return true;
}
function checkGPConnectOperationOutcome1IssueDetails(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationOutcome.issue.details");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!vrt.many(o.coding, x, p, "coding", d, 1, 1, checkGPConnectOperationOutcome1IssueDetailsCoding) && x.c === null)
    return false;
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
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
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (!((o.system === "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1")) {
    if (!vrt.eachWith(
      o.system,
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
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(o.userSelected, o._userSelected, x, p, "userSelected") && x.c === null) return false;
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
  return fillAndCheck(
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
export {
  buildGPConnectOperationOutcome1,
  checkGPConnectOperationOutcome1,
  checkGPConnectOperationOutcome1Issue,
  checkGPConnectOperationOutcome1IssueDetails,
  checkGPConnectOperationOutcome1IssueDetailsCoding,
  isGPConnectOperationOutcome1,
  validateGPConnectOperationOutcome1
};
