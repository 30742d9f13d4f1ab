import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
      case "type":
        m0 |= 16384;
        break;
      case "policyHolder":
        m0 |= 32768;
        break;
      case "subscriber":
        m0 |= 65536;
        break;
      case "subscriberId":
        m0 |= 131072;
        break;
      case "beneficiary":
        m0 |= 524288;
        break;
      case "relationship":
        m0 |= 1048576;
        break;
      case "period":
        m0 |= 2097152;
        break;
      case "payor":
        m0 |= 4194304;
        break;
      case "grouping":
        m0 |= 8388608;
        break;
      case "dependent":
        m0 |= 16777216;
        break;
      case "sequence":
        m0 |= 67108864;
        break;
      case "order":
        m0 |= 268435456;
        break;
      case "network":
        m1 |= 1;
        break;
      case "contract":
        m1 |= 4;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes130)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.policyHolder, x, p, "policyHolder", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.policyHolder, false, x, p, "policyHolder", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.subscriber, x, p, "subscriber", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subscriber, false, x, p, "subscriber", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidString(o.subscriberId) && (m0 & 262144) === 0)) {
      if (!vrt.prim(o.subscriberId, o._subscriberId, x, p, "subscriberId", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.beneficiary, x, p, "beneficiary", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.beneficiary, false, x, p, "beneficiary", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.relationship, x, p, "relationship", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.payor, x, p, "payor", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.payor, true, x, p, "payor", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.grouping, x, p, "grouping", d, 0, checkCoverageGrouping) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(o.dependent) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.dependent, o._dependent, x, p, "dependent", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.sequence) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidPositiveInt(o.order) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(o.order, o._order, x, p, "order", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(o.network) && (m1 & 2) === 0)) {
      if (!vrt.prim(o.network, o._network, x, p, "network", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.contract, x, p, "contract", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.contract, true, x, p, "contract", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
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
function checkCoverageGrouping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Coverage.grouping");
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
      case "group":
        n++;
        m0 |= 8;
        break;
      case "groupDisplay":
        n++;
        m0 |= 32;
        break;
      case "subGroup":
        n++;
        m0 |= 128;
        break;
      case "subGroupDisplay":
        n++;
        m0 |= 512;
        break;
      case "plan":
        n++;
        m0 |= 2048;
        break;
      case "planDisplay":
        n++;
        m0 |= 8192;
        break;
      case "subPlan":
        n++;
        m0 |= 32768;
        break;
      case "subPlanDisplay":
        n++;
        m0 |= 131072;
        break;
      case "class":
        n++;
        m0 |= 524288;
        break;
      case "classDisplay":
        n++;
        m0 |= 2097152;
        break;
      case "subClass":
        n++;
        m0 |= 8388608;
        break;
      case "subClassDisplay":
        n++;
        m0 |= 33554432;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.group) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.group, o._group, x, p, "group", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.groupDisplay) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.groupDisplay, o._groupDisplay, x, p, "groupDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.subGroup) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.subGroup, o._subGroup, x, p, "subGroup", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.subGroupDisplay) && (m0 & 1024) === 0)) {
      if (!vrt.prim(
        o.subGroupDisplay,
        o._subGroupDisplay,
        x,
        p,
        "subGroupDisplay",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(o.plan) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.plan, o._plan, x, p, "plan", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(o.planDisplay) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.planDisplay, o._planDisplay, x, p, "planDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(o.subPlan) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.subPlan, o._subPlan, x, p, "subPlan", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidString(o.subPlanDisplay) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.subPlanDisplay,
        o._subPlanDisplay,
        x,
        p,
        "subPlanDisplay",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(o.class) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.class, o._class, x, p, "class", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(o.classDisplay) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.classDisplay, o._classDisplay, x, p, "classDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(o.subClass) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.subClass, o._subClass, x, p, "subClass", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(o.subClassDisplay) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.subClassDisplay,
        o._subClassDisplay,
        x,
        p,
        "subClassDisplay",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
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
  return fillAndCheck(input, { resourceType: "Coverage" }, isCoverage, validateCoverage, "Coverage");
}
export {
  buildCoverage,
  checkCoverage,
  checkCoverageGrouping,
  isCoverage,
  validateCoverage
};
