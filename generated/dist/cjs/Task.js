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
var Task_exports = {};
__export(Task_exports, {
  buildTask: () => buildTask,
  checkTask: () => checkTask,
  checkTaskInput: () => checkTaskInput,
  checkTaskOutput: () => checkTaskOutput,
  checkTaskRequester: () => checkTaskRequester,
  checkTaskRestriction: () => checkTaskRestriction,
  isTask: () => isTask,
  validateTask: () => validateTask
});
module.exports = __toCommonJS(Task_exports);
var import_Address = require("./Address.js");
var import_Age = require("./Age.js");
var import_Annotation = require("./Annotation.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_Count = require("./Count.js");
var import_Distance = require("./Distance.js");
var import_Duration = require("./Duration.js");
var import_HumanName = require("./HumanName.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SampledData = require("./SampledData.js");
var import_Signature = require("./Signature.js");
var import_Timing = require("./Timing.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_authoredOn",
  "_definitionUri",
  "_description",
  "_id",
  "_implicitRules",
  "_intent",
  "_language",
  "_lastModified",
  "_priority",
  "_status",
  "authoredOn",
  "basedOn",
  "businessStatus",
  "code",
  "contained",
  "context",
  "definitionReference",
  "definitionUri",
  "description",
  "executionPeriod",
  "extension",
  "focus",
  "for",
  "groupIdentifier",
  "id",
  "identifier",
  "implicitRules",
  "input",
  "intent",
  "language",
  "lastModified",
  "meta",
  "modifierExtension",
  "note",
  "output",
  "owner",
  "partOf",
  "performerType",
  "priority",
  "reason",
  "relevantHistory",
  "requester",
  "resourceType",
  "restriction",
  "status",
  "statusReason",
  "text"
]);
const OWNER_0 = { paths: ["Task"], type: "Task", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const CHOICE_0 = vrt.choiceVariants(["definitionUri", "definitionReference"]);
const TARGETS_0 = /* @__PURE__ */ new Set(["ActivityDefinition"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Task"]);
const BINDING_1 = {
  has: vcodes.inCodes302,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/task-status"
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
const TARGETS_2 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const BINDING_4 = {
  has: vcodes.inCodes303,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/task-performer-type"
};
const TARGETS_3 = /* @__PURE__ */ new Set(["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Provenance"]);
const INVARIANT_0 = vrt.invariant({
  key: "inv-1",
  path: "Task",
  expression: "lastModified.exists().not() or authoredOn.exists().not() or lastModified >= authoredOn",
  severity: "error",
  human: "Last modified date must be greater than or equal to authored-on date."
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpOr(
    vrt.fpNot(vrt.fpExists(vrt.fpChildOf(n, "lastModified", "_lastModified"))),
    vrt.fpNot(vrt.fpExists(vrt.fpChildOf(n, "authoredOn", "_authoredOn")))
  ),
  vrt.fpGe(vrt.fpChildOf(n, "lastModified", "_lastModified"), vrt.fpChildOf(n, "authoredOn", "_authoredOn"))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const KEYS_1 = /* @__PURE__ */ new Set(["agent", "extension", "id", "modifierExtension", "onBehalfOf"]);
const OWNER_1 = { paths: ["Task.requester"], type: "BackboneElement", exact: true };
const TARGETS_5 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_2 = /* @__PURE__ */ new Set([
  "_repetitions",
  "extension",
  "id",
  "modifierExtension",
  "period",
  "recipient",
  "repetitions"
]);
const OWNER_2 = { paths: ["Task.restriction"], type: "BackboneElement", exact: true };
const TARGETS_6 = /* @__PURE__ */ new Set(["Group", "Organization", "Patient", "Practitioner", "RelatedPerson"]);
const KEYS_3 = /* @__PURE__ */ new Set([
  "_valueBase64Binary",
  "_valueBoolean",
  "_valueCode",
  "_valueDate",
  "_valueDateTime",
  "_valueDecimal",
  "_valueId",
  "_valueInstant",
  "_valueInteger",
  "_valueMarkdown",
  "_valueOid",
  "_valuePositiveInt",
  "_valueString",
  "_valueTime",
  "_valueUnsignedInt",
  "_valueUri",
  "extension",
  "id",
  "modifierExtension",
  "type",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueId",
  "valueIdentifier",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueMeta",
  "valueMoney",
  "valueOid",
  "valuePeriod",
  "valuePositiveInt",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueString",
  "valueTime",
  "valueTiming",
  "valueUnsignedInt",
  "valueUri"
]);
const OWNER_3 = { paths: ["Task.input"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants([
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueId",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueOid",
  "valuePositiveInt",
  "valueString",
  "valueTime",
  "valueUnsignedInt",
  "valueUri",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueIdentifier",
  "valueMoney",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueTiming",
  "valueMeta"
]);
const OWNER_4 = { paths: ["Task.output"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [{ url: "http://hl7.org/fhir/StructureDefinition/Task", check: checkTask, type: "Task", base: true }],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkTask(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Task") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "definition", 0) && x.c === null) return false;
  if (o.definitionUri !== void 0 || o._definitionUri !== void 0) {
    if (!(vrt.isValidUri(o.definitionUri) && o._definitionUri === void 0)) {
      if (!vrt.prim(
        o.definitionUri,
        o._definitionUri,
        x,
        p,
        "definition.ofType(uri)",
        d,
        0,
        vrt.isValidUri,
        "uri",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.definitionReference !== void 0) {
    if (!vrt.one(o.definitionReference, x, p, "definition.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.definitionReference,
      false,
      x,
      p,
      "definition.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_0
    ) && x.c === null)
      return false;
  }
  if (o.basedOn !== void 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if (o.groupIdentifier !== void 0) {
    if (!vrt.one(o.groupIdentifier, x, p, "groupIdentifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (o.partOf !== void 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.statusReason !== void 0) {
    if (!vrt.one(o.statusReason, x, p, "statusReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.businessStatus !== void 0) {
    if (!vrt.one(o.businessStatus, x, p, "businessStatus", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.intent) && o._intent === void 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (o.priority !== void 0 || o._priority !== void 0) {
    if (!(vrt.isValidCode(o.priority) && o._priority === void 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.focus !== void 0) {
    if (!vrt.one(o.focus, x, p, "focus", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (o.for !== void 0) {
    if (!vrt.one(o.for, x, p, "for", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.executionPeriod !== void 0) {
    if (!vrt.one(o.executionPeriod, x, p, "executionPeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.authoredOn !== void 0 || o._authoredOn !== void 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && o._authoredOn === void 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.lastModified !== void 0 || o._lastModified !== void 0) {
    if (!(vrt.isValidDateTime(o.lastModified) && o._lastModified === void 0)) {
      if (!vrt.prim(
        o.lastModified,
        o._lastModified,
        x,
        p,
        "lastModified",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.requester !== void 0) {
    if (!vrt.one(o.requester, x, p, "requester", d, 0, checkTaskRequester) && x.c === null) return false;
  }
  if (o.performerType !== void 0) {
    if (!vrt.many(o.performerType, x, p, "performerType", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.performerType, true, x, p, "performerType", vrt.checkConcept, BINDING_4) && x.c === null)
      return false;
  }
  if (o.owner !== void 0) {
    if (!vrt.one(o.owner, x, p, "owner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.owner, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if (o.reason !== void 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if (o.relevantHistory !== void 0) {
    if (!vrt.many(o.relevantHistory, x, p, "relevantHistory", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.relevantHistory, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.restriction !== void 0) {
    if (!vrt.one(o.restriction, x, p, "restriction", d, 0, checkTaskRestriction) && x.c === null) return false;
  }
  if (o.input !== void 0) {
    if (!vrt.many(o.input, x, p, "input", d, 0, -1, checkTaskInput) && x.c === null) return false;
  }
  if (o.output !== void 0) {
    if (!vrt.many(o.output, x, p, "output", d, 0, -1, checkTaskOutput) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkTaskRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.requester");
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
  if (!vrt.one(o.agent, x, p, "agent", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.agent, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if (o.onBehalfOf !== void 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  return true;
}
function checkTaskRestriction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.restriction");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (o.repetitions !== void 0 || o._repetitions !== void 0) {
    if (!(vrt.isValidPositiveInt(o.repetitions) && o._repetitions === void 0)) {
      if (!vrt.prim(
        o.repetitions,
        o._repetitions,
        x,
        p,
        "repetitions",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.recipient !== void 0) {
    if (!vrt.many(o.recipient, x, p, "recipient", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recipient, true, x, p, "recipient", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  return true;
}
function checkTaskInput(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.input");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if (o.valueBase64Binary !== void 0 || o._valueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && o._valueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.valueInstant !== void 0 || o._valueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && o._valueInstant === void 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueMarkdown !== void 0 || o._valueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && o._valueMarkdown === void 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueOid !== void 0 || o._valueOid !== void 0) {
    if (!(vrt.isValidOid(o.valueOid) && o._valueOid === void 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.valuePositiveInt !== void 0 || o._valuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && o._valuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.valueUnsignedInt !== void 0 || o._valueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && o._valueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.valueAddress !== void 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if (o.valueAge !== void 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if (o.valueAnnotation !== void 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if (o.valueContactPoint !== void 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if (o.valueCount !== void 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if (o.valueDistance !== void 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if (o.valueDuration !== void 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if (o.valueHumanName !== void 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if (o.valueIdentifier !== void 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if (o.valueMoney !== void 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueSignature !== void 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if (o.valueTiming !== void 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if (o.valueMeta !== void 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  return true;
}
function checkTaskOutput(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.output");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if (o.valueBase64Binary !== void 0 || o._valueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && o._valueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valueInstant !== void 0 || o._valueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && o._valueInstant === void 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueMarkdown !== void 0 || o._valueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && o._valueMarkdown === void 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueOid !== void 0 || o._valueOid !== void 0) {
    if (!(vrt.isValidOid(o.valueOid) && o._valueOid === void 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valuePositiveInt !== void 0 || o._valuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && o._valuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valueUnsignedInt !== void 0 || o._valueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && o._valueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valueAddress !== void 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if (o.valueAge !== void 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if (o.valueAnnotation !== void 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if (o.valueContactPoint !== void 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if (o.valueCount !== void 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if (o.valueDistance !== void 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if (o.valueDuration !== void 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if (o.valueHumanName !== void 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if (o.valueIdentifier !== void 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if (o.valueMoney !== void 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueSignature !== void 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if (o.valueTiming !== void 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if (o.valueMeta !== void 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  return true;
}
function validateTask(value, options) {
  return vrt.validateWith(value, "Task", checkTask, true, options, REGISTRY_0);
}
function isTask(value, options) {
  return vrt.testWith(value, checkTask, true, options, REGISTRY_0);
}
function buildTask(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Task" }, isTask, validateTask, "Task");
}
