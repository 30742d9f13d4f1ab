var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var Substance_exports = {};
__export(Substance_exports, {
  buildSubstance: () => buildSubstance,
  checkSubstance: () => checkSubstance,
  checkSubstanceIngredient: () => checkSubstanceIngredient,
  checkSubstanceInstance: () => checkSubstanceInstance,
  isSubstance: () => isSubstance,
  validateSubstance: () => validateSubstance
});
module.exports = __toCommonJS(Substance_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_description",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "category",
  "code",
  "contained",
  "description",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "ingredient",
  "instance",
  "language",
  "meta",
  "modifierExtension",
  "resourceType",
  "status",
  "text"
]);
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
  has: vcodes.inCodes298,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/substance-category"
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "_expiry",
  "expiry",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "quantity"
]);
const OWNER_1 = { paths: ["Substance.instance"], type: "BackboneElement", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set([
  "extension",
  "id",
  "modifierExtension",
  "quantity",
  "substanceCodeableConcept",
  "substanceReference"
]);
const OWNER_2 = { paths: ["Substance.ingredient"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants(["substanceCodeableConcept", "substanceReference"]);
const TARGETS_0 = /* @__PURE__ */ new Set(["Substance"]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.instance !== void 0) {
    if (!vrt.many(o.instance, x, p, "instance", d, 0, -1, checkSubstanceInstance) && x.c === null) return false;
  }
  if (o.ingredient !== void 0) {
    if (!vrt.many(o.ingredient, x, p, "ingredient", d, 0, -1, checkSubstanceIngredient) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkSubstanceInstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Substance.instance");
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
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (o.expiry !== void 0 || o._expiry !== void 0) {
    if (!(vrt.isValidDateTime(o.expiry) && o._expiry === void 0)) {
      if (!vrt.prim(o.expiry, o._expiry, x, p, "expiry", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  return true;
}
function checkSubstanceIngredient(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Substance.ingredient");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "substance", 1) && x.c === null) return false;
  if (o.substanceCodeableConcept !== void 0) {
    if (!vrt.one(o.substanceCodeableConcept, x, p, "substance.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.substanceReference !== void 0) {
    if (!vrt.one(o.substanceReference, x, p, "substance.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
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
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Substance" }, isSubstance, validateSubstance, "Substance");
}
