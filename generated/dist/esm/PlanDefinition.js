import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkContributor } from "./Contributor.js";
import { checkDataRequirement } from "./DataRequirement.js";
import { checkDuration } from "./Duration.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkReference } from "./Reference.js";
import { checkRelatedArtifact } from "./RelatedArtifact.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkTiming } from "./Timing.js";
import { checkTriggerDefinition } from "./TriggerDefinition.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_approvalDate",
  "_copyright",
  "_date",
  "_description",
  "_experimental",
  "_id",
  "_implicitRules",
  "_language",
  "_lastReviewDate",
  "_name",
  "_publisher",
  "_purpose",
  "_status",
  "_title",
  "_url",
  "_usage",
  "_version",
  "action",
  "approvalDate",
  "contact",
  "contained",
  "contributor",
  "copyright",
  "date",
  "description",
  "effectivePeriod",
  "experimental",
  "extension",
  "goal",
  "id",
  "identifier",
  "implicitRules",
  "jurisdiction",
  "language",
  "lastReviewDate",
  "library",
  "meta",
  "modifierExtension",
  "name",
  "publisher",
  "purpose",
  "relatedArtifact",
  "resourceType",
  "status",
  "text",
  "title",
  "topic",
  "type",
  "url",
  "usage",
  "useContext",
  "version"
]);
const OWNER_0 = { paths: ["PlanDefinition"], type: "PlanDefinition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes264,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/plan-definition-type"
};
const BINDING_2 = {
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
const KEYS_1 = /* @__PURE__ */ new Set([
  "addresses",
  "category",
  "description",
  "documentation",
  "extension",
  "id",
  "modifierExtension",
  "priority",
  "start",
  "target"
]);
const OWNER_1 = { paths: ["PlanDefinition.goal"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes223,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/goal-priority"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_cardinalityBehavior",
  "_description",
  "_goalId",
  "_groupingBehavior",
  "_label",
  "_precheckBehavior",
  "_requiredBehavior",
  "_selectionBehavior",
  "_textEquivalent",
  "_timingDateTime",
  "_title",
  "action",
  "cardinalityBehavior",
  "code",
  "condition",
  "definition",
  "description",
  "documentation",
  "dynamicValue",
  "extension",
  "goalId",
  "groupingBehavior",
  "id",
  "input",
  "label",
  "modifierExtension",
  "output",
  "participant",
  "precheckBehavior",
  "reason",
  "relatedAction",
  "requiredBehavior",
  "selectionBehavior",
  "textEquivalent",
  "timingDateTime",
  "timingDuration",
  "timingPeriod",
  "timingRange",
  "timingTiming",
  "title",
  "transform",
  "triggerDefinition",
  "type"
]);
const OWNER_2 = { paths: ["PlanDefinition.action"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "timingDateTime",
  "timingPeriod",
  "timingDuration",
  "timingRange",
  "timingTiming"
]);
const BINDING_4 = {
  has: vcodes.inCodes265,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-type"
};
const BINDING_5 = {
  has: vcodes.inCodes266,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-grouping-behavior"
};
const BINDING_6 = {
  has: vcodes.inCodes267,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-selection-behavior"
};
const BINDING_7 = {
  has: vcodes.inCodes268,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-required-behavior"
};
const BINDING_8 = {
  has: vcodes.inCodes269,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-precheck-behavior"
};
const BINDING_9 = {
  has: vcodes.inCodes270,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-cardinality-behavior"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["ActivityDefinition", "PlanDefinition"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["StructureMap"]);
const KEYS_3 = /* @__PURE__ */ new Set([
  "detailCodeableConcept",
  "detailQuantity",
  "detailRange",
  "due",
  "extension",
  "id",
  "measure",
  "modifierExtension"
]);
const OWNER_3 = { paths: ["PlanDefinition.goal.target"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants([
  "detailQuantity",
  "detailRange",
  "detailCodeableConcept"
]);
const KEYS_4 = /* @__PURE__ */ new Set([
  "_description",
  "_expression",
  "_kind",
  "_language",
  "description",
  "expression",
  "extension",
  "id",
  "kind",
  "language",
  "modifierExtension"
]);
const OWNER_4 = {
  paths: ["PlanDefinition.action.condition"],
  type: "BackboneElement",
  exact: true
};
const BINDING_10 = {
  has: vcodes.inCodes271,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-condition-kind"
};
const KEYS_5 = /* @__PURE__ */ new Set([
  "_actionId",
  "_relationship",
  "actionId",
  "extension",
  "id",
  "modifierExtension",
  "offsetDuration",
  "offsetRange",
  "relationship"
]);
const OWNER_5 = {
  paths: ["PlanDefinition.action.relatedAction"],
  type: "BackboneElement",
  exact: true
};
const BINDING_11 = {
  has: vcodes.inCodes272,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-relationship-type"
};
const CHOICE_2 = vrt.choiceVariants(["offsetDuration", "offsetRange"]);
const KEYS_6 = /* @__PURE__ */ new Set(["_type", "extension", "id", "modifierExtension", "role", "type"]);
const OWNER_6 = {
  paths: ["PlanDefinition.action.participant"],
  type: "BackboneElement",
  exact: true
};
const BINDING_12 = {
  has: vcodes.inCodes5,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-participant-type"
};
const KEYS_7 = /* @__PURE__ */ new Set([
  "_description",
  "_expression",
  "_language",
  "_path",
  "description",
  "expression",
  "extension",
  "id",
  "language",
  "modifierExtension",
  "path"
]);
const OWNER_7 = {
  paths: ["PlanDefinition.action.dynamicValue"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/PlanDefinition",
      check: checkPlanDefinition,
      type: "PlanDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkPlanDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "PlanDefinition") && x.c === null) return false;
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
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_2) && x.c === null) return false;
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
  if (o.goal !== void 0) {
    if (!vrt.many(o.goal, x, p, "goal", d, 0, -1, checkPlanDefinitionGoal) && x.c === null) return false;
  }
  if (o.action !== void 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkPlanDefinitionAction) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkPlanDefinitionGoal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.goal");
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
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.description, x, p, "description", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (o.priority !== void 0) {
    if (!vrt.one(o.priority, x, p, "priority", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (o.start !== void 0) {
    if (!vrt.one(o.start, x, p, "start", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.addresses !== void 0) {
    if (!vrt.many(o.addresses, x, p, "addresses", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.documentation !== void 0) {
    if (!vrt.many(o.documentation, x, p, "documentation", d, 0, -1, checkRelatedArtifact) && x.c === null) return false;
  }
  if (o.target !== void 0) {
    if (!vrt.many(o.target, x, p, "target", d, 0, -1, checkPlanDefinitionGoalTarget) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action");
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
  if (o.label !== void 0 || o._label !== void 0) {
    if (!(vrt.isValidString(o.label) && o._label === void 0)) {
      if (!vrt.prim(o.label, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.title !== void 0 || o._title !== void 0) {
    if (!(vrt.isValidString(o.title) && o._title === void 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.textEquivalent !== void 0 || o._textEquivalent !== void 0) {
    if (!(vrt.isValidString(o.textEquivalent) && o._textEquivalent === void 0)) {
      if (!vrt.prim(
        o.textEquivalent,
        o._textEquivalent,
        x,
        p,
        "textEquivalent",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.code !== void 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reason !== void 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.documentation !== void 0) {
    if (!vrt.many(o.documentation, x, p, "documentation", d, 0, -1, checkRelatedArtifact) && x.c === null) return false;
  }
  if (o.goalId !== void 0 || o._goalId !== void 0) {
    if (!vrt.prims(o.goalId, o._goalId, x, p, "goalId", d, 0, -1, vrt.isValidId, "id", OWNER_2) && x.c === null)
      return false;
  }
  if (o.triggerDefinition !== void 0) {
    if (!vrt.many(o.triggerDefinition, x, p, "triggerDefinition", d, 0, -1, checkTriggerDefinition) && x.c === null)
      return false;
  }
  if (o.condition !== void 0) {
    if (!vrt.many(o.condition, x, p, "condition", d, 0, -1, checkPlanDefinitionActionCondition) && x.c === null)
      return false;
  }
  if (o.input !== void 0) {
    if (!vrt.many(o.input, x, p, "input", d, 0, -1, checkDataRequirement) && x.c === null) return false;
  }
  if (o.output !== void 0) {
    if (!vrt.many(o.output, x, p, "output", d, 0, -1, checkDataRequirement) && x.c === null) return false;
  }
  if (o.relatedAction !== void 0) {
    if (!vrt.many(o.relatedAction, x, p, "relatedAction", d, 0, -1, checkPlanDefinitionActionRelatedAction) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "timing", 0) && x.c === null) return false;
  if (o.timingDateTime !== void 0 || o._timingDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.timingDateTime) && o._timingDateTime === void 0)) {
      if (!vrt.prim(
        o.timingDateTime,
        o._timingDateTime,
        x,
        p,
        "timing.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.timingPeriod !== void 0) {
    if (!vrt.one(o.timingPeriod, x, p, "timing.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.timingDuration !== void 0) {
    if (!vrt.one(o.timingDuration, x, p, "timing.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.timingRange !== void 0) {
    if (!vrt.one(o.timingRange, x, p, "timing.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.timingTiming !== void 0) {
    if (!vrt.one(o.timingTiming, x, p, "timing.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.participant !== void 0) {
    if (!vrt.many(o.participant, x, p, "participant", d, 0, -1, checkPlanDefinitionActionParticipant) && x.c === null)
      return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  if (o.groupingBehavior !== void 0 || o._groupingBehavior !== void 0) {
    if (!(vrt.isValidCode(o.groupingBehavior) && o._groupingBehavior === void 0)) {
      if (!vrt.prim(
        o.groupingBehavior,
        o._groupingBehavior,
        x,
        p,
        "groupingBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.groupingBehavior, false, x, p, "groupingBehavior", vrt.checkCode, BINDING_5) && x.c === null)
      return false;
  }
  if (o.selectionBehavior !== void 0 || o._selectionBehavior !== void 0) {
    if (!(vrt.isValidCode(o.selectionBehavior) && o._selectionBehavior === void 0)) {
      if (!vrt.prim(
        o.selectionBehavior,
        o._selectionBehavior,
        x,
        p,
        "selectionBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.selectionBehavior, false, x, p, "selectionBehavior", vrt.checkCode, BINDING_6) && x.c === null)
      return false;
  }
  if (o.requiredBehavior !== void 0 || o._requiredBehavior !== void 0) {
    if (!(vrt.isValidCode(o.requiredBehavior) && o._requiredBehavior === void 0)) {
      if (!vrt.prim(
        o.requiredBehavior,
        o._requiredBehavior,
        x,
        p,
        "requiredBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.requiredBehavior, false, x, p, "requiredBehavior", vrt.checkCode, BINDING_7) && x.c === null)
      return false;
  }
  if (o.precheckBehavior !== void 0 || o._precheckBehavior !== void 0) {
    if (!(vrt.isValidCode(o.precheckBehavior) && o._precheckBehavior === void 0)) {
      if (!vrt.prim(
        o.precheckBehavior,
        o._precheckBehavior,
        x,
        p,
        "precheckBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.precheckBehavior, false, x, p, "precheckBehavior", vrt.checkCode, BINDING_8) && x.c === null)
      return false;
  }
  if (o.cardinalityBehavior !== void 0 || o._cardinalityBehavior !== void 0) {
    if (!(vrt.isValidCode(o.cardinalityBehavior) && o._cardinalityBehavior === void 0)) {
      if (!vrt.prim(
        o.cardinalityBehavior,
        o._cardinalityBehavior,
        x,
        p,
        "cardinalityBehavior",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_2
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.cardinalityBehavior, false, x, p, "cardinalityBehavior", vrt.checkCode, BINDING_9) && x.c === null)
      return false;
  }
  if (o.definition !== void 0) {
    if (!vrt.one(o.definition, x, p, "definition", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.transform !== void 0) {
    if (!vrt.one(o.transform, x, p, "transform", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.transform, false, x, p, "transform", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.dynamicValue !== void 0) {
    if (!vrt.many(o.dynamicValue, x, p, "dynamicValue", d, 0, -1, checkPlanDefinitionActionDynamicValue) && x.c === null)
      return false;
  }
  if (o.action !== void 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkPlanDefinitionAction) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionGoalTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.goal.target");
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
  if (o.measure !== void 0) {
    if (!vrt.one(o.measure, x, p, "measure", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "detail", 0) && x.c === null) return false;
  if (o.detailQuantity !== void 0) {
    if (!vrt.one(o.detailQuantity, x, p, "detail.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.detailRange !== void 0) {
    if (!vrt.one(o.detailRange, x, p, "detail.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.detailCodeableConcept !== void 0) {
    if (!vrt.one(o.detailCodeableConcept, x, p, "detail.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.due !== void 0) {
    if (!vrt.one(o.due, x, p, "due", d, 0, checkDuration) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionCondition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.condition");
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
  if (!(vrt.isValidCode(o.kind) && o._kind === void 0)) {
    if (!vrt.prim(o.kind, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.kind, false, x, p, "kind", vrt.checkCode, BINDING_10) && x.c === null) return false;
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidString(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.expression !== void 0 || o._expression !== void 0) {
    if (!(vrt.isValidString(o.expression) && o._expression === void 0)) {
      if (!vrt.prim(o.expression, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkPlanDefinitionActionRelatedAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.relatedAction");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidId(o.actionId) && o._actionId === void 0)) {
    if (!vrt.prim(o.actionId, o._actionId, x, p, "actionId", d, 1, vrt.isValidId, "id", OWNER_5) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.relationship) && o._relationship === void 0)) {
    if (!vrt.prim(o.relationship, o._relationship, x, p, "relationship", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.relationship, false, x, p, "relationship", vrt.checkCode, BINDING_11) && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "offset", 0) && x.c === null) return false;
  if (o.offsetDuration !== void 0) {
    if (!vrt.one(o.offsetDuration, x, p, "offset.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.offsetRange !== void 0) {
    if (!vrt.one(o.offsetRange, x, p, "offset.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.participant");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_12) && x.c === null) return false;
  if (o.role !== void 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkPlanDefinitionActionDynamicValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PlanDefinition.action.dynamicValue");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_7, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if (o.path !== void 0 || o._path !== void 0) {
    if (!(vrt.isValidString(o.path) && o._path === void 0)) {
      if (!vrt.prim(o.path, o._path, x, p, "path", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidString(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if (o.expression !== void 0 || o._expression !== void 0) {
    if (!(vrt.isValidString(o.expression) && o._expression === void 0)) {
      if (!vrt.prim(o.expression, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function validatePlanDefinition(value, options) {
  return vrt.validateWith(value, "PlanDefinition", checkPlanDefinition, true, options, REGISTRY_0);
}
function isPlanDefinition(value, options) {
  return vrt.testWith(value, checkPlanDefinition, true, options, REGISTRY_0);
}
function buildPlanDefinition(input) {
  return fillAndCheck(
    input,
    { resourceType: "PlanDefinition", each: { action: { system: { type: "http://hl7.org/fhir/action-type" } } } },
    isPlanDefinition,
    validatePlanDefinition,
    "PlanDefinition"
  );
}
export {
  buildPlanDefinition,
  checkPlanDefinition,
  checkPlanDefinitionAction,
  checkPlanDefinitionActionCondition,
  checkPlanDefinitionActionDynamicValue,
  checkPlanDefinitionActionParticipant,
  checkPlanDefinitionActionRelatedAction,
  checkPlanDefinitionGoal,
  checkPlanDefinitionGoalTarget,
  isPlanDefinition,
  validatePlanDefinition
};
