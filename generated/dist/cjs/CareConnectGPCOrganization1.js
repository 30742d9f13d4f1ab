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
var CareConnectGPCOrganization1_exports = {};
__export(CareConnectGPCOrganization1_exports, {
  buildCareConnectGPCOrganization1: () => buildCareConnectGPCOrganization1,
  buildCareConnectGPCOrganization1IdentifierOdsOrganisationCode: () => buildCareConnectGPCOrganization1IdentifierOdsOrganisationCode,
  checkCareConnectGPCOrganization1: () => checkCareConnectGPCOrganization1,
  checkCareConnectGPCOrganization1Address: () => checkCareConnectGPCOrganization1Address,
  checkCareConnectGPCOrganization1Contact: () => checkCareConnectGPCOrganization1Contact,
  checkCareConnectGPCOrganization1ContactAddress: () => checkCareConnectGPCOrganization1ContactAddress,
  checkCareConnectGPCOrganization1ContactName: () => checkCareConnectGPCOrganization1ContactName,
  checkCareConnectGPCOrganization1IdentifierOdsOrganisationCode: () => checkCareConnectGPCOrganization1IdentifierOdsOrganisationCode,
  isCareConnectGPCOrganization1: () => isCareConnectGPCOrganization1,
  validateCareConnectGPCOrganization1: () => validateCareConnectGPCOrganization1
});
module.exports = __toCommonJS(CareConnectGPCOrganization1_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_ExtensionCareConnectGPCMainLocation1 = require("./ExtensionCareConnectGPCMainLocation1.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_OrganizationPeriod = require("./OrganizationPeriod.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Organization"], type: "Organization", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Organization.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "mainLocation",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCMainLocation1.checkExtensionCareConnectGPCMainLocation1)(v, x, q, d)
    },
    {
      name: "organization-period",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/organization-period",
      check: (v, x, q, d) => (0, import_OrganizationPeriod.checkOrganizationPeriod)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1":
        return 0;
      case "http://hl7.org/fhir/StructureDefinition/organization-period":
        return 1;
    }
    return -1;
  }
};
const SLICING_1 = {
  rules: "openAtEnd",
  ordered: false,
  element: "Organization.identifier",
  base: (v, x, q, d) => (0, import_Identifier.checkIdentifier)(v, x, q, d),
  slices: [
    {
      name: "odsOrganisationCode",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "https://fhir.nhs.uk/Id/ods-organization-code",
      check: (v, x, q, d) => checkCareConnectGPCOrganization1IdentifierOdsOrganisationCode(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "https://fhir.nhs.uk/Id/ods-organization-code":
        return 0;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodings106,
  strength: "extensible",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/GPConnect-OrganisationType-1"
};
const INVARIANT_0 = vrt.invariant({
  key: "org-3",
  path: "Organization.telecom",
  expression: "where(use = 'home').empty()",
  severity: "error",
  human: "The telecom of an organization can never be of use 'home'"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return !(vrt.fpEqValue(vrt.fpOneValue(o["_use"], o["use"]), "home") === true);
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const TARGETS_0 = ["Organization"];
const TARGETS_1 = ["Endpoint"];
const INVARIANT_1 = vrt.invariant({
  key: "org-1",
  path: "Organization",
  expression: "(identifier.count() + name.count()) > 0",
  severity: "error",
  human: "The organization SHALL at least have a name or an id, and possibly more than one"
});
const OWNER_1 = {
  paths: ["Organization.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const OWNER_2 = { paths: ["Organization.address", "Address"], type: "Address", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes6,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-use"
};
const BINDING_3 = {
  has: vcodes.inCodes7,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-type"
};
const INVARIANT_2 = vrt.invariant({
  key: "org-2",
  path: "Organization.address",
  expression: "where(use = 'home').empty()",
  severity: "error",
  human: "An address of an organization can never be of use 'home'"
});
const OWNER_3 = { paths: ["Organization.contact"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodings107,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/contactentity-type"
};
const OWNER_4 = {
  paths: ["Organization.contact.name", "HumanName"],
  type: "HumanName",
  exact: true
};
const BINDING_5 = {
  has: vcodes.inCodes108,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/name-use"
};
const OWNER_5 = {
  paths: ["Organization.contact.address", "Address"],
  type: "Address",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1",
      check: checkCareConnectGPCOrganization1,
      type: "Organization",
      base: false
    }
  ],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/organization-period",
      check: import_OrganizationPeriod.checkOrganizationPeriod,
      contexts: ["Organization"],
      contextTypes: ["Organization"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MainLocation-1",
      check: import_ExtensionCareConnectGPCMainLocation1.checkExtensionCareConnectGPCMainLocation1,
      contexts: ["Organization"],
      contextTypes: ["Organization"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCOrganization1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Organization") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17;
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
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "active":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "type":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "name":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "alias":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "telecom":
        m0 |= 524288;
        e13 = o[k];
        break;
      case "address":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "partOf":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "contact":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "endpoint":
        m0 |= 8388608;
        e17 = o[k];
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
      case "_active":
        m0 |= 8192;
        break;
      case "_name":
        m0 |= 65536;
        break;
      case "_alias":
        m0 |= 262144;
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
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.checkSliced(e8, x, p, "identifier", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "type", d, 0, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "type", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e11) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e11, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!vrt.prims(e12, o._alias, x, p, "alias", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e13, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "telecom", vrt.checkBooleanInvariant, TRANSLATED_0) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e14, x, p, "address", d, 0, -1, checkCareConnectGPCOrganization1Address) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e15, x, p, "partOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e16, x, p, "contact", d, 0, -1, checkCareConnectGPCOrganization1Contact) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e17, x, p, "endpoint", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
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
      r = vrt.fpSizeOfValue(o["_identifier"], o["identifier"]) + vrt.fpSizeOfValue(o["_name"], o["name"]) > 0;
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCOrganization1IdentifierOdsOrganisationCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(e2, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(e3, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!((e4 === "https://fhir.nhs.uk/Id/ods-organization-code" || vrt.isValidUri(e4)) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(e4 === void 0 || e4 === "https://fhir.nhs.uk/Id/ods-organization-code")) {
    if (!vrt.eachWith(e4, false, x, p, "system", vrt.checkFixed, "https://fhir.nhs.uk/Id/ods-organization-code") && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(e6, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(e7, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCOrganization1Address(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.address");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "text":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "line":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "city":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "district":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "state":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "postalCode":
        n++;
        m0 |= 65536;
        e9 = o[k];
        break;
      case "country":
        n++;
        m0 |= 262144;
        e10 = o[k];
        break;
      case "period":
        n++;
        m0 |= 1048576;
        e11 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_type":
        n++;
        m0 |= 32;
        break;
      case "_text":
        n++;
        m0 |= 128;
        break;
      case "_line":
        n++;
        m0 |= 512;
        break;
      case "_city":
        n++;
        m0 |= 2048;
        break;
      case "_district":
        n++;
        m0 |= 8192;
        break;
      case "_state":
        n++;
        m0 |= 32768;
        break;
      case "_postalCode":
        n++;
        m0 |= 131072;
        break;
      case "_country":
        n++;
        m0 |= 524288;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes6)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes7)) {
      if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e7, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prohibited(e8, o._state, x, p, "state") && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e9, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e10, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e11, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = !(vrt.fpEqValue(vrt.fpOneValue(o["_use"], o["use"]), "home") === true);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCOrganization1Contact(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.contact");
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
      case "purpose":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "name":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "telecom":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "address":
        n++;
        m0 |= 64;
        e6 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "purpose", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "purpose", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "name", d, 0, checkCareConnectGPCOrganization1ContactName) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e5, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "address", d, 0, checkCareConnectGPCOrganization1ContactAddress) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCOrganization1ContactName(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.contact.name");
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "family":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "given":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "prefix":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "suffix":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "period":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_text":
        n++;
        m0 |= 32;
        break;
      case "_family":
        n++;
        m0 |= 128;
        break;
      case "_given":
        n++;
        m0 |= 512;
        break;
      case "_prefix":
        n++;
        m0 |= 2048;
        break;
      case "_suffix":
        n++;
        m0 |= 8192;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes108)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._family, x, p, "family", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._given, x, p, "given", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e6, o._prefix, x, p, "prefix", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(e7, o._suffix, x, p, "suffix", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e8, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCOrganization1ContactAddress(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.contact.address");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "text":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "line":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "city":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "district":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "state":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "postalCode":
        n++;
        m0 |= 65536;
        e9 = o[k];
        break;
      case "country":
        n++;
        m0 |= 262144;
        e10 = o[k];
        break;
      case "period":
        n++;
        m0 |= 1048576;
        e11 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_type":
        n++;
        m0 |= 32;
        break;
      case "_text":
        n++;
        m0 |= 128;
        break;
      case "_line":
        n++;
        m0 |= 512;
        break;
      case "_city":
        n++;
        m0 |= 2048;
        break;
      case "_district":
        n++;
        m0 |= 8192;
        break;
      case "_state":
        n++;
        m0 |= 32768;
        break;
      case "_postalCode":
        n++;
        m0 |= 131072;
        break;
      case "_country":
        n++;
        m0 |= 524288;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes6)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes7)) {
      if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e7, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prohibited(e8, o._state, x, p, "state") && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e9, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e10, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e11, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateCareConnectGPCOrganization1(value, options) {
  return vrt.validateWith(value, "Organization", checkCareConnectGPCOrganization1, true, options, REGISTRY_0);
}
function isCareConnectGPCOrganization1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCOrganization1, true, options, REGISTRY_0);
}
function buildCareConnectGPCOrganization1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "Organization",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Organization-1"
    },
    isCareConnectGPCOrganization1,
    validateCareConnectGPCOrganization1,
    "CareConnectGPCOrganization1"
  );
}
function buildCareConnectGPCOrganization1IdentifierOdsOrganisationCode(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "https://fhir.nhs.uk/Id/ods-organization-code" }
  });
}
