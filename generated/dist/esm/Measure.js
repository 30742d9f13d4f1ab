import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkContributor } from "./Contributor.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { checkRelatedArtifact } from "./RelatedArtifact.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_approvalDate",
  "_clinicalRecommendationStatement",
  "_copyright",
  "_date",
  "_definition",
  "_description",
  "_disclaimer",
  "_experimental",
  "_guidance",
  "_id",
  "_implicitRules",
  "_improvementNotation",
  "_language",
  "_lastReviewDate",
  "_name",
  "_publisher",
  "_purpose",
  "_rateAggregation",
  "_rationale",
  "_riskAdjustment",
  "_set",
  "_status",
  "_title",
  "_url",
  "_usage",
  "_version",
  "approvalDate",
  "clinicalRecommendationStatement",
  "compositeScoring",
  "contact",
  "contained",
  "contributor",
  "copyright",
  "date",
  "definition",
  "description",
  "disclaimer",
  "effectivePeriod",
  "experimental",
  "extension",
  "group",
  "guidance",
  "id",
  "identifier",
  "implicitRules",
  "improvementNotation",
  "jurisdiction",
  "language",
  "lastReviewDate",
  "library",
  "meta",
  "modifierExtension",
  "name",
  "publisher",
  "purpose",
  "rateAggregation",
  "rationale",
  "relatedArtifact",
  "resourceType",
  "riskAdjustment",
  "scoring",
  "set",
  "status",
  "supplementalData",
  "text",
  "title",
  "topic",
  "type",
  "url",
  "usage",
  "useContext",
  "version"
]);
const OWNER_0 = { paths: ["Measure"], type: "Measure", exact: true };
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Library"]);
const BINDING_2 = {
  has: vcodes.inCodes241,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/measure-scoring"
};
const BINDING_3 = {
  has: vcodes.inCodes242,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/composite-measure-scoring"
};
const BINDING_4 = {
  has: vcodes.inCodes243,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/measure-type"
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "_description",
  "_name",
  "description",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "name",
  "population",
  "stratifier"
]);
const OWNER_1 = { paths: ["Measure.group"], type: "BackboneElement", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set([
  "_criteria",
  "_path",
  "criteria",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "path",
  "usage"
]);
const OWNER_2 = { paths: ["Measure.supplementalData"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes244,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/measure-data-usage"
};
const KEYS_3 = /* @__PURE__ */ new Set([
  "_criteria",
  "_description",
  "_name",
  "code",
  "criteria",
  "description",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "name"
]);
const OWNER_3 = { paths: ["Measure.group.population"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes245,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/measure-population"
};
const KEYS_4 = /* @__PURE__ */ new Set([
  "_criteria",
  "_path",
  "criteria",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "path"
]);
const OWNER_4 = { paths: ["Measure.group.stratifier"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Measure", check: checkMeasure, type: "Measure", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMeasure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Measure");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Measure") && x.c === null) return false;
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
  if (o.url !== void 0 || o._url !== void 0) {
    if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.title !== void 0 || o._title !== void 0) {
    if (!(vrt.isValidString(o.title) && o._title === void 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.experimental !== void 0 || o._experimental !== void 0) {
    if (!(vrt.isValidBoolean(o.experimental) && o._experimental === void 0)) {
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
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.publisher !== void 0 || o._publisher !== void 0) {
    if (!(vrt.isValidString(o.publisher) && o._publisher === void 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidMarkdown(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.purpose !== void 0 || o._purpose !== void 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && o._purpose === void 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.usage !== void 0 || o._usage !== void 0) {
    if (!(vrt.isValidString(o.usage) && o._usage === void 0)) {
      if (!vrt.prim(o.usage, o._usage, x, p, "usage", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.approvalDate !== void 0 || o._approvalDate !== void 0) {
    if (!(vrt.isValidDate(o.approvalDate) && o._approvalDate === void 0)) {
      if (!vrt.prim(o.approvalDate, o._approvalDate, x, p, "approvalDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.lastReviewDate !== void 0 || o._lastReviewDate !== void 0) {
    if (!(vrt.isValidDate(o.lastReviewDate) && o._lastReviewDate === void 0)) {
      if (!vrt.prim(
        o.lastReviewDate,
        o._lastReviewDate,
        x,
        p,
        "lastReviewDate",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.effectivePeriod !== void 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effectivePeriod", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.useContext !== void 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if (o.jurisdiction !== void 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.topic !== void 0) {
    if (!vrt.many(o.topic, x, p, "topic", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.contributor !== void 0) {
    if (!vrt.many(o.contributor, x, p, "contributor", d, 0, -1, checkContributor) && x.c === null) return false;
  }
  if (o.contact !== void 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if (o.copyright !== void 0 || o._copyright !== void 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && o._copyright === void 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.relatedArtifact !== void 0) {
    if (!vrt.many(o.relatedArtifact, x, p, "relatedArtifact", d, 0, -1, checkRelatedArtifact) && x.c === null)
      return false;
  }
  if (o.library !== void 0) {
    if (!vrt.many(o.library, x, p, "library", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.library, true, x, p, "library", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.disclaimer !== void 0 || o._disclaimer !== void 0) {
    if (!(vrt.isValidMarkdown(o.disclaimer) && o._disclaimer === void 0)) {
      if (!vrt.prim(o.disclaimer, o._disclaimer, x, p, "disclaimer", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.scoring !== void 0) {
    if (!vrt.one(o.scoring, x, p, "scoring", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.scoring, false, x, p, "scoring", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.compositeScoring !== void 0) {
    if (!vrt.one(o.compositeScoring, x, p, "compositeScoring", d, 0, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.compositeScoring, false, x, p, "compositeScoring", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if (o.type !== void 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, true, x, p, "type", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if (o.riskAdjustment !== void 0 || o._riskAdjustment !== void 0) {
    if (!(vrt.isValidString(o.riskAdjustment) && o._riskAdjustment === void 0)) {
      if (!vrt.prim(
        o.riskAdjustment,
        o._riskAdjustment,
        x,
        p,
        "riskAdjustment",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.rateAggregation !== void 0 || o._rateAggregation !== void 0) {
    if (!(vrt.isValidString(o.rateAggregation) && o._rateAggregation === void 0)) {
      if (!vrt.prim(
        o.rateAggregation,
        o._rateAggregation,
        x,
        p,
        "rateAggregation",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.rationale !== void 0 || o._rationale !== void 0) {
    if (!(vrt.isValidMarkdown(o.rationale) && o._rationale === void 0)) {
      if (!vrt.prim(o.rationale, o._rationale, x, p, "rationale", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.clinicalRecommendationStatement !== void 0 || o._clinicalRecommendationStatement !== void 0) {
    if (!(vrt.isValidMarkdown(o.clinicalRecommendationStatement) && o._clinicalRecommendationStatement === void 0)) {
      if (!vrt.prim(
        o.clinicalRecommendationStatement,
        o._clinicalRecommendationStatement,
        x,
        p,
        "clinicalRecommendationStatement",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.improvementNotation !== void 0 || o._improvementNotation !== void 0) {
    if (!(vrt.isValidString(o.improvementNotation) && o._improvementNotation === void 0)) {
      if (!vrt.prim(
        o.improvementNotation,
        o._improvementNotation,
        x,
        p,
        "improvementNotation",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.definition !== void 0 || o._definition !== void 0) {
    if (!vrt.prims(o.definition, o._definition, x, p, "definition", d, 0, -1, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
      return false;
  }
  if (o.guidance !== void 0 || o._guidance !== void 0) {
    if (!(vrt.isValidMarkdown(o.guidance) && o._guidance === void 0)) {
      if (!vrt.prim(o.guidance, o._guidance, x, p, "guidance", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.set !== void 0 || o._set !== void 0) {
    if (!(vrt.isValidString(o.set) && o._set === void 0)) {
      if (!vrt.prim(o.set, o._set, x, p, "set", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.group !== void 0) {
    if (!vrt.many(o.group, x, p, "group", d, 0, -1, checkMeasureGroup) && x.c === null) return false;
  }
  if (o.supplementalData !== void 0) {
    if (!vrt.many(o.supplementalData, x, p, "supplementalData", d, 0, -1, checkMeasureSupplementalData) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkMeasureGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Measure.group");
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
  if (!vrt.one(o.identifier, x, p, "identifier", d, 1, checkIdentifier) && x.c === null) return false;
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.population !== void 0) {
    if (!vrt.many(o.population, x, p, "population", d, 0, -1, checkMeasureGroupPopulation) && x.c === null)
      return false;
  }
  if (o.stratifier !== void 0) {
    if (!vrt.many(o.stratifier, x, p, "stratifier", d, 0, -1, checkMeasureGroupStratifier) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureSupplementalData(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Measure.supplementalData");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.usage !== void 0) {
    if (!vrt.many(o.usage, x, p, "usage", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.usage, true, x, p, "usage", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if (o.criteria !== void 0 || o._criteria !== void 0) {
    if (!(vrt.isValidString(o.criteria) && o._criteria === void 0)) {
      if (!vrt.prim(o.criteria, o._criteria, x, p, "criteria", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.path !== void 0 || o._path !== void 0) {
    if (!(vrt.isValidString(o.path) && o._path === void 0)) {
      if (!vrt.prim(o.path, o._path, x, p, "path", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkMeasureGroupPopulation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Measure.group.population");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.criteria) && o._criteria === void 0)) {
    if (!vrt.prim(o.criteria, o._criteria, x, p, "criteria", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureGroupStratifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Measure.group.stratifier");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.criteria !== void 0 || o._criteria !== void 0) {
    if (!(vrt.isValidString(o.criteria) && o._criteria === void 0)) {
      if (!vrt.prim(o.criteria, o._criteria, x, p, "criteria", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.path !== void 0 || o._path !== void 0) {
    if (!(vrt.isValidString(o.path) && o._path === void 0)) {
      if (!vrt.prim(o.path, o._path, x, p, "path", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateMeasure(value, options) {
  return vrt.validateWith(value, "Measure", checkMeasure, true, options, REGISTRY_0);
}
function isMeasure(value, options) {
  return vrt.testWith(value, checkMeasure, true, options, REGISTRY_0);
}
function buildMeasure(input) {
  return fillAndCheck(input, { resourceType: "Measure" }, isMeasure, validateMeasure, "Measure");
}
export {
  buildMeasure,
  checkMeasure,
  checkMeasureGroup,
  checkMeasureGroupPopulation,
  checkMeasureGroupStratifier,
  checkMeasureSupplementalData,
  isMeasure,
  validateMeasure
};
