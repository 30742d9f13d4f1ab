import { checkDataRequirement } from "./DataRequirement.js";
import { checkReference } from "./Reference.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
const TARGETS_0 = ["Schedule"];
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
      case "type":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "eventName":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "eventTimingTiming":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "eventTimingReference":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "eventTimingDate":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "eventTimingDateTime":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "eventData":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 8;
        break;
      case "_eventName":
        n++;
        m0 |= 32;
        break;
      case "_eventTimingDate":
        n++;
        m0 |= 512;
        break;
      case "_eventTimingDateTime":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes317)) {
    if (!vrt.eachWith(e2, false, x, p, "type", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._eventName, x, p, "eventName", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 4032) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "eventTiming", 0) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e4, x, p, "eventTiming.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "eventTiming.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "eventTiming.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._eventTimingDate, x, p, "eventTiming.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidDateTime(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        e7,
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
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e8, x, p, "eventData", d, 0, checkDataRequirement) && x.c === null) return false;
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
