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
      case "version":
        m0 |= 8192;
        break;
      case "name":
        m0 |= 32768;
        break;
      case "status":
        m0 |= 131072;
        break;
      case "experimental":
        m0 |= 524288;
        break;
      case "date":
        m0 |= 2097152;
        break;
      case "publisher":
        m0 |= 8388608;
        break;
      case "contact":
        m0 |= 33554432;
        break;
      case "description":
        m0 |= 67108864;
        break;
      case "useContext":
        m0 |= 268435456;
        break;
      case "jurisdiction":
        m0 |= 536870912;
        break;
      case "copyright":
        m1 |= 1;
        break;
      case "fhirVersion":
        m1 |= 4;
        break;
      case "dependency":
        m1 |= 16;
        break;
      case "package":
        m1 |= 32;
        break;
      case "global":
        m1 |= 64;
        break;
      case "binary":
        m1 |= 128;
        break;
      case "page":
        m1 |= 512;
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
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.name) && (m0 & 65536) === 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 262144) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes3)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidBoolean(o.experimental) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(o.publisher) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidMarkdown(o.description) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
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
    if (!(vrt.isValidId(o.fhirVersion) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.fhirVersion, o._fhirVersion, x, p, "fhirVersion", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.dependency, x, p, "dependency", d, 0, -1, checkImplementationGuideDependency) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(o.package, x, p, "package", d, 0, -1, checkImplementationGuidePackage) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(o.global, x, p, "global", d, 0, -1, checkImplementationGuideGlobal) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!vrt.prims(o.binary, o._binary, x, p, "binary", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.page, x, p, "page", d, 0, checkImplementationGuidePage) && x.c === null) return false;
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "uri":
        n++;
        m0 |= 32;
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
  if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes234)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.uri) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.uri, o._uri, x, p, "uri", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  return true;
}
function checkImplementationGuidePackage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.package");
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
      case "name":
        n++;
        m0 |= 8;
        break;
      case "description":
        n++;
        m0 |= 32;
        break;
      case "resource":
        n++;
        m0 |= 128;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.name) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.resource, x, p, "resource", d, 1, -1, checkImplementationGuidePackageResource) && x.c === null)
    return false;
  return true;
}
function checkImplementationGuideGlobal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.global");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "profile":
        n++;
        m0 |= 32;
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
  if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes4)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!vrt.one(o.profile, x, p, "profile", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.profile, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  return true;
}
function checkImplementationGuidePage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.page");
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
      case "source":
        n++;
        m0 |= 8;
        break;
      case "title":
        n++;
        m0 |= 32;
        break;
      case "kind":
        n++;
        m0 |= 128;
        break;
      case "type":
        n++;
        m0 |= 512;
        break;
      case "package":
        n++;
        m0 |= 2048;
        break;
      case "format":
        n++;
        m0 |= 8192;
        break;
      case "page":
        n++;
        m0 |= 32768;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidUri(o.source) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.source, o._source, x, p, "source", d, 1, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.title) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.title, o._title, x, p, "title", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.kind) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.kind, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.kind, vcodes.inCodes235)) {
    if (!vrt.eachWith(o.kind, false, x, p, "kind", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!vrt.prims(o.type, o._type, x, p, "type", d, 0, -1, vrt.isValidCode, "code", OWNER_4) && x.c === null)
      return false;
    if (!vrt.eachWith(o.type, true, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!vrt.prims(o.package, o._package, x, p, "package", d, 0, -1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(o.format) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.format, o._format, x, p, "format", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.format, false, x, p, "format", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.page, x, p, "page", d, 0, -1, checkImplementationGuidePage) && x.c === null) return false;
  }
  return true;
}
function checkImplementationGuidePackageResource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ImplementationGuide.package.resource");
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
      case "example":
        n++;
        m0 |= 8;
        break;
      case "name":
        n++;
        m0 |= 32;
        break;
      case "description":
        n++;
        m0 |= 128;
        break;
      case "acronym":
        n++;
        m0 |= 512;
        break;
      case "sourceUri":
        n++;
        m0 |= 2048;
        break;
      case "sourceReference":
        n++;
        m0 |= 8192;
        break;
      case "exampleFor":
        n++;
        m0 |= 16384;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.example) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.example, o._example, x, p, "example", d, 1, vrt.isValidBoolean, "boolean", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.acronym) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.acronym, o._acronym, x, p, "acronym", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "source", 1) && x.c === null) return false;
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(o.sourceUri) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.sourceUri, o._sourceUri, x, p, "source.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.sourceReference, x, p, "source.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.exampleFor, x, p, "exampleFor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.exampleFor, false, x, p, "exampleFor", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
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
