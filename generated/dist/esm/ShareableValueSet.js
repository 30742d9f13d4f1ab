import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import {
  checkValueSetCompose,
  checkValueSetExpansion
} from "./ValueSet.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ValueSet"], type: "ValueSet", exact: true };
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
const INVARIANT_0 = vrt.invariant({
  key: "vsd-5",
  path: "ValueSet",
  expression: "compose.exists() or expansion.exists()",
  severity: "error",
  human: "Value set SHALL contain at least one of a compose or an expansion element"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/shareablevalueset",
      check: checkShareableValueSet,
      type: "ValueSet",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkShareableValueSet(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ValueSet") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26;
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
      case "immutable":
        m1 |= 4;
        e21 = o[k];
        break;
      case "purpose":
        m1 |= 16;
        e22 = o[k];
        break;
      case "copyright":
        m1 |= 64;
        e23 = o[k];
        break;
      case "extensible":
        m1 |= 256;
        e24 = o[k];
        break;
      case "compose":
        m1 |= 1024;
        e25 = o[k];
        break;
      case "expansion":
        m1 |= 2048;
        e26 = o[k];
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
      case "_immutable":
        m1 |= 8;
        break;
      case "_purpose":
        m1 |= 32;
        break;
      case "_copyright":
        m1 |= 128;
        break;
      case "_extensible":
        m1 |= 512;
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
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e10) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._version, x, p, "version", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
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
  if (!(vrt.isValidBoolean(e14) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(e14, o._experimental, x, p, "experimental", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e15, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e16) && (m0 & 134217728) === 0)) {
    if (!vrt.prim(e16, o._publisher, x, p, "publisher", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e17, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if (!(vrt.isValidMarkdown(e18) && (m0 & 1073741824) === 0)) {
    if (!vrt.prim(e18, o._description, x, p, "description", d, 1, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e19, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e20, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e20, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidBoolean(e21) && (m1 & 8) === 0)) {
      if (!vrt.prim(e21, o._immutable, x, p, "immutable", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidMarkdown(e22) && (m1 & 32) === 0)) {
      if (!vrt.prim(e22, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidMarkdown(e23) && (m1 & 128) === 0)) {
      if (!vrt.prim(e23, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 768) !== 0) {
    if (!(vrt.isValidBoolean(e24) && (m1 & 512) === 0)) {
      if (!vrt.prim(e24, o._extensible, x, p, "extensible", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e25, x, p, "compose", d, 0, checkValueSetCompose) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e26, x, p, "expansion", d, 0, checkValueSetExpansion) && x.c === null) return false;
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
      r = vrt.fpOr3(
        vrt.fpSizeOfValue(o["_compose"], o["compose"]) > 0,
        vrt.fpSizeOfValue(o["_expansion"], o["expansion"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function validateShareableValueSet(value, options) {
  return vrt.validateWith(value, "ValueSet", checkShareableValueSet, true, options, REGISTRY_0);
}
function isShareableValueSet(value, options) {
  return vrt.testWith(value, checkShareableValueSet, true, options, REGISTRY_0);
}
function buildShareableValueSet(input) {
  return fillAndCheck(
    input,
    { resourceType: "ValueSet", profile: "http://hl7.org/fhir/StructureDefinition/shareablevalueset" },
    isShareableValueSet,
    validateShareableValueSet,
    "ShareableValueSet"
  );
}
export {
  buildShareableValueSet,
  checkShareableValueSet,
  isShareableValueSet,
  validateShareableValueSet
};
