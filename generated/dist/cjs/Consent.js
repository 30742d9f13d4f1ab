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
var Consent_exports = {};
__export(Consent_exports, {
  buildConsent: () => buildConsent,
  checkConsent: () => checkConsent,
  checkConsentActor: () => checkConsentActor,
  checkConsentData: () => checkConsentData,
  checkConsentExcept: () => checkConsentExcept,
  checkConsentExceptActor: () => checkConsentExceptActor,
  checkConsentExceptData: () => checkConsentExceptData,
  checkConsentPolicy: () => checkConsentPolicy,
  isConsent: () => isConsent,
  validateConsent: () => validateConsent
});
module.exports = __toCommonJS(Consent_exports);
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Consent"], type: "Consent", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes147,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/consent-state-codes"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_2 = ["Organization"];
const CHOICE_0 = vrt.choiceVariants([
  "sourceAttachment",
  "sourceIdentifier",
  "sourceReference"
]);
const TARGETS_3 = ["Consent", "Contract", "DocumentReference", "QuestionnaireResponse"];
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-PurposeOfUse",
  reason: "a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server"
};
const INVARIANT_0 = vrt.invariant({
  key: "ppc-1",
  path: "Consent",
  expression: "policy.exists() or policyRule.exists()",
  severity: "error",
  human: "Either a Policy or PolicyRule"
});
const OWNER_1 = { paths: ["Consent.actor"], type: "BackboneElement", exact: true };
const UNCHECKED_2 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-role-type",
  reason: "a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server"
};
const TARGETS_4 = [
  "CareTeam",
  "Device",
  "Group",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson"
];
const OWNER_2 = { paths: ["Consent.policy"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["Consent.data"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes148,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/consent-data-meaning"
};
const OWNER_4 = { paths: ["Consent.except"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes149,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/consent-except-type"
};
const BINDING_4 = {
  has: vcodes.inCodings150,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/consent-content-class"
};
const OWNER_5 = { paths: ["Consent.except.actor"], type: "BackboneElement", exact: true };
const OWNER_6 = { paths: ["Consent.except.data"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Consent", check: checkConsent, type: "Consent", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkConsent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Consent") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27;
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
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "category":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "patient":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "period":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "dateTime":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "consentingParty":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "actor":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "action":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "organization":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "sourceAttachment":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "sourceIdentifier":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "sourceReference":
        m0 |= 33554432;
        e20 = o[k];
        break;
      case "policy":
        m0 |= 67108864;
        e21 = o[k];
        break;
      case "policyRule":
        m0 |= 134217728;
        e22 = o[k];
        break;
      case "securityLabel":
        m0 |= 536870912;
        e23 = o[k];
        break;
      case "purpose":
        m0 |= 1073741824;
        e24 = o[k];
        break;
      case "dataPeriod":
        m1 |= 1;
        e25 = o[k];
        break;
      case "data":
        m1 |= 2;
        e26 = o[k];
        break;
      case "except":
        m1 |= 4;
        e27 = o[k];
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
      case "_dateTime":
        m0 |= 262144;
        break;
      case "_policyRule":
        m0 |= 268435456;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e8, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes147)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "category", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e11, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e11, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidDateTime(e13) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e13, o._dateTime, x, p, "dateTime", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e14, x, p, "consentingParty", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "consentingParty", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e15, x, p, "actor", d, 0, -1, checkConsentActor) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e16, x, p, "action", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e17, x, p, "organization", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, true, x, p, "organization", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 58720256) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "source", 0) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e18, x, p, "source.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e19, x, p, "source.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e20, x, p, "source.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "source.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e21, x, p, "policy", d, 0, -1, checkConsentPolicy) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidUri(e22) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e22, o._policyRule, x, p, "policyRule", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e23, x, p, "securityLabel", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e23, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e24, x, p, "purpose", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e24, true, x, p, "purpose", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e25, x, p, "dataPeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e26, x, p, "data", d, 0, -1, checkConsentData) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e27, x, p, "except", d, 0, -1, checkConsentExcept) && x.c === null) return false;
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
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfValue(o["_policy"], o["policy"]) > 0,
        vrt.fpSizeOfValue(o["_policyRule"], o["policyRule"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkConsentActor(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.actor");
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
      case "role":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reference":
        n++;
        m0 |= 16;
        e4 = o[k];
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
  if (!vrt.one(e3, x, p, "role", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "role", vrt.bindingNotChecked, UNCHECKED_2) && x.c === null) return false;
  if (!vrt.one(e4, x, p, "reference", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "reference", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function checkConsentPolicy(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.policy");
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
      case "authority":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "uri":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_authority":
        n++;
        m0 |= 16;
        break;
      case "_uri":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._authority, x, p, "authority", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._uri, x, p, "uri", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null) return false;
    }
  }
  return true;
}
function checkConsentData(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.data");
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
      case "meaning":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reference":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_meaning":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._meaning, x, p, "meaning", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes148)) {
    if (!vrt.eachWith(e3, false, x, p, "meaning", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "reference", d, 1, import_Reference.checkReference) && x.c === null) return false;
  return true;
}
function checkConsentExcept(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.except");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12;
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
      case "period":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "actor":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "action":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "securityLabel":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "purpose":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "class":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "code":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "dataPeriod":
        n++;
        m0 |= 4096;
        e11 = o[k];
        break;
      case "data":
        n++;
        m0 |= 8192;
        e12 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes149)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e5, x, p, "actor", d, 0, -1, checkConsentExceptActor) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e6, x, p, "action", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e7, x, p, "securityLabel", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e7, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e8, x, p, "purpose", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e8, true, x, p, "purpose", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e9, x, p, "class", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "class", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e10, x, p, "code", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e11, x, p, "dataPeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e12, x, p, "data", d, 0, -1, checkConsentExceptData) && x.c === null) return false;
  }
  return true;
}
function checkConsentExceptActor(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.except.actor");
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
      case "role":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reference":
        n++;
        m0 |= 16;
        e4 = o[k];
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
  if (!vrt.one(e3, x, p, "role", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "role", vrt.bindingNotChecked, UNCHECKED_2) && x.c === null) return false;
  if (!vrt.one(e4, x, p, "reference", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "reference", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function checkConsentExceptData(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.except.data");
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
      case "meaning":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reference":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_meaning":
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
    if (!vrt.prim(e3, o._meaning, x, p, "meaning", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes148)) {
    if (!vrt.eachWith(e3, false, x, p, "meaning", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "reference", d, 1, import_Reference.checkReference) && x.c === null) return false;
  return true;
}
function validateConsent(value, options) {
  return vrt.validateWith(value, "Consent", checkConsent, true, options, REGISTRY_0);
}
function isConsent(value, options) {
  return vrt.testWith(value, checkConsent, true, options, REGISTRY_0);
}
function buildConsent(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Consent" }, isConsent, validateConsent, "Consent");
}
