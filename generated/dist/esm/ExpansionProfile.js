import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ExpansionProfile"], type: "ExpansionProfile", exact: true };
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
const OWNER_1 = { paths: ["ExpansionProfile.fixedVersion"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes188,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/system-version-processing-mode"
};
const OWNER_2 = {
  paths: ["ExpansionProfile.excludedSystem"],
  type: "BackboneElement",
  exact: true
};
const OWNER_3 = { paths: ["ExpansionProfile.designation"], type: "BackboneElement", exact: true };
const OWNER_4 = {
  paths: ["ExpansionProfile.designation.include"],
  type: "BackboneElement",
  exact: true
};
const OWNER_5 = {
  paths: ["ExpansionProfile.designation.exclude"],
  type: "BackboneElement",
  exact: true
};
const OWNER_6 = {
  paths: ["ExpansionProfile.designation.include.designation"],
  type: "BackboneElement",
  exact: true
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/designation-use",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const INVARIANT_0 = vrt.invariant({
  key: "exp-3",
  path: "ExpansionProfile.designation.include.designation",
  expression: "language.exists() or use.exists()",
  severity: "error",
  human: "SHALL have at least one of language or use"
});
const OWNER_7 = {
  paths: ["ExpansionProfile.designation.exclude.designation"],
  type: "BackboneElement",
  exact: true
};
const INVARIANT_1 = vrt.invariant({
  key: "exp-4",
  path: "ExpansionProfile.designation.exclude.designation",
  expression: "language.exists() or use.exists()",
  severity: "error",
  human: "SHALL have at least one of language or use"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ExpansionProfile",
      check: checkExpansionProfile,
      type: "ExpansionProfile",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkExpansionProfile(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ExpansionProfile") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30;
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
      case "status":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "experimental":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "date":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "publisher":
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "contact":
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "description":
        m0 |= 134217728;
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
      case "fixedVersion":
        m1 |= 1;
        e20 = o[k];
        break;
      case "excludedSystem":
        m1 |= 2;
        e21 = o[k];
        break;
      case "includeDesignations":
        m1 |= 4;
        e22 = o[k];
        break;
      case "designation":
        m1 |= 16;
        e23 = o[k];
        break;
      case "includeDefinition":
        m1 |= 32;
        e24 = o[k];
        break;
      case "activeOnly":
        m1 |= 128;
        e25 = o[k];
        break;
      case "excludeNested":
        m1 |= 512;
        e26 = o[k];
        break;
      case "excludeNotForUI":
        m1 |= 2048;
        e27 = o[k];
        break;
      case "excludePostCoordinated":
        m1 |= 8192;
        e28 = o[k];
        break;
      case "displayLanguage":
        m1 |= 32768;
        e29 = o[k];
        break;
      case "limitedExpansion":
        m1 |= 131072;
        e30 = o[k];
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
      case "_status":
        m0 |= 524288;
        break;
      case "_experimental":
        m0 |= 2097152;
        break;
      case "_date":
        m0 |= 8388608;
        break;
      case "_publisher":
        m0 |= 33554432;
        break;
      case "_description":
        m0 |= 268435456;
        break;
      case "_includeDesignations":
        m1 |= 8;
        break;
      case "_includeDefinition":
        m1 |= 64;
        break;
      case "_activeOnly":
        m1 |= 256;
        break;
      case "_excludeNested":
        m1 |= 1024;
        break;
      case "_excludeNotForUI":
        m1 |= 4096;
        break;
      case "_excludePostCoordinated":
        m1 |= 16384;
        break;
      case "_displayLanguage":
        m1 |= 65536;
        break;
      case "_limitedExpansion":
        m1 |= 262144;
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
    if (!vrt.one(e9, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e11, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e12) && (m0 & 524288) === 0)) {
    if (!vrt.prim(e12, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes3)) {
    if (!vrt.eachWith(e12, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidBoolean(e13) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e13, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e15, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e16, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidMarkdown(e17) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e17, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e18, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e19, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e19, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e20, x, p, "fixedVersion", d, 0, -1, checkExpansionProfileFixedVersion) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e21, x, p, "excludedSystem", d, 0, checkExpansionProfileExcludedSystem) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidBoolean(e22) && (m1 & 8) === 0)) {
      if (!vrt.prim(
        e22,
        o._includeDesignations,
        x,
        p,
        "includeDesignations",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(e23, x, p, "designation", d, 0, checkExpansionProfileDesignation) && x.c === null) return false;
  }
  if ((m1 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e24) && (m1 & 64) === 0)) {
      if (!vrt.prim(e24, o._includeDefinition, x, p, "includeDefinition", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidBoolean(e25) && (m1 & 256) === 0)) {
      if (!vrt.prim(e25, o._activeOnly, x, p, "activeOnly", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1536) !== 0) {
    if (!(vrt.isValidBoolean(e26) && (m1 & 1024) === 0)) {
      if (!vrt.prim(e26, o._excludeNested, x, p, "excludeNested", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6144) !== 0) {
    if (!(vrt.isValidBoolean(e27) && (m1 & 4096) === 0)) {
      if (!vrt.prim(e27, o._excludeNotForUI, x, p, "excludeNotForUI", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24576) !== 0) {
    if (!(vrt.isValidBoolean(e28) && (m1 & 16384) === 0)) {
      if (!vrt.prim(
        e28,
        o._excludePostCoordinated,
        x,
        p,
        "excludePostCoordinated",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 98304) !== 0) {
    if (!(vrt.isValidCode(e29) && (m1 & 65536) === 0)) {
      if (!vrt.prim(e29, o._displayLanguage, x, p, "displayLanguage", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e29, vcodes.inCodes1)) {
      if (!vrt.eachWith(e29, false, x, p, "displayLanguage", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m1 & 393216) !== 0) {
    if (!(vrt.isValidBoolean(e30) && (m1 & 262144) === 0)) {
      if (!vrt.prim(e30, o._limitedExpansion, x, p, "limitedExpansion", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
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
function checkExpansionProfileFixedVersion(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.fixedVersion");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "system":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "version":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "mode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 16;
        break;
      case "_version":
        n++;
        m0 |= 64;
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
  if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._version, x, p, "version", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e5, vcodes.inCodes188)) {
    if (!vrt.eachWith(e5, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  return true;
}
function checkExpansionProfileExcludedSystem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.excludedSystem");
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
      case "system":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "version":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 16;
        break;
      case "_version":
        n++;
        m0 |= 64;
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkExpansionProfileDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation");
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
      case "include":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "exclude":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.one(e3, x, p, "include", d, 0, checkExpansionProfileDesignationInclude) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "exclude", d, 0, checkExpansionProfileDesignationExclude) && x.c === null) return false;
  }
  return true;
}
function checkExpansionProfileDesignationInclude(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.include");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "designation":
        n++;
        m0 |= 8;
        e3 = o[k];
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "designation", d, 0, -1, checkExpansionProfileDesignationIncludeDesignation) && x.c === null)
      return false;
  }
  return true;
}
function checkExpansionProfileDesignationExclude(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.exclude");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "designation":
        n++;
        m0 |= 8;
        e3 = o[k];
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "designation", d, 0, -1, checkExpansionProfileDesignationExcludeDesignation) && x.c === null)
      return false;
  }
  return true;
}
function checkExpansionProfileDesignationIncludeDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.include.designation");
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
      case "language":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "use":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_language":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "use", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "use", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_language"], o["language"]) > 0, vrt.fpSizeOfValue(o["_use"], o["use"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkExpansionProfileDesignationExcludeDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ExpansionProfile.designation.exclude.designation");
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
      case "language":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "use":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_language":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "use", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "use", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_language"], o["language"]) > 0, vrt.fpSizeOfValue(o["_use"], o["use"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function validateExpansionProfile(value, options) {
  return vrt.validateWith(value, "ExpansionProfile", checkExpansionProfile, true, options, REGISTRY_0);
}
function isExpansionProfile(value, options) {
  return vrt.testWith(value, checkExpansionProfile, true, options, REGISTRY_0);
}
function buildExpansionProfile(input) {
  return fillAndCheck(
    input,
    { resourceType: "ExpansionProfile" },
    isExpansionProfile,
    validateExpansionProfile,
    "ExpansionProfile"
  );
}
export {
  buildExpansionProfile,
  checkExpansionProfile,
  checkExpansionProfileDesignation,
  checkExpansionProfileDesignationExclude,
  checkExpansionProfileDesignationExcludeDesignation,
  checkExpansionProfileDesignationInclude,
  checkExpansionProfileDesignationIncludeDesignation,
  checkExpansionProfileExcludedSystem,
  checkExpansionProfileFixedVersion,
  isExpansionProfile,
  validateExpansionProfile
};
