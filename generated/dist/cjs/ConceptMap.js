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
var ConceptMap_exports = {};
__export(ConceptMap_exports, {
  buildConceptMap: () => buildConceptMap,
  checkConceptMap: () => checkConceptMap,
  checkConceptMapGroup: () => checkConceptMapGroup,
  checkConceptMapGroupElement: () => checkConceptMapGroupElement,
  checkConceptMapGroupElementTarget: () => checkConceptMapGroupElementTarget,
  checkConceptMapGroupElementTargetDependsOn: () => checkConceptMapGroupElementTargetDependsOn,
  checkConceptMapGroupUnmapped: () => checkConceptMapGroupUnmapped,
  isConceptMap: () => isConceptMap,
  validateConceptMap: () => validateConceptMap
});
module.exports = __toCommonJS(ConceptMap_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["ConceptMap"], type: "ConceptMap", exact: true };
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
const CHOICE_0 = vrt.choiceVariants(["sourceUri", "sourceReference"]);
const TARGETS_0 = ["ValueSet"];
const CHOICE_1 = vrt.choiceVariants(["targetUri", "targetReference"]);
const OWNER_1 = { paths: ["ConceptMap.group"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["ConceptMap.group.element"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["ConceptMap.group.unmapped"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes145,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/conceptmap-unmapped-mode"
};
const INVARIANT_0 = vrt.invariant({
  key: "cmd-3",
  path: "ConceptMap.group.unmapped",
  expression: "(mode = 'other-map') implies url.exists()",
  severity: "error",
  human: "If the mode is 'other-map', a code must be provided"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpImplies3(
    vrt.fpEqValue(vrt.fpOneValue(o["_mode"], o["mode"]), "other-map"),
    vrt.fpSizeOfValue(o["_url"], o["url"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "cmd-2",
  path: "ConceptMap.group.unmapped",
  expression: "(mode = 'fixed') implies code.exists()",
  severity: "error",
  human: "If the mode is 'fixed', a code must be provided"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpImplies3(
    vrt.fpEqValue(vrt.fpOneValue(o["_mode"], o["mode"]), "fixed"),
    vrt.fpSizeOfValue(o["_code"], o["code"]) > 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OWNER_4 = {
  paths: ["ConceptMap.group.element.target"],
  type: "BackboneElement",
  exact: true
};
const BINDING_3 = {
  has: vcodes.inCodes146,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/concept-map-equivalence"
};
const INVARIANT_2 = vrt.invariant({
  key: "cmd-1",
  path: "ConceptMap.group.element.target",
  expression: "comment.exists() or equivalence.empty() or ((equivalence != 'narrower') and (equivalence != 'inexact'))",
  severity: "error",
  human: "If the map is narrower or inexact, there SHALL be some comments"
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpSizeOfValue(o["_comment"], o["comment"]) > 0,
      vrt.fpSizeOfValue(o["_equivalence"], o["equivalence"]) === 0
    ),
    vrt.fpAnd3(
      vrt.fpNeValue(vrt.fpOneValue(o["_equivalence"], o["equivalence"]), "narrower"),
      vrt.fpNeValue(vrt.fpOneValue(o["_equivalence"], o["equivalence"]), "inexact")
    )
  );
};
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const OWNER_5 = {
  paths: ["ConceptMap.group.element.target.dependsOn"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ConceptMap",
      check: checkConceptMap,
      type: "ConceptMap",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkConceptMap(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ConceptMap") && x.c === null) return false;
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
      case "purpose":
        m1 |= 4;
        break;
      case "copyright":
        m1 |= 16;
        break;
      case "sourceUri":
        m1 |= 64;
        break;
      case "sourceReference":
        m1 |= 256;
        break;
      case "targetUri":
        m1 |= 512;
        break;
      case "targetReference":
        m1 |= 2048;
        break;
      case "group":
        m1 |= 4096;
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
      case "_purpose":
        m1 |= 8;
        break;
      case "_copyright":
        m1 |= 32;
        break;
      case "_sourceUri":
        m1 |= 128;
        break;
      case "_targetUri":
        m1 |= 1024;
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
    if (!(vrt.isValidMarkdown(o.purpose) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && (m1 & 32) === 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 448) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "source", 0) && x.c === null) return false;
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidUri(o.sourceUri) && (m1 & 128) === 0)) {
      if (!vrt.prim(o.sourceUri, o._sourceUri, x, p, "source.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.sourceReference, x, p, "source.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.sourceReference, false, x, p, "source.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m1 & 3584) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "target", 0) && x.c === null) return false;
  }
  if ((m1 & 1536) !== 0) {
    if (!(vrt.isValidUri(o.targetUri) && (m1 & 1024) === 0)) {
      if (!vrt.prim(o.targetUri, o._targetUri, x, p, "target.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.targetReference, x, p, "target.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.targetReference, false, x, p, "target.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(o.group, x, p, "group", d, 0, -1, checkConceptMapGroup) && x.c === null) return false;
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
function checkConceptMapGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group");
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
      case "source":
        n++;
        m0 |= 8;
        break;
      case "sourceVersion":
        n++;
        m0 |= 32;
        break;
      case "target":
        n++;
        m0 |= 128;
        break;
      case "targetVersion":
        n++;
        m0 |= 512;
        break;
      case "element":
        n++;
        m0 |= 2048;
        break;
      case "unmapped":
        n++;
        m0 |= 4096;
        break;
      case "_source":
        n++;
        m0 |= 16;
        break;
      case "_sourceVersion":
        n++;
        m0 |= 64;
        break;
      case "_target":
        n++;
        m0 |= 256;
        break;
      case "_targetVersion":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.source) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.source, o._source, x, p, "source", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.sourceVersion) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.sourceVersion,
        o._sourceVersion,
        x,
        p,
        "sourceVersion",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidUri(o.target) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.target, o._target, x, p, "target", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.targetVersion) && (m0 & 1024) === 0)) {
      if (!vrt.prim(
        o.targetVersion,
        o._targetVersion,
        x,
        p,
        "targetVersion",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.element, x, p, "element", d, 1, -1, checkConceptMapGroupElement) && x.c === null) return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(o.unmapped, x, p, "unmapped", d, 0, checkConceptMapGroupUnmapped) && x.c === null) return false;
  }
  return true;
}
function checkConceptMapGroupElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element");
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
      case "target":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(o.code) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.display) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.target, x, p, "target", d, 0, -1, checkConceptMapGroupElementTarget) && x.c === null) return false;
  }
  return true;
}
function checkConceptMapGroupUnmapped(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.unmapped");
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
      case "mode":
        n++;
        m0 |= 8;
        break;
      case "code":
        n++;
        m0 |= 32;
        break;
      case "display":
        n++;
        m0 |= 128;
        break;
      case "url":
        n++;
        m0 |= 512;
        break;
      case "_mode":
        n++;
        m0 |= 16;
        break;
      case "_code":
        n++;
        m0 |= 64;
        break;
      case "_display":
        n++;
        m0 |= 256;
        break;
      case "_url":
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
  if (!(vrt.isValidCode(o.mode) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.mode, vcodes.inCodes145)) {
    if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.code) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.display) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
    }
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkConceptMapGroupElementTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element.target");
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
      case "equivalence":
        n++;
        m0 |= 128;
        break;
      case "comment":
        n++;
        m0 |= 512;
        break;
      case "dependsOn":
        n++;
        m0 |= 2048;
        break;
      case "product":
        n++;
        m0 |= 4096;
        break;
      case "_code":
        n++;
        m0 |= 16;
        break;
      case "_display":
        n++;
        m0 |= 64;
        break;
      case "_equivalence":
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(o.code) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.display) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.equivalence) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.equivalence, o._equivalence, x, p, "equivalence", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.equivalence, vcodes.inCodes146)) {
      if (!vrt.eachWith(o.equivalence, false, x, p, "equivalence", vrt.checkCode, BINDING_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.comment) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.dependsOn, x, p, "dependsOn", d, 0, -1, checkConceptMapGroupElementTargetDependsOn) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.product, x, p, "product", d, 0, -1, checkConceptMapGroupElementTargetDependsOn) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  }
  return true;
}
function checkConceptMapGroupElementTargetDependsOn(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element.target.dependsOn");
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
      case "system":
        n++;
        m0 |= 32;
        break;
      case "code":
        n++;
        m0 |= 128;
        break;
      case "display":
        n++;
        m0 |= 512;
        break;
      case "_property":
        n++;
        m0 |= 16;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_code":
        n++;
        m0 |= 256;
        break;
      case "_display":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidUri(o.property) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.property, o._property, x, p, "property", d, 1, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.code) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.display) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateConceptMap(value, options) {
  return vrt.validateWith(value, "ConceptMap", checkConceptMap, true, options, REGISTRY_0);
}
function isConceptMap(value, options) {
  return vrt.testWith(value, checkConceptMap, true, options, REGISTRY_0);
}
function buildConceptMap(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "ConceptMap" }, isConceptMap, validateConceptMap, "ConceptMap");
}
