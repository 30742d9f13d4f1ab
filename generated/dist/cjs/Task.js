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
const OWNER_0 = { paths: ["Task"], type: "Task", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const CHOICE_0 = vrt.choiceVariants(["definitionUri", "definitionReference"]);
const TARGETS_0 = ["ActivityDefinition"];
const TARGETS_1 = ["Task"];
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
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const BINDING_4 = {
  has: vcodes.inCodings303,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/task-performer-type"
};
const TARGETS_3 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_4 = ["Provenance"];
const INVARIANT_0 = vrt.invariant({
  key: "inv-1",
  path: "Task",
  expression: "lastModified.exists().not() or authoredOn.exists().not() or lastModified >= authoredOn",
  severity: "error",
  human: "Last modified date must be greater than or equal to authored-on date."
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      !(vrt.fpSizeOfValue(o["_lastModified"], o["lastModified"]) > 0),
      !(vrt.fpSizeOfValue(o["_authoredOn"], o["authoredOn"]) > 0)
    ),
    vrt.fpGeValue(
      vrt.fpOneValue(o["_lastModified"], o["lastModified"]),
      vrt.fpOneValue(o["_authoredOn"], o["authoredOn"])
    )
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_1 = { paths: ["Task.requester"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["Organization"];
const OWNER_2 = { paths: ["Task.restriction"], type: "BackboneElement", exact: true };
const TARGETS_6 = ["Group", "Organization", "Patient", "Practitioner", "RelatedPerson"];
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
      case "definitionUri":
        m0 |= 4096;
        break;
      case "definitionReference":
        m0 |= 16384;
        break;
      case "basedOn":
        m0 |= 32768;
        break;
      case "groupIdentifier":
        m0 |= 65536;
        break;
      case "partOf":
        m0 |= 131072;
        break;
      case "status":
        m0 |= 262144;
        break;
      case "statusReason":
        m0 |= 1048576;
        break;
      case "businessStatus":
        m0 |= 2097152;
        break;
      case "intent":
        m0 |= 4194304;
        break;
      case "priority":
        m0 |= 16777216;
        break;
      case "code":
        m0 |= 67108864;
        break;
      case "description":
        m0 |= 134217728;
        break;
      case "focus":
        m0 |= 536870912;
        break;
      case "for":
        m0 |= 1073741824;
        break;
      case "context":
        m1 |= 1;
        break;
      case "executionPeriod":
        m1 |= 2;
        break;
      case "authoredOn":
        m1 |= 4;
        break;
      case "lastModified":
        m1 |= 16;
        break;
      case "requester":
        m1 |= 64;
        break;
      case "performerType":
        m1 |= 128;
        break;
      case "owner":
        m1 |= 256;
        break;
      case "reason":
        m1 |= 512;
        break;
      case "note":
        m1 |= 1024;
        break;
      case "relevantHistory":
        m1 |= 2048;
        break;
      case "restriction":
        m1 |= 4096;
        break;
      case "input":
        m1 |= 8192;
        break;
      case "output":
        m1 |= 16384;
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
      case "_definitionUri":
        m0 |= 8192;
        break;
      case "_status":
        m0 |= 524288;
        break;
      case "_intent":
        m0 |= 8388608;
        break;
      case "_priority":
        m0 |= 33554432;
        break;
      case "_description":
        m0 |= 268435456;
        break;
      case "_authoredOn":
        m1 |= 8;
        break;
      case "_lastModified":
        m1 |= 32;
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
  if (vrt.bitCount(m0 & 28672) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "definition", 0) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidUri(o.definitionUri) && (m0 & 8192) === 0)) {
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
  if ((m0 & 16384) !== 0) {
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
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.groupIdentifier, x, p, "groupIdentifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 524288) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes302)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.statusReason, x, p, "statusReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.businessStatus, x, p, "businessStatus", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.intent) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.intent, vcodes.inCodes117)) {
    if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidCode(o.priority) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.priority, vcodes.inCodes97)) {
      if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.focus, x, p, "focus", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(o.for, x, p, "for", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.executionPeriod, x, p, "executionPeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDateTime(o.lastModified) && (m1 & 32) === 0)) {
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
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.requester, x, p, "requester", d, 0, checkTaskRequester) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(o.performerType, x, p, "performerType", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.performerType, true, x, p, "performerType", vrt.checkConcept, BINDING_4) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.owner, x, p, "owner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.owner, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(o.relevantHistory, x, p, "relevantHistory", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.relevantHistory, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.restriction, x, p, "restriction", d, 0, checkTaskRestriction) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(o.input, x, p, "input", d, 0, -1, checkTaskInput) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(o.output, x, p, "output", d, 0, -1, checkTaskOutput) && x.c === null) return false;
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
  if ((m1 & 48) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function checkTaskRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.requester");
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
      case "agent":
        n++;
        m0 |= 8;
        break;
      case "onBehalfOf":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.agent, x, p, "agent", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.agent, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  return true;
}
function checkTaskRestriction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.restriction");
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
      case "repetitions":
        n++;
        m0 |= 8;
        break;
      case "period":
        n++;
        m0 |= 32;
        break;
      case "recipient":
        n++;
        m0 |= 64;
        break;
      case "_repetitions":
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(o.repetitions) && (m0 & 16) === 0)) {
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
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.recipient, x, p, "recipient", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recipient, true, x, p, "recipient", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  return true;
}
function checkTaskInput(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.input");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "valueCode":
        n++;
        m0 |= 256;
        break;
      case "valueDate":
        n++;
        m0 |= 1024;
        break;
      case "valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "valueId":
        n++;
        m0 |= 65536;
        break;
      case "valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "valueString":
        n++;
        m0 |= 268435456;
        break;
      case "valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "valueUri":
        n++;
        m1 |= 8;
        break;
      case "valueAddress":
        n++;
        m1 |= 32;
        break;
      case "valueAge":
        n++;
        m1 |= 64;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 128;
        break;
      case "valueAttachment":
        n++;
        m1 |= 256;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 512;
        break;
      case "valueCoding":
        n++;
        m1 |= 1024;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 2048;
        break;
      case "valueCount":
        n++;
        m1 |= 4096;
        break;
      case "valueDistance":
        n++;
        m1 |= 8192;
        break;
      case "valueDuration":
        n++;
        m1 |= 16384;
        break;
      case "valueHumanName":
        n++;
        m1 |= 32768;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 65536;
        break;
      case "valueMoney":
        n++;
        m1 |= 131072;
        break;
      case "valuePeriod":
        n++;
        m1 |= 262144;
        break;
      case "valueQuantity":
        n++;
        m1 |= 524288;
        break;
      case "valueRange":
        n++;
        m1 |= 1048576;
        break;
      case "valueRatio":
        n++;
        m1 |= 2097152;
        break;
      case "valueReference":
        n++;
        m1 |= 4194304;
        break;
      case "valueSampledData":
        n++;
        m1 |= 8388608;
        break;
      case "valueSignature":
        n++;
        m1 |= 16777216;
        break;
      case "valueTiming":
        n++;
        m1 |= 33554432;
        break;
      case "valueMeta":
        n++;
        m1 |= 67108864;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 32;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 128;
        break;
      case "_valueCode":
        n++;
        m0 |= 512;
        break;
      case "_valueDate":
        n++;
        m0 |= 2048;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 8192;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 32768;
        break;
      case "_valueId":
        n++;
        m0 |= 131072;
        break;
      case "_valueInstant":
        n++;
        m0 |= 524288;
        break;
      case "_valueInteger":
        n++;
        m0 |= 2097152;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 8388608;
        break;
      case "_valueOid":
        n++;
        m0 |= 33554432;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 134217728;
        break;
      case "_valueString":
        n++;
        m0 |= 536870912;
        break;
      case "_valueTime":
        n++;
        m1 |= 1;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 4;
        break;
      case "_valueUri":
        n++;
        m1 |= 16;
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
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 32) === 0)) {
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
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 128) === 0)) {
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
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 8192) === 0)) {
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
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 32768) === 0)) {
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
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 524288) === 0)) {
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
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 2097152) === 0)) {
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
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 8388608) === 0)) {
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
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 134217728) === 0)) {
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
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 536870912) === 0)) {
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
  if ((m0 & 1073741824) !== 0 || (m1 & 1) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m1 & 1) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 4) === 0)) {
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
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 16) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m1 & 67108864) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  return true;
}
function checkTaskOutput(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.output");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "valueCode":
        n++;
        m0 |= 256;
        break;
      case "valueDate":
        n++;
        m0 |= 1024;
        break;
      case "valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "valueId":
        n++;
        m0 |= 65536;
        break;
      case "valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "valueString":
        n++;
        m0 |= 268435456;
        break;
      case "valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "valueUri":
        n++;
        m1 |= 8;
        break;
      case "valueAddress":
        n++;
        m1 |= 32;
        break;
      case "valueAge":
        n++;
        m1 |= 64;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 128;
        break;
      case "valueAttachment":
        n++;
        m1 |= 256;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 512;
        break;
      case "valueCoding":
        n++;
        m1 |= 1024;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 2048;
        break;
      case "valueCount":
        n++;
        m1 |= 4096;
        break;
      case "valueDistance":
        n++;
        m1 |= 8192;
        break;
      case "valueDuration":
        n++;
        m1 |= 16384;
        break;
      case "valueHumanName":
        n++;
        m1 |= 32768;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 65536;
        break;
      case "valueMoney":
        n++;
        m1 |= 131072;
        break;
      case "valuePeriod":
        n++;
        m1 |= 262144;
        break;
      case "valueQuantity":
        n++;
        m1 |= 524288;
        break;
      case "valueRange":
        n++;
        m1 |= 1048576;
        break;
      case "valueRatio":
        n++;
        m1 |= 2097152;
        break;
      case "valueReference":
        n++;
        m1 |= 4194304;
        break;
      case "valueSampledData":
        n++;
        m1 |= 8388608;
        break;
      case "valueSignature":
        n++;
        m1 |= 16777216;
        break;
      case "valueTiming":
        n++;
        m1 |= 33554432;
        break;
      case "valueMeta":
        n++;
        m1 |= 67108864;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 32;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 128;
        break;
      case "_valueCode":
        n++;
        m0 |= 512;
        break;
      case "_valueDate":
        n++;
        m0 |= 2048;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 8192;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 32768;
        break;
      case "_valueId":
        n++;
        m0 |= 131072;
        break;
      case "_valueInstant":
        n++;
        m0 |= 524288;
        break;
      case "_valueInteger":
        n++;
        m0 |= 2097152;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 8388608;
        break;
      case "_valueOid":
        n++;
        m0 |= 33554432;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 134217728;
        break;
      case "_valueString":
        n++;
        m0 |= 536870912;
        break;
      case "_valueTime":
        n++;
        m1 |= 1;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 4;
        break;
      case "_valueUri":
        n++;
        m1 |= 16;
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
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 32) === 0)) {
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
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 128) === 0)) {
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
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 8192) === 0)) {
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
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 32768) === 0)) {
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
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 524288) === 0)) {
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
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 2097152) === 0)) {
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
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 8388608) === 0)) {
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
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 134217728) === 0)) {
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
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 536870912) === 0)) {
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
  if ((m0 & 1073741824) !== 0 || (m1 & 1) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m1 & 1) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 4) === 0)) {
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
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 16) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m1 & 67108864) !== 0) {
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
