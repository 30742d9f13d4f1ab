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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23;
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
      case "status":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "experimental":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "date":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "publisher":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "name":
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "title":
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "contact":
        m0 |= 268435456;
        e17 = o[k];
        break;
      case "useContext":
        m0 |= 536870912;
        e18 = o[k];
        break;
      case "jurisdiction":
        m0 |= 1073741824;
        e19 = o[k];
        break;
      case "copyright":
        m1 |= 1;
        e20 = o[k];
        break;
      case "stringency":
        m1 |= 4;
        e21 = o[k];
        break;
      case "mapping":
        m1 |= 16;
        e22 = o[k];
        break;
      case "element":
        m1 |= 32;
        e23 = o[k];
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
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e11) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e11, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e11, vcodes.inCodes3)) {
    if (!vrt.eachWith(e11, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidBoolean(e12) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e12, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(e13) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e13, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidString(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e15, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e16, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e17, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e18, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e19, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e19, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(e20) && (m1 & 2) === 0)) {
      if (!vrt.prim(e20, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidCode(e21) && (m1 & 8) === 0)) {
      if (!vrt.prim(e21, o._stringency, x, p, "stringency", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e21, vcodes.inCodes156)) {
      if (!vrt.eachWith(e21, false, x, p, "stringency", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e22, x, p, "mapping", d, 0, -1, checkDataElementMapping) && x.c === null) return false;
  }
  if (!vrt.many(e23, x, p, "element", d, 1, -1, checkElementDefinition) && x.c === null) return false;
  if (!vrt.each(e23, true, x, p, "element", OCCURRENCE_0) && x.c === null) return false;
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
      case "identity":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "uri":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "name":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "comment":
        n++;
        m0 |= 512;
        e6 = o[k];
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
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._identity, x, p, "identity", d, 1, vrt.isValidId, "id", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._uri, x, p, "uri", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_uri"], o["uri"]) > 0, vrt.fpSizeOfValue(o["_name"], o["name"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
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
