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
var StructureDefinition_exports = {};
__export(StructureDefinition_exports, {
  buildStructureDefinition: () => buildStructureDefinition,
  checkStructureDefinition: () => checkStructureDefinition,
  checkStructureDefinitionDifferential: () => checkStructureDefinitionDifferential,
  checkStructureDefinitionMapping: () => checkStructureDefinitionMapping,
  checkStructureDefinitionSnapshot: () => checkStructureDefinitionSnapshot,
  isStructureDefinition: () => isStructureDefinition,
  validateStructureDefinition: () => validateStructureDefinition
});
module.exports = __toCommonJS(StructureDefinition_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_ElementDefinition = require("./ElementDefinition.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_fill = require("./runtime/build/fill.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["StructureDefinition"], type: "StructureDefinition", exact: true };
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
  has: vcodes.inCodes286,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/structure-definition-kind"
};
const BINDING_3 = {
  has: vcodes.inCodes287,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/extension-context"
};
const BINDING_4 = {
  has: vcodes.inCodes157,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/defined-types"
};
const BINDING_5 = {
  has: vcodes.inCodes288,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/type-derivation-rule"
};
const INVARIANT_0 = vrt.invariant({
  key: "sdf-9",
  path: "StructureDefinition",
  expression: "children().element.first().label.empty() and children().element.first().code.empty() and children().element.first().requirements.empty()",
  severity: "error",
  human: 'In any snapshot or differential, no label, code or requirements on the an element without a "." in the path (e.g. the first element)'
});
const INVARIANT_1 = vrt.invariant({
  key: "sdf-19",
  path: "StructureDefinition",
  expression: "kind = 'logical' or (differential.element.type.code.all(hasValue() implies matches('^[a-zA-Z0-9]+$')) and snapshot.element.type.code.all(hasValue() implies matches('^[a-zA-Z0-9]+$')))",
  severity: "error",
  human: "Custom types can only be used in logical models"
});
const INVARIANT_2 = vrt.invariant({
  key: "sdf-16",
  path: "StructureDefinition",
  expression: "snapshot.element.id.trace('ids').isDistinct()",
  severity: "error",
  human: "All element definitions must have unique ids (snapshot)"
});
const INVARIANT_3 = vrt.invariant({
  key: "sdf-18",
  path: "StructureDefinition",
  expression: "contextInvariant.exists() implies type = 'Extension'",
  severity: "error",
  human: "Context Invariants can only be used for extensions"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpImplies3(
    vrt.fpSizeOfValue(o["_contextInvariant"], o["contextInvariant"]) > 0,
    vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "Extension")
  );
};
const TRANSLATED_0 = { inv: INVARIANT_3, fn: FHIRPATH_0 };
const INVARIANT_4 = vrt.invariant({
  key: "sdf-17",
  path: "StructureDefinition",
  expression: "differential.element.id.trace('ids').isDistinct()",
  severity: "error",
  human: "All element definitions must have unique ids (diff)"
});
const INVARIANT_5 = vrt.invariant({
  key: "sdf-12",
  path: "StructureDefinition",
  expression: "snapshot.exists() implies (snapshot.element.base.exists() = baseDefinition.exists())",
  severity: "error",
  human: "element.base cannot appear if there is no base on the structure definition"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpImplies3(
    vrt.fpSizeOfValue(o["_snapshot"], o["snapshot"]) > 0,
    vrt.fpEqValue(
      vrt.fpSingle(
        vrt.fpExists(
          vrt.fpChild(vrt.fpChild(vrt.fpChildOf(n, "snapshot", "_snapshot"), "element", "_element"), "base", "_base")
        )
      ),
      vrt.fpSingle(vrt.fpExists(vrt.fpChildOf(n, "baseDefinition", "_baseDefinition")))
    )
  );
};
const TRANSLATED_1 = { inv: INVARIANT_5, fn: FHIRPATH_1 };
const INVARIANT_6 = vrt.invariant({
  key: "sdf-11",
  path: "StructureDefinition",
  expression: "snapshot.empty() or snapshot.element.first().path = type",
  severity: "error",
  human: "If there's a type, its content must match the path name in the first element of a snapshot"
});
const INVARIANT_7 = vrt.invariant({
  key: "sdf-14",
  path: "StructureDefinition",
  expression: "snapshot.element.all(id.exists()) and differential.element.all(id.exists())",
  severity: "error",
  human: "All element definitions must have an id"
});
const INVARIANT_8 = vrt.invariant({
  key: "sdf-1",
  path: "StructureDefinition",
  expression: "derivation = 'constraint' or snapshot.element.select(path).isDistinct()",
  severity: "error",
  human: "Element paths must be unique unless the structure is a constraint"
});
const INVARIANT_9 = vrt.invariant({
  key: "sdf-7",
  path: "StructureDefinition",
  expression: "(derivation = 'constraint') or (kind = 'logical') or (url = 'http://hl7.org/fhir/StructureDefinition/'+id)",
  severity: "error",
  human: 'If the structure describes a base Resource or Type, the URL has to start with "http://hl7.org/fhir/StructureDefinition/" and the tail must match the id'
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpEqValue(vrt.fpOneValue(o["_derivation"], o["derivation"]), "constraint"),
      vrt.fpEqValue(vrt.fpOneValue(o["_kind"], o["kind"]), "logical")
    ),
    vrt.fpEqValue(
      vrt.fpOneValue(o["_url"], o["url"]),
      vrt.fpSingle(vrt.fpPlus(["http://hl7.org/fhir/StructureDefinition/"], vrt.fpChildOf(n, "id", "_id")))
    )
  );
};
const TRANSLATED_2 = { inv: INVARIANT_9, fn: FHIRPATH_2 };
const INVARIANT_10 = vrt.invariant({
  key: "sdf-6",
  path: "StructureDefinition",
  expression: "snapshot.exists() or differential.exists()",
  severity: "error",
  human: "A structure must have either a differential, or a snapshot (or both)"
});
const FHIRPATH_3 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_snapshot"], o["snapshot"]) > 0,
    vrt.fpSizeOfValue(o["_differential"], o["differential"]) > 0
  );
};
const TRANSLATED_3 = { inv: INVARIANT_10, fn: FHIRPATH_3 };
const INVARIANT_11 = vrt.invariant({
  key: "sdf-5",
  path: "StructureDefinition",
  expression: "type != 'Extension' or derivation = 'specialization' or (context.exists() and contextType.exists())",
  severity: "error",
  human: "If the structure defines an extension then the structure must have context information"
});
const FHIRPATH_4 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "Extension"),
      vrt.fpEqValue(vrt.fpOneValue(o["_derivation"], o["derivation"]), "specialization")
    ),
    vrt.fpAnd3(
      vrt.fpSizeOfValue(o["_context"], o["context"]) > 0,
      vrt.fpSizeOfValue(o["_contextType"], o["contextType"]) > 0
    )
  );
};
const TRANSLATED_4 = { inv: INVARIANT_11, fn: FHIRPATH_4 };
const INVARIANT_12 = vrt.invariant({
  key: "sdf-4",
  path: "StructureDefinition",
  expression: "abstract = true or baseDefinition.exists()",
  severity: "error",
  human: "If the structure is not abstract, then there SHALL be a baseDefinition"
});
const FHIRPATH_5 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpEqValue(vrt.fpOneValue(o["_abstract"], o["abstract"]), true),
    vrt.fpSizeOfValue(o["_baseDefinition"], o["baseDefinition"]) > 0
  );
};
const TRANSLATED_5 = { inv: INVARIANT_12, fn: FHIRPATH_5 };
const OWNER_1 = { paths: ["StructureDefinition.mapping"], type: "BackboneElement", exact: true };
const INVARIANT_13 = vrt.invariant({
  key: "sdf-2",
  path: "StructureDefinition.mapping",
  expression: "name.exists() or uri.exists()",
  severity: "error",
  human: "Must have at least a name or a uri (or both)"
});
const FHIRPATH_6 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_name"], o["name"]) > 0, vrt.fpSizeOfValue(o["_uri"], o["uri"]) > 0);
};
const TRANSLATED_6 = { inv: INVARIANT_13, fn: FHIRPATH_6 };
const OWNER_2 = { paths: ["StructureDefinition.snapshot"], type: "BackboneElement", exact: true };
const INVARIANT_14 = vrt.invariant({
  key: "sdf-15",
  path: "StructureDefinition.snapshot",
  expression: "element.first().type.empty()",
  severity: "error",
  human: "The first element in a snapshot has no type"
});
const INVARIANT_15 = vrt.invariant({
  key: "sdf-8",
  path: "StructureDefinition.snapshot",
  expression: "element.first().path = %resource.type and element.tail().all(path.startsWith(%resource.type&'.'))",
  severity: "error",
  human: "In any snapshot, all the elements must be in the specified type"
});
const INVARIANT_16 = vrt.invariant({
  key: "sdf-3",
  path: "StructureDefinition.snapshot",
  expression: "element.all(definition and min and max)",
  severity: "error",
  human: "Each element definition in a snapshot must have a formal definition and cardinalities"
});
const OWNER_3 = {
  paths: ["StructureDefinition.differential"],
  type: "BackboneElement",
  exact: true
};
const INVARIANT_17 = vrt.invariant({
  key: "sdf-15a",
  path: "StructureDefinition.differential",
  expression: "element.first().path.contains('.').not() implies element.first().type.empty()",
  severity: "error",
  human: 'If the first element in a differential has no "." in the path, it has no type'
});
const INVARIANT_18 = vrt.invariant({
  key: "sdf-20",
  path: "StructureDefinition.differential",
  expression: "element.first().slicing.empty()",
  severity: "error",
  human: "No slicing on the root element"
});
const INVARIANT_19 = vrt.invariant({
  key: "sdf-8a",
  path: "StructureDefinition.differential",
  expression: "element.first().path.startsWith(%resource.type) and element.tail().all(path.startsWith(%resource.type&'.'))",
  severity: "error",
  human: "In any differential, all the elements must be in the specified type"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/StructureDefinition",
      check: checkStructureDefinition,
      type: "StructureDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkStructureDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "StructureDefinition") && x.c === null) return false;
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
      case "keyword":
        m1 |= 64;
        break;
      case "fhirVersion":
        m1 |= 128;
        break;
      case "mapping":
        m1 |= 512;
        break;
      case "kind":
        m1 |= 1024;
        break;
      case "abstract":
        m1 |= 4096;
        break;
      case "contextType":
        m1 |= 16384;
        break;
      case "context":
        m1 |= 65536;
        break;
      case "contextInvariant":
        m1 |= 262144;
        break;
      case "type":
        m1 |= 1048576;
        break;
      case "baseDefinition":
        m1 |= 4194304;
        break;
      case "derivation":
        m1 |= 16777216;
        break;
      case "snapshot":
        m1 |= 67108864;
        break;
      case "differential":
        m1 |= 134217728;
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
      case "_fhirVersion":
        m1 |= 256;
        break;
      case "_kind":
        m1 |= 2048;
        break;
      case "_abstract":
        m1 |= 8192;
        break;
      case "_contextType":
        m1 |= 32768;
        break;
      case "_context":
        m1 |= 131072;
        break;
      case "_contextInvariant":
        m1 |= 524288;
        break;
      case "_type":
        m1 |= 2097152;
        break;
      case "_baseDefinition":
        m1 |= 8388608;
        break;
      case "_derivation":
        m1 |= 33554432;
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
  if (!(vrt.isValidUri(o.url) && (m0 & 4096) === 0)) {
    if (!vrt.prim(o.url, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
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
  if (!(vrt.isValidString(o.name) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
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
  if ((m1 & 64) !== 0) {
    if (!vrt.many(o.keyword, x, p, "keyword", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidId(o.fhirVersion) && (m1 & 256) === 0)) {
      if (!vrt.prim(o.fhirVersion, o._fhirVersion, x, p, "fhirVersion", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(o.mapping, x, p, "mapping", d, 0, -1, checkStructureDefinitionMapping) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.kind) && (m1 & 2048) === 0)) {
    if (!vrt.prim(o.kind, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.kind, vcodes.inCodes286)) {
    if (!vrt.eachWith(o.kind, false, x, p, "kind", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(o.abstract) && (m1 & 8192) === 0)) {
    if (!vrt.prim(o.abstract, o._abstract, x, p, "abstract", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidCode(o.contextType) && (m1 & 32768) === 0)) {
      if (!vrt.prim(o.contextType, o._contextType, x, p, "contextType", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.contextType, vcodes.inCodes287)) {
      if (!vrt.eachWith(o.contextType, false, x, p, "contextType", vrt.checkCode, BINDING_3) && x.c === null)
        return false;
    }
  }
  if ((m1 & 196608) !== 0) {
    if (!vrt.prims(o.context, o._context, x, p, "context", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 786432) !== 0) {
    if (!vrt.prims(
      o.contextInvariant,
      o._contextInvariant,
      x,
      p,
      "contextInvariant",
      d,
      0,
      -1,
      vrt.isValidString,
      "string",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.type) && (m1 & 2097152) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes157)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m1 & 12582912) !== 0) {
    if (!(vrt.isValidUri(o.baseDefinition) && (m1 & 8388608) === 0)) {
      if (!vrt.prim(o.baseDefinition, o._baseDefinition, x, p, "baseDefinition", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 50331648) !== 0) {
    if (!(vrt.isValidCode(o.derivation) && (m1 & 33554432) === 0)) {
      if (!vrt.prim(o.derivation, o._derivation, x, p, "derivation", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.derivation, vcodes.inCodes288)) {
      if (!vrt.eachWith(o.derivation, false, x, p, "derivation", vrt.checkCode, BINDING_5) && x.c === null)
        return false;
    }
  }
  if ((m1 & 67108864) !== 0) {
    if (!vrt.one(o.snapshot, x, p, "snapshot", d, 0, checkStructureDefinitionSnapshot) && x.c === null) return false;
  }
  if ((m1 & 134217728) !== 0) {
    if (!vrt.one(o.differential, x, p, "differential", d, 0, checkStructureDefinitionDifferential) && x.c === null)
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
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_1) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_2) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_4) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_6) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_7) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_8) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_4) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_5) && x.c === null) return false;
  return true;
}
function checkStructureDefinitionMapping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureDefinition.mapping");
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
      case "identity":
        n++;
        m0 |= 8;
        break;
      case "uri":
        n++;
        m0 |= 32;
        break;
      case "name":
        n++;
        m0 |= 128;
        break;
      case "comment":
        n++;
        m0 |= 512;
        break;
      case "_identity":
        n++;
        m0 |= 16;
        break;
      case "_uri":
        n++;
        m0 |= 64;
        break;
      case "_name":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidId(o.identity) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.identity, o._identity, x, p, "identity", d, 1, vrt.isValidId, "id", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.uri) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.uri, o._uri, x, p, "uri", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.comment) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_6) && x.c === null) return false;
  return true;
}
function checkStructureDefinitionSnapshot(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureDefinition.snapshot");
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
      case "element":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!vrt.many(o.element, x, p, "element", d, 1, -1, import_ElementDefinition.checkElementDefinition) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_14) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_15) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_16) && x.c === null) return false;
  return true;
}
function checkStructureDefinitionDifferential(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureDefinition.differential");
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
      case "element":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!vrt.many(o.element, x, p, "element", d, 1, -1, import_ElementDefinition.checkElementDefinition) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_17) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_18) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_19) && x.c === null) return false;
  return true;
}
function validateStructureDefinition(value, options) {
  return vrt.validateWith(value, "StructureDefinition", checkStructureDefinition, true, options, REGISTRY_0);
}
function isStructureDefinition(value, options) {
  return vrt.testWith(value, checkStructureDefinition, true, options, REGISTRY_0);
}
function buildStructureDefinition(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "StructureDefinition" },
    isStructureDefinition,
    validateStructureDefinition,
    "StructureDefinition"
  );
}
