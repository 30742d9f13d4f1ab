import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { checkRelatedArtifact } from "./RelatedArtifact.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ResearchStudy"], type: "ResearchStudy", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["PlanDefinition"];
const TARGETS_1 = ["ResearchStudy"];
const BINDING_1 = {
  has: vcodes.inCodes278,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/research-study-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const TARGETS_2 = ["Group"];
const TARGETS_3 = ["Organization"];
const TARGETS_4 = ["Practitioner"];
const TARGETS_5 = ["Location"];
const OWNER_1 = { paths: ["ResearchStudy.arm"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ResearchStudy",
      check: checkResearchStudy,
      type: "ResearchStudy",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkResearchStudy(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ResearchStudy");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ResearchStudy") && x.c === null) return false;
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
      case "identifier":
        m0 |= 2048;
        break;
      case "title":
        m0 |= 4096;
        break;
      case "protocol":
        m0 |= 16384;
        break;
      case "partOf":
        m0 |= 32768;
        break;
      case "status":
        m0 |= 65536;
        break;
      case "category":
        m0 |= 262144;
        break;
      case "focus":
        m0 |= 524288;
        break;
      case "contact":
        m0 |= 1048576;
        break;
      case "relatedArtifact":
        m0 |= 2097152;
        break;
      case "keyword":
        m0 |= 4194304;
        break;
      case "jurisdiction":
        m0 |= 8388608;
        break;
      case "description":
        m0 |= 16777216;
        break;
      case "enrollment":
        m0 |= 67108864;
        break;
      case "period":
        m0 |= 134217728;
        break;
      case "sponsor":
        m0 |= 268435456;
        break;
      case "principalInvestigator":
        m0 |= 536870912;
        break;
      case "site":
        m0 |= 1073741824;
        break;
      case "reasonStopped":
        m1 |= 1;
        break;
      case "note":
        m1 |= 2;
        break;
      case "arm":
        m1 |= 4;
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
      case "_title":
        m0 |= 8192;
        break;
      case "_status":
        m0 |= 131072;
        break;
      case "_description":
        m0 |= 33554432;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.protocol, x, p, "protocol", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.protocol, true, x, p, "protocol", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes278)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.focus, x, p, "focus", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.relatedArtifact, x, p, "relatedArtifact", d, 0, -1, checkRelatedArtifact) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.keyword, x, p, "keyword", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidMarkdown(o.description) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.enrollment, x, p, "enrollment", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.enrollment, true, x, p, "enrollment", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.sponsor, x, p, "sponsor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.sponsor, false, x, p, "sponsor", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.principalInvestigator, x, p, "principalInvestigator", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.principalInvestigator,
      false,
      x,
      p,
      "principalInvestigator",
      vrt.checkReferenceTarget,
      TARGETS_4
    ) && x.c === null)
      return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.site, x, p, "site", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.site, true, x, p, "site", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.reasonStopped, x, p, "reasonStopped", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.arm, x, p, "arm", d, 0, -1, checkResearchStudyArm) && x.c === null) return false;
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
function checkResearchStudyArm(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ResearchStudy.arm");
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
      case "code":
        n++;
        m0 |= 32;
        break;
      case "description":
        n++;
        m0 |= 64;
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_description":
        n++;
        m0 |= 128;
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
  if (!(vrt.isValidString(o.name) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateResearchStudy(value, options) {
  return vrt.validateWith(value, "ResearchStudy", checkResearchStudy, true, options, REGISTRY_0);
}
function isResearchStudy(value, options) {
  return vrt.testWith(value, checkResearchStudy, true, options, REGISTRY_0);
}
function buildResearchStudy(input) {
  return fillAndCheck(
    input,
    { resourceType: "ResearchStudy" },
    isResearchStudy,
    validateResearchStudy,
    "ResearchStudy"
  );
}
export {
  buildResearchStudy,
  checkResearchStudy,
  checkResearchStudyArm,
  isResearchStudy,
  validateResearchStudy
};
