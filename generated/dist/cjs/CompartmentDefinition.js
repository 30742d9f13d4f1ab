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
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22;
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
      case "name":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "title":
        m0 |= 32768;
        e10 = o[k];
        break;
      case "status":
        m0 |= 131072;
        e11 = o[k];
        break;
      case "experimental":
        m0 |= 524288;
        e12 = o[k];
        break;
      case "date":
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "publisher":
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "contact":
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "description":
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "purpose":
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
      case "code":
        m1 |= 2;
        e20 = o[k];
        break;
      case "search":
        m1 |= 8;
        e21 = o[k];
        break;
      case "resource":
        m1 |= 32;
        e22 = o[k];
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
      case "_name":
        m0 |= 16384;
        break;
      case "_title":
        m0 |= 65536;
        break;
      case "_status":
        m0 |= 262144;
        break;
      case "_experimental":
        m0 |= 1048576;
        break;
      case "_date":
        m0 |= 4194304;
        break;
      case "_publisher":
        m0 |= 16777216;
        break;
      case "_description":
        m0 |= 134217728;
        break;
      case "_purpose":
        m0 |= 536870912;
        break;
      case "_code":
        m1 |= 4;
        break;
      case "_search":
        m1 |= 16;
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
  if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
    if (!vrt.prim(e8, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e9) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e9, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e10, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e11) && (m0 & 262144) === 0)) {
    if (!vrt.prim(e11, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e11, vcodes.inCodes3)) {
    if (!vrt.eachWith(e11, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidBoolean(e12) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e12, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDateTime(e13) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e13, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(e14) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e14, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e15, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidMarkdown(e16) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e16, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidMarkdown(e17) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e17, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
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
  if (!(vrt.isValidCode(e20) && (m1 & 4) === 0)) {
    if (!vrt.prim(e20, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e20, vcodes.inCodes142)) {
    if (!vrt.eachWith(e20, false, x, p, "code", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(e21) && (m1 & 16) === 0)) {
    if (!vrt.prim(e21, o._search, x, p, "search", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e22, x, p, "resource", d, 0, -1, checkCompartmentDefinitionResource) && x.c === null) return false;
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
function checkCompartmentDefinitionResource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CompartmentDefinition.resource");
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "param":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_code":
        n++;
        m0 |= 16;
        break;
      case "_param":
        n++;
        m0 |= 64;
        break;
      case "_documentation":
        n++;
        m0 |= 256;
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
    if (!vrt.prim(e3, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes4)) {
    if (!vrt.eachWith(e3, false, x, p, "code", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!vrt.prims(e4, o._param, x, p, "param", d, 0, -1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
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
