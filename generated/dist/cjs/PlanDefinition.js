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
var PlanDefinition_exports = {};
__export(PlanDefinition_exports, {
  buildPlanDefinition: () => buildPlanDefinition,
  checkPlanDefinition: () => checkPlanDefinition,
  checkPlanDefinitionAction: () => checkPlanDefinitionAction,
  checkPlanDefinitionActionCondition: () => checkPlanDefinitionActionCondition,
  checkPlanDefinitionActionDynamicValue: () => checkPlanDefinitionActionDynamicValue,
  checkPlanDefinitionActionParticipant: () => checkPlanDefinitionActionParticipant,
  checkPlanDefinitionActionRelatedAction: () => checkPlanDefinitionActionRelatedAction,
  checkPlanDefinitionGoal: () => checkPlanDefinitionGoal,
  checkPlanDefinitionGoalTarget: () => checkPlanDefinitionGoalTarget,
  isPlanDefinition: () => isPlanDefinition,
  validatePlanDefinition: () => validatePlanDefinition
});
module.exports = __toCommonJS(PlanDefinition_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Contributor = require("./Contributor.js");
var import_DataRequirement = require("./DataRequirement.js");
var import_Duration = require("./Duration.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Reference = require("./Reference.js");
var import_RelatedArtifact = require("./RelatedArtifact.js");
var import_fill = require("./runtime/build/fill.js");
var import_Timing = require("./Timing.js");
var import_TriggerDefinition = require("./TriggerDefinition.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["PlanDefinition"], type: "PlanDefinition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodings264,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/plan-definition-type"
};
const BINDING_2 = {
  has: vcodes.inCodes3,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/publication-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const TARGETS_0 = ["Library"];
const OWNER_1 = { paths: ["PlanDefinition.goal"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodings223,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/goal-priority"
};
const OWNER_2 = { paths: ["PlanDefinition.action"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "timingDateTime",
  "timingPeriod",
  "timingDuration",
  "timingRange",
  "timingTiming"
]);
const BINDING_4 = {
  has: vcodes.inCodings265,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-type"
};
const BINDING_5 = {
  has: vcodes.inCodes266,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-grouping-behavior"
};
const BINDING_6 = {
  has: vcodes.inCodes267,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-selection-behavior"
};
const BINDING_7 = {
  has: vcodes.inCodes268,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-required-behavior"
};
const BINDING_8 = {
  has: vcodes.inCodes269,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-precheck-behavior"
};
const BINDING_9 = {
  has: vcodes.inCodes270,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-cardinality-behavior"
};
const TARGETS_1 = ["ActivityDefinition", "PlanDefinition"];
const TARGETS_2 = ["StructureMap"];
const OWNER_3 = { paths: ["PlanDefinition.goal.target"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants([
  "detailQuantity",
  "detailRange",
  "detailCodeableConcept"
]);
const OWNER_4 = {
  paths: ["PlanDefinition.action.condition"],
  type: "BackboneElement",
  exact: true
};
const BINDING_10 = {
  has: vcodes.inCodes271,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-condition-kind"
};
const OWNER_5 = {
  paths: ["PlanDefinition.action.relatedAction"],
  type: "BackboneElement",
  exact: true
};
const BINDING_11 = {
  has: vcodes.inCodes272,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-relationship-type"
};
const CHOICE_2 = vrt.choiceVariants(["offsetDuration", "offsetRange"]);
const OWNER_6 = {
  paths: ["PlanDefinition.action.participant"],
  type: "BackboneElement",
  exact: true
};
const BINDING_12 = {
  has: vcodes.inCodes5,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-participant-type"
};
const OWNER_7 = {
  paths: ["PlanDefinition.action.dynamicValue"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/PlanDefinition",
      check: checkPlanDefinition,
      type: "PlanDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkPlanDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "PlanDefinition") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33;
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
      case "url":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "identifier":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "version":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "name":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "title":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "type":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "status":
        m0 |= 2097152;
        e14 = o[k];
        break;
      case "experimental":
        m0 |= 8388608;
        e15 = o[k];
        break;
      case "date":
        m0 |= 33554432;
        e16 = o[k];
        break;
      case "publisher":
        m0 |= 134217728;
        e17 = o[k];
        break;
      case "description":
        m0 |= 536870912;
        e18 = o[k];
        break;
      case "purpose":
        m1 |= 1;
        e19 = o[k];
        break;
      case "usage":
        m1 |= 4;
        e20 = o[k];
        break;
      case "approvalDate":
        m1 |= 16;
        e21 = o[k];
        break;
      case "lastReviewDate":
        m1 |= 64;
        e22 = o[k];
        break;
      case "effectivePeriod":
        m1 |= 256;
        e23 = o[k];
        break;
      case "useContext":
        m1 |= 512;
        e24 = o[k];
        break;
      case "jurisdiction":
        m1 |= 1024;
        e25 = o[k];
        break;
      case "topic":
        m1 |= 2048;
        e26 = o[k];
        break;
      case "contributor":
        m1 |= 4096;
        e27 = o[k];
        break;
      case "contact":
        m1 |= 8192;
        e28 = o[k];
        break;
      case "copyright":
        m1 |= 16384;
        e29 = o[k];
        break;
      case "relatedArtifact":
        m1 |= 65536;
        e30 = o[k];
        break;
      case "library":
        m1 |= 131072;
        e31 = o[k];
        break;
      case "goal":
        m1 |= 262144;
        e32 = o[k];
        break;
      case "action":
        m1 |= 524288;
        e33 = o[k];
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
      case "_url":
        m0 |= 4096;
        break;
      case "_version":
        m0 |= 32768;
        break;
      case "_name":
        m0 |= 131072;
        break;
      case "_title":
        m0 |= 524288;
        break;
      case "_status":
        m0 |= 4194304;
        break;
      case "_experimental":
        m0 |= 16777216;
        break;
      case "_date":
        m0 |= 67108864;
        break;
      case "_publisher":
        m0 |= 268435456;
        break;
      case "_description":
        m0 |= 1073741824;
        break;
      case "_purpose":
        m1 |= 2;
        break;
      case "_usage":
        m1 |= 8;
        break;
      case "_approvalDate":
        m1 |= 32;
        break;
      case "_lastReviewDate":
        m1 |= 128;
        break;
      case "_copyright":
        m1 |= 32768;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e11, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e12, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e13, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "type", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e14) && (m0 & 4194304) === 0)) {
    if (!vrt.prim(e14, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e14, vcodes.inCodes3)) {
    if (!vrt.eachWith(e14, false, x, p, "status", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidBoolean(e15) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e15, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidDateTime(e16) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e16, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e17) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e17, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(e18) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e18, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(e19) && (m1 & 2) === 0)) {
      if (!vrt.prim(e19, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(e20) && (m1 & 8) === 0)) {
      if (!vrt.prim(e20, o._usage, x, p, "usage", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDate(e21) && (m1 & 32) === 0)) {
      if (!vrt.prim(e21, o._approvalDate, x, p, "approvalDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidDate(e22) && (m1 & 128) === 0)) {
      if (!vrt.prim(e22, o._lastReviewDate, x, p, "lastReviewDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e23, x, p, "effectivePeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e24, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(e25, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(e26, x, p, "topic", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(e27, x, p, "contributor", d, 0, -1, import_Contributor.checkContributor) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(e28, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidMarkdown(e29) && (m1 & 32768) === 0)) {
      if (!vrt.prim(e29, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(e30, x, p, "relatedArtifact", d, 0, -1, import_RelatedArtifact.checkRelatedArtifact) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(e31, x, p, "library", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e31, true, x, p, "library", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(e32, x, p, "goal", d, 0, -1, checkPlanDefinitionGoal) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.many(e33, x, p, "action", d, 0, -1, checkPlanDefinitionAction) && x.c === null) return false;
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
function checkPlanDefinitionGoal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.goal");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "category":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "description":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "priority":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "start":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "addresses":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "target":
        n++;
        m0 |= 512;
        e9 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "description", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "priority", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "priority", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "start", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e7, x, p, "addresses", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e8, x, p, "documentation", d, 0, -1, import_RelatedArtifact.checkRelatedArtifact) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e9, x, p, "target", d, 0, -1, checkPlanDefinitionGoalTarget) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31;
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
      case "label":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "title":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "description":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "textEquivalent":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "code":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "reason":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "goalId":
        n++;
        m0 |= 16384;
        e10 = o[k];
        break;
      case "triggerDefinition":
        n++;
        m0 |= 65536;
        e11 = o[k];
        break;
      case "condition":
        n++;
        m0 |= 131072;
        e12 = o[k];
        break;
      case "input":
        n++;
        m0 |= 262144;
        e13 = o[k];
        break;
      case "output":
        n++;
        m0 |= 524288;
        e14 = o[k];
        break;
      case "relatedAction":
        n++;
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "timingDateTime":
        n++;
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "timingPeriod":
        n++;
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "timingDuration":
        n++;
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "timingRange":
        n++;
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "timingTiming":
        n++;
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "participant":
        n++;
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "type":
        n++;
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "groupingBehavior":
        n++;
        m0 |= 536870912;
        e23 = o[k];
        break;
      case "selectionBehavior":
        n++;
        m1 |= 1;
        e24 = o[k];
        break;
      case "requiredBehavior":
        n++;
        m1 |= 4;
        e25 = o[k];
        break;
      case "precheckBehavior":
        n++;
        m1 |= 16;
        e26 = o[k];
        break;
      case "cardinalityBehavior":
        n++;
        m1 |= 64;
        e27 = o[k];
        break;
      case "definition":
        n++;
        m1 |= 256;
        e28 = o[k];
        break;
      case "transform":
        n++;
        m1 |= 512;
        e29 = o[k];
        break;
      case "dynamicValue":
        n++;
        m1 |= 1024;
        e30 = o[k];
        break;
      case "action":
        n++;
        m1 |= 2048;
        e31 = o[k];
        break;
      case "_label":
        n++;
        m0 |= 16;
        break;
      case "_title":
        n++;
        m0 |= 64;
        break;
      case "_description":
        n++;
        m0 |= 256;
        break;
      case "_textEquivalent":
        n++;
        m0 |= 1024;
        break;
      case "_goalId":
        n++;
        m0 |= 32768;
        break;
      case "_timingDateTime":
        n++;
        m0 |= 4194304;
        break;
      case "_groupingBehavior":
        n++;
        m0 |= 1073741824;
        break;
      case "_selectionBehavior":
        n++;
        m1 |= 2;
        break;
      case "_requiredBehavior":
        n++;
        m1 |= 8;
        break;
      case "_precheckBehavior":
        n++;
        m1 |= 32;
        break;
      case "_cardinalityBehavior":
        n++;
        m1 |= 128;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._textEquivalent, x, p, "textEquivalent", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e7, x, p, "code", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e8, x, p, "reason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "documentation", d, 0, -1, import_RelatedArtifact.checkRelatedArtifact) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prims(e10, o._goalId, x, p, "goalId", d, 0, -1, vrt.isValidId, "id", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e11, x, p, "triggerDefinition", d, 0, -1, import_TriggerDefinition.checkTriggerDefinition) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e12, x, p, "condition", d, 0, -1, checkPlanDefinitionActionCondition) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(e13, x, p, "input", d, 0, -1, import_DataRequirement.checkDataRequirement) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e14, x, p, "output", d, 0, -1, import_DataRequirement.checkDataRequirement) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e15, x, p, "relatedAction", d, 0, -1, checkPlanDefinitionActionRelatedAction) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 132120576) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "timing", 0) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDateTime(e16) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        e16,
        o._timingDateTime,
        x,
        p,
        "timing.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e17, x, p, "timing.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e18, x, p, "timing.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "timing.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e20, x, p, "timing.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e21, x, p, "participant", d, 0, -1, checkPlanDefinitionActionParticipant) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e22, x, p, "type", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e22, false, x, p, "type", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidCode(e23) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e23, o._groupingBehavior, x, p, "groupingBehavior", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e23, vcodes.inCodes266)) {
      if (!vrt.eachWith(e23, false, x, p, "groupingBehavior", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidCode(e24) && (m1 & 2) === 0)) {
      if (!vrt.prim(e24, o._selectionBehavior, x, p, "selectionBehavior", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e24, vcodes.inCodes267)) {
      if (!vrt.eachWith(e24, false, x, p, "selectionBehavior", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidCode(e25) && (m1 & 8) === 0)) {
      if (!vrt.prim(e25, o._requiredBehavior, x, p, "requiredBehavior", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e25, vcodes.inCodes268)) {
      if (!vrt.eachWith(e25, false, x, p, "requiredBehavior", vrt.checkCode, BINDING_7) && x.c === null) return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidCode(e26) && (m1 & 32) === 0)) {
      if (!vrt.prim(e26, o._precheckBehavior, x, p, "precheckBehavior", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e26, vcodes.inCodes269)) {
      if (!vrt.eachWith(e26, false, x, p, "precheckBehavior", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidCode(e27) && (m1 & 128) === 0)) {
      if (!vrt.prim(e27, o._cardinalityBehavior, x, p, "cardinalityBehavior", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e27, vcodes.inCodes270)) {
      if (!vrt.eachWith(e27, false, x, p, "cardinalityBehavior", vrt.checkCode, BINDING_9) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e28, x, p, "definition", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e28, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e29, x, p, "transform", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, false, x, p, "transform", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(e30, x, p, "dynamicValue", d, 0, -1, checkPlanDefinitionActionDynamicValue) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(e31, x, p, "action", d, 0, -1, checkPlanDefinitionAction) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionGoalTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.goal.target");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "measure":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "detailQuantity":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "detailRange":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "detailCodeableConcept":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "due":
        n++;
        m0 |= 128;
        e7 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "measure", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "detail", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "detail.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "detail.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "detail.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "due", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionCondition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.condition");
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
      case "kind":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "description":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "language":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "expression":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_kind":
        n++;
        m0 |= 16;
        break;
      case "_description":
        n++;
        m0 |= 64;
        break;
      case "_language":
        n++;
        m0 |= 256;
        break;
      case "_expression":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes271)) {
    if (!vrt.eachWith(e3, false, x, p, "kind", vrt.checkCode, BINDING_10) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkPlanDefinitionActionRelatedAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.relatedAction");
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
      case "actionId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "relationship":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "offsetDuration":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "offsetRange":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_actionId":
        n++;
        m0 |= 16;
        break;
      case "_relationship":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._actionId, x, p, "actionId", d, 1, vrt.isValidId, "id", OWNER_5) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._relationship, x, p, "relationship", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes272)) {
    if (!vrt.eachWith(e4, false, x, p, "relationship", vrt.checkCode, BINDING_11) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 384) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "offset", 0) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "offset.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "offset.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.participant");
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "role":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_type":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes5)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_12) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionDynamicValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.dynamicValue");
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
      case "description":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "path":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "language":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "expression":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_description":
        n++;
        m0 |= 16;
        break;
      case "_path":
        n++;
        m0 |= 64;
        break;
      case "_language":
        n++;
        m0 |= 256;
        break;
      case "_expression":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._path, x, p, "path", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function validatePlanDefinition(value, options) {
  return vrt.validateWith(value, "PlanDefinition", checkPlanDefinition, true, options, REGISTRY_0);
}
function isPlanDefinition(value, options) {
  return vrt.testWith(value, checkPlanDefinition, true, options, REGISTRY_0);
}
function buildPlanDefinition(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "PlanDefinition", each: { action: { system: { type: "http://hl7.org/fhir/action-type" } } } },
    isPlanDefinition,
    validatePlanDefinition,
    "PlanDefinition"
  );
}
