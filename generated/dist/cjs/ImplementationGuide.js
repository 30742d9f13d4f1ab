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
var ImplementationGuide_exports = {};
__export(ImplementationGuide_exports, {
  buildImplementationGuide: () => buildImplementationGuide,
  checkImplementationGuide: () => checkImplementationGuide,
  checkImplementationGuideDependency: () => checkImplementationGuideDependency,
  checkImplementationGuideGlobal: () => checkImplementationGuideGlobal,
  checkImplementationGuidePackage: () => checkImplementationGuidePackage,
  checkImplementationGuidePackageResource: () => checkImplementationGuidePackageResource,
  checkImplementationGuidePage: () => checkImplementationGuidePage,
  isImplementationGuide: () => isImplementationGuide,
  validateImplementationGuide: () => validateImplementationGuide
});
module.exports = __toCommonJS(ImplementationGuide_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_binary",
  "_copyright",
  "_date",
  "_description",
  "_experimental",
  "_fhirVersion",
  "_id",
  "_implicitRules",
  "_language",
  "_name",
  "_publisher",
  "_status",
  "_url",
  "_version",
  "binary",
  "contact",
  "contained",
  "copyright",
  "date",
  "dependency",
  "description",
  "experimental",
  "extension",
  "fhirVersion",
  "global",
  "id",
  "implicitRules",
  "jurisdiction",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "package",
  "page",
  "publisher",
  "resourceType",
  "status",
  "text",
  "url",
  "useContext",
  "version"
]);
const OWNER_0 = { paths: ["ImplementationGuide"], type: "ImplementationGuide", exact: true };
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
const KEYS_1 = /* @__PURE__ */ new Set(["_type", "_uri", "extension", "id", "modifierExtension", "type", "uri"]);
const OWNER_1 = { paths: ["ImplementationGuide.dependency"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes234,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/guide-dependency-type"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_description",
  "_name",
  "description",
  "extension",
  "id",
  "modifierExtension",
  "name",
  "resource"
]);
const OWNER_2 = { paths: ["ImplementationGuide.package"], type: "BackboneElement", exact: true };
const KEYS_3 = /* @__PURE__ */ new Set(["_type", "extension", "id", "modifierExtension", "profile", "type"]);
const OWNER_3 = { paths: ["ImplementationGuide.global"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["StructureDefinition"]);
const KEYS_4 = /* @__PURE__ */ new Set([
  "_format",
  "_kind",
  "_package",
  "_source",
  "_title",
  "_type",
  "extension",
  "format",
  "id",
  "kind",
  "modifierExtension",
  "package",
  "page",
  "source",
  "title",
  "type"
]);
const OWNER_4 = { paths: ["ImplementationGuide.page"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes235,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/guide-page-kind"
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const KEYS_5 = /* @__PURE__ */ new Set([
  "_acronym",
  "_description",
  "_example",
  "_name",
  "_sourceUri",
  "acronym",
  "description",
  "example",
  "exampleFor",
  "extension",
  "id",
  "modifierExtension",
  "name",
  "sourceReference",
  "sourceUri"
]);
const OWNER_5 = {
  paths: ["ImplementationGuide.package.resource"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_0 = vrt.choiceVariants(["sourceUri", "sourceReference"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ImplementationGuide",
      check: checkImplementationGuide,
      type: "ImplementationGuide",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkImplementationGuide(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ImplementationGuide") && x.c === null) return false;
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
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
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
  if (o.useContext !== void 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if (o.jurisdiction !== void 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.copyright !== void 0 || o._copyright !== void 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && o._copyright === void 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.fhirVersion !== void 0 || o._fhirVersion !== void 0) {
    if (!(vrt.isValidId(o.fhirVersion) && o._fhirVersion === void 0)) {
      if (!vrt.prim(o.fhirVersion, o._fhirVersion, x, p, "fhirVersion", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.dependency !== void 0) {
    if (!vrt.many(o.dependency, x, p, "dependency", d, 0, -1, checkImplementationGuideDependency) && x.c === null)
      return false;
  }
  if (o.package !== void 0) {
    if (!vrt.many(o.package, x, p, "package", d, 0, -1, checkImplementationGuidePackage) && x.c === null) return false;
  }
  if (o.global !== void 0) {
    if (!vrt.many(o.global, x, p, "global", d, 0, -1, checkImplementationGuideGlobal) && x.c === null) return false;
  }
  if (o.binary !== void 0 || o._binary !== void 0) {
    if (!vrt.prims(o.binary, o._binary, x, p, "binary", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if (o.page !== void 0) {
    if (!vrt.one(o.page, x, p, "page", d, 0, checkImplementationGuidePage) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkImplementationGuideDependency(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.dependency");
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
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (!(vrt.isValidUri(o.uri) && o._uri === void 0)) {
    if (!vrt.prim(o.uri, o._uri, x, p, "uri", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  return true;
}
function checkImplementationGuidePackage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.package");
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
  if (!(vrt.isValidString(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.resource, x, p, "resource", d, 1, -1, checkImplementationGuidePackageResource) && x.c === null)
    return false;
  return true;
}
function checkImplementationGuideGlobal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.global");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if (!vrt.one(o.profile, x, p, "profile", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.profile, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  return true;
}
function checkImplementationGuidePage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.page");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidUri(o.source) && o._source === void 0)) {
    if (!vrt.prim(o.source, o._source, x, p, "source", d, 1, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.title) && o._title === void 0)) {
    if (!vrt.prim(o.title, o._title, x, p, "title", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.kind) && o._kind === void 0)) {
    if (!vrt.prim(o.kind, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.kind, false, x, p, "kind", vrt.checkCode, BINDING_4) && x.c === null) return false;
  if (o.type !== void 0 || o._type !== void 0) {
    if (!vrt.prims(o.type, o._type, x, p, "type", d, 0, -1, vrt.isValidCode, "code", OWNER_4) && x.c === null)
      return false;
    if (!vrt.eachWith(o.type, true, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (o.package !== void 0 || o._package !== void 0) {
    if (!vrt.prims(o.package, o._package, x, p, "package", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if (o.format !== void 0 || o._format !== void 0) {
    if (!(vrt.isValidCode(o.format) && o._format === void 0)) {
      if (!vrt.prim(o.format, o._format, x, p, "format", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.format, false, x, p, "format", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
      return false;
  }
  if (o.page !== void 0) {
    if (!vrt.many(o.page, x, p, "page", d, 0, -1, checkImplementationGuidePage) && x.c === null) return false;
  }
  return true;
}
function checkImplementationGuidePackageResource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.package.resource");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.example) && o._example === void 0)) {
    if (!vrt.prim(o.example, o._example, x, p, "example", d, 1, vrt.isValidBoolean, "boolean", OWNER_5) && x.c === null)
      return false;
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.acronym !== void 0 || o._acronym !== void 0) {
    if (!(vrt.isValidString(o.acronym) && o._acronym === void 0)) {
      if (!vrt.prim(o.acronym, o._acronym, x, p, "acronym", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "source", 1) && x.c === null) return false;
  if (o.sourceUri !== void 0 || o._sourceUri !== void 0) {
    if (!(vrt.isValidUri(o.sourceUri) && o._sourceUri === void 0)) {
      if (!vrt.prim(o.sourceUri, o._sourceUri, x, p, "source.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.sourceReference !== void 0) {
    if (!vrt.one(o.sourceReference, x, p, "source.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
  }
  if (o.exampleFor !== void 0) {
    if (!vrt.one(o.exampleFor, x, p, "exampleFor", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.exampleFor, false, x, p, "exampleFor", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  return true;
}
function validateImplementationGuide(value, options) {
  return vrt.validateWith(value, "ImplementationGuide", checkImplementationGuide, true, options, REGISTRY_0);
}
function isImplementationGuide(value, options) {
  return vrt.testWith(value, checkImplementationGuide, true, options, REGISTRY_0);
}
function buildImplementationGuide(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "ImplementationGuide" },
    isImplementationGuide,
    validateImplementationGuide,
    "ImplementationGuide"
  );
}
