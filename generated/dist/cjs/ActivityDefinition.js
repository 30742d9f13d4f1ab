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
var ActivityDefinition_exports = {};
__export(ActivityDefinition_exports, {
  buildActivityDefinition: () => buildActivityDefinition,
  checkActivityDefinition: () => checkActivityDefinition,
  checkActivityDefinitionDynamicValue: () => checkActivityDefinitionDynamicValue,
  checkActivityDefinitionParticipant: () => checkActivityDefinitionParticipant,
  isActivityDefinition: () => isActivityDefinition,
  validateActivityDefinition: () => validateActivityDefinition
});
module.exports = __toCommonJS(ActivityDefinition_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Contributor = require("./Contributor.js");
var import_Dosage = require("./Dosage.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Range = require("./Range.js");
var import_Reference = require("./Reference.js");
var import_RelatedArtifact = require("./RelatedArtifact.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var import_Timing = require("./Timing.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_approvalDate",
  "_copyright",
  "_date",
  "_description",
  "_experimental",
  "_id",
  "_implicitRules",
  "_kind",
  "_language",
  "_lastReviewDate",
  "_name",
  "_publisher",
  "_purpose",
  "_status",
  "_timingDateTime",
  "_title",
  "_url",
  "_usage",
  "_version",
  "approvalDate",
  "bodySite",
  "code",
  "contact",
  "contained",
  "contributor",
  "copyright",
  "date",
  "description",
  "dosage",
  "dynamicValue",
  "effectivePeriod",
  "experimental",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "jurisdiction",
  "kind",
  "language",
  "lastReviewDate",
  "library",
  "location",
  "meta",
  "modifierExtension",
  "name",
  "participant",
  "productCodeableConcept",
  "productReference",
  "publisher",
  "purpose",
  "quantity",
  "relatedArtifact",
  "resourceType",
  "status",
  "text",
  "timingDateTime",
  "timingPeriod",
  "timingRange",
  "timingTiming",
  "title",
  "topic",
  "transform",
  "url",
  "usage",
  "useContext",
  "version"
]);
const OWNER_0 = { paths: ["ActivityDefinition"], type: "ActivityDefinition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes3,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/publication-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Library"]);
const BINDING_2 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const CHOICE_0 = vrt.choiceVariants([
  "timingTiming",
  "timingDateTime",
  "timingPeriod",
  "timingRange"
]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Location"]);
const CHOICE_1 = vrt.choiceVariants(["productReference", "productCodeableConcept"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Medication", "Substance"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["StructureMap"]);
const KEYS_1 = /* @__PURE__ */ new Set(["_type", "extension", "id", "modifierExtension", "role", "type"]);
const OWNER_1 = { paths: ["ActivityDefinition.participant"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes5,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-participant-type"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_description",
  "_expression",
  "_language",
  "_path",
  "description",
  "expression",
  "extension",
  "id",
  "language",
  "modifierExtension",
  "path"
]);
const OWNER_2 = {
  paths: ["ActivityDefinition.dynamicValue"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ActivityDefinition",
      check: checkActivityDefinition,
      type: "ActivityDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkActivityDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ActivityDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ActivityDefinition") && x.c === null) return false;
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
  if (o.url !== void 0 || o._url !== void 0) {
    if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.title !== void 0 || o._title !== void 0) {
    if (!(vrt.isValidString(o.title) && o._title === void 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.experimental !== void 0 || o._experimental !== void 0) {
    if (!(vrt.isValidBoolean(o.experimental) && o._experimental === void 0)) {
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
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.publisher !== void 0 || o._publisher !== void 0) {
    if (!(vrt.isValidString(o.publisher) && o._publisher === void 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidMarkdown(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.purpose !== void 0 || o._purpose !== void 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && o._purpose === void 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.usage !== void 0 || o._usage !== void 0) {
    if (!(vrt.isValidString(o.usage) && o._usage === void 0)) {
      if (!vrt.prim(o.usage, o._usage, x, p, "usage", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.approvalDate !== void 0 || o._approvalDate !== void 0) {
    if (!(vrt.isValidDate(o.approvalDate) && o._approvalDate === void 0)) {
      if (!vrt.prim(o.approvalDate, o._approvalDate, x, p, "approvalDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.lastReviewDate !== void 0 || o._lastReviewDate !== void 0) {
    if (!(vrt.isValidDate(o.lastReviewDate) && o._lastReviewDate === void 0)) {
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
  if (o.effectivePeriod !== void 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effectivePeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.useContext !== void 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if (o.jurisdiction !== void 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.topic !== void 0) {
    if (!vrt.many(o.topic, x, p, "topic", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.contributor !== void 0) {
    if (!vrt.many(o.contributor, x, p, "contributor", d, 0, -1, import_Contributor.checkContributor) && x.c === null) return false;
  }
  if (o.contact !== void 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if (o.copyright !== void 0 || o._copyright !== void 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && o._copyright === void 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.relatedArtifact !== void 0) {
    if (!vrt.many(o.relatedArtifact, x, p, "relatedArtifact", d, 0, -1, import_RelatedArtifact.checkRelatedArtifact) && x.c === null)
      return false;
  }
  if (o.library !== void 0) {
    if (!vrt.many(o.library, x, p, "library", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.library, true, x, p, "library", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.kind !== void 0 || o._kind !== void 0) {
    if (!(vrt.isValidCode(o.kind) && o._kind === void 0)) {
      if (!vrt.prim(o.kind, o._kind, x, p, "kind", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.kind, false, x, p, "kind", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "timing", 0) && x.c === null) return false;
  if (o.timingTiming !== void 0) {
    if (!vrt.one(o.timingTiming, x, p, "timing.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if (o.timingDateTime !== void 0 || o._timingDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.timingDateTime) && o._timingDateTime === void 0)) {
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
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.timingPeriod !== void 0) {
    if (!vrt.one(o.timingPeriod, x, p, "timing.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.timingRange !== void 0) {
    if (!vrt.one(o.timingRange, x, p, "timing.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if (o.location !== void 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.participant !== void 0) {
    if (!vrt.many(o.participant, x, p, "participant", d, 0, -1, checkActivityDefinitionParticipant) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "product", 0) && x.c === null) return false;
  if (o.productReference !== void 0) {
    if (!vrt.one(o.productReference, x, p, "product.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.productReference,
      false,
      x,
      p,
      "product.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_2
    ) && x.c === null)
      return false;
  }
  if (o.productCodeableConcept !== void 0) {
    if (!vrt.one(o.productCodeableConcept, x, p, "product.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.dosage !== void 0) {
    if (!vrt.many(o.dosage, x, p, "dosage", d, 0, -1, import_Dosage.checkDosage) && x.c === null) return false;
  }
  if (o.bodySite !== void 0) {
    if (!vrt.many(o.bodySite, x, p, "bodySite", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.transform !== void 0) {
    if (!vrt.one(o.transform, x, p, "transform", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.transform, false, x, p, "transform", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.dynamicValue !== void 0) {
    if (!vrt.many(o.dynamicValue, x, p, "dynamicValue", d, 0, -1, checkActivityDefinitionDynamicValue) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkActivityDefinitionParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ActivityDefinition.participant");
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
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if (o.role !== void 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkActivityDefinitionDynamicValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ActivityDefinition.dynamicValue");
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
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.path !== void 0 || o._path !== void 0) {
    if (!(vrt.isValidString(o.path) && o._path === void 0)) {
      if (!vrt.prim(o.path, o._path, x, p, "path", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidString(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.expression !== void 0 || o._expression !== void 0) {
    if (!(vrt.isValidString(o.expression) && o._expression === void 0)) {
      if (!vrt.prim(o.expression, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateActivityDefinition(value, options) {
  return vrt.validateWith(value, "ActivityDefinition", checkActivityDefinition, true, options, REGISTRY_0);
}
function isActivityDefinition(value, options) {
  return vrt.testWith(value, checkActivityDefinition, true, options, REGISTRY_0);
}
function buildActivityDefinition(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "ActivityDefinition" },
    isActivityDefinition,
    validateActivityDefinition,
    "ActivityDefinition"
  );
}
