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
var RequestGroup_exports = {};
__export(RequestGroup_exports, {
  buildRequestGroup: () => buildRequestGroup,
  checkRequestGroup: () => checkRequestGroup,
  checkRequestGroupAction: () => checkRequestGroupAction,
  checkRequestGroupActionCondition: () => checkRequestGroupActionCondition,
  checkRequestGroupActionRelatedAction: () => checkRequestGroupActionRelatedAction,
  isRequestGroup: () => isRequestGroup,
  validateRequestGroup: () => validateRequestGroup
});
module.exports = __toCommonJS(RequestGroup_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Duration = require("./Duration.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Range = require("./Range.js");
var import_Reference = require("./Reference.js");
var import_RelatedArtifact = require("./RelatedArtifact.js");
var import_fill = require("./runtime/build/fill.js");
var import_Timing = require("./Timing.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["RequestGroup"], type: "RequestGroup", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes116,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-status"
};
const BINDING_2 = {
  has: vcodes.inCodes117,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-intent"
};
const BINDING_3 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-priority"
};
const TARGETS_0 = ["Group", "Patient"];
const TARGETS_1 = ["Encounter", "EpisodeOfCare"];
const TARGETS_2 = ["Device", "Practitioner"];
const CHOICE_0 = vrt.choiceVariants(["reasonCodeableConcept", "reasonReference"]);
const OWNER_1 = { paths: ["RequestGroup.action"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants([
  "timingDateTime",
  "timingPeriod",
  "timingDuration",
  "timingRange",
  "timingTiming"
]);
const TARGETS_3 = ["Patient", "Person", "Practitioner", "RelatedPerson"];
const BINDING_4 = {
  has: vcodes.inCodings265,
  strength: "extensible",
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
const INVARIANT_0 = vrt.invariant({
  key: "rqg-1",
  path: "RequestGroup.action",
  expression: "resource.exists() != action.exists()",
  severity: "error",
  human: "Must have resource or action but not both"
});
const FHIRPATH_0 = (n) => vrt.fpNeValue(
  vrt.fpSingle(vrt.fpExists(vrt.fpChildOf(n, "resource", "_resource"))),
  vrt.fpSingle(vrt.fpExists(vrt.fpChildOf(n, "action", "_action")))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_2 = { paths: ["RequestGroup.action.condition"], type: "BackboneElement", exact: true };
const BINDING_10 = {
  has: vcodes.inCodes271,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-condition-kind"
};
const OWNER_3 = {
  paths: ["RequestGroup.action.relatedAction"],
  type: "BackboneElement",
  exact: true
};
const BINDING_11 = {
  has: vcodes.inCodes272,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-relationship-type"
};
const CHOICE_2 = vrt.choiceVariants(["offsetDuration", "offsetRange"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/RequestGroup",
      check: checkRequestGroup,
      type: "RequestGroup",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkRequestGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RequestGroup");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "RequestGroup") && x.c === null) return false;
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
      case "definition":
        m0 |= 4096;
        break;
      case "basedOn":
        m0 |= 8192;
        break;
      case "replaces":
        m0 |= 16384;
        break;
      case "groupIdentifier":
        m0 |= 32768;
        break;
      case "status":
        m0 |= 65536;
        break;
      case "intent":
        m0 |= 262144;
        break;
      case "priority":
        m0 |= 1048576;
        break;
      case "subject":
        m0 |= 4194304;
        break;
      case "context":
        m0 |= 8388608;
        break;
      case "authoredOn":
        m0 |= 16777216;
        break;
      case "author":
        m0 |= 67108864;
        break;
      case "reasonCodeableConcept":
        m0 |= 134217728;
        break;
      case "reasonReference":
        m0 |= 268435456;
        break;
      case "note":
        m0 |= 536870912;
        break;
      case "action":
        m0 |= 1073741824;
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
        m0 |= 131072;
        break;
      case "_intent":
        m0 |= 524288;
        break;
      case "_priority":
        m0 |= 2097152;
        break;
      case "_authoredOn":
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.replaces, x, p, "replaces", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.groupIdentifier, x, p, "groupIdentifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes116)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.intent) && (m0 & 524288) === 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.intent, vcodes.inCodes117)) {
    if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(o.priority) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.priority, vcodes.inCodes97)) {
      if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.author, x, p, "author", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.author, false, x, p, "author", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 402653184) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.reasonCodeableConcept, x, p, "reason.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.reasonReference, x, p, "reason.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkRequestGroupAction) && x.c === null) return false;
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
function checkRequestGroupAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RequestGroup.action");
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
      case "documentation":
        n++;
        m0 |= 4096;
        break;
      case "condition":
        n++;
        m0 |= 8192;
        break;
      case "relatedAction":
        n++;
        m0 |= 16384;
        break;
      case "timingDateTime":
        n++;
        m0 |= 32768;
        break;
      case "timingPeriod":
        n++;
        m0 |= 131072;
        break;
      case "timingDuration":
        n++;
        m0 |= 262144;
        break;
      case "timingRange":
        n++;
        m0 |= 524288;
        break;
      case "timingTiming":
        n++;
        m0 |= 1048576;
        break;
      case "participant":
        n++;
        m0 |= 2097152;
        break;
      case "type":
        n++;
        m0 |= 4194304;
        break;
      case "groupingBehavior":
        n++;
        m0 |= 8388608;
        break;
      case "selectionBehavior":
        n++;
        m0 |= 33554432;
        break;
      case "requiredBehavior":
        n++;
        m0 |= 134217728;
        break;
      case "precheckBehavior":
        n++;
        m0 |= 536870912;
        break;
      case "cardinalityBehavior":
        n++;
        m1 |= 1;
        break;
      case "resource":
        n++;
        m1 |= 4;
        break;
      case "action":
        n++;
        m1 |= 8;
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
      case "_timingDateTime":
        n++;
        m0 |= 65536;
        break;
      case "_groupingBehavior":
        n++;
        m0 |= 16777216;
        break;
      case "_selectionBehavior":
        n++;
        m0 |= 67108864;
        break;
      case "_requiredBehavior":
        n++;
        m0 |= 268435456;
        break;
      case "_precheckBehavior":
        n++;
        m0 |= 1073741824;
        break;
      case "_cardinalityBehavior":
        n++;
        m1 |= 2;
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
    if (!(vrt.isValidString(o.label) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.label, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.documentation, x, p, "documentation", d, 0, -1, import_RelatedArtifact.checkRelatedArtifact) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.condition, x, p, "condition", d, 0, -1, checkRequestGroupActionCondition) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.relatedAction, x, p, "relatedAction", d, 0, -1, checkRequestGroupActionRelatedAction) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2064384) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "timing", 0) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidDateTime(o.timingDateTime) && (m0 & 65536) === 0)) {
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.timingPeriod, x, p, "timing.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.timingDuration, x, p, "timing.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.timingRange, x, p, "timing.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.timingTiming, x, p, "timing.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.participant, x, p, "participant", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.participant, true, x, p, "participant", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidCode(o.groupingBehavior) && (m0 & 16777216) === 0)) {
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.groupingBehavior, vcodes.inCodes266)) {
      if (!vrt.eachWith(o.groupingBehavior, false, x, p, "groupingBehavior", vrt.checkCode, BINDING_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidCode(o.selectionBehavior) && (m0 & 67108864) === 0)) {
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.selectionBehavior, vcodes.inCodes267)) {
      if (!vrt.eachWith(o.selectionBehavior, false, x, p, "selectionBehavior", vrt.checkCode, BINDING_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidCode(o.requiredBehavior) && (m0 & 268435456) === 0)) {
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.requiredBehavior, vcodes.inCodes268)) {
      if (!vrt.eachWith(o.requiredBehavior, false, x, p, "requiredBehavior", vrt.checkCode, BINDING_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidCode(o.precheckBehavior) && (m0 & 1073741824) === 0)) {
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.precheckBehavior, vcodes.inCodes269)) {
      if (!vrt.eachWith(o.precheckBehavior, false, x, p, "precheckBehavior", vrt.checkCode, BINDING_8) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidCode(o.cardinalityBehavior) && (m1 & 2) === 0)) {
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.cardinalityBehavior, vcodes.inCodes270)) {
      if (!vrt.eachWith(o.cardinalityBehavior, false, x, p, "cardinalityBehavior", vrt.checkCode, BINDING_9) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(o.resource, x, p, "resource", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkRequestGroupAction) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkRequestGroupActionCondition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RequestGroup.action.condition");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.kind) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.kind, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.kind, vcodes.inCodes271)) {
    if (!vrt.eachWith(o.kind, false, x, p, "kind", vrt.checkCode, BINDING_10) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.language) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.expression) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.expression, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkRequestGroupActionRelatedAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RequestGroup.action.relatedAction");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidId(o.actionId) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.actionId, o._actionId, x, p, "actionId", d, 1, vrt.isValidId, "id", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.relationship) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.relationship, o._relationship, x, p, "relationship", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
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
function validateRequestGroup(value, options) {
  return vrt.validateWith(value, "RequestGroup", checkRequestGroup, true, options, REGISTRY_0);
}
function isRequestGroup(value, options) {
  return vrt.testWith(value, checkRequestGroup, true, options, REGISTRY_0);
}
function buildRequestGroup(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "RequestGroup" }, isRequestGroup, validateRequestGroup, "RequestGroup");
}
