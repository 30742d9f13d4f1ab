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
var ValueSet_exports = {};
__export(ValueSet_exports, {
  buildValueSet: () => buildValueSet,
  checkValueSet: () => checkValueSet,
  checkValueSetCompose: () => checkValueSetCompose,
  checkValueSetComposeInclude: () => checkValueSetComposeInclude,
  checkValueSetComposeIncludeConcept: () => checkValueSetComposeIncludeConcept,
  checkValueSetComposeIncludeConceptDesignation: () => checkValueSetComposeIncludeConceptDesignation,
  checkValueSetComposeIncludeFilter: () => checkValueSetComposeIncludeFilter,
  checkValueSetExpansion: () => checkValueSetExpansion,
  checkValueSetExpansionContains: () => checkValueSetExpansionContains,
  checkValueSetExpansionParameter: () => checkValueSetExpansionParameter,
  isValueSet: () => isValueSet,
  validateValueSet: () => validateValueSet
});
module.exports = __toCommonJS(ValueSet_exports);
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
const OWNER_0 = { paths: ["ValueSet"], type: "ValueSet", exact: true };
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
const INVARIANT_0 = vrt.invariant({
  key: "vsd-5",
  path: "ValueSet",
  expression: "compose.exists() or expansion.exists()",
  severity: "error",
  human: "Value set SHALL contain at least one of a compose or an expansion element"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_compose"], o["compose"]) > 0,
    vrt.fpSizeOfValue(o["_expansion"], o["expansion"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_1 = { paths: ["ValueSet.compose"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["ValueSet.expansion"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["ValueSet.compose.include"], type: "BackboneElement", exact: true };
const INVARIANT_1 = vrt.invariant({
  key: "vsd-2",
  path: "ValueSet.compose.include",
  expression: "(concept.exists() or filter.exists()) implies system.exists()",
  severity: "error",
  human: "A value set with concepts or filters SHALL include a system"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpImplies3(
    vrt.fpOr3(vrt.fpSizeOfValue(o["_concept"], o["concept"]) > 0, vrt.fpSizeOfValue(o["_filter"], o["filter"]) > 0),
    vrt.fpSizeOfValue(o["_system"], o["system"]) > 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const INVARIANT_2 = vrt.invariant({
  key: "vsd-3",
  path: "ValueSet.compose.include",
  expression: "concept.empty() or filter.empty()",
  severity: "error",
  human: "Cannot have both concept and filter"
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_concept"], o["concept"]) === 0,
    vrt.fpSizeOfValue(o["_filter"], o["filter"]) === 0
  );
};
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const INVARIANT_3 = vrt.invariant({
  key: "vsd-1",
  path: "ValueSet.compose.include",
  expression: "valueSet.exists() or system.exists()",
  severity: "error",
  human: "A value set include/exclude SHALL have a value set or a system"
});
const FHIRPATH_3 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_valueSet"], o["valueSet"]) > 0,
    vrt.fpSizeOfValue(o["_system"], o["system"]) > 0
  );
};
const TRANSLATED_3 = { inv: INVARIANT_3, fn: FHIRPATH_3 };
const OWNER_4 = { paths: ["ValueSet.expansion.parameter"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "valueString",
  "valueBoolean",
  "valueInteger",
  "valueDecimal",
  "valueUri",
  "valueCode"
]);
const OWNER_5 = { paths: ["ValueSet.expansion.contains"], type: "BackboneElement", exact: true };
const INVARIANT_4 = vrt.invariant({
  key: "vsd-6",
  path: "ValueSet.expansion.contains",
  expression: "code.exists() or display.exists()",
  severity: "error",
  human: "SHALL have a code or a display"
});
const FHIRPATH_4 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) > 0, vrt.fpSizeOfValue(o["_display"], o["display"]) > 0);
};
const TRANSLATED_4 = { inv: INVARIANT_4, fn: FHIRPATH_4 };
const INVARIANT_5 = vrt.invariant({
  key: "vsd-9",
  path: "ValueSet.expansion.contains",
  expression: "code.exists() or abstract = true",
  severity: "error",
  human: "Must have a code if not abstract"
});
const FHIRPATH_5 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_code"], o["code"]) > 0,
    vrt.fpEqValue(vrt.fpOneValue(o["_abstract"], o["abstract"]), true)
  );
};
const TRANSLATED_5 = { inv: INVARIANT_5, fn: FHIRPATH_5 };
const INVARIANT_6 = vrt.invariant({
  key: "vsd-10",
  path: "ValueSet.expansion.contains",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "Must have a system if a code is present"
});
const FHIRPATH_6 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) === 0, vrt.fpSizeOfValue(o["_system"], o["system"]) > 0);
};
const TRANSLATED_6 = { inv: INVARIANT_6, fn: FHIRPATH_6 };
const OWNER_6 = {
  paths: ["ValueSet.compose.include.concept"],
  type: "BackboneElement",
  exact: true
};
const OWNER_7 = {
  paths: ["ValueSet.compose.include.filter"],
  type: "BackboneElement",
  exact: true
};
const BINDING_2 = {
  has: vcodes.inCodes140,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/filter-operator"
};
const OWNER_8 = {
  paths: ["ValueSet.compose.include.concept.designation"],
  type: "BackboneElement",
  exact: true
};
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/designation-use",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/ValueSet", check: checkValueSet, type: "ValueSet", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkValueSet(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ValueSet") && x.c === null) return false;
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
      case "title":
        m0 |= 262144;
        break;
      case "status":
        m0 |= 1048576;
        break;
      case "experimental":
        m0 |= 4194304;
        break;
      case "date":
        m0 |= 16777216;
        break;
      case "publisher":
        m0 |= 67108864;
        break;
      case "contact":
        m0 |= 268435456;
        break;
      case "description":
        m0 |= 536870912;
        break;
      case "useContext":
        m1 |= 1;
        break;
      case "jurisdiction":
        m1 |= 2;
        break;
      case "immutable":
        m1 |= 4;
        break;
      case "purpose":
        m1 |= 16;
        break;
      case "copyright":
        m1 |= 64;
        break;
      case "extensible":
        m1 |= 256;
        break;
      case "compose":
        m1 |= 1024;
        break;
      case "expansion":
        m1 |= 2048;
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
      case "_title":
        m0 |= 524288;
        break;
      case "_status":
        m0 |= 2097152;
        break;
      case "_experimental":
        m0 |= 8388608;
        break;
      case "_date":
        m0 |= 33554432;
        break;
      case "_publisher":
        m0 |= 134217728;
        break;
      case "_description":
        m0 |= 1073741824;
        break;
      case "_immutable":
        m1 |= 8;
        break;
      case "_purpose":
        m1 |= 32;
        break;
      case "_copyright":
        m1 |= 128;
        break;
      case "_extensible":
        m1 |= 512;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
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
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes3)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(o.experimental) && (m0 & 8388608) === 0)) {
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
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.publisher) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(o.description) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidBoolean(o.immutable) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.immutable, o._immutable, x, p, "immutable", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && (m1 & 32) === 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && (m1 & 128) === 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 768) !== 0) {
    if (!(vrt.isValidBoolean(o.extensible) && (m1 & 512) === 0)) {
      if (!vrt.prim(o.extensible, o._extensible, x, p, "extensible", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.compose, x, p, "compose", d, 0, checkValueSetCompose) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.expansion, x, p, "expansion", d, 0, checkValueSetExpansion) && x.c === null) return false;
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
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkValueSetCompose(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose");
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
      case "lockedDate":
        n++;
        m0 |= 8;
        break;
      case "inactive":
        n++;
        m0 |= 32;
        break;
      case "include":
        n++;
        m0 |= 128;
        break;
      case "exclude":
        n++;
        m0 |= 256;
        break;
      case "_lockedDate":
        n++;
        m0 |= 16;
        break;
      case "_inactive":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidDate(o.lockedDate) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.lockedDate, o._lockedDate, x, p, "lockedDate", d, 0, vrt.isValidDate, "date", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.inactive) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.inactive, o._inactive, x, p, "inactive", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.include, x, p, "include", d, 1, -1, checkValueSetComposeInclude) && x.c === null) return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.exclude, x, p, "exclude", d, 0, -1, checkValueSetComposeInclude) && x.c === null) return false;
  }
  return true;
}
function checkValueSetExpansion(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.expansion");
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
      case "timestamp":
        n++;
        m0 |= 32;
        break;
      case "total":
        n++;
        m0 |= 128;
        break;
      case "offset":
        n++;
        m0 |= 512;
        break;
      case "parameter":
        n++;
        m0 |= 2048;
        break;
      case "contains":
        n++;
        m0 |= 4096;
        break;
      case "_identifier":
        n++;
        m0 |= 16;
        break;
      case "_timestamp":
        n++;
        m0 |= 64;
        break;
      case "_total":
        n++;
        m0 |= 256;
        break;
      case "_offset":
        n++;
        m0 |= 1024;
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
  if (!(vrt.isValidUri(o.identifier) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.identifier, o._identifier, x, p, "identifier", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidDateTime(o.timestamp) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.timestamp, o._timestamp, x, p, "timestamp", d, 1, vrt.isValidDateTime, "dateTime", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidInteger(o.total) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.total, o._total, x, p, "total", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidInteger(o.offset) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.offset, o._offset, x, p, "offset", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.parameter, x, p, "parameter", d, 0, -1, checkValueSetExpansionParameter) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.contains, x, p, "contains", d, 0, -1, checkValueSetExpansionContains) && x.c === null) return false;
  }
  return true;
}
function checkValueSetComposeInclude(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose.include");
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
      case "concept":
        n++;
        m0 |= 128;
        break;
      case "filter":
        n++;
        m0 |= 256;
        break;
      case "valueSet":
        n++;
        m0 |= 512;
        break;
      case "_system":
        n++;
        m0 |= 16;
        break;
      case "_version":
        n++;
        m0 |= 64;
        break;
      case "_valueSet":
        n++;
        m0 |= 1024;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.concept, x, p, "concept", d, 0, -1, checkValueSetComposeIncludeConcept) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.filter, x, p, "filter", d, 0, -1, checkValueSetComposeIncludeFilter) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!vrt.prims(o.valueSet, o._valueSet, x, p, "valueSet", d, 0, -1, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  if ((m0 & 128) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  return true;
}
function checkValueSetExpansionParameter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.expansion.parameter");
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
      case "name":
        n++;
        m0 |= 8;
        break;
      case "valueString":
        n++;
        m0 |= 32;
        break;
      case "valueBoolean":
        n++;
        m0 |= 128;
        break;
      case "valueInteger":
        n++;
        m0 |= 512;
        break;
      case "valueDecimal":
        n++;
        m0 |= 2048;
        break;
      case "valueUri":
        n++;
        m0 |= 8192;
        break;
      case "valueCode":
        n++;
        m0 |= 32768;
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_valueString":
        n++;
        m0 |= 64;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 256;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1024;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 4096;
        break;
      case "_valueUri":
        n++;
        m0 |= 16384;
        break;
      case "_valueCode":
        n++;
        m0 |= 65536;
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
  if (!(vrt.isValidString(o.name) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 131040) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 64) === 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 256) === 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1024) === 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkValueSetExpansionContains(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.expansion.contains");
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
      case "abstract":
        n++;
        m0 |= 32;
        break;
      case "inactive":
        n++;
        m0 |= 128;
        break;
      case "version":
        n++;
        m0 |= 512;
        break;
      case "code":
        n++;
        m0 |= 2048;
        break;
      case "display":
        n++;
        m0 |= 8192;
        break;
      case "designation":
        n++;
        m0 |= 32768;
        break;
      case "contains":
        n++;
        m0 |= 65536;
        break;
      case "_system":
        n++;
        m0 |= 16;
        break;
      case "_abstract":
        n++;
        m0 |= 64;
        break;
      case "_inactive":
        n++;
        m0 |= 256;
        break;
      case "_version":
        n++;
        m0 |= 1024;
        break;
      case "_code":
        n++;
        m0 |= 4096;
        break;
      case "_display":
        n++;
        m0 |= 16384;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.abstract) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.abstract, o._abstract, x, p, "abstract", d, 0, vrt.isValidBoolean, "boolean", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidBoolean(o.inactive) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.inactive, o._inactive, x, p, "inactive", d, 0, vrt.isValidBoolean, "boolean", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidCode(o.code) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(o.display) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.designation, x, p, "designation", d, 0, -1, checkValueSetComposeIncludeConceptDesignation) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.contains, x, p, "contains", d, 0, -1, checkValueSetExpansionContains) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_4) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_5) && x.c === null) return false;
  if ((m0 & 6144) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_6) && x.c === null) return false;
  }
  return true;
}
function checkValueSetComposeIncludeConcept(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose.include.concept");
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
      case "code":
        n++;
        m0 |= 8;
        break;
      case "display":
        n++;
        m0 |= 32;
        break;
      case "designation":
        n++;
        m0 |= 128;
        break;
      case "_code":
        n++;
        m0 |= 16;
        break;
      case "_display":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.display) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.designation, x, p, "designation", d, 0, -1, checkValueSetComposeIncludeConceptDesignation) && x.c === null)
      return false;
  }
  return true;
}
function checkValueSetComposeIncludeFilter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose.include.filter");
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
      case "property":
        n++;
        m0 |= 8;
        break;
      case "op":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "_property":
        n++;
        m0 |= 16;
        break;
      case "_op":
        n++;
        m0 |= 64;
        break;
      case "_value":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.property) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.property, o._property, x, p, "property", d, 1, vrt.isValidCode, "code", OWNER_7) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.op) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.op, o._op, x, p, "op", d, 1, vrt.isValidCode, "code", OWNER_7) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.op, vcodes.inCodes140)) {
    if (!vrt.eachWith(o.op, false, x, p, "op", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidCode, "code", OWNER_7) && x.c === null)
      return false;
  }
  return true;
}
function checkValueSetComposeIncludeConceptDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose.include.concept.designation");
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
      case "value":
        n++;
        m0 |= 64;
        break;
      case "_language":
        n++;
        m0 |= 16;
        break;
      case "_value":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_8) && x.c === null)
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
  if (!(vrt.isValidString(o.value) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  return true;
}
function validateValueSet(value, options) {
  return vrt.validateWith(value, "ValueSet", checkValueSet, true, options, REGISTRY_0);
}
function isValueSet(value, options) {
  return vrt.testWith(value, checkValueSet, true, options, REGISTRY_0);
}
function buildValueSet(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "ValueSet" }, isValueSet, validateValueSet, "ValueSet");
}
