import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Substance"], type: "Substance", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes2,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/substance-status"
};
const BINDING_2 = {
  has: vcodes.inCodings298,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/substance-category"
};
const OWNER_1 = { paths: ["Substance.instance"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["Substance.ingredient"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants(["substanceCodeableConcept", "substanceReference"]);
const TARGETS_0 = ["Substance"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Substance", check: checkSubstance, type: "Substance", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSubstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Substance");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Substance") && x.c === null) return false;
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
      case "category":
        m0 |= 16384;
        break;
      case "code":
        m0 |= 32768;
        break;
      case "description":
        m0 |= 65536;
        break;
      case "instance":
        m0 |= 262144;
        break;
      case "ingredient":
        m0 |= 524288;
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
      case "_description":
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
    if (!vrt.codeIn(o.status, vcodes.inCodes2)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(o.instance, x, p, "instance", d, 0, -1, checkSubstanceInstance) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.ingredient, x, p, "ingredient", d, 0, -1, checkSubstanceIngredient) && x.c === null) return false;
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
function checkSubstanceInstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Substance.instance");
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
      case "identifier":
        n++;
        m0 |= 8;
        break;
      case "expiry":
        n++;
        m0 |= 16;
        break;
      case "quantity":
        n++;
        m0 |= 64;
        break;
      case "_expiry":
        n++;
        m0 |= 32;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(o.expiry) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.expiry, o._expiry, x, p, "expiry", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  return true;
}
function checkSubstanceIngredient(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Substance.ingredient");
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
      case "quantity":
        n++;
        m0 |= 8;
        break;
      case "substanceCodeableConcept":
        n++;
        m0 |= 16;
        break;
      case "substanceReference":
        n++;
        m0 |= 32;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkRatio) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "substance", 1) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.substanceCodeableConcept, x, p, "substance.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.substanceReference, x, p, "substance.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.substanceReference,
      false,
      x,
      p,
      "substance.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_0
    ) && x.c === null)
      return false;
  }
  return true;
}
function validateSubstance(value, options) {
  return vrt.validateWith(value, "Substance", checkSubstance, true, options, REGISTRY_0);
}
function isSubstance(value, options) {
  return vrt.testWith(value, checkSubstance, true, options, REGISTRY_0);
}
function buildSubstance(input) {
  return fillAndCheck(input, { resourceType: "Substance" }, isSubstance, validateSubstance, "Substance");
}
export {
  buildSubstance,
  checkSubstance,
  checkSubstanceIngredient,
  checkSubstanceInstance,
  isSubstance,
  validateSubstance
};
