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
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Encounter"];
const TARGETS_2 = ["Practitioner"];
const CHOICE_0 = vrt.choiceVariants(["reasonCodeableConcept", "reasonReference"]);
const TARGETS_3 = ["Condition"];
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
  let m0 = 0;
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
      case "encounter":
        m0 |= 32768;
        break;
      case "dateWritten":
        m0 |= 65536;
        break;
      case "prescriber":
        m0 |= 262144;
        break;
      case "reasonCodeableConcept":
        m0 |= 524288;
        break;
      case "reasonReference":
        m0 |= 1048576;
        break;
      case "dispense":
        m0 |= 2097152;
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
      case "_dateWritten":
        m0 |= 131072;
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
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDateTime(o.dateWritten) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.dateWritten, o._dateWritten, x, p, "dateWritten", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.prescriber, x, p, "prescriber", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.prescriber, false, x, p, "prescriber", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 1572864) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.reasonCodeableConcept, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.reasonReference, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.reasonReference, false, x, p, "reason.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.dispense, x, p, "dispense", d, 0, -1, checkVisionPrescriptionDispense) && x.c === null)
      return false;
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
function checkVisionPrescriptionDispense(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "VisionPrescription.dispense");
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
      case "product":
        n++;
        m0 |= 8;
        break;
      case "eye":
        n++;
        m0 |= 16;
        break;
      case "sphere":
        n++;
        m0 |= 64;
        break;
      case "cylinder":
        n++;
        m0 |= 256;
        break;
      case "axis":
        n++;
        m0 |= 1024;
        break;
      case "prism":
        n++;
        m0 |= 4096;
        break;
      case "base":
        n++;
        m0 |= 16384;
        break;
      case "add":
        n++;
        m0 |= 65536;
        break;
      case "power":
        n++;
        m0 |= 262144;
        break;
      case "backCurve":
        n++;
        m0 |= 1048576;
        break;
      case "diameter":
        n++;
        m0 |= 4194304;
        break;
      case "duration":
        n++;
        m0 |= 16777216;
        break;
      case "color":
        n++;
        m0 |= 33554432;
        break;
      case "brand":
        n++;
        m0 |= 134217728;
        break;
      case "note":
        n++;
        m0 |= 536870912;
        break;
      case "_eye":
        n++;
        m0 |= 32;
        break;
      case "_sphere":
        n++;
        m0 |= 128;
        break;
      case "_cylinder":
        n++;
        m0 |= 512;
        break;
      case "_axis":
        n++;
        m0 |= 2048;
        break;
      case "_prism":
        n++;
        m0 |= 8192;
        break;
      case "_base":
        n++;
        m0 |= 32768;
        break;
      case "_add":
        n++;
        m0 |= 131072;
        break;
      case "_power":
        n++;
        m0 |= 524288;
        break;
      case "_backCurve":
        n++;
        m0 |= 2097152;
        break;
      case "_diameter":
        n++;
        m0 |= 8388608;
        break;
      case "_color":
        n++;
        m0 |= 67108864;
        break;
      case "_brand":
        n++;
        m0 |= 268435456;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.product, x, p, "product", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.eye) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.eye, o._eye, x, p, "eye", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.eye, vcodes.inCodes321)) {
      if (!vrt.eachWith(o.eye, false, x, p, "eye", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDecimal(o.sphere) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.sphere, o._sphere, x, p, "sphere", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidDecimal(o.cylinder) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.cylinder, o._cylinder, x, p, "cylinder", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidInteger(o.axis) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.axis, o._axis, x, p, "axis", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDecimal(o.prism) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.prism, o._prism, x, p, "prism", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidCode(o.base) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.base, o._base, x, p, "base", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.base, vcodes.inCodes322)) {
      if (!vrt.eachWith(o.base, false, x, p, "base", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDecimal(o.add) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.add, o._add, x, p, "add", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDecimal(o.power) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.power, o._power, x, p, "power", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDecimal(o.backCurve) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.backCurve, o._backCurve, x, p, "backCurve", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDecimal(o.diameter) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.diameter, o._diameter, x, p, "diameter", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.duration, x, p, "duration", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(o.color) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(o.color, o._color, x, p, "color", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.brand) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(o.brand, o._brand, x, p, "brand", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
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
