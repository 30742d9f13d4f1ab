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
var ExpansionProfile_exports = {};
__export(ExpansionProfile_exports, {
  buildExpansionProfile: () => buildExpansionProfile,
  checkExpansionProfile: () => checkExpansionProfile,
  checkExpansionProfileDesignation: () => checkExpansionProfileDesignation,
  checkExpansionProfileDesignationExclude: () => checkExpansionProfileDesignationExclude,
  checkExpansionProfileDesignationExcludeDesignation: () => checkExpansionProfileDesignationExcludeDesignation,
  checkExpansionProfileDesignationInclude: () => checkExpansionProfileDesignationInclude,
  checkExpansionProfileDesignationIncludeDesignation: () => checkExpansionProfileDesignationIncludeDesignation,
  checkExpansionProfileExcludedSystem: () => checkExpansionProfileExcludedSystem,
  checkExpansionProfileFixedVersion: () => checkExpansionProfileFixedVersion,
  isExpansionProfile: () => isExpansionProfile,
  validateExpansionProfile: () => validateExpansionProfile
});
module.exports = __toCommonJS(ExpansionProfile_exports);
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
  "_activeOnly",
  "_date",
  "_description",
  "_displayLanguage",
  "_excludeNested",
  "_excludeNotForUI",
  "_excludePostCoordinated",
  "_experimental",
  "_id",
  "_implicitRules",
  "_includeDefinition",
  "_includeDesignations",
  "_language",
  "_limitedExpansion",
  "_name",
  "_publisher",
  "_status",
  "_url",
  "_version",
  "activeOnly",
  "contact",
  "contained",
  "date",
  "description",
  "designation",
  "displayLanguage",
  "excludeNested",
  "excludeNotForUI",
  "excludePostCoordinated",
  "excludedSystem",
  "experimental",
  "extension",
  "fixedVersion",
  "id",
  "identifier",
  "implicitRules",
  "includeDefinition",
  "includeDesignations",
  "jurisdiction",
  "language",
  "limitedExpansion",
  "meta",
  "modifierExtension",
  "name",
  "publisher",
  "resourceType",
  "status",
  "text",
  "url",
  "useContext",
  "version"
]);
const OWNER_0 = { paths: ["ExpansionProfile"], type: "ExpansionProfile", exact: true };
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
const KEYS_1 = /* @__PURE__ */ new Set([
  "_mode",
  "_system",
  "_version",
  "extension",
  "id",
  "mode",
  "modifierExtension",
  "system",
  "version"
]);
const OWNER_1 = { paths: ["ExpansionProfile.fixedVersion"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes188,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/system-version-processing-mode"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_system",
  "_version",
  "extension",
  "id",
  "modifierExtension",
  "system",
  "version"
]);
const OWNER_2 = {
  paths: ["ExpansionProfile.excludedSystem"],
  type: "BackboneElement",
  exact: true
};
const KEYS_3 = /* @__PURE__ */ new Set(["exclude", "extension", "id", "include", "modifierExtension"]);
const OWNER_3 = { paths: ["ExpansionProfile.designation"], type: "BackboneElement", exact: true };
const KEYS_4 = /* @__PURE__ */ new Set(["designation", "extension", "id", "modifierExtension"]);
const OWNER_4 = {
  paths: ["ExpansionProfile.designation.include"],
  type: "BackboneElement",
  exact: true
};
const OWNER_5 = {
  paths: ["ExpansionProfile.designation.exclude"],
  type: "BackboneElement",
  exact: true
};
const KEYS_5 = /* @__PURE__ */ new Set(["_language", "extension", "id", "language", "modifierExtension", "use"]);
const OWNER_6 = {
  paths: ["ExpansionProfile.designation.include.designation"],
  type: "BackboneElement",
  exact: true
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/designation-use",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const INVARIANT_0 = vrt.invariant({
  key: "exp-3",
  path: "ExpansionProfile.designation.include.designation",
  expression: "language.exists() or use.exists()",
  severity: "error",
  human: "SHALL have at least one of language or use"
});
const FHIRPATH_0 = (n) => vrt.fpOr(vrt.fpExists(vrt.fpChildOf(n, "language", "_language")), vrt.fpExists(vrt.fpChildOf(n, "use", "_use")));
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_7 = {
  paths: ["ExpansionProfile.designation.exclude.designation"],
  type: "BackboneElement",
  exact: true
};
const INVARIANT_1 = vrt.invariant({
  key: "exp-4",
  path: "ExpansionProfile.designation.exclude.designation",
  expression: "language.exists() or use.exists()",
  severity: "error",
  human: "SHALL have at least one of language or use"
});
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_0 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ExpansionProfile",
      check: checkExpansionProfile,
      type: "ExpansionProfile",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkExpansionProfile(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ExpansionProfile") && x.c === null) return false;
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
  if (o.fixedVersion !== void 0) {
    if (!vrt.many(o.fixedVersion, x, p, "fixedVersion", d, 0, -1, checkExpansionProfileFixedVersion) && x.c === null)
      return false;
  }
  if (o.excludedSystem !== void 0) {
    if (!vrt.one(o.excludedSystem, x, p, "excludedSystem", d, 0, checkExpansionProfileExcludedSystem) && x.c === null)
      return false;
  }
  if (o.includeDesignations !== void 0 || o._includeDesignations !== void 0) {
    if (!(vrt.isValidBoolean(o.includeDesignations) && o._includeDesignations === void 0)) {
      if (!vrt.prim(
        o.includeDesignations,
        o._includeDesignations,
        x,
        p,
        "includeDesignations",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.designation !== void 0) {
    if (!vrt.one(o.designation, x, p, "designation", d, 0, checkExpansionProfileDesignation) && x.c === null)
      return false;
  }
  if (o.includeDefinition !== void 0 || o._includeDefinition !== void 0) {
    if (!(vrt.isValidBoolean(o.includeDefinition) && o._includeDefinition === void 0)) {
      if (!vrt.prim(
        o.includeDefinition,
        o._includeDefinition,
        x,
        p,
        "includeDefinition",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.activeOnly !== void 0 || o._activeOnly !== void 0) {
    if (!(vrt.isValidBoolean(o.activeOnly) && o._activeOnly === void 0)) {
      if (!vrt.prim(o.activeOnly, o._activeOnly, x, p, "activeOnly", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.excludeNested !== void 0 || o._excludeNested !== void 0) {
    if (!(vrt.isValidBoolean(o.excludeNested) && o._excludeNested === void 0)) {
      if (!vrt.prim(
        o.excludeNested,
        o._excludeNested,
        x,
        p,
        "excludeNested",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.excludeNotForUI !== void 0 || o._excludeNotForUI !== void 0) {
    if (!(vrt.isValidBoolean(o.excludeNotForUI) && o._excludeNotForUI === void 0)) {
      if (!vrt.prim(
        o.excludeNotForUI,
        o._excludeNotForUI,
        x,
        p,
        "excludeNotForUI",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.excludePostCoordinated !== void 0 || o._excludePostCoordinated !== void 0) {
    if (!(vrt.isValidBoolean(o.excludePostCoordinated) && o._excludePostCoordinated === void 0)) {
      if (!vrt.prim(
        o.excludePostCoordinated,
        o._excludePostCoordinated,
        x,
        p,
        "excludePostCoordinated",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.displayLanguage !== void 0 || o._displayLanguage !== void 0) {
    if (!(vrt.isValidCode(o.displayLanguage) && o._displayLanguage === void 0)) {
      if (!vrt.prim(
        o.displayLanguage,
        o._displayLanguage,
        x,
        p,
        "displayLanguage",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.displayLanguage, false, x, p, "displayLanguage", vrt.checkCode, BINDING_0) && x.c === null)
      return false;
  }
  if (o.limitedExpansion !== void 0 || o._limitedExpansion !== void 0) {
    if (!(vrt.isValidBoolean(o.limitedExpansion) && o._limitedExpansion === void 0)) {
      if (!vrt.prim(
        o.limitedExpansion,
        o._limitedExpansion,
        x,
        p,
        "limitedExpansion",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkExpansionProfileFixedVersion(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.fixedVersion");
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
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.version) && o._version === void 0)) {
    if (!vrt.prim(o.version, o._version, x, p, "version", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.mode) && o._mode === void 0)) {
    if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  return true;
}
function checkExpansionProfileExcludedSystem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.excludedSystem");
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
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkExpansionProfileDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation");
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
  if (o.include !== void 0) {
    if (!vrt.one(o.include, x, p, "include", d, 0, checkExpansionProfileDesignationInclude) && x.c === null)
      return false;
  }
  if (o.exclude !== void 0) {
    if (!vrt.one(o.exclude, x, p, "exclude", d, 0, checkExpansionProfileDesignationExclude) && x.c === null)
      return false;
  }
  return true;
}
function checkExpansionProfileDesignationInclude(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.include");
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
  if (o.designation !== void 0) {
    if (!vrt.many(o.designation, x, p, "designation", d, 0, -1, checkExpansionProfileDesignationIncludeDesignation) && x.c === null)
      return false;
  }
  return true;
}
function checkExpansionProfileDesignationExclude(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.exclude");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
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
  if (o.designation !== void 0) {
    if (!vrt.many(o.designation, x, p, "designation", d, 0, -1, checkExpansionProfileDesignationExcludeDesignation) && x.c === null)
      return false;
  }
  return true;
}
function checkExpansionProfileDesignationIncludeDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.include.designation");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.use !== void 0) {
    if (!vrt.one(o.use, x, p, "use", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkExpansionProfileDesignationExcludeDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.exclude.designation");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.use !== void 0) {
    if (!vrt.one(o.use, x, p, "use", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function validateExpansionProfile(value, options) {
  return vrt.validateWith(value, "ExpansionProfile", checkExpansionProfile, true, options, REGISTRY_0);
}
function isExpansionProfile(value, options) {
  return vrt.testWith(value, checkExpansionProfile, true, options, REGISTRY_0);
}
function buildExpansionProfile(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "ExpansionProfile" },
    isExpansionProfile,
    validateExpansionProfile,
    "ExpansionProfile"
  );
}
