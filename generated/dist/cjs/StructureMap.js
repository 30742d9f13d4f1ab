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
var StructureMap_exports = {};
__export(StructureMap_exports, {
  buildStructureMap: () => buildStructureMap,
  checkStructureMap: () => checkStructureMap,
  checkStructureMapGroup: () => checkStructureMapGroup,
  checkStructureMapGroupInput: () => checkStructureMapGroupInput,
  checkStructureMapGroupRule: () => checkStructureMapGroupRule,
  checkStructureMapGroupRuleDependent: () => checkStructureMapGroupRuleDependent,
  checkStructureMapGroupRuleSource: () => checkStructureMapGroupRuleSource,
  checkStructureMapGroupRuleTarget: () => checkStructureMapGroupRuleTarget,
  checkStructureMapGroupRuleTargetParameter: () => checkStructureMapGroupRuleTargetParameter,
  checkStructureMapStructure: () => checkStructureMapStructure,
  isStructureMap: () => isStructureMap,
  validateStructureMap: () => validateStructureMap
});
module.exports = __toCommonJS(StructureMap_exports);
var import_Address = require("./Address.js");
var import_Age = require("./Age.js");
var import_Annotation = require("./Annotation.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_Count = require("./Count.js");
var import_Distance = require("./Distance.js");
var import_Duration = require("./Duration.js");
var import_HumanName = require("./HumanName.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SampledData = require("./SampledData.js");
var import_Signature = require("./Signature.js");
var import_Timing = require("./Timing.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["StructureMap"], type: "StructureMap", exact: true };
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
const OWNER_1 = { paths: ["StructureMap.structure"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes289,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-model-mode"
};
const OWNER_2 = { paths: ["StructureMap.group"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes290,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-group-type-mode"
};
const OWNER_3 = { paths: ["StructureMap.group.input"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes291,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-input-mode"
};
const OWNER_4 = { paths: ["StructureMap.group.rule"], type: "BackboneElement", exact: true };
const OWNER_5 = { paths: ["StructureMap.group.rule.source"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "defaultValueBase64Binary",
  "defaultValueBoolean",
  "defaultValueCode",
  "defaultValueDate",
  "defaultValueDateTime",
  "defaultValueDecimal",
  "defaultValueId",
  "defaultValueInstant",
  "defaultValueInteger",
  "defaultValueMarkdown",
  "defaultValueOid",
  "defaultValuePositiveInt",
  "defaultValueString",
  "defaultValueTime",
  "defaultValueUnsignedInt",
  "defaultValueUri",
  "defaultValueAddress",
  "defaultValueAge",
  "defaultValueAnnotation",
  "defaultValueAttachment",
  "defaultValueCodeableConcept",
  "defaultValueCoding",
  "defaultValueContactPoint",
  "defaultValueCount",
  "defaultValueDistance",
  "defaultValueDuration",
  "defaultValueHumanName",
  "defaultValueIdentifier",
  "defaultValueMoney",
  "defaultValuePeriod",
  "defaultValueQuantity",
  "defaultValueRange",
  "defaultValueRatio",
  "defaultValueReference",
  "defaultValueSampledData",
  "defaultValueSignature",
  "defaultValueTiming",
  "defaultValueMeta"
]);
const BINDING_5 = {
  has: vcodes.inCodes292,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-source-list-mode"
};
const OWNER_6 = { paths: ["StructureMap.group.rule.target"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes293,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-context-type"
};
const BINDING_7 = {
  has: vcodes.inCodes294,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-target-list-mode"
};
const BINDING_8 = {
  has: vcodes.inCodes295,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-transform"
};
const INVARIANT_0 = vrt.invariant({
  key: "smp-2",
  path: "StructureMap.group.rule.target",
  expression: "context.exists() implies contextType.exists()",
  severity: "error",
  human: "Must have a contextType if you have a context"
});
const INVARIANT_1 = vrt.invariant({
  key: "smp-1",
  path: "StructureMap.group.rule.target",
  expression: "element.exists() implies context.exists()",
  severity: "error",
  human: "Can only have a element if you have a context"
});
const OWNER_7 = {
  paths: ["StructureMap.group.rule.dependent"],
  type: "BackboneElement",
  exact: true
};
const OWNER_8 = {
  paths: ["StructureMap.group.rule.target.parameter"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_1 = vrt.choiceVariants([
  "valueId",
  "valueString",
  "valueBoolean",
  "valueInteger",
  "valueDecimal"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/StructureMap",
      check: checkStructureMap,
      type: "StructureMap",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkStructureMap(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "StructureMap") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25;
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
      case "identifier":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "version":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "name":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "title":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "status":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "experimental":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "date":
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "publisher":
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "contact":
        m0 |= 268435456;
        e17 = o[k];
        break;
      case "description":
        m0 |= 536870912;
        e18 = o[k];
        break;
      case "useContext":
        m1 |= 1;
        e19 = o[k];
        break;
      case "jurisdiction":
        m1 |= 2;
        e20 = o[k];
        break;
      case "purpose":
        m1 |= 4;
        e21 = o[k];
        break;
      case "copyright":
        m1 |= 16;
        e22 = o[k];
        break;
      case "structure":
        m1 |= 64;
        e23 = o[k];
        break;
      case "import":
        m1 |= 128;
        e24 = o[k];
        break;
      case "group":
        m1 |= 512;
        e25 = o[k];
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
      case "_import":
        m1 |= 256;
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
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e11, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e12, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e13) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(e13, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e13, vcodes.inCodes3)) {
    if (!vrt.eachWith(e13, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e15, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e16, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e17, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(e18) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e18, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e19, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e20, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e20, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidMarkdown(e21) && (m1 & 8) === 0)) {
      if (!vrt.prim(e21, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidMarkdown(e22) && (m1 & 32) === 0)) {
      if (!vrt.prim(e22, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e23, x, p, "structure", d, 0, -1, checkStructureMapStructure) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!vrt.prims(e24, o._import, x, p, "import", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.many(e25, x, p, "group", d, 1, -1, checkStructureMapGroup) && x.c === null) return false;
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
function checkStructureMapStructure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.structure");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "url":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "mode":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "alias":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_url":
        n++;
        m0 |= 16;
        break;
      case "_mode":
        n++;
        m0 |= 64;
        break;
      case "_alias":
        n++;
        m0 |= 256;
        break;
      case "_documentation":
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
  if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes289)) {
    if (!vrt.eachWith(e4, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._alias, x, p, "alias", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkStructureMapGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "extends":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "typeMode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "input":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "rule":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_extends":
        n++;
        m0 |= 64;
        break;
      case "_typeMode":
        n++;
        m0 |= 256;
        break;
      case "_documentation":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidId, "id", OWNER_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidId(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._extends, x, p, "extends", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._typeMode, x, p, "typeMode", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e5, vcodes.inCodes290)) {
    if (!vrt.eachWith(e5, false, x, p, "typeMode", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e7, x, p, "input", d, 1, -1, checkStructureMapGroupInput) && x.c === null) return false;
  if (!vrt.many(e8, x, p, "rule", d, 1, -1, checkStructureMapGroupRule) && x.c === null) return false;
  return true;
}
function checkStructureMapGroupInput(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.input");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "type":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "mode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_type":
        n++;
        m0 |= 64;
        break;
      case "_mode":
        n++;
        m0 |= 256;
        break;
      case "_documentation":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidId, "id", OWNER_3) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._type, x, p, "type", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e5, vcodes.inCodes291)) {
    if (!vrt.eachWith(e5, false, x, p, "mode", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkStructureMapGroupRule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "source":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "target":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "rule":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "dependent":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_documentation":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidId, "id", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.many(e4, x, p, "source", d, 1, -1, checkStructureMapGroupRuleSource) && x.c === null) return false;
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e5, x, p, "target", d, 0, -1, checkStructureMapGroupRuleTarget) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e6, x, p, "rule", d, 0, -1, checkStructureMapGroupRule) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e7, x, p, "dependent", d, 0, -1, checkStructureMapGroupRuleDependent) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e8, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkStructureMapGroupRuleSource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule.source");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40, e41, e42, e43, e44, e45, e46, e47, e48, e49;
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
      case "context":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "min":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "max":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "type":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "defaultValueBase64Binary":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "defaultValueBoolean":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "defaultValueCode":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "defaultValueDate":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "defaultValueDateTime":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "defaultValueDecimal":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "defaultValueId":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "defaultValueInstant":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "defaultValueInteger":
        n++;
        m0 |= 134217728;
        e15 = o[k];
        break;
      case "defaultValueMarkdown":
        n++;
        m0 |= 536870912;
        e16 = o[k];
        break;
      case "defaultValueOid":
        n++;
        m1 |= 1;
        e17 = o[k];
        break;
      case "defaultValuePositiveInt":
        n++;
        m1 |= 4;
        e18 = o[k];
        break;
      case "defaultValueString":
        n++;
        m1 |= 16;
        e19 = o[k];
        break;
      case "defaultValueTime":
        n++;
        m1 |= 64;
        e20 = o[k];
        break;
      case "defaultValueUnsignedInt":
        n++;
        m1 |= 256;
        e21 = o[k];
        break;
      case "defaultValueUri":
        n++;
        m1 |= 1024;
        e22 = o[k];
        break;
      case "defaultValueAddress":
        n++;
        m1 |= 4096;
        e23 = o[k];
        break;
      case "defaultValueAge":
        n++;
        m1 |= 8192;
        e24 = o[k];
        break;
      case "defaultValueAnnotation":
        n++;
        m1 |= 16384;
        e25 = o[k];
        break;
      case "defaultValueAttachment":
        n++;
        m1 |= 32768;
        e26 = o[k];
        break;
      case "defaultValueCodeableConcept":
        n++;
        m1 |= 65536;
        e27 = o[k];
        break;
      case "defaultValueCoding":
        n++;
        m1 |= 131072;
        e28 = o[k];
        break;
      case "defaultValueContactPoint":
        n++;
        m1 |= 262144;
        e29 = o[k];
        break;
      case "defaultValueCount":
        n++;
        m1 |= 524288;
        e30 = o[k];
        break;
      case "defaultValueDistance":
        n++;
        m1 |= 1048576;
        e31 = o[k];
        break;
      case "defaultValueDuration":
        n++;
        m1 |= 2097152;
        e32 = o[k];
        break;
      case "defaultValueHumanName":
        n++;
        m1 |= 4194304;
        e33 = o[k];
        break;
      case "defaultValueIdentifier":
        n++;
        m1 |= 8388608;
        e34 = o[k];
        break;
      case "defaultValueMoney":
        n++;
        m1 |= 16777216;
        e35 = o[k];
        break;
      case "defaultValuePeriod":
        n++;
        m1 |= 33554432;
        e36 = o[k];
        break;
      case "defaultValueQuantity":
        n++;
        m1 |= 67108864;
        e37 = o[k];
        break;
      case "defaultValueRange":
        n++;
        m1 |= 134217728;
        e38 = o[k];
        break;
      case "defaultValueRatio":
        n++;
        m1 |= 268435456;
        e39 = o[k];
        break;
      case "defaultValueReference":
        n++;
        m1 |= 536870912;
        e40 = o[k];
        break;
      case "defaultValueSampledData":
        n++;
        m1 |= 1073741824;
        e41 = o[k];
        break;
      case "defaultValueSignature":
        n++;
        m2 |= 1;
        e42 = o[k];
        break;
      case "defaultValueTiming":
        n++;
        m2 |= 2;
        e43 = o[k];
        break;
      case "defaultValueMeta":
        n++;
        m2 |= 4;
        e44 = o[k];
        break;
      case "element":
        n++;
        m2 |= 8;
        e45 = o[k];
        break;
      case "listMode":
        n++;
        m2 |= 32;
        e46 = o[k];
        break;
      case "variable":
        n++;
        m2 |= 128;
        e47 = o[k];
        break;
      case "condition":
        n++;
        m2 |= 512;
        e48 = o[k];
        break;
      case "check":
        n++;
        m2 |= 2048;
        e49 = o[k];
        break;
      case "_context":
        n++;
        m0 |= 16;
        break;
      case "_min":
        n++;
        m0 |= 64;
        break;
      case "_max":
        n++;
        m0 |= 256;
        break;
      case "_type":
        n++;
        m0 |= 1024;
        break;
      case "_defaultValueBase64Binary":
        n++;
        m0 |= 4096;
        break;
      case "_defaultValueBoolean":
        n++;
        m0 |= 16384;
        break;
      case "_defaultValueCode":
        n++;
        m0 |= 65536;
        break;
      case "_defaultValueDate":
        n++;
        m0 |= 262144;
        break;
      case "_defaultValueDateTime":
        n++;
        m0 |= 1048576;
        break;
      case "_defaultValueDecimal":
        n++;
        m0 |= 4194304;
        break;
      case "_defaultValueId":
        n++;
        m0 |= 16777216;
        break;
      case "_defaultValueInstant":
        n++;
        m0 |= 67108864;
        break;
      case "_defaultValueInteger":
        n++;
        m0 |= 268435456;
        break;
      case "_defaultValueMarkdown":
        n++;
        m0 |= 1073741824;
        break;
      case "_defaultValueOid":
        n++;
        m1 |= 2;
        break;
      case "_defaultValuePositiveInt":
        n++;
        m1 |= 8;
        break;
      case "_defaultValueString":
        n++;
        m1 |= 32;
        break;
      case "_defaultValueTime":
        n++;
        m1 |= 128;
        break;
      case "_defaultValueUnsignedInt":
        n++;
        m1 |= 512;
        break;
      case "_defaultValueUri":
        n++;
        m1 |= 2048;
        break;
      case "_element":
        n++;
        m2 |= 16;
        break;
      case "_listMode":
        n++;
        m2 |= 64;
        break;
      case "_variable":
        n++;
        m2 |= 256;
        break;
      case "_condition":
        n++;
        m2 |= 1024;
        break;
      case "_check":
        n++;
        m2 |= 4096;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._context, x, p, "context", d, 1, vrt.isValidId, "id", OWNER_5) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._min, x, p, "min", d, 0, vrt.isValidInteger, "integer", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._max, x, p, "max", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null) return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._type, x, p, "type", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 2147481600) + vrt.bitCount(m1 & 2147483647) + vrt.bitCount(m2 & 7) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "defaultValue", 0) && x.c === null) return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidBase64Binary(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        e7,
        o._defaultValueBase64Binary,
        x,
        p,
        "defaultValue.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidBoolean(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        e8,
        o._defaultValueBoolean,
        x,
        p,
        "defaultValue.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._defaultValueCode, x, p, "defaultValue.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidDate(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        e10,
        o._defaultValueDate,
        x,
        p,
        "defaultValue.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e11) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        e11,
        o._defaultValueDateTime,
        x,
        p,
        "defaultValue.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDecimal(e12) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        e12,
        o._defaultValueDecimal,
        x,
        p,
        "defaultValue.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidId(e13) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e13, o._defaultValueId, x, p, "defaultValue.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidInstant(e14) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        e14,
        o._defaultValueInstant,
        x,
        p,
        "defaultValue.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidInteger(e15) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(
        e15,
        o._defaultValueInteger,
        x,
        p,
        "defaultValue.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(e16) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(
        e16,
        o._defaultValueMarkdown,
        x,
        p,
        "defaultValue.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidOid(e17) && (m1 & 2) === 0)) {
      if (!vrt.prim(e17, o._defaultValueOid, x, p, "defaultValue.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidPositiveInt(e18) && (m1 & 8) === 0)) {
      if (!vrt.prim(
        e18,
        o._defaultValuePositiveInt,
        x,
        p,
        "defaultValue.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidString(e19) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        e19,
        o._defaultValueString,
        x,
        p,
        "defaultValue.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidTime(e20) && (m1 & 128) === 0)) {
      if (!vrt.prim(
        e20,
        o._defaultValueTime,
        x,
        p,
        "defaultValue.ofType(time)",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 768) !== 0) {
    if (!(vrt.isValidUnsignedInt(e21) && (m1 & 512) === 0)) {
      if (!vrt.prim(
        e21,
        o._defaultValueUnsignedInt,
        x,
        p,
        "defaultValue.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidUri(e22) && (m1 & 2048) === 0)) {
      if (!vrt.prim(e22, o._defaultValueUri, x, p, "defaultValue.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e23, x, p, "defaultValue.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e24, x, p, "defaultValue.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e25, x, p, "defaultValue.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e26, x, p, "defaultValue.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e27, x, p, "defaultValue.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e28, x, p, "defaultValue.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e29, x, p, "defaultValue.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e30, x, p, "defaultValue.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e31, x, p, "defaultValue.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e32, x, p, "defaultValue.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e33, x, p, "defaultValue.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(e34, x, p, "defaultValue.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(e35, x, p, "defaultValue.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(e36, x, p, "defaultValue.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 67108864) !== 0) {
    if (!vrt.one(e37, x, p, "defaultValue.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 134217728) !== 0) {
    if (!vrt.one(e38, x, p, "defaultValue.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 268435456) !== 0) {
    if (!vrt.one(e39, x, p, "defaultValue.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 536870912) !== 0) {
    if (!vrt.one(e40, x, p, "defaultValue.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 1073741824) !== 0) {
    if (!vrt.one(e41, x, p, "defaultValue.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null) return false;
  }
  if ((m2 & 1) !== 0) {
    if (!vrt.one(e42, x, p, "defaultValue.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if ((m2 & 2) !== 0) {
    if (!vrt.one(e43, x, p, "defaultValue.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m2 & 4) !== 0) {
    if (!vrt.one(e44, x, p, "defaultValue.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if ((m2 & 24) !== 0) {
    if (!(vrt.isValidString(e45) && (m2 & 16) === 0)) {
      if (!vrt.prim(e45, o._element, x, p, "element", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m2 & 96) !== 0) {
    if (!(vrt.isValidCode(e46) && (m2 & 64) === 0)) {
      if (!vrt.prim(e46, o._listMode, x, p, "listMode", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e46, vcodes.inCodes292)) {
      if (!vrt.eachWith(e46, false, x, p, "listMode", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m2 & 384) !== 0) {
    if (!(vrt.isValidId(e47) && (m2 & 256) === 0)) {
      if (!vrt.prim(e47, o._variable, x, p, "variable", d, 0, vrt.isValidId, "id", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m2 & 1536) !== 0) {
    if (!(vrt.isValidString(e48) && (m2 & 1024) === 0)) {
      if (!vrt.prim(e48, o._condition, x, p, "condition", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m2 & 6144) !== 0) {
    if (!(vrt.isValidString(e49) && (m2 & 4096) === 0)) {
      if (!vrt.prim(e49, o._check, x, p, "check", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkStructureMapGroupRuleTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule.target");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10;
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
      case "context":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contextType":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "element":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "variable":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "listMode":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "listRuleId":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "transform":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "parameter":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "_context":
        n++;
        m0 |= 16;
        break;
      case "_contextType":
        n++;
        m0 |= 64;
        break;
      case "_element":
        n++;
        m0 |= 256;
        break;
      case "_variable":
        n++;
        m0 |= 1024;
        break;
      case "_listMode":
        n++;
        m0 |= 4096;
        break;
      case "_listRuleId":
        n++;
        m0 |= 16384;
        break;
      case "_transform":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._context, x, p, "context", d, 0, vrt.isValidId, "id", OWNER_6) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._contextType, x, p, "contextType", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes293)) {
      if (!vrt.eachWith(e4, false, x, p, "contextType", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._element, x, p, "element", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidId(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._variable, x, p, "variable", d, 0, vrt.isValidId, "id", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!vrt.prims(e7, o._listMode, x, p, "listMode", d, 0, -1, vrt.isValidCode, "code", OWNER_6) && x.c === null)
      return false;
    if (!vrt.eachWith(e7, true, x, p, "listMode", vrt.checkCode, BINDING_7) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidId(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._listRuleId, x, p, "listRuleId", d, 0, vrt.isValidId, "id", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._transform, x, p, "transform", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes295)) {
      if (!vrt.eachWith(e9, false, x, p, "transform", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e10, x, p, "parameter", d, 0, -1, checkStructureMapGroupRuleTargetParameter) && x.c === null)
      return false;
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpSizeOfValue(o["_context"], o["context"]) > 0,
        vrt.fpSizeOfValue(o["_contextType"], o["contextType"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpSizeOfValue(o["_element"], o["element"]) > 0,
        vrt.fpSizeOfValue(o["_context"], o["context"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkStructureMapGroupRuleDependent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule.dependent");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "variable":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_variable":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidId, "id", OWNER_7) && x.c === null) return false;
  }
  if (!vrt.prims(e4, o._variable, x, p, "variable", d, 1, -1, vrt.isValidString, "string", OWNER_7) && x.c === null)
    return false;
  return true;
}
function checkStructureMapGroupRuleTargetParameter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule.target.parameter");
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
      case "valueId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "_valueId":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_8) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_8) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_8) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidInteger(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_8) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDecimal(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_8) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateStructureMap(value, options) {
  return vrt.validateWith(value, "StructureMap", checkStructureMap, true, options, REGISTRY_0);
}
function isStructureMap(value, options) {
  return vrt.testWith(value, checkStructureMap, true, options, REGISTRY_0);
}
function buildStructureMap(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "StructureMap" }, isStructureMap, validateStructureMap, "StructureMap");
}
