import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_confidentiality",
  "_date",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "_title",
  "attester",
  "author",
  "class",
  "confidentiality",
  "contained",
  "custodian",
  "date",
  "encounter",
  "event",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "relatesTo",
  "resourceType",
  "section",
  "status",
  "subject",
  "text",
  "title",
  "type"
]);
const OWNER_0 = { paths: ["Composition"], type: "Composition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes81,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/composition-status"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Encounter"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Device", "Patient", "Practitioner", "RelatedPerson"]);
const BINDING_2 = {
  has: vcodes.inCodes136,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ConfidentialityClassification"
};
const TARGETS_2 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_mode",
  "_time",
  "extension",
  "id",
  "mode",
  "modifierExtension",
  "party",
  "time"
]);
const OWNER_1 = { paths: ["Composition.attester"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes143,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/composition-attestation-mode"
};
const TARGETS_3 = /* @__PURE__ */ new Set(["Organization", "Patient", "Practitioner"]);
const KEYS_2 = /* @__PURE__ */ new Set([
  "_code",
  "code",
  "extension",
  "id",
  "modifierExtension",
  "targetIdentifier",
  "targetReference"
]);
const OWNER_2 = { paths: ["Composition.relatesTo"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes82,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/document-relationship-type"
};
const CHOICE_0 = vrt.choiceVariants(["targetIdentifier", "targetReference"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Composition"]);
const KEYS_3 = /* @__PURE__ */ new Set(["code", "detail", "extension", "id", "modifierExtension", "period"]);
const OWNER_3 = { paths: ["Composition.event"], type: "BackboneElement", exact: true };
const KEYS_4 = /* @__PURE__ */ new Set([
  "_mode",
  "_title",
  "code",
  "emptyReason",
  "entry",
  "extension",
  "id",
  "mode",
  "modifierExtension",
  "orderedBy",
  "section",
  "text",
  "title"
]);
const OWNER_4 = { paths: ["Composition.section"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes88,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/list-mode"
};
const BINDING_6 = {
  has: vcodes.inCodes90,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/list-order"
};
const BINDING_7 = {
  has: vcodes.inCodes144,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/list-empty-reason"
};
const INVARIANT_0 = vrt.invariant({
  key: "cmp-1",
  path: "Composition.section",
  expression: "text.exists() or entry.exists() or section.exists()",
  severity: "error",
  human: "A section must at least one of text, entries, or sub-sections"
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpOr(vrt.fpExists(vrt.fpChildOf(n, "text", "_text")), vrt.fpExists(vrt.fpChildOf(n, "entry", "_entry"))),
  vrt.fpExists(vrt.fpChildOf(n, "section", "_section"))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "cmp-2",
  path: "Composition.section",
  expression: "emptyReason.empty() or entry.empty()",
  severity: "error",
  human: "A section can only have an emptyReason if it is empty"
});
const FHIRPATH_1 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "emptyReason", "_emptyReason")),
  vrt.fpEmpty(vrt.fpChildOf(n, "entry", "_entry"))
);
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Composition",
      check: checkComposition,
      type: "Composition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkComposition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Composition") && x.c === null) return false;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!vrt.one(o.type, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (o.class !== void 0) {
    if (!vrt.one(o.class, x, p, "class", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (o.encounter !== void 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
    if (!vrt.prim(o.date, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.many(o.author, x, p, "author", d, 1, -1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.author, true, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if (!(vrt.isValidString(o.title) && o._title === void 0)) {
    if (!vrt.prim(o.title, o._title, x, p, "title", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (o.confidentiality !== void 0 || o._confidentiality !== void 0) {
    if (!(vrt.isValidCode(o.confidentiality) && o._confidentiality === void 0)) {
      if (!vrt.prim(
        o.confidentiality,
        o._confidentiality,
        x,
        p,
        "confidentiality",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.confidentiality, false, x, p, "confidentiality", vrt.checkCode, BINDING_2) && x.c === null)
      return false;
  }
  if (o.attester !== void 0) {
    if (!vrt.many(o.attester, x, p, "attester", d, 0, -1, checkCompositionAttester) && x.c === null) return false;
  }
  if (o.custodian !== void 0) {
    if (!vrt.one(o.custodian, x, p, "custodian", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.custodian, false, x, p, "custodian", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.relatesTo !== void 0) {
    if (!vrt.many(o.relatesTo, x, p, "relatesTo", d, 0, -1, checkCompositionRelatesTo) && x.c === null) return false;
  }
  if (o.event !== void 0) {
    if (!vrt.many(o.event, x, p, "event", d, 0, -1, checkCompositionEvent) && x.c === null) return false;
  }
  if (o.section !== void 0) {
    if (!vrt.many(o.section, x, p, "section", d, 0, -1, checkCompositionSection) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkCompositionAttester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.attester");
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
  if (!vrt.prims(o.mode, o._mode, x, p, "mode", d, 1, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
    return false;
  if (!vrt.eachWith(o.mode, true, x, p, "mode", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if (o.time !== void 0 || o._time !== void 0) {
    if (!(vrt.isValidDateTime(o.time) && o._time === void 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.party !== void 0) {
    if (!vrt.one(o.party, x, p, "party", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.party, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  return true;
}
function checkCompositionRelatesTo(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.relatesTo");
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
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_4) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "target", 1) && x.c === null) return false;
  if (o.targetIdentifier !== void 0) {
    if (!vrt.one(o.targetIdentifier, x, p, "target.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.targetReference !== void 0) {
    if (!vrt.one(o.targetReference, x, p, "target.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.targetReference, false, x, p, "target.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkCompositionEvent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.event");
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
  if (o.code !== void 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.detail !== void 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkReference) && x.c === null) return false;
  }
  return true;
}
function checkCompositionSection(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.section");
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
  if (o.title !== void 0 || o._title !== void 0) {
    if (!(vrt.isValidString(o.title) && o._title === void 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.mode !== void 0 || o._mode !== void 0) {
    if (!(vrt.isValidCode(o.mode) && o._mode === void 0)) {
      if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if (o.orderedBy !== void 0) {
    if (!vrt.one(o.orderedBy, x, p, "orderedBy", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.orderedBy, false, x, p, "orderedBy", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if (o.entry !== void 0) {
    if (!vrt.many(o.entry, x, p, "entry", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.emptyReason !== void 0) {
    if (!vrt.one(o.emptyReason, x, p, "emptyReason", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.emptyReason, false, x, p, "emptyReason", vrt.checkConcept, BINDING_7) && x.c === null)
      return false;
  }
  if (o.section !== void 0) {
    if (!vrt.many(o.section, x, p, "section", d, 0, -1, checkCompositionSection) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function validateComposition(value, options) {
  return vrt.validateWith(value, "Composition", checkComposition, true, options, REGISTRY_0);
}
function isComposition(value, options) {
  return vrt.testWith(value, checkComposition, true, options, REGISTRY_0);
}
function buildComposition(input) {
  return fillAndCheck(input, { resourceType: "Composition" }, isComposition, validateComposition, "Composition");
}
export {
  buildComposition,
  checkComposition,
  checkCompositionAttester,
  checkCompositionEvent,
  checkCompositionRelatesTo,
  checkCompositionSection,
  isComposition,
  validateComposition
};
