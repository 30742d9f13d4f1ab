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
var CodeSystem_exports = {};
__export(CodeSystem_exports, {
  buildCodeSystem: () => buildCodeSystem,
  checkCodeSystem: () => checkCodeSystem,
  checkCodeSystemConcept: () => checkCodeSystemConcept,
  checkCodeSystemConceptDesignation: () => checkCodeSystemConceptDesignation,
  checkCodeSystemConceptProperty: () => checkCodeSystemConceptProperty,
  checkCodeSystemFilter: () => checkCodeSystemFilter,
  checkCodeSystemProperty: () => checkCodeSystemProperty,
  isCodeSystem: () => isCodeSystem,
  validateCodeSystem: () => validateCodeSystem
});
module.exports = __toCommonJS(CodeSystem_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_fill = require("./runtime/build/fill.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_caseSensitive",
  "_compositional",
  "_content",
  "_copyright",
  "_count",
  "_date",
  "_description",
  "_experimental",
  "_hierarchyMeaning",
  "_id",
  "_implicitRules",
  "_language",
  "_name",
  "_publisher",
  "_purpose",
  "_status",
  "_title",
  "_url",
  "_valueSet",
  "_version",
  "_versionNeeded",
  "caseSensitive",
  "compositional",
  "concept",
  "contact",
  "contained",
  "content",
  "copyright",
  "count",
  "date",
  "description",
  "experimental",
  "extension",
  "filter",
  "hierarchyMeaning",
  "id",
  "identifier",
  "implicitRules",
  "jurisdiction",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "property",
  "publisher",
  "purpose",
  "resourceType",
  "status",
  "text",
  "title",
  "url",
  "useContext",
  "valueSet",
  "version",
  "versionNeeded"
]);
const OWNER_0 = { paths: ["CodeSystem"], type: "CodeSystem", exact: true };
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
  has: vcodes.inCodes138,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/codesystem-hierarchy-meaning"
};
const BINDING_3 = {
  has: vcodes.inCodes139,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/codesystem-content-mode"
};
const INVARIANT_0 = vrt.invariant({
  key: "csd-1",
  path: "CodeSystem",
  expression: "(concept.code | descendants().concept.code).isDistinct()",
  severity: "error",
  human: "Within a code system definition, all the codes SHALL be unique"
});
const KEYS_1 = /* @__PURE__ */ new Set([
  "_code",
  "_description",
  "_operator",
  "_value",
  "code",
  "description",
  "extension",
  "id",
  "modifierExtension",
  "operator",
  "value"
]);
const OWNER_1 = { paths: ["CodeSystem.filter"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes140,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/filter-operator"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_code",
  "_description",
  "_type",
  "_uri",
  "code",
  "description",
  "extension",
  "id",
  "modifierExtension",
  "type",
  "uri"
]);
const OWNER_2 = { paths: ["CodeSystem.property"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes141,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/concept-property-type"
};
const KEYS_3 = /* @__PURE__ */ new Set([
  "_code",
  "_definition",
  "_display",
  "code",
  "concept",
  "definition",
  "designation",
  "display",
  "extension",
  "id",
  "modifierExtension",
  "property"
]);
const OWNER_3 = { paths: ["CodeSystem.concept"], type: "BackboneElement", exact: true };
const KEYS_4 = /* @__PURE__ */ new Set([
  "_language",
  "_value",
  "extension",
  "id",
  "language",
  "modifierExtension",
  "use",
  "value"
]);
const OWNER_4 = { paths: ["CodeSystem.concept.designation"], type: "BackboneElement", exact: true };
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/designation-use",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const KEYS_5 = /* @__PURE__ */ new Set([
  "_code",
  "_valueBoolean",
  "_valueCode",
  "_valueDateTime",
  "_valueInteger",
  "_valueString",
  "code",
  "extension",
  "id",
  "modifierExtension",
  "valueBoolean",
  "valueCode",
  "valueCoding",
  "valueDateTime",
  "valueInteger",
  "valueString"
]);
const OWNER_5 = { paths: ["CodeSystem.concept.property"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "valueCode",
  "valueCoding",
  "valueString",
  "valueInteger",
  "valueBoolean",
  "valueDateTime"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/CodeSystem",
      check: checkCodeSystem,
      type: "CodeSystem",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCodeSystem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CodeSystem");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "CodeSystem") && x.c === null) return false;
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
  if (o.url !== void 0 || o._url !== void 0) {
    if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
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
  if (o.useContext !== void 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if (o.jurisdiction !== void 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.purpose !== void 0 || o._purpose !== void 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && o._purpose === void 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.copyright !== void 0 || o._copyright !== void 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && o._copyright === void 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.caseSensitive !== void 0 || o._caseSensitive !== void 0) {
    if (!(vrt.isValidBoolean(o.caseSensitive) && o._caseSensitive === void 0)) {
      if (!vrt.prim(
        o.caseSensitive,
        o._caseSensitive,
        x,
        p,
        "caseSensitive",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueSet !== void 0 || o._valueSet !== void 0) {
    if (!(vrt.isValidUri(o.valueSet) && o._valueSet === void 0)) {
      if (!vrt.prim(o.valueSet, o._valueSet, x, p, "valueSet", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.hierarchyMeaning !== void 0 || o._hierarchyMeaning !== void 0) {
    if (!(vrt.isValidCode(o.hierarchyMeaning) && o._hierarchyMeaning === void 0)) {
      if (!vrt.prim(
        o.hierarchyMeaning,
        o._hierarchyMeaning,
        x,
        p,
        "hierarchyMeaning",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.hierarchyMeaning, false, x, p, "hierarchyMeaning", vrt.checkCode, BINDING_2) && x.c === null)
      return false;
  }
  if (o.compositional !== void 0 || o._compositional !== void 0) {
    if (!(vrt.isValidBoolean(o.compositional) && o._compositional === void 0)) {
      if (!vrt.prim(
        o.compositional,
        o._compositional,
        x,
        p,
        "compositional",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.versionNeeded !== void 0 || o._versionNeeded !== void 0) {
    if (!(vrt.isValidBoolean(o.versionNeeded) && o._versionNeeded === void 0)) {
      if (!vrt.prim(
        o.versionNeeded,
        o._versionNeeded,
        x,
        p,
        "versionNeeded",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.content) && o._content === void 0)) {
    if (!vrt.prim(o.content, o._content, x, p, "content", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.content, false, x, p, "content", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if (o.count !== void 0 || o._count !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.count) && o._count === void 0)) {
      if (!vrt.prim(o.count, o._count, x, p, "count", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.filter !== void 0) {
    if (!vrt.many(o.filter, x, p, "filter", d, 0, -1, checkCodeSystemFilter) && x.c === null) return false;
  }
  if (o.property !== void 0) {
    if (!vrt.many(o.property, x, p, "property", d, 0, -1, checkCodeSystemProperty) && x.c === null) return false;
  }
  if (o.concept !== void 0) {
    if (!vrt.many(o.concept, x, p, "concept", d, 0, -1, checkCodeSystemConcept) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  return true;
}
function checkCodeSystemFilter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CodeSystem.filter");
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
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(o.operator, o._operator, x, p, "operator", d, 1, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
    return false;
  if (!vrt.eachWith(o.operator, true, x, p, "operator", vrt.checkCode, BINDING_4) && x.c === null) return false;
  if (!(vrt.isValidString(o.value) && o._value === void 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  return true;
}
function checkCodeSystemProperty(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CodeSystem.property");
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
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (o.uri !== void 0 || o._uri !== void 0) {
    if (!(vrt.isValidUri(o.uri) && o._uri === void 0)) {
      if (!vrt.prim(o.uri, o._uri, x, p, "uri", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null) return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_5) && x.c === null) return false;
  return true;
}
function checkCodeSystemConcept(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CodeSystem.concept");
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
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.definition !== void 0 || o._definition !== void 0) {
    if (!(vrt.isValidString(o.definition) && o._definition === void 0)) {
      if (!vrt.prim(o.definition, o._definition, x, p, "definition", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.designation !== void 0) {
    if (!vrt.many(o.designation, x, p, "designation", d, 0, -1, checkCodeSystemConceptDesignation) && x.c === null)
      return false;
  }
  if (o.property !== void 0) {
    if (!vrt.many(o.property, x, p, "property", d, 0, -1, checkCodeSystemConceptProperty) && x.c === null) return false;
  }
  if (o.concept !== void 0) {
    if (!vrt.many(o.concept, x, p, "concept", d, 0, -1, checkCodeSystemConcept) && x.c === null) return false;
  }
  return true;
}
function checkCodeSystemConceptDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CodeSystem.concept.designation");
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
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.use !== void 0) {
    if (!vrt.one(o.use, x, p, "use", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.value) && o._value === void 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  return true;
}
function checkCodeSystemConceptProperty(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CodeSystem.concept.property");
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
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 1) && x.c === null) return false;
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCodeSystem(value, options) {
  return vrt.validateWith(value, "CodeSystem", checkCodeSystem, true, options, REGISTRY_0);
}
function isCodeSystem(value, options) {
  return vrt.testWith(value, checkCodeSystem, true, options, REGISTRY_0);
}
function buildCodeSystem(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "CodeSystem" }, isCodeSystem, validateCodeSystem, "CodeSystem");
}
