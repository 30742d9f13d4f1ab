import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_id",
  "_implicitRules",
  "_language",
  "_notDone",
  "_received",
  "_sent",
  "_status",
  "basedOn",
  "category",
  "contained",
  "context",
  "definition",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "medium",
  "meta",
  "modifierExtension",
  "notDone",
  "notDoneReason",
  "note",
  "partOf",
  "payload",
  "reasonCode",
  "reasonReference",
  "received",
  "recipient",
  "resourceType",
  "sender",
  "sent",
  "status",
  "subject",
  "text",
  "topic"
]);
const OWNER_0 = { paths: ["Communication"], type: "Communication", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["ActivityDefinition", "PlanDefinition"]);
const BINDING_1 = {
  has: vcodes.inCodes122,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/event-status"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_2 = /* @__PURE__ */ new Set([
  "Device",
  "Group",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson"
]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Condition", "Observation"]);
const INVARIANT_0 = vrt.invariant({
  key: "com-1",
  path: "Communication",
  expression: "notDone or notDoneReason.exists().not()",
  severity: "error",
  human: 'Not Done Reason can only be specified if NotDone is "true"'
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpChildOf(n, "notDone", "_notDone"),
  vrt.fpNot(vrt.fpExists(vrt.fpChildOf(n, "notDoneReason", "_notDoneReason")))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const KEYS_1 = /* @__PURE__ */ new Set([
  "_contentString",
  "contentAttachment",
  "contentReference",
  "contentString",
  "extension",
  "id",
  "modifierExtension"
]);
const OWNER_1 = { paths: ["Communication.payload"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "contentString",
  "contentAttachment",
  "contentReference"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Communication",
      check: checkCommunication,
      type: "Communication",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCommunication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Communication");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Communication") && x.c === null) return false;
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
  if (o.definition !== void 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.basedOn !== void 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.partOf !== void 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.notDone !== void 0 || o._notDone !== void 0) {
    if (!(vrt.isValidBoolean(o.notDone) && o._notDone === void 0)) {
      if (!vrt.prim(o.notDone, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.notDoneReason !== void 0) {
    if (!vrt.one(o.notDoneReason, x, p, "notDoneReason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.medium !== void 0) {
    if (!vrt.many(o.medium, x, p, "medium", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.recipient !== void 0) {
    if (!vrt.many(o.recipient, x, p, "recipient", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recipient, true, x, p, "recipient", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.topic !== void 0) {
    if (!vrt.many(o.topic, x, p, "topic", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.sent !== void 0 || o._sent !== void 0) {
    if (!(vrt.isValidDateTime(o.sent) && o._sent === void 0)) {
      if (!vrt.prim(o.sent, o._sent, x, p, "sent", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.received !== void 0 || o._received !== void 0) {
    if (!(vrt.isValidDateTime(o.received) && o._received === void 0)) {
      if (!vrt.prim(o.received, o._received, x, p, "received", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.sender !== void 0) {
    if (!vrt.one(o.sender, x, p, "sender", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.sender, false, x, p, "sender", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.reasonCode !== void 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reasonReference !== void 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.payload !== void 0) {
    if (!vrt.many(o.payload, x, p, "payload", d, 0, -1, checkCommunicationPayload) && x.c === null) return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkCommunicationPayload(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Communication.payload");
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
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "content", 1) && x.c === null) return false;
  if (o.contentString !== void 0 || o._contentString !== void 0) {
    if (!(vrt.isValidString(o.contentString) && o._contentString === void 0)) {
      if (!vrt.prim(
        o.contentString,
        o._contentString,
        x,
        p,
        "content.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (o.contentAttachment !== void 0) {
    if (!vrt.one(o.contentAttachment, x, p, "content.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.contentReference !== void 0) {
    if (!vrt.one(o.contentReference, x, p, "content.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  return true;
}
function validateCommunication(value, options) {
  return vrt.validateWith(value, "Communication", checkCommunication, true, options, REGISTRY_0);
}
function isCommunication(value, options) {
  return vrt.testWith(value, checkCommunication, true, options, REGISTRY_0);
}
function buildCommunication(input) {
  return fillAndCheck(
    input,
    { resourceType: "Communication" },
    isCommunication,
    validateCommunication,
    "Communication"
  );
}
export {
  buildCommunication,
  checkCommunication,
  checkCommunicationPayload,
  isCommunication,
  validateCommunication
};
