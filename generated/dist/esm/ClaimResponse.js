import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
      case "status":
        m0 |= 4096;
        break;
      case "patient":
        m0 |= 16384;
        break;
      case "created":
        m0 |= 32768;
        break;
      case "insurer":
        m0 |= 131072;
        break;
      case "requestProvider":
        m0 |= 262144;
        break;
      case "requestOrganization":
        m0 |= 524288;
        break;
      case "request":
        m0 |= 1048576;
        break;
      case "outcome":
        m0 |= 2097152;
        break;
      case "disposition":
        m0 |= 4194304;
        break;
      case "payeeType":
        m0 |= 16777216;
        break;
      case "item":
        m0 |= 33554432;
        break;
      case "addItem":
        m0 |= 67108864;
        break;
      case "error":
        m0 |= 134217728;
        break;
      case "totalCost":
        m0 |= 268435456;
        break;
      case "unallocDeductable":
        m0 |= 536870912;
        break;
      case "totalBenefit":
        m0 |= 1073741824;
        break;
      case "payment":
        m1 |= 1;
        break;
      case "reserved":
        m1 |= 2;
        break;
      case "form":
        m1 |= 4;
        break;
      case "processNote":
        m1 |= 8;
        break;
      case "communicationRequest":
        m1 |= 16;
        break;
      case "insurance":
        m1 |= 32;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes130)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidDateTime(o.created) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.insurer, x, p, "insurer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.insurer, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.requestProvider, x, p, "requestProvider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.requestProvider, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.requestOrganization, x, p, "requestOrganization", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.requestOrganization, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.request, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidString(o.disposition) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.disposition, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.payeeType, x, p, "payeeType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkClaimResponseItem) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.addItem, x, p, "addItem", d, 0, -1, checkClaimResponseAddItem) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.error, x, p, "error", d, 0, -1, checkClaimResponseError) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.totalCost, x, p, "totalCost", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.unallocDeductable, x, p, "unallocDeductable", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(o.totalBenefit, x, p, "totalBenefit", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.payment, x, p, "payment", d, 0, checkClaimResponsePayment) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.reserved, x, p, "reserved", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(o.form, x, p, "form", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.processNote, x, p, "processNote", d, 0, -1, checkClaimResponseProcessNote) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.communicationRequest, x, p, "communicationRequest", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.communicationRequest, true, x, p, "communicationRequest", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(o.insurance, x, p, "insurance", d, 0, -1, checkClaimResponseInsurance) && x.c === null) return false;
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        break;
      case "noteNumber":
        n++;
        m0 |= 32;
        break;
      case "adjudication":
        n++;
        m0 |= 128;
        break;
      case "detail":
        n++;
        m0 |= 256;
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
  if (!(vrt.isValidPositiveInt(o.sequenceLinkId) && (m0 & 16) === 0)) {
    if (!vrt.prim(
      o.sequenceLinkId,
      o._sequenceLinkId,
      x,
      p,
      "sequenceLinkId",
      d,
      1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_1
    ) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_1
    ) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkClaimResponseItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseAddItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.addItem");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        break;
      case "revenue":
        n++;
        m0 |= 32;
        break;
      case "category":
        n++;
        m0 |= 64;
        break;
      case "service":
        n++;
        m0 |= 128;
        break;
      case "modifier":
        n++;
        m0 |= 256;
        break;
      case "fee":
        n++;
        m0 |= 512;
        break;
      case "noteNumber":
        n++;
        m0 |= 1024;
        break;
      case "adjudication":
        n++;
        m0 |= 4096;
        break;
      case "detail":
        n++;
        m0 |= 8192;
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
    if (!vrt.prims(
      o.sequenceLinkId,
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
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.fee, x, p, "fee", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_2
    ) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkClaimResponseAddItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseError(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.error");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        break;
      case "detailSequenceLinkId":
        n++;
        m0 |= 32;
        break;
      case "subdetailSequenceLinkId":
        n++;
        m0 |= 128;
        break;
      case "code":
        n++;
        m0 |= 512;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(o.sequenceLinkId) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.sequenceLinkId,
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
    if (!(vrt.isValidPositiveInt(o.detailSequenceLinkId) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.detailSequenceLinkId,
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
    if (!(vrt.isValidPositiveInt(o.subdetailSequenceLinkId) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        o.subdetailSequenceLinkId,
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
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  return true;
}
function checkClaimResponsePayment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.payment");
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
      case "adjustment":
        n++;
        m0 |= 16;
        break;
      case "adjustmentReason":
        n++;
        m0 |= 32;
        break;
      case "date":
        n++;
        m0 |= 64;
        break;
      case "amount":
        n++;
        m0 |= 256;
        break;
      case "identifier":
        n++;
        m0 |= 512;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.adjustment, x, p, "adjustment", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.adjustmentReason, x, p, "adjustmentReason", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDate(o.date) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.amount, x, p, "amount", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseProcessNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.processNote");
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
      case "number":
        n++;
        m0 |= 8;
        break;
      case "type":
        n++;
        m0 |= 32;
        break;
      case "text":
        n++;
        m0 |= 64;
        break;
      case "language":
        n++;
        m0 |= 256;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(o.number) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.number, o._number, x, p, "number", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.language, x, p, "language", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.insurance");
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
      case "sequence":
        n++;
        m0 |= 8;
        break;
      case "focal":
        n++;
        m0 |= 32;
        break;
      case "coverage":
        n++;
        m0 |= 128;
        break;
      case "businessArrangement":
        n++;
        m0 |= 256;
        break;
      case "preAuthRef":
        n++;
        m0 |= 1024;
        break;
      case "claimResponse":
        n++;
        m0 |= 4096;
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
  if (!(vrt.isValidPositiveInt(o.sequence) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_6) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.focal) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.focal, o._focal, x, p, "focal", d, 1, vrt.isValidBoolean, "boolean", OWNER_6) && x.c === null)
      return false;
  }
  if (!vrt.one(o.coverage, x, p, "coverage", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
    return false;
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.businessArrangement) && (m0 & 512) === 0)) {
      if (!vrt.prim(
        o.businessArrangement,
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
    if (!vrt.prims(o.preAuthRef, o._preAuthRef, x, p, "preAuthRef", d, 0, -1, vrt.isValidString, "string", OWNER_6) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(o.claimResponse, x, p, "claimResponse", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.claimResponse, false, x, p, "claimResponse", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimResponseItemAdjudication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item.adjudication");
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
      case "reason":
        n++;
        m0 |= 16;
        break;
      case "amount":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 64;
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
  if (!vrt.one(o.category, x, p, "category", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.amount, x, p, "amount", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDecimal(o.value) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_7) && x.c === null)
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        break;
      case "noteNumber":
        n++;
        m0 |= 32;
        break;
      case "adjudication":
        n++;
        m0 |= 128;
        break;
      case "subDetail":
        n++;
        m0 |= 256;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequenceLinkId) && (m0 & 16) === 0)) {
    if (!vrt.prim(
      o.sequenceLinkId,
      o._sequenceLinkId,
      x,
      p,
      "sequenceLinkId",
      d,
      1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_8
    ) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_8
    ) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.subDetail, x, p, "subDetail", d, 0, -1, checkClaimResponseItemDetailSubDetail) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimResponseAddItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.addItem.detail");
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
      case "revenue":
        n++;
        m0 |= 8;
        break;
      case "category":
        n++;
        m0 |= 16;
        break;
      case "service":
        n++;
        m0 |= 32;
        break;
      case "modifier":
        n++;
        m0 |= 64;
        break;
      case "fee":
        n++;
        m0 |= 128;
        break;
      case "noteNumber":
        n++;
        m0 |= 256;
        break;
      case "adjudication":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.fee, x, p, "fee", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_9
    ) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimResponseItemDetailSubDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item.detail.subDetail");
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
      case "sequenceLinkId":
        n++;
        m0 |= 8;
        break;
      case "noteNumber":
        n++;
        m0 |= 32;
        break;
      case "adjudication":
        n++;
        m0 |= 128;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequenceLinkId) && (m0 & 16) === 0)) {
    if (!vrt.prim(
      o.sequenceLinkId,
      o._sequenceLinkId,
      x,
      p,
      "sequenceLinkId",
      d,
      1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_10
    ) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!vrt.prims(
      o.noteNumber,
      o._noteNumber,
      x,
      p,
      "noteNumber",
      d,
      0,
      -1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_10
    ) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
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
  return fillAndCheck(
    input,
    { resourceType: "ClaimResponse", each: { processNote: { system: { type: "http://hl7.org/fhir/note-type" } } } },
    isClaimResponse,
    validateClaimResponse,
    "ClaimResponse"
  );
}
export {
  buildClaimResponse,
  checkClaimResponse,
  checkClaimResponseAddItem,
  checkClaimResponseAddItemDetail,
  checkClaimResponseError,
  checkClaimResponseInsurance,
  checkClaimResponseItem,
  checkClaimResponseItemAdjudication,
  checkClaimResponseItemDetail,
  checkClaimResponseItemDetailSubDetail,
  checkClaimResponsePayment,
  checkClaimResponseProcessNote,
  isClaimResponse,
  validateClaimResponse
};
