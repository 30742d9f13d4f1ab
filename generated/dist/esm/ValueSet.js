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
const OWNER_1 = { paths: ["ValueSet.compose"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["ValueSet.expansion"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["ValueSet.compose.include"], type: "BackboneElement", exact: true };
const INVARIANT_1 = vrt.invariant({
  key: "vsd-2",
  path: "ValueSet.compose.include",
  expression: "(concept.exists() or filter.exists()) implies system.exists()",
  severity: "error",
  human: "A value set with concepts or filters SHALL include a system"
});
const INVARIANT_2 = vrt.invariant({
  key: "vsd-3",
  path: "ValueSet.compose.include",
  expression: "concept.empty() or filter.empty()",
  severity: "error",
  human: "Cannot have both concept and filter"
});
const INVARIANT_3 = vrt.invariant({
  key: "vsd-1",
  path: "ValueSet.compose.include",
  expression: "valueSet.exists() or system.exists()",
  severity: "error",
  human: "A value set include/exclude SHALL have a value set or a system"
});
const OWNER_4 = { paths: ["ValueSet.expansion.parameter"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "valueString",
  "valueBoolean",
  "valueInteger",
  "valueDecimal",
  "valueUri",
  "valueCode"
]);
const OWNER_5 = { paths: ["ValueSet.expansion.contains"], type: "BackboneElement", exact: true };
const INVARIANT_4 = vrt.invariant({
  key: "vsd-6",
  path: "ValueSet.expansion.contains",
  expression: "code.exists() or display.exists()",
  severity: "error",
  human: "SHALL have a code or a display"
});
const INVARIANT_5 = vrt.invariant({
  key: "vsd-9",
  path: "ValueSet.expansion.contains",
  expression: "code.exists() or abstract = true",
  severity: "error",
  human: "Must have a code if not abstract"
});
const INVARIANT_6 = vrt.invariant({
  key: "vsd-10",
  path: "ValueSet.expansion.contains",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "Must have a system if a code is present"
});
const OWNER_6 = {
  paths: ["ValueSet.compose.include.concept"],
  type: "BackboneElement",
  exact: true
};
const OWNER_7 = {
  paths: ["ValueSet.compose.include.filter"],
  type: "BackboneElement",
  exact: true
};
const BINDING_2 = {
  has: vcodes.inCodes140,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/filter-operator"
};
const OWNER_8 = {
  paths: ["ValueSet.compose.include.concept.designation"],
  type: "BackboneElement",
  exact: true
};
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/designation-use",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/ValueSet", check: checkValueSet, type: "ValueSet", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkValueSet(v, x, p, d) {
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
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e11, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
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
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e15, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e16, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e17, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(e18) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e18, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
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
function checkValueSetCompose(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose");
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
      case "lockedDate":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "inactive":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "include":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "exclude":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_lockedDate":
        n++;
        m0 |= 16;
        break;
      case "_inactive":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidDate(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._lockedDate, x, p, "lockedDate", d, 0, vrt.isValidDate, "date", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._inactive, x, p, "inactive", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e5, x, p, "include", d, 1, -1, checkValueSetComposeInclude) && x.c === null) return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e6, x, p, "exclude", d, 0, -1, checkValueSetComposeInclude) && x.c === null) return false;
  }
  return true;
}
function checkValueSetExpansion(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.expansion");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "timestamp":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "total":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "offset":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "parameter":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "contains":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "_identifier":
        n++;
        m0 |= 16;
        break;
      case "_timestamp":
        n++;
        m0 |= 64;
        break;
      case "_total":
        n++;
        m0 |= 256;
        break;
      case "_offset":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._identifier, x, p, "identifier", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._timestamp, x, p, "timestamp", d, 1, vrt.isValidDateTime, "dateTime", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidInteger(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._total, x, p, "total", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidInteger(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._offset, x, p, "offset", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e7, x, p, "parameter", d, 0, -1, checkValueSetExpansionParameter) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e8, x, p, "contains", d, 0, -1, checkValueSetExpansionContains) && x.c === null) return false;
  }
  return true;
}
function checkValueSetComposeInclude(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose.include");
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
      case "concept":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "filter":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "valueSet":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 16;
        break;
      case "_version":
        n++;
        m0 |= 64;
        break;
      case "_valueSet":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e5, x, p, "concept", d, 0, -1, checkValueSetComposeIncludeConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e6, x, p, "filter", d, 0, -1, checkValueSetComposeIncludeFilter) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!vrt.prims(e7, o._valueSet, x, p, "valueSet", d, 0, -1, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
      return false;
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpOr3(vrt.fpSizeOfValue(o["_concept"], o["concept"]) > 0, vrt.fpSizeOfValue(o["_filter"], o["filter"]) > 0),
        vrt.fpSizeOfValue(o["_system"], o["system"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_concept"], o["concept"]) === 0,
          vrt.fpSizeOfValue(o["_filter"], o["filter"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfValue(o["_valueSet"], o["valueSet"]) > 0,
        vrt.fpSizeOfValue(o["_system"], o["system"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
  }
  return true;
}
function checkValueSetExpansionParameter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.expansion.parameter");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "valueUri":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_valueString":
        n++;
        m0 |= 64;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 256;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1024;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 4096;
        break;
      case "_valueUri":
        n++;
        m0 |= 16384;
        break;
      case "_valueCode":
        n++;
        m0 |= 65536;
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
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 131040) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidInteger(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDecimal(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkValueSetExpansionContains(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.expansion.contains");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10;
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
      case "abstract":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "inactive":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "version":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "code":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "display":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "designation":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "contains":
        n++;
        m0 |= 65536;
        e10 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 16;
        break;
      case "_abstract":
        n++;
        m0 |= 64;
        break;
      case "_inactive":
        n++;
        m0 |= 256;
        break;
      case "_version":
        n++;
        m0 |= 1024;
        break;
      case "_code":
        n++;
        m0 |= 4096;
        break;
      case "_display":
        n++;
        m0 |= 16384;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._abstract, x, p, "abstract", d, 0, vrt.isValidBoolean, "boolean", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._inactive, x, p, "inactive", d, 0, vrt.isValidBoolean, "boolean", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidCode(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e9, x, p, "designation", d, 0, -1, checkValueSetComposeIncludeConceptDesignation) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e10, x, p, "contains", d, 0, -1, checkValueSetExpansionContains) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) > 0, vrt.fpSizeOfValue(o["_display"], o["display"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_4) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfValue(o["_code"], o["code"]) > 0,
        vrt.fpEqValue(vrt.fpOneValue(o["_abstract"], o["abstract"]), true)
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_5) && x.c === null) return false;
  }
  if ((m0 & 6144) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) === 0, vrt.fpSizeOfValue(o["_system"], o["system"]) > 0);
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_6) && x.c === null) return false;
    }
  }
  return true;
}
function checkValueSetComposeIncludeConcept(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose.include.concept");
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "display":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "designation":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_code":
        n++;
        m0 |= 16;
        break;
      case "_display":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e5, x, p, "designation", d, 0, -1, checkValueSetComposeIncludeConceptDesignation) && x.c === null)
      return false;
  }
  return true;
}
function checkValueSetComposeIncludeFilter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose.include.filter");
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
      case "property":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "op":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_property":
        n++;
        m0 |= 16;
        break;
      case "_op":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._property, x, p, "property", d, 1, vrt.isValidCode, "code", OWNER_7) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._op, x, p, "op", d, 1, vrt.isValidCode, "code", OWNER_7) && x.c === null) return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes140)) {
    if (!vrt.eachWith(e4, false, x, p, "op", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidCode, "code", OWNER_7) && x.c === null) return false;
  }
  return true;
}
function checkValueSetComposeIncludeConceptDesignation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ValueSet.compose.include.concept.designation");
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
      case "value":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_language":
        n++;
        m0 |= 16;
        break;
      case "_value":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_8) && x.c === null)
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
  if (!(vrt.isValidString(e5) && (m0 & 128) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  return true;
}
function validateValueSet(value, options) {
  return vrt.validateWith(value, "ValueSet", checkValueSet, true, options, REGISTRY_0);
}
function isValueSet(value, options) {
  return vrt.testWith(value, checkValueSet, true, options, REGISTRY_0);
}
function buildValueSet(input) {
  return fillAndCheck(input, { resourceType: "ValueSet" }, isValueSet, validateValueSet, "ValueSet");
}
export {
  buildValueSet,
  checkValueSet,
  checkValueSetCompose,
  checkValueSetComposeInclude,
  checkValueSetComposeIncludeConcept,
  checkValueSetComposeIncludeConceptDesignation,
  checkValueSetComposeIncludeFilter,
  checkValueSetExpansion,
  checkValueSetExpansionContains,
  checkValueSetExpansionParameter,
  isValueSet,
  validateValueSet
};
