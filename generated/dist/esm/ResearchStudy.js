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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_description",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "_title",
  "arm",
  "category",
  "contact",
  "contained",
  "description",
  "enrollment",
  "extension",
  "focus",
  "id",
  "identifier",
  "implicitRules",
  "jurisdiction",
  "keyword",
  "language",
  "meta",
  "modifierExtension",
  "note",
  "partOf",
  "period",
  "principalInvestigator",
  "protocol",
  "reasonStopped",
  "relatedArtifact",
  "resourceType",
  "site",
  "sponsor",
  "status",
  "text",
  "title"
]);
const OWNER_0 = { paths: ["ResearchStudy"], type: "ResearchStudy", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["PlanDefinition"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["ResearchStudy"]);
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
const TARGETS_2 = /* @__PURE__ */ new Set(["Group"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Location"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_description",
  "_name",
  "code",
  "description",
  "extension",
  "id",
  "modifierExtension",
  "name"
]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (o.title !== void 0 || o._title !== void 0) {
    if (!(vrt.isValidString(o.title) && o._title === void 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.protocol !== void 0) {
    if (!vrt.many(o.protocol, x, p, "protocol", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.protocol, true, x, p, "protocol", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.partOf !== void 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.category !== void 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.focus !== void 0) {
    if (!vrt.many(o.focus, x, p, "focus", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.contact !== void 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if (o.relatedArtifact !== void 0) {
    if (!vrt.many(o.relatedArtifact, x, p, "relatedArtifact", d, 0, -1, checkRelatedArtifact) && x.c === null)
      return false;
  }
  if (o.keyword !== void 0) {
    if (!vrt.many(o.keyword, x, p, "keyword", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.jurisdiction !== void 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidMarkdown(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.enrollment !== void 0) {
    if (!vrt.many(o.enrollment, x, p, "enrollment", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.enrollment, true, x, p, "enrollment", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.sponsor !== void 0) {
    if (!vrt.one(o.sponsor, x, p, "sponsor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.sponsor, false, x, p, "sponsor", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.principalInvestigator !== void 0) {
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
  if (o.site !== void 0) {
    if (!vrt.many(o.site, x, p, "site", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.site, true, x, p, "site", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if (o.reasonStopped !== void 0) {
    if (!vrt.one(o.reasonStopped, x, p, "reasonStopped", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (o.arm !== void 0) {
    if (!vrt.many(o.arm, x, p, "arm", d, 0, -1, checkResearchStudyArm) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkResearchStudyArm(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ResearchStudy.arm");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
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
