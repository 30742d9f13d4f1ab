import { checkCodeableConcept } from "./CodeableConcept.js";
import {
  checkCodeSystemConcept,
  checkCodeSystemFilter,
  checkCodeSystemProperty
} from "./CodeSystem.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["CodeSystem"], type: "CodeSystem", exact: true };
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
  has: vcodes.inCodes138,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/codesystem-hierarchy-meaning"
};
const BINDING_3 = {
  has: vcodes.inCodes139,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/codesystem-content-mode"
};
const INVARIANT_0 = vrt.invariant({
  key: "csd-1",
  path: "CodeSystem",
  expression: "(concept.code | descendants().concept.code).isDistinct()",
  severity: "error",
  human: "Within a code system definition, all the codes SHALL be unique"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/shareablecodesystem",
      check: checkShareableCodeSystem,
      type: "CodeSystem",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkShareableCodeSystem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CodeSystem");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "CodeSystem") && x.c === null) return false;
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
      case "caseSensitive":
        m1 |= 64;
        break;
      case "valueSet":
        m1 |= 256;
        break;
      case "hierarchyMeaning":
        m1 |= 1024;
        break;
      case "compositional":
        m1 |= 4096;
        break;
      case "versionNeeded":
        m1 |= 16384;
        break;
      case "content":
        m1 |= 65536;
        break;
      case "count":
        m1 |= 262144;
        break;
      case "filter":
        m1 |= 1048576;
        break;
      case "property":
        m1 |= 2097152;
        break;
      case "concept":
        m1 |= 4194304;
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
      case "_caseSensitive":
        m1 |= 128;
        break;
      case "_valueSet":
        m1 |= 512;
        break;
      case "_hierarchyMeaning":
        m1 |= 2048;
        break;
      case "_compositional":
        m1 |= 8192;
        break;
      case "_versionNeeded":
        m1 |= 32768;
        break;
      case "_content":
        m1 |= 131072;
        break;
      case "_count":
        m1 |= 524288;
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
  if (!(vrt.isValidUri(o.url) && (m0 & 4096) === 0)) {
    if (!vrt.prim(o.url, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.version) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.version, o._version, x, p, "version", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
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
  if (!(vrt.isValidBoolean(o.experimental) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(o.experimental, o._experimental, x, p, "experimental", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.publisher) && (m0 & 134217728) === 0)) {
    if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if (!(vrt.isValidMarkdown(o.description) && (m0 & 1073741824) === 0)) {
    if (!vrt.prim(o.description, o._description, x, p, "description", d, 1, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
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
  if (!(vrt.isValidBoolean(o.caseSensitive) && (m1 & 128) === 0)) {
    if (!vrt.prim(
      o.caseSensitive,
      o._caseSensitive,
      x,
      p,
      "caseSensitive",
      d,
      1,
      vrt.isValidBoolean,
      "boolean",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if ((m1 & 768) !== 0) {
    if (!(vrt.isValidUri(o.valueSet) && (m1 & 512) === 0)) {
      if (!vrt.prim(o.valueSet, o._valueSet, x, p, "valueSet", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidCode(o.hierarchyMeaning) && (m1 & 2048) === 0)) {
      if (!vrt.prim(
        o.hierarchyMeaning,
        o._hierarchyMeaning,
        x,
        p,
        "hierarchyMeaning",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.hierarchyMeaning, vcodes.inCodes138)) {
      if (!vrt.eachWith(o.hierarchyMeaning, false, x, p, "hierarchyMeaning", vrt.checkCode, BINDING_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(o.compositional) && (m1 & 8192) === 0)) {
      if (!vrt.prim(
        o.compositional,
        o._compositional,
        x,
        p,
        "compositional",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidBoolean(o.versionNeeded) && (m1 & 32768) === 0)) {
      if (!vrt.prim(
        o.versionNeeded,
        o._versionNeeded,
        x,
        p,
        "versionNeeded",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.content) && (m1 & 131072) === 0)) {
    if (!vrt.prim(o.content, o._content, x, p, "content", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.content, vcodes.inCodes139)) {
    if (!vrt.eachWith(o.content, false, x, p, "content", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m1 & 786432) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.count) && (m1 & 524288) === 0)) {
      if (!vrt.prim(o.count, o._count, x, p, "count", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.many(o.filter, x, p, "filter", d, 0, -1, checkCodeSystemFilter) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.many(o.property, x, p, "property", d, 0, -1, checkCodeSystemProperty) && x.c === null) return false;
  }
  if (!vrt.many(o.concept, x, p, "concept", d, 1, -1, checkCodeSystemConcept) && x.c === null) return false;
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
  return true;
}
function validateShareableCodeSystem(value, options) {
  return vrt.validateWith(value, "CodeSystem", checkShareableCodeSystem, true, options, REGISTRY_0);
}
function isShareableCodeSystem(value, options) {
  return vrt.testWith(value, checkShareableCodeSystem, true, options, REGISTRY_0);
}
function buildShareableCodeSystem(input) {
  return fillAndCheck(
    input,
    { resourceType: "CodeSystem", profile: "http://hl7.org/fhir/StructureDefinition/shareablecodesystem" },
    isShareableCodeSystem,
    validateShareableCodeSystem,
    "ShareableCodeSystem"
  );
}
export {
  buildShareableCodeSystem,
  checkShareableCodeSystem,
  isShareableCodeSystem,
  validateShareableCodeSystem
};
