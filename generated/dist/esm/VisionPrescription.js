import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_dateWritten",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "contained",
  "dateWritten",
  "dispense",
  "encounter",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "patient",
  "prescriber",
  "reasonCodeableConcept",
  "reasonReference",
  "resourceType",
  "status",
  "text"
]);
const OWNER_0 = { paths: ["VisionPrescription"], type: "VisionPrescription", exact: true };
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
const TARGETS_1 = /* @__PURE__ */ new Set(["Encounter"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Practitioner"]);
const CHOICE_0 = vrt.choiceVariants(["reasonCodeableConcept", "reasonReference"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Condition"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_add",
  "_axis",
  "_backCurve",
  "_base",
  "_brand",
  "_color",
  "_cylinder",
  "_diameter",
  "_eye",
  "_power",
  "_prism",
  "_sphere",
  "add",
  "axis",
  "backCurve",
  "base",
  "brand",
  "color",
  "cylinder",
  "diameter",
  "duration",
  "extension",
  "eye",
  "id",
  "modifierExtension",
  "note",
  "power",
  "prism",
  "product",
  "sphere"
]);
const OWNER_1 = { paths: ["VisionPrescription.dispense"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes321,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/vision-eye-codes"
};
const BINDING_3 = {
  has: vcodes.inCodes322,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/vision-base-codes"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/VisionPrescription",
      check: checkVisionPrescription,
      type: "VisionPrescription",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkVisionPrescription(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "VisionPrescription");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "VisionPrescription") && x.c === null) return false;
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
  if (o.encounter !== void 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.dateWritten !== void 0 || o._dateWritten !== void 0) {
    if (!(vrt.isValidDateTime(o.dateWritten) && o._dateWritten === void 0)) {
      if (!vrt.prim(o.dateWritten, o._dateWritten, x, p, "dateWritten", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.prescriber !== void 0) {
    if (!vrt.one(o.prescriber, x, p, "prescriber", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.prescriber, false, x, p, "prescriber", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "reason", 0) && x.c === null) return false;
  if (o.reasonCodeableConcept !== void 0) {
    if (!vrt.one(o.reasonCodeableConcept, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.reasonReference !== void 0) {
    if (!vrt.one(o.reasonReference, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.reasonReference, false, x, p, "reason.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.dispense !== void 0) {
    if (!vrt.many(o.dispense, x, p, "dispense", d, 0, -1, checkVisionPrescriptionDispense) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkVisionPrescriptionDispense(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "VisionPrescription.dispense");
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
  if (o.product !== void 0) {
    if (!vrt.one(o.product, x, p, "product", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.eye !== void 0 || o._eye !== void 0) {
    if (!(vrt.isValidCode(o.eye) && o._eye === void 0)) {
      if (!vrt.prim(o.eye, o._eye, x, p, "eye", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.eachWith(o.eye, false, x, p, "eye", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.sphere !== void 0 || o._sphere !== void 0) {
    if (!(vrt.isValidDecimal(o.sphere) && o._sphere === void 0)) {
      if (!vrt.prim(o.sphere, o._sphere, x, p, "sphere", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.cylinder !== void 0 || o._cylinder !== void 0) {
    if (!(vrt.isValidDecimal(o.cylinder) && o._cylinder === void 0)) {
      if (!vrt.prim(o.cylinder, o._cylinder, x, p, "cylinder", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.axis !== void 0 || o._axis !== void 0) {
    if (!(vrt.isValidInteger(o.axis) && o._axis === void 0)) {
      if (!vrt.prim(o.axis, o._axis, x, p, "axis", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.prism !== void 0 || o._prism !== void 0) {
    if (!(vrt.isValidDecimal(o.prism) && o._prism === void 0)) {
      if (!vrt.prim(o.prism, o._prism, x, p, "prism", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.base !== void 0 || o._base !== void 0) {
    if (!(vrt.isValidCode(o.base) && o._base === void 0)) {
      if (!vrt.prim(o.base, o._base, x, p, "base", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.base, false, x, p, "base", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (o.add !== void 0 || o._add !== void 0) {
    if (!(vrt.isValidDecimal(o.add) && o._add === void 0)) {
      if (!vrt.prim(o.add, o._add, x, p, "add", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.power !== void 0 || o._power !== void 0) {
    if (!(vrt.isValidDecimal(o.power) && o._power === void 0)) {
      if (!vrt.prim(o.power, o._power, x, p, "power", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.backCurve !== void 0 || o._backCurve !== void 0) {
    if (!(vrt.isValidDecimal(o.backCurve) && o._backCurve === void 0)) {
      if (!vrt.prim(o.backCurve, o._backCurve, x, p, "backCurve", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.diameter !== void 0 || o._diameter !== void 0) {
    if (!(vrt.isValidDecimal(o.diameter) && o._diameter === void 0)) {
      if (!vrt.prim(o.diameter, o._diameter, x, p, "diameter", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.duration !== void 0) {
    if (!vrt.one(o.duration, x, p, "duration", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.color !== void 0 || o._color !== void 0) {
    if (!(vrt.isValidString(o.color) && o._color === void 0)) {
      if (!vrt.prim(o.color, o._color, x, p, "color", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.brand !== void 0 || o._brand !== void 0) {
    if (!(vrt.isValidString(o.brand) && o._brand === void 0)) {
      if (!vrt.prim(o.brand, o._brand, x, p, "brand", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  return true;
}
function validateVisionPrescription(value, options) {
  return vrt.validateWith(value, "VisionPrescription", checkVisionPrescription, true, options, REGISTRY_0);
}
function isVisionPrescription(value, options) {
  return vrt.testWith(value, checkVisionPrescription, true, options, REGISTRY_0);
}
function buildVisionPrescription(input) {
  return fillAndCheck(
    input,
    { resourceType: "VisionPrescription" },
    isVisionPrescription,
    validateVisionPrescription,
    "VisionPrescription"
  );
}
export {
  buildVisionPrescription,
  checkVisionPrescription,
  checkVisionPrescriptionDispense,
  isVisionPrescription,
  validateVisionPrescription
};
