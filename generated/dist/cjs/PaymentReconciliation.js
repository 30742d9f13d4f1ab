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
var PaymentReconciliation_exports = {};
__export(PaymentReconciliation_exports, {
  buildPaymentReconciliation: () => buildPaymentReconciliation,
  checkPaymentReconciliation: () => checkPaymentReconciliation,
  checkPaymentReconciliationDetail: () => checkPaymentReconciliationDetail,
  checkPaymentReconciliationProcessNote: () => checkPaymentReconciliationProcessNote,
  isPaymentReconciliation: () => isPaymentReconciliation,
  validatePaymentReconciliation: () => validatePaymentReconciliation
});
module.exports = __toCommonJS(PaymentReconciliation_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_created",
  "_disposition",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "contained",
  "created",
  "detail",
  "disposition",
  "extension",
  "form",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "organization",
  "outcome",
  "period",
  "processNote",
  "request",
  "requestOrganization",
  "requestProvider",
  "resourceType",
  "status",
  "text",
  "total"
]);
const OWNER_0 = { paths: ["PaymentReconciliation"], type: "PaymentReconciliation", exact: true };
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["ProcessRequest"]);
const BINDING_2 = {
  has: vcodes.inCodes179,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/remittance-outcome"
};
const TARGETS_2 = /* @__PURE__ */ new Set(["Practitioner"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_date",
  "amount",
  "date",
  "extension",
  "id",
  "modifierExtension",
  "payee",
  "request",
  "response",
  "submitter",
  "type"
]);
const OWNER_1 = { paths: ["PaymentReconciliation.detail"], type: "BackboneElement", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set(["_text", "extension", "id", "modifierExtension", "text", "type"]);
const OWNER_2 = {
  paths: ["PaymentReconciliation.processNote"],
  type: "BackboneElement",
  exact: true
};
const BINDING_3 = {
  has: vcodes.inCodes133,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/note-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/PaymentReconciliation",
      check: checkPaymentReconciliation,
      type: "PaymentReconciliation",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkPaymentReconciliation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PaymentReconciliation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "PaymentReconciliation") && x.c === null) return false;
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
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.created !== void 0 || o._created !== void 0) {
    if (!(vrt.isValidDateTime(o.created) && o._created === void 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.organization !== void 0) {
    if (!vrt.one(o.organization, x, p, "organization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.request !== void 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.request, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.outcome !== void 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.outcome, false, x, p, "outcome", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.disposition !== void 0 || o._disposition !== void 0) {
    if (!(vrt.isValidString(o.disposition) && o._disposition === void 0)) {
      if (!vrt.prim(o.disposition, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.requestProvider !== void 0) {
    if (!vrt.one(o.requestProvider, x, p, "requestProvider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.requestProvider, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.requestOrganization !== void 0) {
    if (!vrt.one(o.requestOrganization, x, p, "requestOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.requestOrganization, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.detail !== void 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkPaymentReconciliationDetail) && x.c === null) return false;
  }
  if (o.form !== void 0) {
    if (!vrt.one(o.form, x, p, "form", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.total !== void 0) {
    if (!vrt.one(o.total, x, p, "total", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if (o.processNote !== void 0) {
    if (!vrt.many(o.processNote, x, p, "processNote", d, 0, -1, checkPaymentReconciliationProcessNote) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkPaymentReconciliationDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PaymentReconciliation.detail");
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
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.request !== void 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (o.response !== void 0) {
    if (!vrt.one(o.response, x, p, "response", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (o.submitter !== void 0) {
    if (!vrt.one(o.submitter, x, p, "submitter", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.submitter, false, x, p, "submitter", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.payee !== void 0) {
    if (!vrt.one(o.payee, x, p, "payee", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.payee, false, x, p, "payee", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDate(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDate, "date", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.amount !== void 0) {
    if (!vrt.one(o.amount, x, p, "amount", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  return true;
}
function checkPaymentReconciliationProcessNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PaymentReconciliation.processNote");
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
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validatePaymentReconciliation(value, options) {
  return vrt.validateWith(value, "PaymentReconciliation", checkPaymentReconciliation, true, options, REGISTRY_0);
}
function isPaymentReconciliation(value, options) {
  return vrt.testWith(value, checkPaymentReconciliation, true, options, REGISTRY_0);
}
function buildPaymentReconciliation(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "PaymentReconciliation",
      each: { processNote: { system: { type: "http://hl7.org/fhir/note-type" } } },
      system: { outcome: "http://hl7.org/fhir/remittance-outcome" }
    },
    isPaymentReconciliation,
    validatePaymentReconciliation,
    "PaymentReconciliation"
  );
}
