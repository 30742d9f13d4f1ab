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
var CareConnectOrganization1_exports = {};
__export(CareConnectOrganization1_exports, {
  buildCareConnectOrganization1: () => buildCareConnectOrganization1,
  buildCareConnectOrganization1IdentifierLocalIdentifier: () => buildCareConnectOrganization1IdentifierLocalIdentifier,
  buildCareConnectOrganization1IdentifierOdsOrganisationCode: () => buildCareConnectOrganization1IdentifierOdsOrganisationCode,
  buildCareConnectOrganization1IdentifierOdsSiteCode: () => buildCareConnectOrganization1IdentifierOdsSiteCode,
  checkCareConnectOrganization1: () => checkCareConnectOrganization1,
  checkCareConnectOrganization1Address: () => checkCareConnectOrganization1Address,
  checkCareConnectOrganization1Contact: () => checkCareConnectOrganization1Contact,
  checkCareConnectOrganization1ContactAddress: () => checkCareConnectOrganization1ContactAddress,
  checkCareConnectOrganization1ContactName: () => checkCareConnectOrganization1ContactName,
  checkCareConnectOrganization1IdentifierLocalIdentifier: () => checkCareConnectOrganization1IdentifierLocalIdentifier,
  checkCareConnectOrganization1IdentifierOdsOrganisationCode: () => checkCareConnectOrganization1IdentifierOdsOrganisationCode,
  checkCareConnectOrganization1IdentifierOdsSiteCode: () => checkCareConnectOrganization1IdentifierOdsSiteCode,
  isCareConnectOrganization1: () => isCareConnectOrganization1,
  validateCareConnectOrganization1: () => validateCareConnectOrganization1
});
module.exports = __toCommonJS(CareConnectOrganization1_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_ExtensionCareConnectMainLocation1 = require("./ExtensionCareConnectMainLocation1.js");
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
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectMainLocation1.checkExtensionCareConnectMainLocation1)(v, x, q, d)
    },
    {
      name: "organization-period",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/organization-period",
      check: (v, x, q, d) => (0, import_OrganizationPeriod.checkOrganizationPeriod)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1":
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
      match: (v, x, d) => vrt.isObject(v) && v.system === "https://fhir.nhs.uk/Id/ods-organization-code",
      check: (v, x, q, d) => checkCareConnectOrganization1IdentifierOdsOrganisationCode(v, x, q, d)
    },
    {
      name: "odsSiteCode",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "https://fhir.nhs.uk/Id/ods-site-code",
      check: (v, x, q, d) => checkCareConnectOrganization1IdentifierOdsSiteCode(v, x, q, d)
    },
    {
      name: "localIdentifier",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "https://fhir.nhs.uk/Id/local-organization-code",
      check: (v, x, q, d) => checkCareConnectOrganization1IdentifierLocalIdentifier(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "https://fhir.nhs.uk/Id/ods-organization-code":
        return 0;
      case "https://fhir.nhs.uk/Id/ods-site-code":
        return 1;
      case "https://fhir.nhs.uk/Id/local-organization-code":
        return 2;
    }
    return -1;
  }
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
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpSizeOfValue(o["_identifier"], o["identifier"]) + vrt.fpSizeOfValue(o["_name"], o["name"]) > 0;
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OWNER_1 = {
  paths: ["Organization.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const BINDING_1 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_2 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const OWNER_2 = { paths: ["Organization.address", "Address"], type: "Address", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes6,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-use"
};
const BINDING_4 = {
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
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_0 };
const OWNER_3 = { paths: ["Organization.contact"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodings107,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/contactentity-type"
};
const OWNER_4 = {
  paths: ["Organization.contact.name", "HumanName"],
  type: "HumanName",
  exact: true
};
const BINDING_6 = {
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
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Organization-1",
      check: checkCareConnectOrganization1,
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
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-MainLocation-1",
      check: import_ExtensionCareConnectMainLocation1.checkExtensionCareConnectMainLocation1,
      contexts: ["Organization"],
      contextTypes: ["Organization"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectOrganization1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Organization") && x.c === null) return false;
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
      case "active":
        m0 |= 4096;
        break;
      case "type":
        m0 |= 16384;
        break;
      case "name":
        m0 |= 32768;
        break;
      case "alias":
        m0 |= 131072;
        break;
      case "telecom":
        m0 |= 524288;
        break;
      case "address":
        m0 |= 1048576;
        break;
      case "partOf":
        m0 |= 2097152;
        break;
      case "contact":
        m0 |= 4194304;
        break;
      case "endpoint":
        m0 |= 8388608;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.checkSliced(o.identifier, x, p, "identifier", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(o.active) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!vrt.prims(o.alias, o._alias, x, p, "alias", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
    if (!vrt.eachWith(o.telecom, true, x, p, "telecom", vrt.checkBooleanInvariant, TRANSLATED_0) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.address, x, p, "address", d, 0, -1, checkCareConnectOrganization1Address) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.partOf, x, p, "partOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, false, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkCareConnectOrganization1Contact) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.endpoint, x, p, "endpoint", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.endpoint, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
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
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkCareConnectOrganization1IdentifierOdsOrganisationCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(o.use, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(o.type, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!((o.system === "https://fhir.nhs.uk/Id/ods-organization-code" || vrt.isValidUri(o.system)) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "https://fhir.nhs.uk/Id/ods-organization-code")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "https://fhir.nhs.uk/Id/ods-organization-code") && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(o.period, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(o.assigner, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkCareConnectOrganization1IdentifierOdsSiteCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(o.use, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(o.type, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!((o.system === "https://fhir.nhs.uk/Id/ods-site-code" || vrt.isValidUri(o.system)) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "https://fhir.nhs.uk/Id/ods-site-code")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "https://fhir.nhs.uk/Id/ods-site-code") && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(o.period, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(o.assigner, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkCareConnectOrganization1IdentifierLocalIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!((o.system === "https://fhir.nhs.uk/Id/local-organization-code" || vrt.isValidUri(o.system)) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "https://fhir.nhs.uk/Id/local-organization-code")) {
    if (!vrt.eachWith(
      o.system,
      false,
      x,
      p,
      "system",
      vrt.checkFixed,
      "https://fhir.nhs.uk/Id/local-organization-code"
    ) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectOrganization1Address(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.address");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "text":
        n++;
        m0 |= 64;
        break;
      case "line":
        n++;
        m0 |= 256;
        break;
      case "city":
        n++;
        m0 |= 1024;
        break;
      case "district":
        n++;
        m0 |= 4096;
        break;
      case "state":
        n++;
        m0 |= 16384;
        break;
      case "postalCode":
        n++;
        m0 |= 65536;
        break;
      case "country":
        n++;
        m0 |= 262144;
        break;
      case "period":
        n++;
        m0 |= 1048576;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes6)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.type) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.type, vcodes.inCodes7)) {
      if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(o.line, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(o.city) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.city, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(o.district) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.district, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prohibited(o.state, o._state, x, p, "state") && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.postalCode) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.postalCode, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.country) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.country, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function checkCareConnectOrganization1Contact(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.contact");
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
      case "purpose":
        n++;
        m0 |= 8;
        break;
      case "name":
        n++;
        m0 |= 16;
        break;
      case "telecom":
        n++;
        m0 |= 32;
        break;
      case "address":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.purpose, x, p, "purpose", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.purpose, false, x, p, "purpose", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.name, x, p, "name", d, 0, checkCareConnectOrganization1ContactName) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.address, x, p, "address", d, 0, checkCareConnectOrganization1ContactAddress) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectOrganization1ContactName(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.contact.name");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 16;
        break;
      case "family":
        n++;
        m0 |= 64;
        break;
      case "given":
        n++;
        m0 |= 256;
        break;
      case "prefix":
        n++;
        m0 |= 1024;
        break;
      case "suffix":
        n++;
        m0 |= 4096;
        break;
      case "period":
        n++;
        m0 |= 16384;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes108)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.family) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.family, o._family, x, p, "family", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(o.given, o._given, x, p, "given", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(o.prefix, o._prefix, x, p, "prefix", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(o.suffix, o._suffix, x, p, "suffix", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectOrganization1ContactAddress(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.contact.address");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "text":
        n++;
        m0 |= 64;
        break;
      case "line":
        n++;
        m0 |= 256;
        break;
      case "city":
        n++;
        m0 |= 1024;
        break;
      case "district":
        n++;
        m0 |= 4096;
        break;
      case "state":
        n++;
        m0 |= 16384;
        break;
      case "postalCode":
        n++;
        m0 |= 65536;
        break;
      case "country":
        n++;
        m0 |= 262144;
        break;
      case "period":
        n++;
        m0 |= 1048576;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes6)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.type) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.type, vcodes.inCodes7)) {
      if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(o.line, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(o.city) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.city, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(o.district) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.district, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prohibited(o.state, o._state, x, p, "state") && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.postalCode) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.postalCode, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.country) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.country, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateCareConnectOrganization1(value, options) {
  return vrt.validateWith(value, "Organization", checkCareConnectOrganization1, true, options, REGISTRY_0);
}
function isCareConnectOrganization1(value, options) {
  return vrt.testWith(value, checkCareConnectOrganization1, true, options, REGISTRY_0);
}
function buildCareConnectOrganization1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "Organization",
      profile: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Organization-1"
    },
    isCareConnectOrganization1,
    validateCareConnectOrganization1,
    "CareConnectOrganization1"
  );
}
function buildCareConnectOrganization1IdentifierOdsOrganisationCode(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "https://fhir.nhs.uk/Id/ods-organization-code" }
  });
}
function buildCareConnectOrganization1IdentifierOdsSiteCode(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "https://fhir.nhs.uk/Id/ods-site-code" }
  });
}
function buildCareConnectOrganization1IdentifierLocalIdentifier(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "https://fhir.nhs.uk/Id/local-organization-code" }
  });
}
