import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_asNeededBoolean",
  "_patientInstruction",
  "_sequence",
  "_text",
  "additionalInstruction",
  "asNeededBoolean",
  "asNeededCodeableConcept",
  "doseQuantity",
  "doseRange",
  "extension",
  "id",
  "maxDosePerAdministration",
  "maxDosePerLifetime",
  "maxDosePerPeriod",
  "method",
  "patientInstruction",
  "rateQuantity",
  "rateRange",
  "rateRatio",
  "route",
  "sequence",
  "site",
  "text",
  "timing"
]);
const OWNER_0 = { paths: ["Dosage"], type: "Dosage", exact: false };
const CHOICE_0 = vrt.choiceVariants(["asNeededBoolean", "asNeededCodeableConcept"]);
const CHOICE_1 = vrt.choiceVariants(["doseRange", "doseQuantity"]);
const CHOICE_2 = vrt.choiceVariants(["rateRatio", "rateRange", "rateQuantity"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDosage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Dosage");
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
  if (o.sequence !== void 0 || o._sequence !== void 0) {
    if (!(vrt.isValidInteger(o.sequence) && o._sequence === void 0)) {
      if (!vrt.prim(o.sequence, o._sequence, x, p, "sequence", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.additionalInstruction !== void 0) {
    if (!vrt.many(o.additionalInstruction, x, p, "additionalInstruction", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.patientInstruction !== void 0 || o._patientInstruction !== void 0) {
    if (!(vrt.isValidString(o.patientInstruction) && o._patientInstruction === void 0)) {
      if (!vrt.prim(
        o.patientInstruction,
        o._patientInstruction,
        x,
        p,
        "patientInstruction",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.timing !== void 0) {
    if (!vrt.one(o.timing, x, p, "timing", d, 0, checkTiming) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "asNeeded", 0) && x.c === null) return false;
  if (o.asNeededBoolean !== void 0 || o._asNeededBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.asNeededBoolean) && o._asNeededBoolean === void 0)) {
      if (!vrt.prim(
        o.asNeededBoolean,
        o._asNeededBoolean,
        x,
        p,
        "asNeeded.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.asNeededCodeableConcept !== void 0) {
    if (!vrt.one(o.asNeededCodeableConcept, x, p, "asNeeded.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.site !== void 0) {
    if (!vrt.one(o.site, x, p, "site", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.route !== void 0) {
    if (!vrt.one(o.route, x, p, "route", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.method !== void 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "dose", 0) && x.c === null) return false;
  if (o.doseRange !== void 0) {
    if (!vrt.one(o.doseRange, x, p, "dose.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.doseQuantity !== void 0) {
    if (!vrt.one(o.doseQuantity, x, p, "dose.ofType(Quantity)", d, 0, checkSimpleQuantity) && x.c === null)
      return false;
  }
  if (o.maxDosePerPeriod !== void 0) {
    if (!vrt.one(o.maxDosePerPeriod, x, p, "maxDosePerPeriod", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.maxDosePerAdministration !== void 0) {
    if (!vrt.one(o.maxDosePerAdministration, x, p, "maxDosePerAdministration", d, 0, checkSimpleQuantity) && x.c === null)
      return false;
  }
  if (o.maxDosePerLifetime !== void 0) {
    if (!vrt.one(o.maxDosePerLifetime, x, p, "maxDosePerLifetime", d, 0, checkSimpleQuantity) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "rate", 0) && x.c === null) return false;
  if (o.rateRatio !== void 0) {
    if (!vrt.one(o.rateRatio, x, p, "rate.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.rateRange !== void 0) {
    if (!vrt.one(o.rateRange, x, p, "rate.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.rateQuantity !== void 0) {
    if (!vrt.one(o.rateQuantity, x, p, "rate.ofType(Quantity)", d, 0, checkSimpleQuantity) && x.c === null)
      return false;
  }
  return true;
}
function validateDosage(value, options) {
  return vrt.validateWith(value, "Dosage", checkDosage, false, options, REGISTRY_0);
}
function isDosage(value, options) {
  return vrt.testWith(value, checkDosage, false, options, REGISTRY_0);
}
export {
  checkDosage,
  isDosage,
  validateDosage
};
