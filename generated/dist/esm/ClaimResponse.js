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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_created",
  "_disposition",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "addItem",
  "communicationRequest",
  "contained",
  "created",
  "disposition",
  "error",
  "extension",
  "form",
  "id",
  "identifier",
  "implicitRules",
  "insurance",
  "insurer",
  "item",
  "language",
  "meta",
  "modifierExtension",
  "outcome",
  "patient",
  "payeeType",
  "payment",
  "processNote",
  "request",
  "requestOrganization",
  "requestProvider",
  "reserved",
  "resourceType",
  "status",
  "text",
  "totalBenefit",
  "totalCost",
  "unallocDeductable"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Claim"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["CommunicationRequest"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_noteNumber",
  "_sequenceLinkId",
  "adjudication",
  "detail",
  "extension",
  "id",
  "modifierExtension",
  "noteNumber",
  "sequenceLinkId"
]);
const OWNER_1 = { paths: ["ClaimResponse.item"], type: "BackboneElement", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set([
  "_noteNumber",
  "_sequenceLinkId",
  "adjudication",
  "category",
  "detail",
  "extension",
  "fee",
  "id",
  "modifier",
  "modifierExtension",
  "noteNumber",
  "revenue",
  "sequenceLinkId",
  "service"
]);
const OWNER_2 = { paths: ["ClaimResponse.addItem"], type: "BackboneElement", exact: true };
const KEYS_3 = /* @__PURE__ */ new Set([
  "_detailSequenceLinkId",
  "_sequenceLinkId",
  "_subdetailSequenceLinkId",
  "code",
  "detailSequenceLinkId",
  "extension",
  "id",
  "modifierExtension",
  "sequenceLinkId",
  "subdetailSequenceLinkId"
]);
const OWNER_3 = { paths: ["ClaimResponse.error"], type: "BackboneElement", exact: true };
const KEYS_4 = /* @__PURE__ */ new Set([
  "_date",
  "adjustment",
  "adjustmentReason",
  "amount",
  "date",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "type"
]);
const OWNER_4 = { paths: ["ClaimResponse.payment"], type: "BackboneElement", exact: true };
const KEYS_5 = /* @__PURE__ */ new Set([
  "_number",
  "_text",
  "extension",
  "id",
  "language",
  "modifierExtension",
  "number",
  "text",
  "type"
]);
const OWNER_5 = { paths: ["ClaimResponse.processNote"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes133,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/note-type"
};
const BINDING_3 = {
  has: vcodes.inCodes134,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const KEYS_6 = /* @__PURE__ */ new Set([
  "_businessArrangement",
  "_focal",
  "_preAuthRef",
  "_sequence",
  "businessArrangement",
  "claimResponse",
  "coverage",
  "extension",
  "focal",
  "id",
  "modifierExtension",
  "preAuthRef",
  "sequence"
]);
const OWNER_6 = { paths: ["ClaimResponse.insurance"], type: "BackboneElement", exact: true };
const TARGETS_5 = /* @__PURE__ */ new Set(["Coverage"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["ClaimResponse"]);
const KEYS_7 = /* @__PURE__ */ new Set([
  "_value",
  "amount",
  "category",
  "extension",
  "id",
  "modifierExtension",
  "reason",
  "value"
]);
const OWNER_7 = {
  paths: ["ClaimResponse.item.adjudication"],
  type: "BackboneElement",
  exact: true
};
const KEYS_8 = /* @__PURE__ */ new Set([
  "_noteNumber",
  "_sequenceLinkId",
  "adjudication",
  "extension",
  "id",
  "modifierExtension",
  "noteNumber",
  "sequenceLinkId",
  "subDetail"
]);
const OWNER_8 = { paths: ["ClaimResponse.item.detail"], type: "BackboneElement", exact: true };
const KEYS_9 = /* @__PURE__ */ new Set([
  "_noteNumber",
  "adjudication",
  "category",
  "extension",
  "fee",
  "id",
  "modifier",
  "modifierExtension",
  "noteNumber",
  "revenue",
  "service"
]);
const OWNER_9 = { paths: ["ClaimResponse.addItem.detail"], type: "BackboneElement", exact: true };
const KEYS_10 = /* @__PURE__ */ new Set([
  "_noteNumber",
  "_sequenceLinkId",
  "adjudication",
  "extension",
  "id",
  "modifierExtension",
  "noteNumber",
  "sequenceLinkId"
]);
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
  if (o.patient !== void 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.created !== void 0 || o._created !== void 0) {
    if (!(vrt.isValidDateTime(o.created) && o._created === void 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.insurer !== void 0) {
    if (!vrt.one(o.insurer, x, p, "insurer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.insurer, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.requestProvider !== void 0) {
    if (!vrt.one(o.requestProvider, x, p, "requestProvider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.requestProvider, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.requestOrganization !== void 0) {
    if (!vrt.one(o.requestOrganization, x, p, "requestOrganization", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.requestOrganization, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.request !== void 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.request, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.outcome !== void 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.disposition !== void 0 || o._disposition !== void 0) {
    if (!(vrt.isValidString(o.disposition) && o._disposition === void 0)) {
      if (!vrt.prim(o.disposition, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.payeeType !== void 0) {
    if (!vrt.one(o.payeeType, x, p, "payeeType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.item !== void 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkClaimResponseItem) && x.c === null) return false;
  }
  if (o.addItem !== void 0) {
    if (!vrt.many(o.addItem, x, p, "addItem", d, 0, -1, checkClaimResponseAddItem) && x.c === null) return false;
  }
  if (o.error !== void 0) {
    if (!vrt.many(o.error, x, p, "error", d, 0, -1, checkClaimResponseError) && x.c === null) return false;
  }
  if (o.totalCost !== void 0) {
    if (!vrt.one(o.totalCost, x, p, "totalCost", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.unallocDeductable !== void 0) {
    if (!vrt.one(o.unallocDeductable, x, p, "unallocDeductable", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.totalBenefit !== void 0) {
    if (!vrt.one(o.totalBenefit, x, p, "totalBenefit", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.payment !== void 0) {
    if (!vrt.one(o.payment, x, p, "payment", d, 0, checkClaimResponsePayment) && x.c === null) return false;
  }
  if (o.reserved !== void 0) {
    if (!vrt.one(o.reserved, x, p, "reserved", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.form !== void 0) {
    if (!vrt.one(o.form, x, p, "form", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.processNote !== void 0) {
    if (!vrt.many(o.processNote, x, p, "processNote", d, 0, -1, checkClaimResponseProcessNote) && x.c === null)
      return false;
  }
  if (o.communicationRequest !== void 0) {
    if (!vrt.many(o.communicationRequest, x, p, "communicationRequest", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.communicationRequest, true, x, p, "communicationRequest", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.insurance !== void 0) {
    if (!vrt.many(o.insurance, x, p, "insurance", d, 0, -1, checkClaimResponseInsurance) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkClaimResponseItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item");
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
  if (!(vrt.isValidPositiveInt(o.sequenceLinkId) && o._sequenceLinkId === void 0)) {
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
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
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
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  if (o.detail !== void 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkClaimResponseItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseAddItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.addItem");
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
  if (o.sequenceLinkId !== void 0 || o._sequenceLinkId !== void 0) {
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
  if (o.revenue !== void 0) {
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.service !== void 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.modifier !== void 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.fee !== void 0) {
    if (!vrt.one(o.fee, x, p, "fee", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
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
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  if (o.detail !== void 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkClaimResponseAddItemDetail) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseError(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.error");
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
  if (o.sequenceLinkId !== void 0 || o._sequenceLinkId !== void 0) {
    if (!(vrt.isValidPositiveInt(o.sequenceLinkId) && o._sequenceLinkId === void 0)) {
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
  if (o.detailSequenceLinkId !== void 0 || o._detailSequenceLinkId !== void 0) {
    if (!(vrt.isValidPositiveInt(o.detailSequenceLinkId) && o._detailSequenceLinkId === void 0)) {
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
  if (o.subdetailSequenceLinkId !== void 0 || o._subdetailSequenceLinkId !== void 0) {
    if (!(vrt.isValidPositiveInt(o.subdetailSequenceLinkId) && o._subdetailSequenceLinkId === void 0)) {
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
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
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
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.adjustment !== void 0) {
    if (!vrt.one(o.adjustment, x, p, "adjustment", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.adjustmentReason !== void 0) {
    if (!vrt.one(o.adjustmentReason, x, p, "adjustmentReason", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDate(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.amount !== void 0) {
    if (!vrt.one(o.amount, x, p, "amount", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseProcessNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.processNote");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (o.number !== void 0 || o._number !== void 0) {
    if (!(vrt.isValidPositiveInt(o.number) && o._number === void 0)) {
      if (!vrt.prim(o.number, o._number, x, p, "number", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0) {
    if (!vrt.one(o.language, x, p, "language", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  return true;
}
function checkClaimResponseInsurance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.insurance");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequence) && o._sequence === void 0)) {
    if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_6) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.focal) && o._focal === void 0)) {
    if (!vrt.prim(o.focal, o._focal, x, p, "focal", d, 1, vrt.isValidBoolean, "boolean", OWNER_6) && x.c === null)
      return false;
  }
  if (!vrt.one(o.coverage, x, p, "coverage", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
    return false;
  if (o.businessArrangement !== void 0 || o._businessArrangement !== void 0) {
    if (!(vrt.isValidString(o.businessArrangement) && o._businessArrangement === void 0)) {
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
  if (o.preAuthRef !== void 0 || o._preAuthRef !== void 0) {
    if (!vrt.prims(o.preAuthRef, o._preAuthRef, x, p, "preAuthRef", d, 0, -1, vrt.isValidString, "string", OWNER_6) && x.c === null)
      return false;
  }
  if (o.claimResponse !== void 0) {
    if (!vrt.one(o.claimResponse, x, p, "claimResponse", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.claimResponse, false, x, p, "claimResponse", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimResponseItemAdjudication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item.adjudication");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_7, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.category, x, p, "category", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (o.reason !== void 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.amount !== void 0) {
    if (!vrt.one(o.amount, x, p, "amount", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.value !== void 0 || o._value !== void 0) {
    if (!(vrt.isValidDecimal(o.value) && o._value === void 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkClaimResponseItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item.detail");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_8, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequenceLinkId) && o._sequenceLinkId === void 0)) {
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
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
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
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  if (o.subDetail !== void 0) {
    if (!vrt.many(o.subDetail, x, p, "subDetail", d, 0, -1, checkClaimResponseItemDetailSubDetail) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimResponseAddItemDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.addItem.detail");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_9, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null)
      return false;
  }
  if (o.revenue !== void 0) {
    if (!vrt.one(o.revenue, x, p, "revenue", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.service !== void 0) {
    if (!vrt.one(o.service, x, p, "service", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.modifier !== void 0) {
    if (!vrt.many(o.modifier, x, p, "modifier", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.fee !== void 0) {
    if (!vrt.one(o.fee, x, p, "fee", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
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
  if (o.adjudication !== void 0) {
    if (!vrt.many(o.adjudication, x, p, "adjudication", d, 0, -1, checkClaimResponseItemAdjudication) && x.c === null)
      return false;
  }
  return true;
}
function checkClaimResponseItemDetailSubDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClaimResponse.item.detail.subDetail");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_10, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidPositiveInt(o.sequenceLinkId) && o._sequenceLinkId === void 0)) {
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
  if (o.noteNumber !== void 0 || o._noteNumber !== void 0) {
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
  if (o.adjudication !== void 0) {
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
