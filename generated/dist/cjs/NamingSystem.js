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
var NamingSystem_exports = {};
__export(NamingSystem_exports, {
  buildNamingSystem: () => buildNamingSystem,
  checkNamingSystem: () => checkNamingSystem,
  checkNamingSystemUniqueId: () => checkNamingSystemUniqueId,
  isNamingSystem: () => isNamingSystem,
  validateNamingSystem: () => validateNamingSystem
});
module.exports = __toCommonJS(NamingSystem_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["NamingSystem"], type: "NamingSystem", exact: true };
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
  has: vcodes.inCodes255,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/namingsystem-type"
};
const BINDING_3 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const TARGETS_0 = ["NamingSystem"];
const INVARIANT_0 = vrt.invariant({
  key: "nsd-1",
  path: "NamingSystem",
  expression: "kind != 'root' or uniqueId.type = 'uuid'",
  severity: "error",
  human: "Root systems cannot have uuid identifiers"
});
const INVARIANT_1 = vrt.invariant({
  key: "nsd-3",
  path: "NamingSystem",
  expression: "replacedBy.empty() or status = 'retired'",
  severity: "error",
  human: "Can only have replacedBy if naming system is retired"
});
const INVARIANT_2 = vrt.invariant({
  key: "nsd-2",
  path: "NamingSystem",
  expression: "uniqueId.where(preferred = true).select(type).isDistinct()",
  severity: "error",
  human: "Can't have more than one preferred identifier for a type"
});
const OWNER_1 = { paths: ["NamingSystem.uniqueId"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes256,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/namingsystem-identifier-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/NamingSystem",
      check: checkNamingSystem,
      type: "NamingSystem",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkNamingSystem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NamingSystem");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "NamingSystem") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21;
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
      case "name":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "status":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "kind":
        m0 |= 32768;
        e10 = o[k];
        break;
      case "date":
        m0 |= 131072;
        e11 = o[k];
        break;
      case "publisher":
        m0 |= 524288;
        e12 = o[k];
        break;
      case "contact":
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "responsible":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "type":
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "description":
        m0 |= 33554432;
        e16 = o[k];
        break;
      case "useContext":
        m0 |= 134217728;
        e17 = o[k];
        break;
      case "jurisdiction":
        m0 |= 268435456;
        e18 = o[k];
        break;
      case "usage":
        m0 |= 536870912;
        e19 = o[k];
        break;
      case "uniqueId":
        m1 |= 1;
        e20 = o[k];
        break;
      case "replacedBy":
        m1 |= 2;
        e21 = o[k];
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
      case "_name":
        m0 |= 4096;
        break;
      case "_status":
        m0 |= 16384;
        break;
      case "_kind":
        m0 |= 65536;
        break;
      case "_date":
        m0 |= 262144;
        break;
      case "_publisher":
        m0 |= 1048576;
        break;
      case "_responsible":
        m0 |= 8388608;
        break;
      case "_description":
        m0 |= 67108864;
        break;
      case "_usage":
        m0 |= 1073741824;
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
  if (!(vrt.isValidString(e8) && (m0 & 4096) === 0)) {
    if (!vrt.prim(e8, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes3)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e10, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes255)) {
    if (!vrt.eachWith(e10, false, x, p, "kind", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidDateTime(e11) && (m0 & 262144) === 0)) {
    if (!vrt.prim(e11, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e12, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e13, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidString(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._responsible, x, p, "responsible", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e15, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidMarkdown(e16) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e16, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e17, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e18, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(e19) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e19, o._usage, x, p, "usage", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e20, x, p, "uniqueId", d, 1, -1, checkNamingSystemUniqueId) && x.c === null) return false;
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e21, x, p, "replacedBy", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e21, false, x, p, "replacedBy", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
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
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpNeValue(vrt.fpOneValue(o["_kind"], o["kind"]), "root"),
        vrt.fpEqValue(vrt.fpOneEach(vrt.fpChildOf(o, "uniqueId", "_uniqueId"), "type", "_type"), "uuid")
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_replacedBy"], o["replacedBy"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_status"], o["status"]), "retired")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_2) && x.c === null) return false;
  return true;
}
function checkNamingSystemUniqueId(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "NamingSystem.uniqueId");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "value":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "preferred":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "comment":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "period":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_value":
        n++;
        m0 |= 64;
        break;
      case "_preferred":
        n++;
        m0 |= 256;
        break;
      case "_comment":
        n++;
        m0 |= 1024;
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
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes256)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._preferred, x, p, "preferred", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e7, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateNamingSystem(value, options) {
  return vrt.validateWith(value, "NamingSystem", checkNamingSystem, true, options, REGISTRY_0);
}
function isNamingSystem(value, options) {
  return vrt.testWith(value, checkNamingSystem, true, options, REGISTRY_0);
}
function buildNamingSystem(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "NamingSystem" }, isNamingSystem, validateNamingSystem, "NamingSystem");
}
