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
var Specimen_exports = {};
__export(Specimen_exports, {
  buildSpecimen: () => buildSpecimen,
  checkSpecimen: () => checkSpecimen,
  checkSpecimenCollection: () => checkSpecimenCollection,
  checkSpecimenContainer: () => checkSpecimenContainer,
  checkSpecimenProcessing: () => checkSpecimenProcessing,
  isSpecimen: () => isSpecimen,
  validateSpecimen: () => validateSpecimen
});
module.exports = __toCommonJS(Specimen_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Specimen"], type: "Specimen", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes119,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/specimen-status"
};
const TARGETS_0 = ["Device", "Group", "Patient", "Substance"];
const TARGETS_1 = ["Specimen"];
const TARGETS_2 = ["ProcedureRequest"];
const OWNER_1 = { paths: ["Specimen.collection"], type: "BackboneElement", exact: true };
const TARGETS_3 = ["Practitioner"];
const CHOICE_0 = vrt.choiceVariants(["collectedDateTime", "collectedPeriod"]);
const OWNER_2 = { paths: ["Specimen.processing"], type: "BackboneElement", exact: true };
const TARGETS_4 = ["Substance"];
const CHOICE_1 = vrt.choiceVariants(["timeDateTime", "timePeriod"]);
const OWNER_3 = { paths: ["Specimen.container"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["additiveCodeableConcept", "additiveReference"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Specimen", check: checkSpecimen, type: "Specimen", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSpecimen(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Specimen") && x.c === null) return false;
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
      case "accessionIdentifier":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "type":
        m0 |= 32768;
        break;
      case "subject":
        m0 |= 65536;
        break;
      case "receivedTime":
        m0 |= 131072;
        break;
      case "parent":
        m0 |= 524288;
        break;
      case "request":
        m0 |= 1048576;
        break;
      case "collection":
        m0 |= 2097152;
        break;
      case "processing":
        m0 |= 4194304;
        break;
      case "container":
        m0 |= 8388608;
        break;
      case "note":
        m0 |= 16777216;
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
        m0 |= 16384;
        break;
      case "_receivedTime":
        m0 |= 262144;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(o.accessionIdentifier, x, p, "accessionIdentifier", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes119)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidDateTime(o.receivedTime) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.receivedTime,
        o._receivedTime,
        x,
        p,
        "receivedTime",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.parent, x, p, "parent", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.parent, true, x, p, "parent", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.request, x, p, "request", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.request, true, x, p, "request", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.collection, x, p, "collection", d, 0, checkSpecimenCollection) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.processing, x, p, "processing", d, 0, -1, checkSpecimenProcessing) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.container, x, p, "container", d, 0, -1, checkSpecimenContainer) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
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
function checkSpecimenCollection(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.collection");
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
      case "collector":
        n++;
        m0 |= 8;
        break;
      case "collectedDateTime":
        n++;
        m0 |= 16;
        break;
      case "collectedPeriod":
        n++;
        m0 |= 64;
        break;
      case "quantity":
        n++;
        m0 |= 128;
        break;
      case "method":
        n++;
        m0 |= 256;
        break;
      case "bodySite":
        n++;
        m0 |= 512;
        break;
      case "_collectedDateTime":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.collector, x, p, "collector", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.collector, false, x, p, "collector", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "collected", 0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(o.collectedDateTime) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        o.collectedDateTime,
        o._collectedDateTime,
        x,
        p,
        "collected.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.collectedPeriod, x, p, "collected.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkSpecimenProcessing(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.processing");
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
      case "description":
        n++;
        m0 |= 8;
        break;
      case "procedure":
        n++;
        m0 |= 32;
        break;
      case "additive":
        n++;
        m0 |= 64;
        break;
      case "timeDateTime":
        n++;
        m0 |= 128;
        break;
      case "timePeriod":
        n++;
        m0 |= 512;
        break;
      case "_description":
        n++;
        m0 |= 16;
        break;
      case "_timeDateTime":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.procedure, x, p, "procedure", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.additive, x, p, "additive", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.additive, true, x, p, "additive", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 896) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "time", 0) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDateTime(o.timeDateTime) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        o.timeDateTime,
        o._timeDateTime,
        x,
        p,
        "time.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.timePeriod, x, p, "time.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkSpecimenContainer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.container");
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
      case "description":
        n++;
        m0 |= 16;
        break;
      case "type":
        n++;
        m0 |= 64;
        break;
      case "capacity":
        n++;
        m0 |= 128;
        break;
      case "specimenQuantity":
        n++;
        m0 |= 256;
        break;
      case "additiveCodeableConcept":
        n++;
        m0 |= 512;
        break;
      case "additiveReference":
        n++;
        m0 |= 1024;
        break;
      case "_description":
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.capacity, x, p, "capacity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.specimenQuantity, x, p, "specimenQuantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 1536) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "additive", 0) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.additiveCodeableConcept, x, p, "additive.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.additiveReference, x, p, "additive.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.additiveReference,
      false,
      x,
      p,
      "additive.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_4
    ) && x.c === null)
      return false;
  }
  return true;
}
function validateSpecimen(value, options) {
  return vrt.validateWith(value, "Specimen", checkSpecimen, true, options, REGISTRY_0);
}
function isSpecimen(value, options) {
  return vrt.testWith(value, checkSpecimen, true, options, REGISTRY_0);
}
function buildSpecimen(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Specimen" }, isSpecimen, validateSpecimen, "Specimen");
}
