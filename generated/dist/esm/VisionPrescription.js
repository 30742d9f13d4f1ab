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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16;
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
      case "encounter":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "dateWritten":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "prescriber":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "reasonCodeableConcept":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "reasonReference":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "dispense":
        m0 |= 2097152;
        e16 = o[k];
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
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
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
    if (!vrt.one(e10, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDateTime(e12) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e12, o._dateWritten, x, p, "dateWritten", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "prescriber", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "prescriber", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 1572864) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "reason.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e16, x, p, "dispense", d, 0, -1, checkVisionPrescriptionDispense) && x.c === null) return false;
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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17;
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
      case "product":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "eye":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "sphere":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "cylinder":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "axis":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "prism":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "base":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "add":
        n++;
        m0 |= 65536;
        e10 = o[k];
        break;
      case "power":
        n++;
        m0 |= 262144;
        e11 = o[k];
        break;
      case "backCurve":
        n++;
        m0 |= 1048576;
        e12 = o[k];
        break;
      case "diameter":
        n++;
        m0 |= 4194304;
        e13 = o[k];
        break;
      case "duration":
        n++;
        m0 |= 16777216;
        e14 = o[k];
        break;
      case "color":
        n++;
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "brand":
        n++;
        m0 |= 134217728;
        e16 = o[k];
        break;
      case "note":
        n++;
        m0 |= 536870912;
        e17 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "product", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._eye, x, p, "eye", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes321)) {
      if (!vrt.eachWith(e4, false, x, p, "eye", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDecimal(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._sphere, x, p, "sphere", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidDecimal(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._cylinder, x, p, "cylinder", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidInteger(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e7, o._axis, x, p, "axis", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDecimal(e8) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e8, o._prism, x, p, "prism", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e9, o._base, x, p, "base", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes322)) {
      if (!vrt.eachWith(e9, false, x, p, "base", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDecimal(e10) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e10, o._add, x, p, "add", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDecimal(e11) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e11, o._power, x, p, "power", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDecimal(e12) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e12, o._backCurve, x, p, "backCurve", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDecimal(e13) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e13, o._diameter, x, p, "diameter", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e14, x, p, "duration", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e15, o._color, x, p, "color", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e16, o._brand, x, p, "brand", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e17, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
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
