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
var Contract_exports = {};
__export(Contract_exports, {
  buildContract: () => buildContract,
  checkContract: () => checkContract,
  checkContractAgent: () => checkContractAgent,
  checkContractFriendly: () => checkContractFriendly,
  checkContractLegal: () => checkContractLegal,
  checkContractRule: () => checkContractRule,
  checkContractSigner: () => checkContractSigner,
  checkContractTerm: () => checkContractTerm,
  checkContractTermAgent: () => checkContractTermAgent,
  checkContractTermValuedItem: () => checkContractTermValuedItem,
  checkContractValuedItem: () => checkContractValuedItem,
  isContract: () => isContract,
  validateContract: () => validateContract
});
module.exports = __toCommonJS(Contract_exports);
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_Signature = require("./Signature.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Contract"], type: "Contract", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes152,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/contract-status"
};
const TARGETS_0 = ["Organization"];
const TARGETS_1 = ["Location"];
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ActConsentDirective",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const CHOICE_0 = vrt.choiceVariants(["bindingAttachment", "bindingReference"]);
const TARGETS_2 = ["Composition", "DocumentReference", "QuestionnaireResponse"];
const OWNER_1 = { paths: ["Contract.agent"], type: "BackboneElement", exact: true };
const TARGETS_3 = [
  "Contract",
  "Device",
  "Group",
  "Location",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson",
  "Substance"
];
const OWNER_2 = { paths: ["Contract.signer"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodings151,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/contract-signer-type"
};
const TARGETS_4 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const OWNER_3 = { paths: ["Contract.valuedItem"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants(["entityCodeableConcept", "entityReference"]);
const OWNER_4 = { paths: ["Contract.term"], type: "BackboneElement", exact: true };
const OWNER_5 = { paths: ["Contract.friendly"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["contentAttachment", "contentReference"]);
const OWNER_6 = { paths: ["Contract.legal"], type: "BackboneElement", exact: true };
const OWNER_7 = { paths: ["Contract.rule"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["DocumentReference"];
const OWNER_8 = { paths: ["Contract.term.agent"], type: "BackboneElement", exact: true };
const OWNER_9 = { paths: ["Contract.term.valuedItem"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Contract", check: checkContract, type: "Contract", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkContract(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Contract") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31;
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
      case "issued":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "applies":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "subject":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "topic":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "authority":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "domain":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "type":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "subType":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "action":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "actionReason":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "decisionType":
        m0 |= 33554432;
        e20 = o[k];
        break;
      case "contentDerivative":
        m0 |= 67108864;
        e21 = o[k];
        break;
      case "securityLabel":
        m0 |= 134217728;
        e22 = o[k];
        break;
      case "agent":
        m0 |= 268435456;
        e23 = o[k];
        break;
      case "signer":
        m0 |= 536870912;
        e24 = o[k];
        break;
      case "valuedItem":
        m0 |= 1073741824;
        e25 = o[k];
        break;
      case "term":
        m1 |= 1;
        e26 = o[k];
        break;
      case "bindingAttachment":
        m1 |= 2;
        e27 = o[k];
        break;
      case "bindingReference":
        m1 |= 4;
        e28 = o[k];
        break;
      case "friendly":
        m1 |= 8;
        e29 = o[k];
        break;
      case "legal":
        m1 |= 16;
        e30 = o[k];
        break;
      case "rule":
        m1 |= 32;
        e31 = o[k];
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
      case "_issued":
        m0 |= 32768;
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
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes152)) {
      if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDateTime(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._issued, x, p, "issued", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e11, x, p, "applies", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e12, x, p, "subject", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(e13, x, p, "topic", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e14, x, p, "authority", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "authority", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e15, x, p, "domain", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, true, x, p, "domain", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e17, x, p, "subType", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e18, x, p, "action", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e19, x, p, "actionReason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e20, x, p, "decisionType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "decisionType", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e21, x, p, "contentDerivative", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e22, x, p, "securityLabel", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e23, x, p, "agent", d, 0, -1, checkContractAgent) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e24, x, p, "signer", d, 0, -1, checkContractSigner) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e25, x, p, "valuedItem", d, 0, -1, checkContractValuedItem) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e26, x, p, "term", d, 0, -1, checkContractTerm) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 6) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "binding", 0) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e27, x, p, "binding.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e28, x, p, "binding.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e28, false, x, p, "binding.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e29, x, p, "friendly", d, 0, -1, checkContractFriendly) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e30, x, p, "legal", d, 0, -1, checkContractLegal) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e31, x, p, "rule", d, 0, -1, checkContractRule) && x.c === null) return false;
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
function checkContractAgent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.agent");
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
      case "actor":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "role":
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
  if (!vrt.one(e3, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "role", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkContractSigner(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.signer");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "party":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "signature":
        n++;
        m0 |= 32;
        e5 = o[k];
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
  if (!vrt.one(e3, x, p, "type", d, 1, import_Coding.checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCoding, BINDING_2) && x.c === null) return false;
  if (!vrt.one(e4, x, p, "party", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  if (!vrt.many(e5, x, p, "signature", d, 1, -1, import_Signature.checkSignature) && x.c === null) return false;
  return true;
}
function checkContractValuedItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.valuedItem");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11;
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
      case "entityCodeableConcept":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "entityReference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "effectiveTime":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "unitPrice":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "factor":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "points":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "net":
        n++;
        m0 |= 16384;
        e11 = o[k];
        break;
      case "_effectiveTime":
        n++;
        m0 |= 128;
        break;
      case "_factor":
        n++;
        m0 |= 2048;
        break;
      case "_points":
        n++;
        m0 |= 8192;
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
  if (vrt.bitCount(m0 & 24) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "entity", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "entity.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "entity.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDateTime(e6) && (m0 & 128) === 0)) {
      if (!vrt.prim(e6, o._effectiveTime, x, p, "effectiveTime", d, 0, vrt.isValidDateTime, "dateTime", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidDecimal(e9) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e9, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDecimal(e10) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e10, o._points, x, p, "points", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e11, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  return true;
}
function checkContractTerm(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.term");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15;
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
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "issued":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "applies":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "type":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "subType":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "topic":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "action":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "actionReason":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "securityLabel":
        n++;
        m0 |= 4096;
        e11 = o[k];
        break;
      case "agent":
        n++;
        m0 |= 8192;
        e12 = o[k];
        break;
      case "text":
        n++;
        m0 |= 16384;
        e13 = o[k];
        break;
      case "valuedItem":
        n++;
        m0 |= 65536;
        e14 = o[k];
        break;
      case "group":
        n++;
        m0 |= 131072;
        e15 = o[k];
        break;
      case "_issued":
        n++;
        m0 |= 32;
        break;
      case "_text":
        n++;
        m0 |= 32768;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._issued, x, p, "issued", d, 0, vrt.isValidDateTime, "dateTime", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "applies", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "subType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e8, x, p, "topic", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e9, x, p, "action", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e10, x, p, "actionReason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e11, x, p, "securityLabel", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e12, x, p, "agent", d, 0, -1, checkContractTermAgent) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e13) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e13, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e14, x, p, "valuedItem", d, 0, -1, checkContractTermValuedItem) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e15, x, p, "group", d, 0, -1, checkContractTerm) && x.c === null) return false;
  }
  return true;
}
function checkContractFriendly(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.friendly");
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
      case "contentAttachment":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contentReference":
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
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "content", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "content.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "content.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "content.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function checkContractLegal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.legal");
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
      case "contentAttachment":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contentReference":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "content", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "content.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "content.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "content.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function checkContractRule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.rule");
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
      case "contentAttachment":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contentReference":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "content", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "content.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "content.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "content.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  return true;
}
function checkContractTermAgent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.term.agent");
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
      case "actor":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "role":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "role", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkContractTermValuedItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.term.valuedItem");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11;
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
      case "entityCodeableConcept":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "entityReference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "effectiveTime":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "unitPrice":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "factor":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "points":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "net":
        n++;
        m0 |= 16384;
        e11 = o[k];
        break;
      case "_effectiveTime":
        n++;
        m0 |= 128;
        break;
      case "_factor":
        n++;
        m0 |= 2048;
        break;
      case "_points":
        n++;
        m0 |= 8192;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 24) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "entity", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "entity.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "entity.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDateTime(e6) && (m0 & 128) === 0)) {
      if (!vrt.prim(e6, o._effectiveTime, x, p, "effectiveTime", d, 0, vrt.isValidDateTime, "dateTime", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "unitPrice", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidDecimal(e9) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e9, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDecimal(e10) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e10, o._points, x, p, "points", d, 0, vrt.isValidDecimal, "decimal", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e11, x, p, "net", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  return true;
}
function validateContract(value, options) {
  return vrt.validateWith(value, "Contract", checkContract, true, options, REGISTRY_0);
}
function isContract(value, options) {
  return vrt.testWith(value, checkContract, true, options, REGISTRY_0);
}
function buildContract(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Contract" }, isContract, validateContract, "Contract");
}
