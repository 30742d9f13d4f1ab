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
      case "url":
        m0 |= 2048;
        break;
      case "identifier":
        m0 |= 8192;
        break;
      case "version":
        m0 |= 16384;
        break;
      case "name":
        m0 |= 65536;
        break;
      case "title":
        m0 |= 262144;
        break;
      case "type":
        m0 |= 1048576;
        break;
      case "status":
        m0 |= 2097152;
        break;
      case "experimental":
        m0 |= 8388608;
        break;
      case "date":
        m0 |= 33554432;
        break;
      case "publisher":
        m0 |= 134217728;
        break;
      case "description":
        m0 |= 536870912;
        break;
      case "purpose":
        m1 |= 1;
        break;
      case "usage":
        m1 |= 4;
        break;
      case "approvalDate":
        m1 |= 16;
        break;
      case "lastReviewDate":
        m1 |= 64;
        break;
      case "effectivePeriod":
        m1 |= 256;
        break;
      case "useContext":
        m1 |= 512;
        break;
      case "jurisdiction":
        m1 |= 1024;
        break;
      case "topic":
        m1 |= 2048;
        break;
      case "contributor":
        m1 |= 4096;
        break;
      case "contact":
        m1 |= 8192;
        break;
      case "copyright":
        m1 |= 16384;
        break;
      case "relatedArtifact":
        m1 |= 65536;
        break;
      case "library":
        m1 |= 131072;
        break;
      case "goal":
        m1 |= 262144;
        break;
      case "action":
        m1 |= 524288;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 4194304) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes3)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidBoolean(o.experimental) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(
        o.experimental,
        o._experimental,
        x,
        p,
        "experimental",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.publisher) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(o.description) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && (m1 & 2) === 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(o.usage) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.usage, o._usage, x, p, "usage", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDate(o.approvalDate) && (m1 & 32) === 0)) {
      if (!vrt.prim(o.approvalDate, o._approvalDate, x, p, "approvalDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidDate(o.lastReviewDate) && (m1 & 128) === 0)) {
      if (!vrt.prim(
        o.lastReviewDate,
        o._lastReviewDate,
        x,
        p,
        "lastReviewDate",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effectivePeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(o.topic, x, p, "topic", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(o.contributor, x, p, "contributor", d, 0, -1, import_Contributor.checkContributor) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && (m1 & 32768) === 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(o.relatedArtifact, x, p, "relatedArtifact", d, 0, -1, import_RelatedArtifact.checkRelatedArtifact) && x.c === null)
      return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(o.library, x, p, "library", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.library, true, x, p, "library", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(o.goal, x, p, "goal", d, 0, -1, checkPlanDefinitionGoal) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkPlanDefinitionAction) && x.c === null) return false;
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
      case "category":
        n++;
        m0 |= 8;
        break;
      case "description":
        n++;
        m0 |= 16;
        break;
      case "priority":
        n++;
        m0 |= 32;
        break;
      case "start":
        n++;
        m0 |= 64;
        break;
      case "addresses":
        n++;
        m0 |= 128;
        break;
      case "documentation":
        n++;
        m0 |= 256;
        break;
      case "target":
        n++;
        m0 |= 512;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.description, x, p, "description", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.priority, x, p, "priority", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.start, x, p, "start", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.addresses, x, p, "addresses", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.documentation, x, p, "documentation", d, 0, -1, import_RelatedArtifact.checkRelatedArtifact) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(o.target, x, p, "target", d, 0, -1, checkPlanDefinitionGoalTarget) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "label":
        n++;
        m0 |= 8;
        break;
      case "title":
        n++;
        m0 |= 32;
        break;
      case "description":
        n++;
        m0 |= 128;
        break;
      case "textEquivalent":
        n++;
        m0 |= 512;
        break;
      case "code":
        n++;
        m0 |= 2048;
        break;
      case "reason":
        n++;
        m0 |= 4096;
        break;
      case "documentation":
        n++;
        m0 |= 8192;
        break;
      case "goalId":
        n++;
        m0 |= 16384;
        break;
      case "triggerDefinition":
        n++;
        m0 |= 65536;
        break;
      case "condition":
        n++;
        m0 |= 131072;
        break;
      case "input":
        n++;
        m0 |= 262144;
        break;
      case "output":
        n++;
        m0 |= 524288;
        break;
      case "relatedAction":
        n++;
        m0 |= 1048576;
        break;
      case "timingDateTime":
        n++;
        m0 |= 2097152;
        break;
      case "timingPeriod":
        n++;
        m0 |= 8388608;
        break;
      case "timingDuration":
        n++;
        m0 |= 16777216;
        break;
      case "timingRange":
        n++;
        m0 |= 33554432;
        break;
      case "timingTiming":
        n++;
        m0 |= 67108864;
        break;
      case "participant":
        n++;
        m0 |= 134217728;
        break;
      case "type":
        n++;
        m0 |= 268435456;
        break;
      case "groupingBehavior":
        n++;
        m0 |= 536870912;
        break;
      case "selectionBehavior":
        n++;
        m1 |= 1;
        break;
      case "requiredBehavior":
        n++;
        m1 |= 4;
        break;
      case "precheckBehavior":
        n++;
        m1 |= 16;
        break;
      case "cardinalityBehavior":
        n++;
        m1 |= 64;
        break;
      case "definition":
        n++;
        m1 |= 256;
        break;
      case "transform":
        n++;
        m1 |= 512;
        break;
      case "dynamicValue":
        n++;
        m1 |= 1024;
        break;
      case "action":
        n++;
        m1 |= 2048;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.label) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.label, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.textEquivalent) && (m0 & 1024) === 0)) {
      if (!vrt.prim(
        o.textEquivalent,
        o._textEquivalent,
        x,
        p,
        "textEquivalent",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.documentation, x, p, "documentation", d, 0, -1, import_RelatedArtifact.checkRelatedArtifact) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prims(o.goalId, o._goalId, x, p, "goalId", d, 0, -1, vrt.isValidId, "id", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.triggerDefinition, x, p, "triggerDefinition", d, 0, -1, import_TriggerDefinition.checkTriggerDefinition) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(o.condition, x, p, "condition", d, 0, -1, checkPlanDefinitionActionCondition) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(o.input, x, p, "input", d, 0, -1, import_DataRequirement.checkDataRequirement) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.output, x, p, "output", d, 0, -1, import_DataRequirement.checkDataRequirement) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.relatedAction, x, p, "relatedAction", d, 0, -1, checkPlanDefinitionActionRelatedAction) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 132120576) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "timing", 0) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDateTime(o.timingDateTime) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.timingDateTime,
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
    if (!vrt.one(o.timingPeriod, x, p, "timing.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.timingDuration, x, p, "timing.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.timingRange, x, p, "timing.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.timingTiming, x, p, "timing.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.participant, x, p, "participant", d, 0, -1, checkPlanDefinitionActionParticipant) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidCode(o.groupingBehavior) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(
        o.groupingBehavior,
        o._groupingBehavior,
        x,
        p,
        "groupingBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.groupingBehavior, vcodes.inCodes266)) {
      if (!vrt.eachWith(o.groupingBehavior, false, x, p, "groupingBehavior", vrt.checkCode, BINDING_5) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidCode(o.selectionBehavior) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.selectionBehavior,
        o._selectionBehavior,
        x,
        p,
        "selectionBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.selectionBehavior, vcodes.inCodes267)) {
      if (!vrt.eachWith(o.selectionBehavior, false, x, p, "selectionBehavior", vrt.checkCode, BINDING_6) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidCode(o.requiredBehavior) && (m1 & 8) === 0)) {
      if (!vrt.prim(
        o.requiredBehavior,
        o._requiredBehavior,
        x,
        p,
        "requiredBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.requiredBehavior, vcodes.inCodes268)) {
      if (!vrt.eachWith(o.requiredBehavior, false, x, p, "requiredBehavior", vrt.checkCode, BINDING_7) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidCode(o.precheckBehavior) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        o.precheckBehavior,
        o._precheckBehavior,
        x,
        p,
        "precheckBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.precheckBehavior, vcodes.inCodes269)) {
      if (!vrt.eachWith(o.precheckBehavior, false, x, p, "precheckBehavior", vrt.checkCode, BINDING_8) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidCode(o.cardinalityBehavior) && (m1 & 128) === 0)) {
      if (!vrt.prim(
        o.cardinalityBehavior,
        o._cardinalityBehavior,
        x,
        p,
        "cardinalityBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.cardinalityBehavior, vcodes.inCodes270)) {
      if (!vrt.eachWith(o.cardinalityBehavior, false, x, p, "cardinalityBehavior", vrt.checkCode, BINDING_9) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.definition, x, p, "definition", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.transform, x, p, "transform", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.transform, false, x, p, "transform", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(o.dynamicValue, x, p, "dynamicValue", d, 0, -1, checkPlanDefinitionActionDynamicValue) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkPlanDefinitionAction) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionGoalTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.goal.target");
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
      case "measure":
        n++;
        m0 |= 8;
        break;
      case "detailQuantity":
        n++;
        m0 |= 16;
        break;
      case "detailRange":
        n++;
        m0 |= 32;
        break;
      case "detailCodeableConcept":
        n++;
        m0 |= 64;
        break;
      case "due":
        n++;
        m0 |= 128;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.measure, x, p, "measure", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "detail", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.detailQuantity, x, p, "detail.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.detailRange, x, p, "detail.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.detailCodeableConcept, x, p, "detail.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.due, x, p, "due", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionCondition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.condition");
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
      case "kind":
        n++;
        m0 |= 8;
        break;
      case "description":
        n++;
        m0 |= 32;
        break;
      case "language":
        n++;
        m0 |= 128;
        break;
      case "expression":
        n++;
        m0 |= 512;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.kind) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.kind, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.kind, vcodes.inCodes271)) {
    if (!vrt.eachWith(o.kind, false, x, p, "kind", vrt.checkCode, BINDING_10) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.language) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.expression) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.expression, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
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
      case "actionId":
        n++;
        m0 |= 8;
        break;
      case "relationship":
        n++;
        m0 |= 32;
        break;
      case "offsetDuration":
        n++;
        m0 |= 128;
        break;
      case "offsetRange":
        n++;
        m0 |= 256;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidId(o.actionId) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.actionId, o._actionId, x, p, "actionId", d, 1, vrt.isValidId, "id", OWNER_5) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.relationship) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.relationship, o._relationship, x, p, "relationship", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.relationship, vcodes.inCodes272)) {
    if (!vrt.eachWith(o.relationship, false, x, p, "relationship", vrt.checkCode, BINDING_11) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 384) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "offset", 0) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.offsetDuration, x, p, "offset.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.offsetRange, x, p, "offset.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.participant");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "role":
        n++;
        m0 |= 32;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes5)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_12) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionDynamicValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.dynamicValue");
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
      case "description":
        n++;
        m0 |= 8;
        break;
      case "path":
        n++;
        m0 |= 32;
        break;
      case "language":
        n++;
        m0 |= 128;
        break;
      case "expression":
        n++;
        m0 |= 512;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.path) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.path, o._path, x, p, "path", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.language) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.expression) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.expression, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
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
