import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_authoredOn",
  "_id",
  "_implicitRules",
  "_language",
  "_occurrenceDateTime",
  "_priority",
  "_status",
  "authoredOn",
  "basedOn",
  "codeCodeableConcept",
  "codeReference",
  "contained",
  "context",
  "definition",
  "extension",
  "groupIdentifier",
  "id",
  "identifier",
  "implicitRules",
  "intent",
  "language",
  "meta",
  "modifierExtension",
  "note",
  "occurrenceDateTime",
  "occurrencePeriod",
  "occurrenceTiming",
  "performer",
  "performerType",
  "priorRequest",
  "priority",
  "reasonCode",
  "reasonReference",
  "relevantHistory",
  "requester",
  "resourceType",
  "status",
  "subject",
  "supportingInfo",
  "text"
]);
const OWNER_0 = { paths: ["DeviceRequest"], type: "DeviceRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["ActivityDefinition", "PlanDefinition"]);
const BINDING_1 = {
  has: vcodes.inCodes116,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-status"
};
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://build.fhir.org/valueset-request-intent.html",
  reason: "http://build.fhir.org/valueset-request-intent.html is not a FHIR ValueSet"
};
const BINDING_2 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-priority"
};
const CHOICE_0 = vrt.choiceVariants(["codeReference", "codeCodeableConcept"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Device"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Device", "Group", "Location", "Patient"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const CHOICE_1 = vrt.choiceVariants([
  "occurrenceDateTime",
  "occurrencePeriod",
  "occurrenceTiming"
]);
const TARGETS_4 = /* @__PURE__ */ new Set([
  "Device",
  "HealthcareService",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson"
]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Provenance"]);
const KEYS_1 = /* @__PURE__ */ new Set(["agent", "extension", "id", "modifierExtension", "onBehalfOf"]);
const OWNER_1 = { paths: ["DeviceRequest.requester"], type: "BackboneElement", exact: true };
const TARGETS_6 = /* @__PURE__ */ new Set(["Device", "Organization", "Practitioner"]);
const TARGETS_7 = /* @__PURE__ */ new Set(["Organization"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DeviceRequest",
      check: checkDeviceRequest,
      type: "DeviceRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDeviceRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DeviceRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DeviceRequest") && x.c === null) return false;
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
  if (o.priorRequest !== void 0) {
    if (!vrt.many(o.priorRequest, x, p, "priorRequest", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.groupIdentifier !== void 0) {
    if (!vrt.one(o.groupIdentifier, x, p, "groupIdentifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(o.intent, x, p, "intent", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  if (o.priority !== void 0 || o._priority !== void 0) {
    if (!(vrt.isValidCode(o.priority) && o._priority === void 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "code", 1) && x.c === null) return false;
  if (o.codeReference !== void 0) {
    if (!vrt.one(o.codeReference, x, p, "code.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.codeReference, false, x, p, "code.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.codeCodeableConcept !== void 0) {
    if (!vrt.one(o.codeCodeableConcept, x, p, "code.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
    return false;
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "occurrence", 0) && x.c === null) return false;
  if (o.occurrenceDateTime !== void 0 || o._occurrenceDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && o._occurrenceDateTime === void 0)) {
      if (!vrt.prim(
        o.occurrenceDateTime,
        o._occurrenceDateTime,
        x,
        p,
        "occurrence.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.occurrencePeriod !== void 0) {
    if (!vrt.one(o.occurrencePeriod, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null)
      return false;
  }
  if (o.occurrenceTiming !== void 0) {
    if (!vrt.one(o.occurrenceTiming, x, p, "occurrence.ofType(Timing)", d, 0, checkTiming) && x.c === null)
      return false;
  }
  if (o.authoredOn !== void 0 || o._authoredOn !== void 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && o._authoredOn === void 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.requester !== void 0) {
    if (!vrt.one(o.requester, x, p, "requester", d, 0, checkDeviceRequestRequester) && x.c === null) return false;
  }
  if (o.performerType !== void 0) {
    if (!vrt.one(o.performerType, x, p, "performerType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.performer !== void 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.reasonCode !== void 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reasonReference !== void 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.supportingInfo !== void 0) {
    if (!vrt.many(o.supportingInfo, x, p, "supportingInfo", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (o.relevantHistory !== void 0) {
    if (!vrt.many(o.relevantHistory, x, p, "relevantHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.relevantHistory, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkDeviceRequestRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DeviceRequest.requester");
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
  if (!vrt.one(o.agent, x, p, "agent", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.agent, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  if (o.onBehalfOf !== void 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  return true;
}
function validateDeviceRequest(value, options) {
  return vrt.validateWith(value, "DeviceRequest", checkDeviceRequest, true, options, REGISTRY_0);
}
function isDeviceRequest(value, options) {
  return vrt.testWith(value, checkDeviceRequest, true, options, REGISTRY_0);
}
function buildDeviceRequest(input) {
  return fillAndCheck(
    input,
    { resourceType: "DeviceRequest" },
    isDeviceRequest,
    validateDeviceRequest,
    "DeviceRequest"
  );
}
export {
  buildDeviceRequest,
  checkDeviceRequest,
  checkDeviceRequestRequester,
  isDeviceRequest,
  validateDeviceRequest
};
