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
const OWNER_0 = { paths: ["ImplementationGuide"], type: "ImplementationGuide", exact: true };
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
const OWNER_1 = { paths: ["ImplementationGuide.dependency"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes234,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/guide-dependency-type"
};
const OWNER_2 = { paths: ["ImplementationGuide.package"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["ImplementationGuide.global"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const TARGETS_0 = ["StructureDefinition"];
const OWNER_4 = { paths: ["ImplementationGuide.page"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes235,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/guide-page-kind"
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const OWNER_5 = {
  paths: ["ImplementationGuide.package.resource"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_0 = vrt.choiceVariants(["sourceUri", "sourceReference"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ImplementationGuide",
      check: checkImplementationGuide,
      type: "ImplementationGuide",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkImplementationGuide(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ImplementationGuide") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25;
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
      case "description":
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "useContext":
        m0 |= 268435456;
        e17 = o[k];
        break;
      case "jurisdiction":
        m0 |= 536870912;
        e18 = o[k];
        break;
      case "copyright":
        m1 |= 1;
        e19 = o[k];
        break;
      case "fhirVersion":
        m1 |= 4;
        e20 = o[k];
        break;
      case "dependency":
        m1 |= 16;
        e21 = o[k];
        break;
      case "package":
        m1 |= 32;
        e22 = o[k];
        break;
      case "global":
        m1 |= 64;
        e23 = o[k];
        break;
      case "binary":
        m1 |= 128;
        e24 = o[k];
        break;
      case "page":
        m1 |= 512;
        e25 = o[k];
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
      case "_description":
        m0 |= 134217728;
        break;
      case "_copyright":
        m1 |= 2;
        break;
      case "_fhirVersion":
        m1 |= 8;
        break;
      case "_binary":
        m1 |= 256;
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
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidMarkdown(e16) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e16, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e17, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e18, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(e19) && (m1 & 2) === 0)) {
      if (!vrt.prim(e19, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidId(e20) && (m1 & 8) === 0)) {
      if (!vrt.prim(e20, o._fhirVersion, x, p, "fhirVersion", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e21, x, p, "dependency", d, 0, -1, checkImplementationGuideDependency) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e22, x, p, "package", d, 0, -1, checkImplementationGuidePackage) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e23, x, p, "global", d, 0, -1, checkImplementationGuideGlobal) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!vrt.prims(e24, o._binary, x, p, "binary", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e25, x, p, "page", d, 0, checkImplementationGuidePage) && x.c === null) return false;
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
function checkImplementationGuideDependency(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.dependency");
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "uri":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_uri":
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes234)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._uri, x, p, "uri", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  return true;
}
function checkImplementationGuidePackage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.package");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "description":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "resource":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_description":
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
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e5, x, p, "resource", d, 1, -1, checkImplementationGuidePackageResource) && x.c === null) return false;
  return true;
}
function checkImplementationGuideGlobal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.global");
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "profile":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_type":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes4)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "profile", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  return true;
}
function checkImplementationGuidePage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.page");
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
      case "source":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "title":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "kind":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "type":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "package":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "format":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "page":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "_source":
        n++;
        m0 |= 16;
        break;
      case "_title":
        n++;
        m0 |= 64;
        break;
      case "_kind":
        n++;
        m0 |= 256;
        break;
      case "_type":
        n++;
        m0 |= 1024;
        break;
      case "_package":
        n++;
        m0 |= 4096;
        break;
      case "_format":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._source, x, p, "source", d, 1, vrt.isValidUri, "uri", OWNER_4) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._title, x, p, "title", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(e5, vcodes.inCodes235)) {
    if (!vrt.eachWith(e5, false, x, p, "kind", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!vrt.prims(e6, o._type, x, p, "type", d, 0, -1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
    if (!vrt.eachWith(e6, true, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!vrt.prims(e7, o._package, x, p, "package", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._format, x, p, "format", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e8, false, x, p, "format", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e9, x, p, "page", d, 0, -1, checkImplementationGuidePage) && x.c === null) return false;
  }
  return true;
}
function checkImplementationGuidePackageResource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.package.resource");
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
      case "example":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "name":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "description":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "acronym":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "sourceUri":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "sourceReference":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "exampleFor":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "_example":
        n++;
        m0 |= 16;
        break;
      case "_name":
        n++;
        m0 |= 64;
        break;
      case "_description":
        n++;
        m0 |= 256;
        break;
      case "_acronym":
        n++;
        m0 |= 1024;
        break;
      case "_sourceUri":
        n++;
        m0 |= 4096;
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
  if (!(vrt.isValidBoolean(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._example, x, p, "example", d, 1, vrt.isValidBoolean, "boolean", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._acronym, x, p, "acronym", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "source", 1) && x.c === null) return false;
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._sourceUri, x, p, "source.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e8, x, p, "source.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e9, x, p, "exampleFor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, false, x, p, "exampleFor", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  return true;
}
function validateImplementationGuide(value, options) {
  return vrt.validateWith(value, "ImplementationGuide", checkImplementationGuide, true, options, REGISTRY_0);
}
function isImplementationGuide(value, options) {
  return vrt.testWith(value, checkImplementationGuide, true, options, REGISTRY_0);
}
function buildImplementationGuide(input) {
  return fillAndCheck(
    input,
    { resourceType: "ImplementationGuide" },
    isImplementationGuide,
    validateImplementationGuide,
    "ImplementationGuide"
  );
}
export {
  buildImplementationGuide,
  checkImplementationGuide,
  checkImplementationGuideDependency,
  checkImplementationGuideGlobal,
  checkImplementationGuidePackage,
  checkImplementationGuidePackageResource,
  checkImplementationGuidePage,
  isImplementationGuide,
  validateImplementationGuide
};
