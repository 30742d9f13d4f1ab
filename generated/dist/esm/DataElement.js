import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkElementDefinition } from "./ElementDefinition.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["DataElement"], type: "DataElement", exact: true };
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
  has: vcodes.inCodes156,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/dataelement-stringency"
};
const INVARIANT_0 = vrt.invariant({
  key: "dae-1",
  path: "DataElement.element",
  expression: "base.empty()",
  severity: "error",
  human: "No base allowed"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpSizeOfValue(o["_base"], o["base"]) === 0;
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "dae-2",
  path: "DataElement.element",
  expression: "slicing.empty()",
  severity: "error",
  human: "No slicing allowed"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpSizeOfValue(o["_slicing"], o["slicing"]) === 0;
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkBooleanInvariant(v, x, q, TRANSLATED_0)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkBooleanInvariant(v, x, q, TRANSLATED_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OWNER_1 = { paths: ["DataElement.mapping"], type: "BackboneElement", exact: true };
const INVARIANT_2 = vrt.invariant({
  key: "dae-3",
  path: "DataElement.mapping",
  expression: "uri.exists() or name.exists()",
  severity: "error",
  human: "At least one of  name or uri SHALL be present"
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_uri"], o["uri"]) > 0, vrt.fpSizeOfValue(o["_name"], o["name"]) > 0);
};
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DataElement",
      check: checkDataElement,
      type: "DataElement",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDataElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DataElement");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DataElement") && x.c === null) return false;
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
      case "status":
        m0 |= 65536;
        break;
      case "experimental":
        m0 |= 262144;
        break;
      case "date":
        m0 |= 1048576;
        break;
      case "publisher":
        m0 |= 4194304;
        break;
      case "name":
        m0 |= 16777216;
        break;
      case "title":
        m0 |= 67108864;
        break;
      case "contact":
        m0 |= 268435456;
        break;
      case "useContext":
        m0 |= 536870912;
        break;
      case "jurisdiction":
        m0 |= 1073741824;
        break;
      case "copyright":
        m1 |= 1;
        break;
      case "stringency":
        m1 |= 4;
        break;
      case "mapping":
        m1 |= 16;
        break;
      case "element":
        m1 |= 32;
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
      case "_status":
        m0 |= 131072;
        break;
      case "_experimental":
        m0 |= 524288;
        break;
      case "_date":
        m0 |= 2097152;
        break;
      case "_publisher":
        m0 |= 8388608;
        break;
      case "_name":
        m0 |= 33554432;
        break;
      case "_title":
        m0 |= 134217728;
        break;
      case "_copyright":
        m1 |= 2;
        break;
      case "_stringency":
        m1 |= 8;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes3)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidBoolean(o.experimental) && (m0 & 524288) === 0)) {
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
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidString(o.publisher) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && (m1 & 2) === 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidCode(o.stringency) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.stringency, o._stringency, x, p, "stringency", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.stringency, vcodes.inCodes156)) {
      if (!vrt.eachWith(o.stringency, false, x, p, "stringency", vrt.checkCode, BINDING_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.mapping, x, p, "mapping", d, 0, -1, checkDataElementMapping) && x.c === null) return false;
  }
  if (!vrt.many(o.element, x, p, "element", d, 1, -1, checkElementDefinition) && x.c === null) return false;
  if (!vrt.each(o.element, true, x, p, "element", OCCURRENCE_0) && x.c === null) return false;
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
function checkDataElementMapping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DataElement.mapping");
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
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function validateDataElement(value, options) {
  return vrt.validateWith(value, "DataElement", checkDataElement, true, options, REGISTRY_0);
}
function isDataElement(value, options) {
  return vrt.testWith(value, checkDataElement, true, options, REGISTRY_0);
}
function buildDataElement(input) {
  return fillAndCheck(input, { resourceType: "DataElement" }, isDataElement, validateDataElement, "DataElement");
}
export {
  buildDataElement,
  checkDataElement,
  checkDataElementMapping,
  isDataElement,
  validateDataElement
};
