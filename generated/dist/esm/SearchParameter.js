import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["SearchParameter"], type: "SearchParameter", exact: true };
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
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const BINDING_3 = {
  has: vcodes.inCodes60,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/search-param-type"
};
const BINDING_4 = {
  has: vcodes.inCodes280,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/search-xpath-usage"
};
const BINDING_5 = {
  has: vcodes.inCodes281,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/search-comparator"
};
const BINDING_6 = {
  has: vcodes.inCodes282,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/search-modifier-code"
};
const INVARIANT_0 = vrt.invariant({
  key: "spd-1",
  path: "SearchParameter",
  expression: "xpath.empty() or xpathUsage.exists()",
  severity: "error",
  human: "If an xpath is present, there SHALL be an xpathUsage"
});
const INVARIANT_1 = vrt.invariant({
  key: "spd-2",
  path: "SearchParameter",
  expression: "chain.empty() or type = 'reference'",
  severity: "error",
  human: "Search parameters can only have chain names when the search parameter type is 'reference'"
});
const OWNER_1 = { paths: ["SearchParameter.component"], type: "BackboneElement", exact: true };
const TARGETS_0 = ["SearchParameter"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/SearchParameter",
      check: checkSearchParameter,
      type: "SearchParameter",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSearchParameter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SearchParameter");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "SearchParameter") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31;
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
      case "version":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "name":
        m0 |= 32768;
        e10 = o[k];
        break;
      case "status":
        m0 |= 131072;
        e11 = o[k];
        break;
      case "experimental":
        m0 |= 524288;
        e12 = o[k];
        break;
      case "date":
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "publisher":
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "contact":
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "useContext":
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "jurisdiction":
        m0 |= 134217728;
        e17 = o[k];
        break;
      case "purpose":
        m0 |= 268435456;
        e18 = o[k];
        break;
      case "code":
        m1 |= 1;
        e19 = o[k];
        break;
      case "base":
        m1 |= 4;
        e20 = o[k];
        break;
      case "type":
        m1 |= 16;
        e21 = o[k];
        break;
      case "derivedFrom":
        m1 |= 64;
        e22 = o[k];
        break;
      case "description":
        m1 |= 256;
        e23 = o[k];
        break;
      case "expression":
        m1 |= 1024;
        e24 = o[k];
        break;
      case "xpath":
        m1 |= 4096;
        e25 = o[k];
        break;
      case "xpathUsage":
        m1 |= 16384;
        e26 = o[k];
        break;
      case "target":
        m1 |= 65536;
        e27 = o[k];
        break;
      case "comparator":
        m1 |= 262144;
        e28 = o[k];
        break;
      case "modifier":
        m1 |= 1048576;
        e29 = o[k];
        break;
      case "chain":
        m1 |= 4194304;
        e30 = o[k];
        break;
      case "component":
        m1 |= 16777216;
        e31 = o[k];
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
        m0 |= 16384;
        break;
      case "_name":
        m0 |= 65536;
        break;
      case "_status":
        m0 |= 262144;
        break;
      case "_experimental":
        m0 |= 1048576;
        break;
      case "_date":
        m0 |= 4194304;
        break;
      case "_publisher":
        m0 |= 16777216;
        break;
      case "_purpose":
        m0 |= 536870912;
        break;
      case "_code":
        m1 |= 2;
        break;
      case "_base":
        m1 |= 8;
        break;
      case "_type":
        m1 |= 32;
        break;
      case "_derivedFrom":
        m1 |= 128;
        break;
      case "_description":
        m1 |= 512;
        break;
      case "_expression":
        m1 |= 2048;
        break;
      case "_xpath":
        m1 |= 8192;
        break;
      case "_xpathUsage":
        m1 |= 32768;
        break;
      case "_target":
        m1 |= 131072;
        break;
      case "_comparator":
        m1 |= 524288;
        break;
      case "_modifier":
        m1 |= 2097152;
        break;
      case "_chain":
        m1 |= 8388608;
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
  if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
    if (!vrt.prim(e8, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e9, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e10) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e10, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e11) && (m0 & 262144) === 0)) {
    if (!vrt.prim(e11, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e11, vcodes.inCodes3)) {
    if (!vrt.eachWith(e11, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidBoolean(e12) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e12, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDateTime(e13) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e13, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(e14) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e14, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e15, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e16, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e17, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e17, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidMarkdown(e18) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e18, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e19) && (m1 & 2) === 0)) {
    if (!vrt.prim(e19, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.prims(e20, o._base, x, p, "base", d, 1, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  if (!vrt.eachWith(e20, true, x, p, "base", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (!(vrt.isValidCode(e21) && (m1 & 32) === 0)) {
    if (!vrt.prim(e21, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e21, vcodes.inCodes60)) {
    if (!vrt.eachWith(e21, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidUri(e22) && (m1 & 128) === 0)) {
      if (!vrt.prim(e22, o._derivedFrom, x, p, "derivedFrom", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidMarkdown(e23) && (m1 & 512) === 0)) {
    if (!vrt.prim(e23, o._description, x, p, "description", d, 1, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidString(e24) && (m1 & 2048) === 0)) {
      if (!vrt.prim(e24, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidString(e25) && (m1 & 8192) === 0)) {
      if (!vrt.prim(e25, o._xpath, x, p, "xpath", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidCode(e26) && (m1 & 32768) === 0)) {
      if (!vrt.prim(e26, o._xpathUsage, x, p, "xpathUsage", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e26, vcodes.inCodes280)) {
      if (!vrt.eachWith(e26, false, x, p, "xpathUsage", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m1 & 196608) !== 0) {
    if (!vrt.prims(e27, o._target, x, p, "target", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(e27, true, x, p, "target", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m1 & 786432) !== 0) {
    if (!vrt.prims(e28, o._comparator, x, p, "comparator", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(e28, true, x, p, "comparator", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if ((m1 & 3145728) !== 0) {
    if (!vrt.prims(e29, o._modifier, x, p, "modifier", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(e29, true, x, p, "modifier", vrt.checkCode, BINDING_6) && x.c === null) return false;
  }
  if ((m1 & 12582912) !== 0) {
    if (!vrt.prims(e30, o._chain, x, p, "chain", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.many(e31, x, p, "component", d, 0, -1, checkSearchParameterComponent) && x.c === null) return false;
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
  if ((m1 & 12288) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_xpath"], o["xpath"]) === 0,
          vrt.fpSizeOfValue(o["_xpathUsage"], o["xpathUsage"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  if ((m1 & 12582912) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_chain"], o["chain"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "reference")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  return true;
}
function checkSearchParameterComponent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SearchParameter.component");
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
      case "definition":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "expression":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "_expression":
        n++;
        m0 |= 32;
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
  if (!vrt.one(e3, x, p, "definition", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (!(vrt.isValidString(e4) && (m0 & 32) === 0)) {
    if (!vrt.prim(e4, o._expression, x, p, "expression", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  return true;
}
function validateSearchParameter(value, options) {
  return vrt.validateWith(value, "SearchParameter", checkSearchParameter, true, options, REGISTRY_0);
}
function isSearchParameter(value, options) {
  return vrt.testWith(value, checkSearchParameter, true, options, REGISTRY_0);
}
function buildSearchParameter(input) {
  return fillAndCheck(
    input,
    { resourceType: "SearchParameter" },
    isSearchParameter,
    validateSearchParameter,
    "SearchParameter"
  );
}
export {
  buildSearchParameter,
  checkSearchParameter,
  checkSearchParameterComponent,
  isSearchParameter,
  validateSearchParameter
};
