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
const OWNER_1 = { paths: ["ExpansionProfile.fixedVersion"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes188,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/system-version-processing-mode"
};
const OWNER_2 = {
  paths: ["ExpansionProfile.excludedSystem"],
  type: "BackboneElement",
  exact: true
};
const OWNER_3 = { paths: ["ExpansionProfile.designation"], type: "BackboneElement", exact: true };
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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_language"], o["language"]) > 0, vrt.fpSizeOfValue(o["_use"], o["use"]) > 0);
};
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
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        m0 |= 2048;
        break;
      case "identifier":
        m0 |= 8192;
        break;
      case "version":
        m0 |= 16384;
        break;
      case "name":
        m0 |= 65536;
        break;
      case "status":
        m0 |= 262144;
        break;
      case "experimental":
        m0 |= 1048576;
        break;
      case "date":
        m0 |= 4194304;
        break;
      case "publisher":
        m0 |= 16777216;
        break;
      case "contact":
        m0 |= 67108864;
        break;
      case "description":
        m0 |= 134217728;
        break;
      case "useContext":
        m0 |= 536870912;
        break;
      case "jurisdiction":
        m0 |= 1073741824;
        break;
      case "fixedVersion":
        m1 |= 1;
        break;
      case "excludedSystem":
        m1 |= 2;
        break;
      case "includeDesignations":
        m1 |= 4;
        break;
      case "designation":
        m1 |= 16;
        break;
      case "includeDefinition":
        m1 |= 32;
        break;
      case "activeOnly":
        m1 |= 128;
        break;
      case "excludeNested":
        m1 |= 512;
        break;
      case "excludeNotForUI":
        m1 |= 2048;
        break;
      case "excludePostCoordinated":
        m1 |= 8192;
        break;
      case "displayLanguage":
        m1 |= 32768;
        break;
      case "limitedExpansion":
        m1 |= 131072;
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
      case "_url":
        m0 |= 4096;
        break;
      case "_version":
        m0 |= 32768;
        break;
      case "_name":
        m0 |= 131072;
        break;
      case "_status":
        m0 |= 524288;
        break;
      case "_experimental":
        m0 |= 2097152;
        break;
      case "_date":
        m0 |= 8388608;
        break;
      case "_publisher":
        m0 |= 33554432;
        break;
      case "_description":
        m0 |= 268435456;
        break;
      case "_includeDesignations":
        m1 |= 8;
        break;
      case "_includeDefinition":
        m1 |= 64;
        break;
      case "_activeOnly":
        m1 |= 256;
        break;
      case "_excludeNested":
        m1 |= 1024;
        break;
      case "_excludeNotForUI":
        m1 |= 4096;
        break;
      case "_excludePostCoordinated":
        m1 |= 16384;
        break;
      case "_displayLanguage":
        m1 |= 65536;
        break;
      case "_limitedExpansion":
        m1 |= 262144;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 524288) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes3)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidBoolean(o.experimental) && (m0 & 2097152) === 0)) {
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
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(o.publisher) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidMarkdown(o.description) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.fixedVersion, x, p, "fixedVersion", d, 0, -1, checkExpansionProfileFixedVersion) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.excludedSystem, x, p, "excludedSystem", d, 0, checkExpansionProfileExcludedSystem) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidBoolean(o.includeDesignations) && (m1 & 8) === 0)) {
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
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.designation, x, p, "designation", d, 0, checkExpansionProfileDesignation) && x.c === null)
      return false;
  }
  if ((m1 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.includeDefinition) && (m1 & 64) === 0)) {
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
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidBoolean(o.activeOnly) && (m1 & 256) === 0)) {
      if (!vrt.prim(o.activeOnly, o._activeOnly, x, p, "activeOnly", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1536) !== 0) {
    if (!(vrt.isValidBoolean(o.excludeNested) && (m1 & 1024) === 0)) {
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
  if ((m1 & 6144) !== 0) {
    if (!(vrt.isValidBoolean(o.excludeNotForUI) && (m1 & 4096) === 0)) {
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
  if ((m1 & 24576) !== 0) {
    if (!(vrt.isValidBoolean(o.excludePostCoordinated) && (m1 & 16384) === 0)) {
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
  if ((m1 & 98304) !== 0) {
    if (!(vrt.isValidCode(o.displayLanguage) && (m1 & 65536) === 0)) {
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
    if (!vrt.codeIn(o.displayLanguage, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.displayLanguage, false, x, p, "displayLanguage", vrt.checkCode, BINDING_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 393216) !== 0) {
    if (!(vrt.isValidBoolean(o.limitedExpansion) && (m1 & 262144) === 0)) {
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
function checkExpansionProfileFixedVersion(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.fixedVersion");
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
      case "system":
        n++;
        m0 |= 8;
        break;
      case "version":
        n++;
        m0 |= 32;
        break;
      case "mode":
        n++;
        m0 |= 128;
        break;
      case "_system":
        n++;
        m0 |= 16;
        break;
      case "_version":
        n++;
        m0 |= 64;
        break;
      case "_mode":
        n++;
        m0 |= 256;
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
  if (!(vrt.isValidUri(o.system) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.version) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.version, o._version, x, p, "version", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.mode) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.mode, vcodes.inCodes188)) {
    if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  return true;
}
function checkExpansionProfileExcludedSystem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.excludedSystem");
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
      case "system":
        n++;
        m0 |= 8;
        break;
      case "version":
        n++;
        m0 |= 32;
        break;
      case "_system":
        n++;
        m0 |= 16;
        break;
      case "_version":
        n++;
        m0 |= 64;
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
  if (!(vrt.isValidUri(o.system) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkExpansionProfileDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation");
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
      case "include":
        n++;
        m0 |= 8;
        break;
      case "exclude":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.include, x, p, "include", d, 0, checkExpansionProfileDesignationInclude) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.exclude, x, p, "exclude", d, 0, checkExpansionProfileDesignationExclude) && x.c === null)
      return false;
  }
  return true;
}
function checkExpansionProfileDesignationInclude(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.include");
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
      case "designation":
        n++;
        m0 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(o.designation, x, p, "designation", d, 0, -1, checkExpansionProfileDesignationIncludeDesignation) && x.c === null)
      return false;
  }
  return true;
}
function checkExpansionProfileDesignationExclude(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.exclude");
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
      case "designation":
        n++;
        m0 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(o.designation, x, p, "designation", d, 0, -1, checkExpansionProfileDesignationExcludeDesignation) && x.c === null)
      return false;
  }
  return true;
}
function checkExpansionProfileDesignationIncludeDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.include.designation");
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
      case "language":
        n++;
        m0 |= 8;
        break;
      case "use":
        n++;
        m0 |= 32;
        break;
      case "_language":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.use, x, p, "use", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkExpansionProfileDesignationExcludeDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.exclude.designation");
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
      case "language":
        n++;
        m0 |= 8;
        break;
      case "use":
        n++;
        m0 |= 32;
        break;
      case "_language":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.use, x, p, "use", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
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
