import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_description",
  "_id",
  "_implicitRules",
  "_language",
  "_name",
  "_status",
  "active",
  "balance",
  "contained",
  "coverage",
  "description",
  "extension",
  "guarantor",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "owner",
  "period",
  "resourceType",
  "status",
  "subject",
  "text",
  "type"
]);
const OWNER_0 = { paths: ["Account"], type: "Account", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes2,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/account-status"
};
const TARGETS_0 = /* @__PURE__ */ new Set([
  "Device",
  "HealthcareService",
  "Location",
  "Organization",
  "Patient",
  "Practitioner"
]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_priority",
  "coverage",
  "extension",
  "id",
  "modifierExtension",
  "priority"
]);
const OWNER_1 = { paths: ["Account.coverage"], type: "BackboneElement", exact: true };
const TARGETS_2 = /* @__PURE__ */ new Set(["Coverage"]);
const KEYS_2 = /* @__PURE__ */ new Set([
  "_onHold",
  "extension",
  "id",
  "modifierExtension",
  "onHold",
  "party",
  "period"
]);
const OWNER_2 = { paths: ["Account.guarantor"], type: "BackboneElement", exact: true };
const TARGETS_3 = /* @__PURE__ */ new Set(["Organization", "Patient", "RelatedPerson"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Account", check: checkAccount, type: "Account", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAccount(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Account");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Account") && x.c === null) return false;
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
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.active !== void 0) {
    if (!vrt.one(o.active, x, p, "active", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.balance !== void 0) {
    if (!vrt.one(o.balance, x, p, "balance", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.coverage !== void 0) {
    if (!vrt.many(o.coverage, x, p, "coverage", d, 0, -1, checkAccountCoverage) && x.c === null) return false;
  }
  if (o.owner !== void 0) {
    if (!vrt.one(o.owner, x, p, "owner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.owner, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.guarantor !== void 0) {
    if (!vrt.many(o.guarantor, x, p, "guarantor", d, 0, -1, checkAccountGuarantor) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkAccountCoverage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Account.coverage");
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
  if (!vrt.one(o.coverage, x, p, "coverage", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
    return false;
  if (o.priority !== void 0 || o._priority !== void 0) {
    if (!(vrt.isValidPositiveInt(o.priority) && o._priority === void 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkAccountGuarantor(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Account.guarantor");
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
  if (!vrt.one(o.party, x, p, "party", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.party, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if (o.onHold !== void 0 || o._onHold !== void 0) {
    if (!(vrt.isValidBoolean(o.onHold) && o._onHold === void 0)) {
      if (!vrt.prim(o.onHold, o._onHold, x, p, "onHold", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateAccount(value, options) {
  return vrt.validateWith(value, "Account", checkAccount, true, options, REGISTRY_0);
}
function isAccount(value, options) {
  return vrt.testWith(value, checkAccount, true, options, REGISTRY_0);
}
function buildAccount(input) {
  return fillAndCheck(input, { resourceType: "Account" }, isAccount, validateAccount, "Account");
}
export {
  buildAccount,
  checkAccount,
  checkAccountCoverage,
  checkAccountGuarantor,
  isAccount,
  validateAccount
};
