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
var ClaimResponse_exports = {};
__export(ClaimResponse_exports, {
  buildClaimResponse: () => buildClaimResponse,
  checkClaimResponse: () => checkClaimResponse,
  checkClaimResponseAddItem: () => checkClaimResponseAddItem,
  checkClaimResponseAddItemDetail: () => checkClaimResponseAddItemDetail,
  checkClaimResponseError: () => checkClaimResponseError,
  checkClaimResponseInsurance: () => checkClaimResponseInsurance,
  checkClaimResponseItem: () => checkClaimResponseItem,
  checkClaimResponseItemAdjudication: () => checkClaimResponseItemAdjudication,
  checkClaimResponseItemDetail: () => checkClaimResponseItemDetail,
  checkClaimResponseItemDetailSubDetail: () => checkClaimResponseItemDetailSubDetail,
  checkClaimResponsePayment: () => checkClaimResponsePayment,
  checkClaimResponseProcessNote: () => checkClaimResponseProcessNote,
  isClaimResponse: () => isClaimResponse,
  validateClaimResponse: () => validateClaimResponse
});
module.exports = __toCommonJS(ClaimResponse_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["ClaimResponse"], type: "ClaimResponse", exact: true };
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
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Organization"];
const TARGETS_2 = ["Practitioner"];
const TARGETS_3 = ["Claim"];
const TARGETS_4 = ["CommunicationRequest"];
const OWNER_1 = { paths: ["ClaimResponse.item"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["ClaimResponse.addItem"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["ClaimResponse.error"], type: "BackboneElement", exact: true };
const OWNER_4 = { paths: ["ClaimResponse.payment"], type: "BackboneElement", exact: true };
const OWNER_5 = { paths: ["ClaimResponse.processNote"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodings133,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/note-type"
};
const BINDING_3 = {
  has: vcodes.inCodings134,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const OWNER_6 = { paths: ["ClaimResponse.insurance"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["Coverage"];
const TARGETS_6 = ["ClaimResponse"];
const OWNER_7 = {
  paths: ["ClaimResponse.item.adjudication"],
  type: "BackboneElement",
  exact: true
};
const OWNER_8 = { paths: ["ClaimResponse.item.detail"], type: "BackboneElement", exact: true };
const OWNER_9 = { paths: ["ClaimResponse.addItem.detail"], type: "BackboneElement", exact: true };
const OWNER_10 = {
  paths: ["ClaimResponse.item.detail.subDetail"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ClaimResponse",
      check: checkClaimResponse,
      type: "ClaimResponse",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkClaimResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ClaimResponse") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30;
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
      case "patient":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "created":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "insurer":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "requestProvider":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "requestOrganization":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "request":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "outcome":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "disposition":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "payeeType":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "item":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "addItem":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "error":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "totalCost":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "unallocDeductable":
        m0 |= 536870912;
        e23 = o[k];
        break;
      case "totalBenefit":
        m0 |= 1073741824;
        e24 = o[k];
        break;
      case "payment":
        m1 |= 1;
        e25 = o[k];
        break;
      case "reserved":
        m1 |= 2;
        e26 = o[k];
        break;
      case "form":
        m1 |= 4;
        e27 = o[k];
        break;
      case "processNote":
        m1 |= 8;
        e28 = o[k];
        break;
      case "communicationRequest":
        m1 |= 16;
        e29 = o[k];
        break;
      case "insurance":
        m1 |= 32;
        e30 = o[k];
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
      case "_created":
        m0 |= 65536;
        break;
      case "_disposition":
        m0 |= 8388608;
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
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes130)) {
      if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "patient", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidDateTime(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e11, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "insurer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "requestProvider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "requestOrganization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "request", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidString(e17) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e17, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e18, x, p, "payeeType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e19, x, p, "item", d, 0, -1, checkClaimResponseItem) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e20, x, p, "addItem", d, 0, -1, checkClaimResponseAddItem) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e21, x, p, "error", d, 0, -1, checkClaimResponseError) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e22, x, p, "totalCost", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(e23, x, p, "unallocDeductable", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e24, x, p, "totalBenefit", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e25, x, p, "payment", d, 0, checkClaimResponsePayment) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e26, x, p, "reserved", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e27, x, p, "form", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e28, x, p, "processNote", d, 0, -1, checkClaimResponseProcessNote) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e29, x, p, "communicationRequest", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, true, x, p, "communicationRequest", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e30, x, p, "insurance", d, 0, -1, checkClaimResponseInsurance) && x.c === null) return false;
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
function checkClaimResponseItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_sequenceLinkId":
        n++;
        m0 |= 16;
        break;
      case "_noteNumber":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequenceLinkId, x, p, "sequenceLinkId", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!vrt.prims(e4, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e5, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e6, x, p, "detail", d, 0, -1, checkClaimResponseItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseAddItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.addItem");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "revenue":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "category":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "service":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "modifier":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "fee":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 8192;
        e11 = o[k];
        break;
      case "_sequenceLinkId":
        n++;
        m0 |= 16;
        break;
      case "_noteNumber":
        n++;
        m0 |= 2048;
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
    if (!vrt.prims(
      e3,
      o._sequenceLinkId,
      x,
      p,
      "sequenceLinkId",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_2
    ) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e7, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "fee", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e9, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e10, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e11, x, p, "detail", d, 0, -1, checkClaimResponseAddItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseError(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.error");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "detailSequenceLinkId":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "subdetailSequenceLinkId":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "code":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_sequenceLinkId":
        n++;
        m0 |= 16;
        break;
      case "_detailSequenceLinkId":
        n++;
        m0 |= 64;
        break;
      case "_subdetailSequenceLinkId":
        n++;
        m0 |= 256;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        e3,
        o._sequenceLinkId,
        x,
        p,
        "sequenceLinkId",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidPositiveInt(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        e4,
        o._detailSequenceLinkId,
        x,
        p,
        "detailSequenceLinkId",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidPositiveInt(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        e5,
        o._subdetailSequenceLinkId,
        x,
        p,
        "subdetailSequenceLinkId",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e6, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  return true;
}
function checkClaimResponsePayment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.payment");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "adjustment":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "adjustmentReason":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "date":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "amount":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "_date":
        n++;
        m0 |= 128;
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
    if (!vrt.one(e3, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "adjustment", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "adjustmentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 128) === 0)) {
      if (!vrt.prim(e6, o._date, x, p, "date", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null) return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "amount", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseProcessNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.processNote");
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
      case "number":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "language":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_number":
        n++;
        m0 |= 16;
        break;
      case "_text":
        n++;
        m0 |= 128;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._number, x, p, "number", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "language", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "language", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.insurance");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "sequence":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "focal":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "coverage":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "businessArrangement":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "preAuthRef":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "claimResponse":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 16;
        break;
      case "_focal":
        n++;
        m0 |= 64;
        break;
      case "_businessArrangement":
        n++;
        m0 |= 512;
        break;
      case "_preAuthRef":
        n++;
        m0 |= 2048;
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
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_6) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._focal, x, p, "focal", d, 1, vrt.isValidBoolean, "boolean", OWNER_6) && x.c === null)
      return false;
  }
  if (!vrt.one(e5, x, p, "coverage", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e5, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(
        e6,
        o._businessArrangement,
        x,
        p,
        "businessArrangement",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_6
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e7, o._preAuthRef, x, p, "preAuthRef", d, 0, -1, vrt.isValidString, "string", OWNER_6) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e8, x, p, "claimResponse", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "claimResponse", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimResponseItemAdjudication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item.adjudication");
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
      case "category":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reason":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "amount":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "value":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "_value":
        n++;
        m0 |= 128;
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
  if (!vrt.one(e3, x, p, "category", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "reason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "amount", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDecimal(e6) && (m0 & 128) === 0)) {
      if (!vrt.prim(e6, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkClaimResponseItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item.detail");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "subDetail":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_sequenceLinkId":
        n++;
        m0 |= 16;
        break;
      case "_noteNumber":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequenceLinkId, x, p, "sequenceLinkId", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_8) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!vrt.prims(e4, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_8) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e5, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e6, x, p, "subDetail", d, 0, -1, checkClaimResponseItemDetailSubDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseAddItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.addItem.detail");
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
      case "revenue":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "category":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "service":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "modifier":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "fee":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "_noteNumber":
        n++;
        m0 |= 512;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "revenue", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "service", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e6, x, p, "modifier", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "fee", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e8, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_9) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e9, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseItemDetailSubDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item.detail.subDetail");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "noteNumber":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "adjudication":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_sequenceLinkId":
        n++;
        m0 |= 16;
        break;
      case "_noteNumber":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null) return false;
  }
  if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._sequenceLinkId, x, p, "sequenceLinkId", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!vrt.prims(e4, o._noteNumber, x, p, "noteNumber", d, 0, -1, vrt.isValidPositiveInt, "positiveInt", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e5, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null) return false;
  }
  return true;
}
function validateClaimResponse(value, options) {
  return vrt.validateWith(value, "ClaimResponse", checkClaimResponse, true, options, REGISTRY_0);
}
function isClaimResponse(value, options) {
  return vrt.testWith(value, checkClaimResponse, true, options, REGISTRY_0);
}
function buildClaimResponse(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "ClaimResponse", each: { processNote: { system: { type: "http://hl7.org/fhir/note-type" } } } },
    isClaimResponse,
    validateClaimResponse,
    "ClaimResponse"
  );
}
