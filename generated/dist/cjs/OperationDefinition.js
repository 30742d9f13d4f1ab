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
var OperationDefinition_exports = {};
__export(OperationDefinition_exports, {
  buildOperationDefinition: () => buildOperationDefinition,
  checkOperationDefinition: () => checkOperationDefinition,
  checkOperationDefinitionOverload: () => checkOperationDefinitionOverload,
  checkOperationDefinitionParameter: () => checkOperationDefinitionParameter,
  checkOperationDefinitionParameterBinding: () => checkOperationDefinitionParameterBinding,
  isOperationDefinition: () => isOperationDefinition,
  validateOperationDefinition: () => validateOperationDefinition
});
module.exports = __toCommonJS(OperationDefinition_exports);
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
const OWNER_0 = { paths: ["OperationDefinition"], type: "OperationDefinition", exact: true };
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
const BINDING_2 = {
  has: vcodes.inCodes261,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/operation-kind"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const TARGETS_0 = ["OperationDefinition"];
const BINDING_3 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const OWNER_1 = { paths: ["OperationDefinition.parameter"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes262,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/operation-parameter-use"
};
const BINDING_5 = {
  has: vcodes.inCodes159,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/all-types"
};
const BINDING_6 = {
  has: vcodes.inCodes60,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/search-param-type"
};
const TARGETS_1 = ["StructureDefinition"];
const INVARIANT_0 = vrt.invariant({
  key: "opd-1",
  path: "OperationDefinition.parameter",
  expression: "type.exists() or part.exists()",
  severity: "error",
  human: "Either a type must be provided, or parts"
});
const INVARIANT_1 = vrt.invariant({
  key: "opd-2",
  path: "OperationDefinition.parameter",
  expression: "searchType implies type = 'string'",
  severity: "error",
  human: "A search type can only be specified for parameters of type string"
});
const OWNER_2 = { paths: ["OperationDefinition.overload"], type: "BackboneElement", exact: true };
const OWNER_3 = {
  paths: ["OperationDefinition.parameter.binding"],
  type: "BackboneElement",
  exact: true
};
const BINDING_7 = {
  has: vcodes.inCodes177,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/binding-strength"
};
const CHOICE_0 = vrt.choiceVariants(["valueSetUri", "valueSetReference"]);
const TARGETS_2 = ["ValueSet"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/OperationDefinition",
      check: checkOperationDefinition,
      type: "OperationDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkOperationDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "OperationDefinition") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30;
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
      case "url":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "version":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "name":
        m0 |= 32768;
        e10 = o[k];
        break;
      case "status":
        m0 |= 131072;
        e11 = o[k];
        break;
      case "kind":
        m0 |= 524288;
        e12 = o[k];
        break;
      case "experimental":
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "date":
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "publisher":
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "contact":
        m0 |= 134217728;
        e16 = o[k];
        break;
      case "description":
        m0 |= 268435456;
        e17 = o[k];
        break;
      case "useContext":
        m0 |= 1073741824;
        e18 = o[k];
        break;
      case "jurisdiction":
        m1 |= 1;
        e19 = o[k];
        break;
      case "purpose":
        m1 |= 2;
        e20 = o[k];
        break;
      case "idempotent":
        m1 |= 8;
        e21 = o[k];
        break;
      case "code":
        m1 |= 32;
        e22 = o[k];
        break;
      case "comment":
        m1 |= 128;
        e23 = o[k];
        break;
      case "base":
        m1 |= 512;
        e24 = o[k];
        break;
      case "resource":
        m1 |= 1024;
        e25 = o[k];
        break;
      case "system":
        m1 |= 4096;
        e26 = o[k];
        break;
      case "type":
        m1 |= 16384;
        e27 = o[k];
        break;
      case "instance":
        m1 |= 65536;
        e28 = o[k];
        break;
      case "parameter":
        m1 |= 262144;
        e29 = o[k];
        break;
      case "overload":
        m1 |= 524288;
        e30 = o[k];
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
        m0 |= 16384;
        break;
      case "_name":
        m0 |= 65536;
        break;
      case "_status":
        m0 |= 262144;
        break;
      case "_kind":
        m0 |= 1048576;
        break;
      case "_experimental":
        m0 |= 4194304;
        break;
      case "_date":
        m0 |= 16777216;
        break;
      case "_publisher":
        m0 |= 67108864;
        break;
      case "_description":
        m0 |= 536870912;
        break;
      case "_purpose":
        m1 |= 4;
        break;
      case "_idempotent":
        m1 |= 16;
        break;
      case "_code":
        m1 |= 64;
        break;
      case "_comment":
        m1 |= 256;
        break;
      case "_resource":
        m1 |= 2048;
        break;
      case "_system":
        m1 |= 8192;
        break;
      case "_type":
        m1 |= 32768;
        break;
      case "_instance":
        m1 |= 131072;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e9, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e10) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e10, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e11) && (m0 & 262144) === 0)) {
    if (!vrt.prim(e11, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e11, vcodes.inCodes3)) {
    if (!vrt.eachWith(e11, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e12) && (m0 & 1048576) === 0)) {
    if (!vrt.prim(e12, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes261)) {
    if (!vrt.eachWith(e12, false, x, p, "kind", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidBoolean(e13) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e13, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e14, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e15, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e16, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidMarkdown(e17) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e17, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e18, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e19, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e19, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidMarkdown(e20) && (m1 & 4) === 0)) {
      if (!vrt.prim(e20, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidBoolean(e21) && (m1 & 16) === 0)) {
      if (!vrt.prim(e21, o._idempotent, x, p, "idempotent", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e22) && (m1 & 64) === 0)) {
    if (!vrt.prim(e22, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidString(e23) && (m1 & 256) === 0)) {
      if (!vrt.prim(e23, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e24, x, p, "base", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, false, x, p, "base", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!vrt.prims(e25, o._resource, x, p, "resource", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(e25, true, x, p, "resource", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(e26) && (m1 & 8192) === 0)) {
    if (!vrt.prim(e26, o._system, x, p, "system", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(e27) && (m1 & 32768) === 0)) {
    if (!vrt.prim(e27, o._type, x, p, "type", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(e28) && (m1 & 131072) === 0)) {
    if (!vrt.prim(e28, o._instance, x, p, "instance", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(e29, x, p, "parameter", d, 0, -1, checkOperationDefinitionParameter) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.many(e30, x, p, "overload", d, 0, -1, checkOperationDefinitionOverload) && x.c === null) return false;
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
function checkOperationDefinitionParameter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationDefinition.parameter");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12;
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "use":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "min":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "max":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "type":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "searchType":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "profile":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "binding":
        n++;
        m0 |= 262144;
        e11 = o[k];
        break;
      case "part":
        n++;
        m0 |= 524288;
        e12 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_use":
        n++;
        m0 |= 64;
        break;
      case "_min":
        n++;
        m0 |= 256;
        break;
      case "_max":
        n++;
        m0 |= 1024;
        break;
      case "_documentation":
        n++;
        m0 |= 4096;
        break;
      case "_type":
        n++;
        m0 |= 16384;
        break;
      case "_searchType":
        n++;
        m0 |= 65536;
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._use, x, p, "use", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes262)) {
    if (!vrt.eachWith(e4, false, x, p, "use", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!(vrt.isValidInteger(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._min, x, p, "min", d, 1, vrt.isValidInteger, "integer", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
    if (!vrt.prim(e6, o._max, x, p, "max", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(e8, vcodes.inCodes159)) {
      if (!vrt.eachWith(e8, false, x, p, "type", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._searchType, x, p, "searchType", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes60)) {
      if (!vrt.eachWith(e9, false, x, p, "searchType", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e10, x, p, "profile", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e11, x, p, "binding", d, 0, checkOperationDefinitionParameterBinding) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e12, x, p, "part", d, 0, -1, checkOperationDefinitionParameter) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_type"], o["type"]) > 0, vrt.fpSizeOfValue(o["_part"], o["part"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpTruthValue(vrt.fpOneValue(o["_searchType"], o["searchType"])),
        vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "string")
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkOperationDefinitionOverload(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationDefinition.overload");
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
      case "parameterName":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "comment":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_parameterName":
        n++;
        m0 |= 16;
        break;
      case "_comment":
        n++;
        m0 |= 64;
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
  if ((m0 & 24) !== 0) {
    if (!vrt.prims(e3, o._parameterName, x, p, "parameterName", d, 0, -1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkOperationDefinitionParameterBinding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationDefinition.parameter.binding");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "strength":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueSetUri":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueSetReference":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_strength":
        n++;
        m0 |= 16;
        break;
      case "_valueSetUri":
        n++;
        m0 |= 64;
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._strength, x, p, "strength", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes177)) {
    if (!vrt.eachWith(e3, false, x, p, "strength", vrt.checkCode, BINDING_7) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "valueSet", 1) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueSetUri, x, p, "valueSet.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "valueSet.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "valueSet.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function validateOperationDefinition(value, options) {
  return vrt.validateWith(value, "OperationDefinition", checkOperationDefinition, true, options, REGISTRY_0);
}
function isOperationDefinition(value, options) {
  return vrt.testWith(value, checkOperationDefinition, true, options, REGISTRY_0);
}
function buildOperationDefinition(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "OperationDefinition" },
    isOperationDefinition,
    validateOperationDefinition,
    "OperationDefinition"
  );
}
