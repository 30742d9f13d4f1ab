import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["NutritionOrder"], type: "NutritionOrder", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes259,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/nutrition-request-status"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Encounter"];
const TARGETS_2 = ["Practitioner"];
const TARGETS_3 = ["AllergyIntolerance"];
const INVARIANT_0 = vrt.invariant({
  key: "nor-1",
  path: "NutritionOrder",
  expression: "oralDiet.exists() or supplement.exists() or enteralFormula.exists()",
  severity: "warning",
  human: "Nutrition Order SHALL contain either Oral Diet , Supplement, or Enteral Formula class"
});
const OWNER_1 = { paths: ["NutritionOrder.oralDiet"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["NutritionOrder.supplement"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["NutritionOrder.enteralFormula"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodings260,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/enteral-route"
};
const OWNER_4 = {
  paths: ["NutritionOrder.oralDiet.nutrient"],
  type: "BackboneElement",
  exact: true
};
const OWNER_5 = {
  paths: ["NutritionOrder.oralDiet.texture"],
  type: "BackboneElement",
  exact: true
};
const OWNER_6 = {
  paths: ["NutritionOrder.enteralFormula.administration"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_0 = vrt.choiceVariants(["rateQuantity", "rateRatio"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/NutritionOrder",
      check: checkNutritionOrder,
      type: "NutritionOrder",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkNutritionOrder(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NutritionOrder");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "NutritionOrder") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19;
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
      case "dateTime":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "orderer":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "allergyIntolerance":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "foodPreferenceModifier":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "excludeFoodModifier":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "oralDiet":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "supplement":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "enteralFormula":
        m0 |= 16777216;
        e19 = o[k];
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
      case "_dateTime":
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
    if (!vrt.codeIn(e9, vcodes.inCodes259)) {
      if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if (!vrt.one(e10, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e10, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (!(vrt.isValidDateTime(e12) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e12, o._dateTime, x, p, "dateTime", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "orderer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "orderer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e14, x, p, "allergyIntolerance", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "allergyIntolerance", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e15, x, p, "foodPreferenceModifier", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e16, x, p, "excludeFoodModifier", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "oralDiet", d, 0, checkNutritionOrderOralDiet) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e18, x, p, "supplement", d, 0, -1, checkNutritionOrderSupplement) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e19, x, p, "enteralFormula", d, 0, checkNutritionOrderEnteralFormula) && x.c === null) return false;
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
  if (x.c !== null) {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(
          vrt.fpSizeOfValue(o["_oralDiet"], o["oralDiet"]) > 0,
          vrt.fpSizeOfValue(o["_supplement"], o["supplement"]) > 0
        ),
        vrt.fpSizeOfValue(o["_enteralFormula"], o["enteralFormula"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkNutritionOrderOralDiet(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NutritionOrder.oralDiet");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "schedule":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "nutrient":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "texture":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "fluidConsistencyType":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "instruction":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "_instruction":
        n++;
        m0 |= 512;
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
    if (!vrt.many(e3, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "schedule", d, 0, -1, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e5, x, p, "nutrient", d, 0, -1, checkNutritionOrderOralDietNutrient) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e6, x, p, "texture", d, 0, -1, checkNutritionOrderOralDietTexture) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e7, x, p, "fluidConsistencyType", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 512) === 0)) {
      if (!vrt.prim(e8, o._instruction, x, p, "instruction", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkNutritionOrderSupplement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NutritionOrder.supplement");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "productName":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "schedule":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "instruction":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "_productName":
        n++;
        m0 |= 32;
        break;
      case "_instruction":
        n++;
        m0 |= 512;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._productName, x, p, "productName", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e5, x, p, "schedule", d, 0, -1, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 512) === 0)) {
      if (!vrt.prim(e7, o._instruction, x, p, "instruction", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkNutritionOrderEnteralFormula(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NutritionOrder.enteralFormula");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11;
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
      case "baseFormulaType":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "baseFormulaProductName":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "additiveType":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "additiveProductName":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "caloricDensity":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "routeofAdministration":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "administration":
        n++;
        m0 |= 2048;
        e9 = o[k];
        break;
      case "maxVolumeToDeliver":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "administrationInstruction":
        n++;
        m0 |= 8192;
        e11 = o[k];
        break;
      case "_baseFormulaProductName":
        n++;
        m0 |= 32;
        break;
      case "_additiveProductName":
        n++;
        m0 |= 256;
        break;
      case "_administrationInstruction":
        n++;
        m0 |= 16384;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "baseFormulaType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        e4,
        o._baseFormulaProductName,
        x,
        p,
        "baseFormulaProductName",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "additiveType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        e6,
        o._additiveProductName,
        x,
        p,
        "additiveProductName",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e7, x, p, "caloricDensity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e8, x, p, "routeofAdministration", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "routeofAdministration", vrt.checkConcept, BINDING_2) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e9, x, p, "administration", d, 0, -1, checkNutritionOrderEnteralFormulaAdministration) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e10, x, p, "maxVolumeToDeliver", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        e11,
        o._administrationInstruction,
        x,
        p,
        "administrationInstruction",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkNutritionOrderOralDietNutrient(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NutritionOrder.oralDiet.nutrient");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "modifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "amount":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "modifier", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "amount", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  return true;
}
function checkNutritionOrderOralDietTexture(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NutritionOrder.oralDiet.texture");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "modifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "foodType":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "modifier", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "foodType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkNutritionOrderEnteralFormulaAdministration(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NutritionOrder.enteralFormula.administration");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "schedule":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "quantity":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "rateQuantity":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "rateRatio":
        n++;
        m0 |= 64;
        e6 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "schedule", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 96) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "rate", 0) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "rate.ofType(Quantity)", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "rate.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  return true;
}
function validateNutritionOrder(value, options) {
  return vrt.validateWith(value, "NutritionOrder", checkNutritionOrder, true, options, REGISTRY_0);
}
function isNutritionOrder(value, options) {
  return vrt.testWith(value, checkNutritionOrder, true, options, REGISTRY_0);
}
function buildNutritionOrder(input) {
  return fillAndCheck(
    input,
    { resourceType: "NutritionOrder" },
    isNutritionOrder,
    validateNutritionOrder,
    "NutritionOrder"
  );
}
export {
  buildNutritionOrder,
  checkNutritionOrder,
  checkNutritionOrderEnteralFormula,
  checkNutritionOrderEnteralFormulaAdministration,
  checkNutritionOrderOralDiet,
  checkNutritionOrderOralDietNutrient,
  checkNutritionOrderOralDietTexture,
  checkNutritionOrderSupplement,
  isNutritionOrder,
  validateNutritionOrder
};
