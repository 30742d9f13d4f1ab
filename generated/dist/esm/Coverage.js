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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_dependent",
  "_id",
  "_implicitRules",
  "_language",
  "_network",
  "_order",
  "_sequence",
  "_status",
  "_subscriberId",
  "beneficiary",
  "contained",
  "contract",
  "dependent",
  "extension",
  "grouping",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "network",
  "order",
  "payor",
  "period",
  "policyHolder",
  "relationship",
  "resourceType",
  "sequence",
  "status",
  "subscriber",
  "subscriberId",
  "text",
  "type"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Organization", "Patient", "RelatedPerson"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Patient", "RelatedPerson"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Contract"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_class",
  "_classDisplay",
  "_group",
  "_groupDisplay",
  "_plan",
  "_planDisplay",
  "_subClass",
  "_subClassDisplay",
  "_subGroup",
  "_subGroupDisplay",
  "_subPlan",
  "_subPlanDisplay",
  "class",
  "classDisplay",
  "extension",
  "group",
  "groupDisplay",
  "id",
  "modifierExtension",
  "plan",
  "planDisplay",
  "subClass",
  "subClassDisplay",
  "subGroup",
  "subGroupDisplay",
  "subPlan",
  "subPlanDisplay"
]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.policyHolder !== void 0) {
    if (!vrt.one(o.policyHolder, x, p, "policyHolder", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.policyHolder, false, x, p, "policyHolder", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.subscriber !== void 0) {
    if (!vrt.one(o.subscriber, x, p, "subscriber", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subscriber, false, x, p, "subscriber", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.subscriberId !== void 0 || o._subscriberId !== void 0) {
    if (!(vrt.isValidString(o.subscriberId) && o._subscriberId === void 0)) {
      if (!vrt.prim(o.subscriberId, o._subscriberId, x, p, "subscriberId", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.beneficiary !== void 0) {
    if (!vrt.one(o.beneficiary, x, p, "beneficiary", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.beneficiary, false, x, p, "beneficiary", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.relationship !== void 0) {
    if (!vrt.one(o.relationship, x, p, "relationship", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.payor !== void 0) {
    if (!vrt.many(o.payor, x, p, "payor", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.payor, true, x, p, "payor", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (o.grouping !== void 0) {
    if (!vrt.one(o.grouping, x, p, "grouping", d, 0, checkCoverageGrouping) && x.c === null) return false;
  }
  if (o.dependent !== void 0 || o._dependent !== void 0) {
    if (!(vrt.isValidString(o.dependent) && o._dependent === void 0)) {
      if (!vrt.prim(o.dependent, o._dependent, x, p, "dependent", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.sequence !== void 0 || o._sequence !== void 0) {
    if (!(vrt.isValidString(o.sequence) && o._sequence === void 0)) {
      if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.order !== void 0 || o._order !== void 0) {
    if (!(vrt.isValidPositiveInt(o.order) && o._order === void 0)) {
      if (!vrt.prim(o.order, o._order, x, p, "order", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.network !== void 0 || o._network !== void 0) {
    if (!(vrt.isValidString(o.network) && o._network === void 0)) {
      if (!vrt.prim(o.network, o._network, x, p, "network", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.contract !== void 0) {
    if (!vrt.many(o.contract, x, p, "contract", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.contract, true, x, p, "contract", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkCoverageGrouping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Coverage.grouping");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (o.group !== void 0 || o._group !== void 0) {
    if (!(vrt.isValidString(o.group) && o._group === void 0)) {
      if (!vrt.prim(o.group, o._group, x, p, "group", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.groupDisplay !== void 0 || o._groupDisplay !== void 0) {
    if (!(vrt.isValidString(o.groupDisplay) && o._groupDisplay === void 0)) {
      if (!vrt.prim(o.groupDisplay, o._groupDisplay, x, p, "groupDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.subGroup !== void 0 || o._subGroup !== void 0) {
    if (!(vrt.isValidString(o.subGroup) && o._subGroup === void 0)) {
      if (!vrt.prim(o.subGroup, o._subGroup, x, p, "subGroup", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.subGroupDisplay !== void 0 || o._subGroupDisplay !== void 0) {
    if (!(vrt.isValidString(o.subGroupDisplay) && o._subGroupDisplay === void 0)) {
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
  if (o.plan !== void 0 || o._plan !== void 0) {
    if (!(vrt.isValidString(o.plan) && o._plan === void 0)) {
      if (!vrt.prim(o.plan, o._plan, x, p, "plan", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.planDisplay !== void 0 || o._planDisplay !== void 0) {
    if (!(vrt.isValidString(o.planDisplay) && o._planDisplay === void 0)) {
      if (!vrt.prim(o.planDisplay, o._planDisplay, x, p, "planDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.subPlan !== void 0 || o._subPlan !== void 0) {
    if (!(vrt.isValidString(o.subPlan) && o._subPlan === void 0)) {
      if (!vrt.prim(o.subPlan, o._subPlan, x, p, "subPlan", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.subPlanDisplay !== void 0 || o._subPlanDisplay !== void 0) {
    if (!(vrt.isValidString(o.subPlanDisplay) && o._subPlanDisplay === void 0)) {
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
  if (o.class !== void 0 || o._class !== void 0) {
    if (!(vrt.isValidString(o.class) && o._class === void 0)) {
      if (!vrt.prim(o.class, o._class, x, p, "class", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.classDisplay !== void 0 || o._classDisplay !== void 0) {
    if (!(vrt.isValidString(o.classDisplay) && o._classDisplay === void 0)) {
      if (!vrt.prim(o.classDisplay, o._classDisplay, x, p, "classDisplay", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.subClass !== void 0 || o._subClass !== void 0) {
    if (!(vrt.isValidString(o.subClass) && o._subClass === void 0)) {
      if (!vrt.prim(o.subClass, o._subClass, x, p, "subClass", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.subClassDisplay !== void 0 || o._subClassDisplay !== void 0) {
    if (!(vrt.isValidString(o.subClassDisplay) && o._subClassDisplay === void 0)) {
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
