import { checkDataRequirement } from "./DataRequirement.js";
import { checkReference } from "./Reference.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_eventName",
  "_eventTimingDate",
  "_eventTimingDateTime",
  "_type",
  "eventData",
  "eventName",
  "eventTimingDate",
  "eventTimingDateTime",
  "eventTimingReference",
  "eventTimingTiming",
  "extension",
  "id",
  "type"
]);
const OWNER_0 = { paths: ["TriggerDefinition"], type: "TriggerDefinition", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes317,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/trigger-type"
};
const CHOICE_0 = vrt.choiceVariants([
  "eventTimingTiming",
  "eventTimingReference",
  "eventTimingDate",
  "eventTimingDateTime"
]);
const TARGETS_0 = /* @__PURE__ */ new Set(["Schedule"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkTriggerDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TriggerDefinition");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_0) && x.c === null) return false;
  if (o.eventName !== void 0 || o._eventName !== void 0) {
    if (!(vrt.isValidString(o.eventName) && o._eventName === void 0)) {
      if (!vrt.prim(o.eventName, o._eventName, x, p, "eventName", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "eventTiming", 0) && x.c === null) return false;
  if (o.eventTimingTiming !== void 0) {
    if (!vrt.one(o.eventTimingTiming, x, p, "eventTiming.ofType(Timing)", d, 0, checkTiming) && x.c === null)
      return false;
  }
  if (o.eventTimingReference !== void 0) {
    if (!vrt.one(o.eventTimingReference, x, p, "eventTiming.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.eventTimingReference,
      false,
      x,
      p,
      "eventTiming.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_0
    ) && x.c === null)
      return false;
  }
  if (o.eventTimingDate !== void 0 || o._eventTimingDate !== void 0) {
    if (!(vrt.isValidDate(o.eventTimingDate) && o._eventTimingDate === void 0)) {
      if (!vrt.prim(
        o.eventTimingDate,
        o._eventTimingDate,
        x,
        p,
        "eventTiming.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.eventTimingDateTime !== void 0 || o._eventTimingDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.eventTimingDateTime) && o._eventTimingDateTime === void 0)) {
      if (!vrt.prim(
        o.eventTimingDateTime,
        o._eventTimingDateTime,
        x,
        p,
        "eventTiming.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.eventData !== void 0) {
    if (!vrt.one(o.eventData, x, p, "eventData", d, 0, checkDataRequirement) && x.c === null) return false;
  }
  return true;
}
function validateTriggerDefinition(value, options) {
  return vrt.validateWith(value, "TriggerDefinition", checkTriggerDefinition, false, options, REGISTRY_0);
}
function isTriggerDefinition(value, options) {
  return vrt.testWith(value, checkTriggerDefinition, false, options, REGISTRY_0);
}
export {
  checkTriggerDefinition,
  isTriggerDefinition,
  validateTriggerDefinition
};
