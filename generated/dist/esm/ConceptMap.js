import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ConceptMap"], type: "ConceptMap", exact: true };
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
const CHOICE_0 = vrt.choiceVariants(["sourceUri", "sourceReference"]);
const TARGETS_0 = ["ValueSet"];
const CHOICE_1 = vrt.choiceVariants(["targetUri", "targetReference"]);
const OWNER_1 = { paths: ["ConceptMap.group"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["ConceptMap.group.element"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["ConceptMap.group.unmapped"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes145,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/conceptmap-unmapped-mode"
};
const INVARIANT_0 = vrt.invariant({
  key: "cmd-3",
  path: "ConceptMap.group.unmapped",
  expression: "(mode = 'other-map') implies url.exists()",
  severity: "error",
  human: "If the mode is 'other-map', a code must be provided"
});
const INVARIANT_1 = vrt.invariant({
  key: "cmd-2",
  path: "ConceptMap.group.unmapped",
  expression: "(mode = 'fixed') implies code.exists()",
  severity: "error",
  human: "If the mode is 'fixed', a code must be provided"
});
const OWNER_4 = {
  paths: ["ConceptMap.group.element.target"],
  type: "BackboneElement",
  exact: true
};
const BINDING_3 = {
  has: vcodes.inCodes146,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/concept-map-equivalence"
};
const INVARIANT_2 = vrt.invariant({
  key: "cmd-1",
  path: "ConceptMap.group.element.target",
  expression: "comment.exists() or equivalence.empty() or ((equivalence != 'narrower') and (equivalence != 'inexact'))",
  severity: "error",
  human: "If the map is narrower or inexact, there SHALL be some comments"
});
const OWNER_5 = {
  paths: ["ConceptMap.group.element.target.dependsOn"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ConceptMap",
      check: checkConceptMap,
      type: "ConceptMap",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkConceptMap(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ConceptMap") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27;
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
      case "purpose":
        m1 |= 4;
        e21 = o[k];
        break;
      case "copyright":
        m1 |= 16;
        e22 = o[k];
        break;
      case "sourceUri":
        m1 |= 64;
        e23 = o[k];
        break;
      case "sourceReference":
        m1 |= 256;
        e24 = o[k];
        break;
      case "targetUri":
        m1 |= 512;
        e25 = o[k];
        break;
      case "targetReference":
        m1 |= 2048;
        e26 = o[k];
        break;
      case "group":
        m1 |= 4096;
        e27 = o[k];
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
      case "_sourceUri":
        m1 |= 128;
        break;
      case "_targetUri":
        m1 |= 1024;
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
    if (!(vrt.isValidMarkdown(e21) && (m1 & 8) === 0)) {
      if (!vrt.prim(e21, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidMarkdown(e22) && (m1 & 32) === 0)) {
      if (!vrt.prim(e22, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 448) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "source", 0) && x.c === null) return false;
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidUri(e23) && (m1 & 128) === 0)) {
      if (!vrt.prim(e23, o._sourceUri, x, p, "source.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e24, x, p, "source.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, false, x, p, "source.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m1 & 3584) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "target", 0) && x.c === null) return false;
  }
  if ((m1 & 1536) !== 0) {
    if (!(vrt.isValidUri(e25) && (m1 & 1024) === 0)) {
      if (!vrt.prim(e25, o._targetUri, x, p, "target.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e26, x, p, "target.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e26, false, x, p, "target.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(e27, x, p, "group", d, 0, -1, checkConceptMapGroup) && x.c === null) return false;
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
function checkConceptMapGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group");
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
      case "source":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "sourceVersion":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "target":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "targetVersion":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "element":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "unmapped":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "_source":
        n++;
        m0 |= 16;
        break;
      case "_sourceVersion":
        n++;
        m0 |= 64;
        break;
      case "_target":
        n++;
        m0 |= 256;
        break;
      case "_targetVersion":
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._source, x, p, "source", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._sourceVersion, x, p, "sourceVersion", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidUri(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._target, x, p, "target", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._targetVersion, x, p, "targetVersion", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e7, x, p, "element", d, 1, -1, checkConceptMapGroupElement) && x.c === null) return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e8, x, p, "unmapped", d, 0, checkConceptMapGroupUnmapped) && x.c === null) return false;
  }
  return true;
}
function checkConceptMapGroupElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element");
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
      case "target":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e5, x, p, "target", d, 0, -1, checkConceptMapGroupElementTarget) && x.c === null) return false;
  }
  return true;
}
function checkConceptMapGroupUnmapped(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.unmapped");
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
      case "mode":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "url":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_mode":
        n++;
        m0 |= 16;
        break;
      case "_code":
        n++;
        m0 |= 64;
        break;
      case "_display":
        n++;
        m0 |= 256;
        break;
      case "_url":
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes145)) {
    if (!vrt.eachWith(e3, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidUri(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpEqValue(vrt.fpOneValue(o["_mode"], o["mode"]), "other-map"),
        vrt.fpSizeOfValue(o["_url"], o["url"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpEqValue(vrt.fpOneValue(o["_mode"], o["mode"]), "fixed"),
        vrt.fpSizeOfValue(o["_code"], o["code"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkConceptMapGroupElementTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element.target");
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
      case "equivalence":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "comment":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "dependsOn":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "product":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "_code":
        n++;
        m0 |= 16;
        break;
      case "_display":
        n++;
        m0 |= 64;
        break;
      case "_equivalence":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._equivalence, x, p, "equivalence", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e5, vcodes.inCodes146)) {
      if (!vrt.eachWith(e5, false, x, p, "equivalence", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e7, x, p, "dependsOn", d, 0, -1, checkConceptMapGroupElementTargetDependsOn) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e8, x, p, "product", d, 0, -1, checkConceptMapGroupElementTargetDependsOn) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpSizeOfValue(o["_comment"], o["comment"]) > 0,
            vrt.fpSizeOfValue(o["_equivalence"], o["equivalence"]) === 0
          ),
          vrt.fpAnd3(
            vrt.fpNeValue(vrt.fpOneValue(o["_equivalence"], o["equivalence"]), "narrower"),
            vrt.fpNeValue(vrt.fpOneValue(o["_equivalence"], o["equivalence"]), "inexact")
          )
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
    }
  }
  return true;
}
function checkConceptMapGroupElementTargetDependsOn(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ConceptMap.group.element.target.dependsOn");
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
      case "property":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "code":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "display":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_property":
        n++;
        m0 |= 16;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_code":
        n++;
        m0 |= 256;
        break;
      case "_display":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._property, x, p, "property", d, 1, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._code, x, p, "code", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateConceptMap(value, options) {
  return vrt.validateWith(value, "ConceptMap", checkConceptMap, true, options, REGISTRY_0);
}
function isConceptMap(value, options) {
  return vrt.testWith(value, checkConceptMap, true, options, REGISTRY_0);
}
function buildConceptMap(input) {
  return fillAndCheck(input, { resourceType: "ConceptMap" }, isConceptMap, validateConceptMap, "ConceptMap");
}
export {
  buildConceptMap,
  checkConceptMap,
  checkConceptMapGroup,
  checkConceptMapGroupElement,
  checkConceptMapGroupElementTarget,
  checkConceptMapGroupElementTargetDependsOn,
  checkConceptMapGroupUnmapped,
  isConceptMap,
  validateConceptMap
};
