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
var Composition_exports = {};
__export(Composition_exports, {
  buildComposition: () => buildComposition,
  checkComposition: () => checkComposition,
  checkCompositionAttester: () => checkCompositionAttester,
  checkCompositionEvent: () => checkCompositionEvent,
  checkCompositionRelatesTo: () => checkCompositionRelatesTo,
  checkCompositionSection: () => checkCompositionSection,
  isComposition: () => isComposition,
  validateComposition: () => validateComposition
});
module.exports = __toCommonJS(Composition_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Composition"], type: "Composition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes81,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/composition-status"
};
const TARGETS_0 = ["Encounter"];
const TARGETS_1 = ["Device", "Patient", "Practitioner", "RelatedPerson"];
const BINDING_2 = {
  has: vcodes.inCodes136,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ConfidentialityClassification"
};
const TARGETS_2 = ["Organization"];
const OWNER_1 = { paths: ["Composition.attester"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes143,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/composition-attestation-mode"
};
const TARGETS_3 = ["Organization", "Patient", "Practitioner"];
const OWNER_2 = { paths: ["Composition.relatesTo"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes82,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/document-relationship-type"
};
const CHOICE_0 = vrt.choiceVariants(["targetIdentifier", "targetReference"]);
const TARGETS_4 = ["Composition"];
const OWNER_3 = { paths: ["Composition.event"], type: "BackboneElement", exact: true };
const OWNER_4 = { paths: ["Composition.section"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes88,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/list-mode"
};
const BINDING_6 = {
  has: vcodes.inCodings90,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/list-order"
};
const BINDING_7 = {
  has: vcodes.inCodings144,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/list-empty-reason"
};
const INVARIANT_0 = vrt.invariant({
  key: "cmp-1",
  path: "Composition.section",
  expression: "text.exists() or entry.exists() or section.exists()",
  severity: "error",
  human: "A section must at least one of text, entries, or sub-sections"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(vrt.fpSizeOfValue(o["_text"], o["text"]) > 0, vrt.fpSizeOfValue(o["_entry"], o["entry"]) > 0),
    vrt.fpSizeOfValue(o["_section"], o["section"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "cmp-2",
  path: "Composition.section",
  expression: "emptyReason.empty() or entry.empty()",
  severity: "error",
  human: "A section can only have an emptyReason if it is empty"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_emptyReason"], o["emptyReason"]) === 0,
    vrt.fpSizeOfValue(o["_entry"], o["entry"]) === 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Composition",
      check: checkComposition,
      type: "Composition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkComposition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Composition") && x.c === null) return false;
  let m0 = 0;
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
      case "identifier":
        m0 |= 2048;
        break;
      case "status":
        m0 |= 4096;
        break;
      case "type":
        m0 |= 16384;
        break;
      case "class":
        m0 |= 32768;
        break;
      case "subject":
        m0 |= 65536;
        break;
      case "encounter":
        m0 |= 131072;
        break;
      case "date":
        m0 |= 262144;
        break;
      case "author":
        m0 |= 1048576;
        break;
      case "title":
        m0 |= 2097152;
        break;
      case "confidentiality":
        m0 |= 8388608;
        break;
      case "attester":
        m0 |= 33554432;
        break;
      case "custodian":
        m0 |= 67108864;
        break;
      case "relatesTo":
        m0 |= 134217728;
        break;
      case "event":
        m0 |= 268435456;
        break;
      case "section":
        m0 |= 536870912;
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
      case "_status":
        m0 |= 8192;
        break;
      case "_date":
        m0 |= 524288;
        break;
      case "_title":
        m0 |= 4194304;
        break;
      case "_confidentiality":
        m0 |= 16777216;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes81)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.class, x, p, "class", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidDateTime(o.date) && (m0 & 524288) === 0)) {
    if (!vrt.prim(o.date, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.many(o.author, x, p, "author", d, 1, -1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.author, true, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if (!(vrt.isValidString(o.title) && (m0 & 4194304) === 0)) {
    if (!vrt.prim(o.title, o._title, x, p, "title", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidCode(o.confidentiality) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(
        o.confidentiality,
        o._confidentiality,
        x,
        p,
        "confidentiality",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.confidentiality, vcodes.inCodes136)) {
      if (!vrt.eachWith(o.confidentiality, false, x, p, "confidentiality", vrt.checkCode, BINDING_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.attester, x, p, "attester", d, 0, -1, checkCompositionAttester) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.custodian, x, p, "custodian", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.custodian, false, x, p, "custodian", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.relatesTo, x, p, "relatesTo", d, 0, -1, checkCompositionRelatesTo) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.event, x, p, "event", d, 0, -1, checkCompositionEvent) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.section, x, p, "section", d, 0, -1, checkCompositionSection) && x.c === null) return false;
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
function checkCompositionAttester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.attester");
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
      case "time":
        n++;
        m0 |= 32;
        break;
      case "party":
        n++;
        m0 |= 128;
        break;
      case "_mode":
        n++;
        m0 |= 16;
        break;
      case "_time":
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
  if (!vrt.prims(o.mode, o._mode, x, p, "mode", d, 1, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
    return false;
  if (!vrt.eachWith(o.mode, true, x, p, "mode", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(o.time) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.party, x, p, "party", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.party, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  return true;
}
function checkCompositionRelatesTo(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.relatesTo");
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
      case "targetIdentifier":
        n++;
        m0 |= 32;
        break;
      case "targetReference":
        n++;
        m0 |= 64;
        break;
      case "_code":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.code, vcodes.inCodes82)) {
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "target", 1) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.targetIdentifier, x, p, "target.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.targetReference, x, p, "target.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.targetReference, false, x, p, "target.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkCompositionEvent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.event");
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
      case "period":
        n++;
        m0 |= 16;
        break;
      case "detail":
        n++;
        m0 |= 32;
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
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  return true;
}
function checkCompositionSection(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.section");
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
      case "title":
        n++;
        m0 |= 8;
        break;
      case "code":
        n++;
        m0 |= 32;
        break;
      case "text":
        n++;
        m0 |= 64;
        break;
      case "mode":
        n++;
        m0 |= 128;
        break;
      case "orderedBy":
        n++;
        m0 |= 512;
        break;
      case "entry":
        n++;
        m0 |= 1024;
        break;
      case "emptyReason":
        n++;
        m0 |= 2048;
        break;
      case "section":
        n++;
        m0 |= 4096;
        break;
      case "_title":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.mode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.mode, vcodes.inCodes88)) {
      if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.orderedBy, x, p, "orderedBy", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.orderedBy, false, x, p, "orderedBy", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(o.entry, x, p, "entry", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.emptyReason, x, p, "emptyReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.emptyReason, false, x, p, "emptyReason", vrt.checkConcept, BINDING_7) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.section, x, p, "section", d, 0, -1, checkCompositionSection) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if ((m0 & 2048) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  }
  return true;
}
function validateComposition(value, options) {
  return vrt.validateWith(value, "Composition", checkComposition, true, options, REGISTRY_0);
}
function isComposition(value, options) {
  return vrt.testWith(value, checkComposition, true, options, REGISTRY_0);
}
function buildComposition(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Composition" }, isComposition, validateComposition, "Composition");
}
