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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_copyright",
  "_date",
  "_description",
  "_experimental",
  "_id",
  "_implicitRules",
  "_language",
  "_name",
  "_publisher",
  "_purpose",
  "_sourceUri",
  "_status",
  "_targetUri",
  "_title",
  "_url",
  "_version",
  "contact",
  "contained",
  "copyright",
  "date",
  "description",
  "experimental",
  "extension",
  "group",
  "id",
  "identifier",
  "implicitRules",
  "jurisdiction",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "publisher",
  "purpose",
  "resourceType",
  "sourceReference",
  "sourceUri",
  "status",
  "targetReference",
  "targetUri",
  "text",
  "title",
  "url",
  "useContext",
  "version"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["ValueSet"]);
const CHOICE_1 = vrt.choiceVariants(["targetUri", "targetReference"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_source",
  "_sourceVersion",
  "_target",
  "_targetVersion",
  "element",
  "extension",
  "id",
  "modifierExtension",
  "source",
  "sourceVersion",
  "target",
  "targetVersion",
  "unmapped"
]);
const OWNER_1 = { paths: ["ConceptMap.group"], type: "BackboneElement", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set([
  "_code",
  "_display",
  "code",
  "display",
  "extension",
  "id",
  "modifierExtension",
  "target"
]);
const OWNER_2 = { paths: ["ConceptMap.group.element"], type: "BackboneElement", exact: true };
const KEYS_3 = /* @__PURE__ */ new Set([
  "_code",
  "_display",
  "_mode",
  "_url",
  "code",
  "display",
  "extension",
  "id",
  "mode",
  "modifierExtension",
  "url"
]);
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
const FHIRPATH_0 = (n) => vrt.fpImplies(
  vrt.fpEq(vrt.fpChildOf(n, "mode", "_mode"), ["other-map"]),
  vrt.fpExists(vrt.fpChildOf(n, "url", "_url"))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "cmd-2",
  path: "ConceptMap.group.unmapped",
  expression: "(mode = 'fixed') implies code.exists()",
  severity: "error",
  human: "If the mode is 'fixed', a code must be provided"
});
const FHIRPATH_1 = (n) => vrt.fpImplies(
  vrt.fpEq(vrt.fpChildOf(n, "mode", "_mode"), ["fixed"]),
  vrt.fpExists(vrt.fpChildOf(n, "code", "_code"))
);
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const KEYS_4 = /* @__PURE__ */ new Set([
  "_code",
  "_comment",
  "_display",
  "_equivalence",
  "code",
  "comment",
  "dependsOn",
  "display",
  "equivalence",
  "extension",
  "id",
  "modifierExtension",
  "product"
]);
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
const FHIRPATH_2 = (n) => vrt.fpOr(
  vrt.fpOr(
    vrt.fpExists(vrt.fpChildOf(n, "comment", "_comment")),
    vrt.fpEmpty(vrt.fpChildOf(n, "equivalence", "_equivalence"))
  ),
  vrt.fpAnd(
    vrt.fpNe(vrt.fpChildOf(n, "equivalence", "_equivalence"), ["narrower"]),
    vrt.fpNe(vrt.fpChildOf(n, "equivalence", "_equivalence"), ["inexact"])
  )
);
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const KEYS_5 = /* @__PURE__ */ new Set([
  "_code",
  "_display",
  "_property",
  "_system",
  "code",
  "display",
  "extension",
  "id",
  "modifierExtension",
  "property",
  "system"
]);
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
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "source", 0) && x.c === null) return false;
  if (o.sourceUri !== void 0 || o._sourceUri !== void 0) {
    if (!(vrt.isValidUri(o.sourceUri) && o._sourceUri === void 0)) {
      if (!vrt.prim(o.sourceUri, o._sourceUri, x, p, "source.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.sourceReference !== void 0) {
    if (!vrt.one(o.sourceReference, x, p, "source.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.sourceReference, false, x, p, "source.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "target", 0) && x.c === null) return false;
  if (o.targetUri !== void 0 || o._targetUri !== void 0) {
    if (!(vrt.isValidUri(o.targetUri) && o._targetUri === void 0)) {
      if (!vrt.prim(o.targetUri, o._targetUri, x, p, "target.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.targetReference !== void 0) {
    if (!vrt.one(o.targetReference, x, p, "target.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.targetReference, false, x, p, "target.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.group !== void 0) {
    if (!vrt.many(o.group, x, p, "group", d, 0, -1, checkConceptMapGroup) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkConceptMapGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group");
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
  if (o.source !== void 0 || o._source !== void 0) {
    if (!(vrt.isValidUri(o.source) && o._source === void 0)) {
      if (!vrt.prim(o.source, o._source, x, p, "source", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.sourceVersion !== void 0 || o._sourceVersion !== void 0) {
    if (!(vrt.isValidString(o.sourceVersion) && o._sourceVersion === void 0)) {
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
  if (o.target !== void 0 || o._target !== void 0) {
    if (!(vrt.isValidUri(o.target) && o._target === void 0)) {
      if (!vrt.prim(o.target, o._target, x, p, "target", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.targetVersion !== void 0 || o._targetVersion !== void 0) {
    if (!(vrt.isValidString(o.targetVersion) && o._targetVersion === void 0)) {
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
  if (o.unmapped !== void 0) {
    if (!vrt.one(o.unmapped, x, p, "unmapped", d, 0, checkConceptMapGroupUnmapped) && x.c === null) return false;
  }
  return true;
}
function checkConceptMapGroupElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element");
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
  if (o.code !== void 0 || o._code !== void 0) {
    if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.target !== void 0) {
    if (!vrt.many(o.target, x, p, "target", d, 0, -1, checkConceptMapGroupElementTarget) && x.c === null) return false;
  }
  return true;
}
function checkConceptMapGroupUnmapped(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.unmapped");
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
  if (!(vrt.isValidCode(o.mode) && o._mode === void 0)) {
    if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (o.code !== void 0 || o._code !== void 0) {
    if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.url !== void 0 || o._url !== void 0) {
    if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
    }
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkConceptMapGroupElementTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element.target");
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
  if (o.code !== void 0 || o._code !== void 0) {
    if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.equivalence !== void 0 || o._equivalence !== void 0) {
    if (!(vrt.isValidCode(o.equivalence) && o._equivalence === void 0)) {
      if (!vrt.prim(o.equivalence, o._equivalence, x, p, "equivalence", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.equivalence, false, x, p, "equivalence", vrt.checkCode, BINDING_3) && x.c === null)
      return false;
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.dependsOn !== void 0) {
    if (!vrt.many(o.dependsOn, x, p, "dependsOn", d, 0, -1, checkConceptMapGroupElementTargetDependsOn) && x.c === null)
      return false;
  }
  if (o.product !== void 0) {
    if (!vrt.many(o.product, x, p, "product", d, 0, -1, checkConceptMapGroupElementTargetDependsOn) && x.c === null)
      return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function checkConceptMapGroupElementTargetDependsOn(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element.target.dependsOn");
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
  if (!(vrt.isValidUri(o.property) && o._property === void 0)) {
    if (!vrt.prim(o.property, o._property, x, p, "property", d, 1, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
      return false;
  }
  if (o.system !== void 0 || o._system !== void 0) {
    if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
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
