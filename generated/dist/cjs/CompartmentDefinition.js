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
var CompartmentDefinition_exports = {};
__export(CompartmentDefinition_exports, {
  buildCompartmentDefinition: () => buildCompartmentDefinition,
  checkCompartmentDefinition: () => checkCompartmentDefinition,
  checkCompartmentDefinitionResource: () => checkCompartmentDefinitionResource,
  isCompartmentDefinition: () => isCompartmentDefinition,
  validateCompartmentDefinition: () => validateCompartmentDefinition
});
module.exports = __toCommonJS(CompartmentDefinition_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_fill = require("./runtime/build/fill.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_code",
  "_date",
  "_description",
  "_experimental",
  "_id",
  "_implicitRules",
  "_language",
  "_name",
  "_publisher",
  "_purpose",
  "_search",
  "_status",
  "_title",
  "_url",
  "code",
  "contact",
  "contained",
  "date",
  "description",
  "experimental",
  "extension",
  "id",
  "implicitRules",
  "jurisdiction",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "publisher",
  "purpose",
  "resource",
  "resourceType",
  "search",
  "status",
  "text",
  "title",
  "url",
  "useContext"
]);
const OWNER_0 = { paths: ["CompartmentDefinition"], type: "CompartmentDefinition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes3,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/publication-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const BINDING_2 = {
  has: vcodes.inCodes142,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/compartment-type"
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "_code",
  "_documentation",
  "_param",
  "code",
  "documentation",
  "extension",
  "id",
  "modifierExtension",
  "param"
]);
const OWNER_1 = { paths: ["CompartmentDefinition.resource"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/CompartmentDefinition",
      check: checkCompartmentDefinition,
      type: "CompartmentDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCompartmentDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CompartmentDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "CompartmentDefinition") && x.c === null) return false;
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
  if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
    if (!vrt.prim(o.url, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (o.title !== void 0 || o._title !== void 0) {
    if (!(vrt.isValidString(o.title) && o._title === void 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.experimental !== void 0 || o._experimental !== void 0) {
    if (!(vrt.isValidBoolean(o.experimental) && o._experimental === void 0)) {
      if (!vrt.prim(
        o.experimental,
        o._experimental,
        x,
        p,
        "experimental",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.publisher !== void 0 || o._publisher !== void 0) {
    if (!(vrt.isValidString(o.publisher) && o._publisher === void 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.contact !== void 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidMarkdown(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.purpose !== void 0 || o._purpose !== void 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && o._purpose === void 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.useContext !== void 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if (o.jurisdiction !== void 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (!(vrt.isValidBoolean(o.search) && o._search === void 0)) {
    if (!vrt.prim(o.search, o._search, x, p, "search", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (o.resource !== void 0) {
    if (!vrt.many(o.resource, x, p, "resource", d, 0, -1, checkCompartmentDefinitionResource) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkCompartmentDefinitionResource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CompartmentDefinition.resource");
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
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if (o.param !== void 0 || o._param !== void 0) {
    if (!vrt.prims(o.param, o._param, x, p, "param", d, 0, -1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if (o.documentation !== void 0 || o._documentation !== void 0) {
    if (!(vrt.isValidString(o.documentation) && o._documentation === void 0)) {
      if (!vrt.prim(
        o.documentation,
        o._documentation,
        x,
        p,
        "documentation",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCompartmentDefinition(value, options) {
  return vrt.validateWith(value, "CompartmentDefinition", checkCompartmentDefinition, true, options, REGISTRY_0);
}
function isCompartmentDefinition(value, options) {
  return vrt.testWith(value, checkCompartmentDefinition, true, options, REGISTRY_0);
}
function buildCompartmentDefinition(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "CompartmentDefinition" },
    isCompartmentDefinition,
    validateCompartmentDefinition,
    "CompartmentDefinition"
  );
}
