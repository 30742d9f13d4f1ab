import { checkAddress } from "./Address.js";
import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkCount } from "./Count.js";
import { checkDistance } from "./Distance.js";
import { checkDuration } from "./Duration.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import { checkSampledData } from "./SampledData.js";
import { checkSignature } from "./Signature.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_id",
  "_implicitRules",
  "_language",
  "_receivedTime",
  "_status",
  "accessionIdentifier",
  "collection",
  "contained",
  "container",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "note",
  "parent",
  "processing",
  "receivedTime",
  "request",
  "resourceType",
  "status",
  "subject",
  "text",
  "type"
]);
const OWNER_0 = { paths: ["Specimen"], type: "Specimen", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes119,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/specimen-status"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Device", "Group", "Patient", "Substance"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["ProcedureRequest"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_lastUpdated",
  "_profile",
  "_versionId",
  "extension",
  "id",
  "lastUpdated",
  "profile",
  "security",
  "tag",
  "versionId"
]);
const OWNER_1 = { paths: ["Specimen.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_system",
  "_use",
  "_value",
  "assigner",
  "extension",
  "id",
  "period",
  "system",
  "type",
  "use",
  "value"
]);
const OWNER_2 = { paths: ["Specimen.identifier", "Identifier"], type: "Identifier", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_3 = {
  has: vcodes.inCodes69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_2 = /* @__PURE__ */ new Set(["Organization"]);
const OWNER_3 = {
  paths: ["Specimen.accessionIdentifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const KEYS_3 = /* @__PURE__ */ new Set(["_text", "coding", "extension", "id", "text"]);
const OWNER_4 = {
  paths: ["Specimen.type", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const KEYS_4 = /* @__PURE__ */ new Set([
  "_collectedDateTime",
  "bodySite",
  "collectedDateTime",
  "collectedPeriod",
  "collector",
  "extension",
  "id",
  "method",
  "modifierExtension",
  "quantity"
]);
const OWNER_5 = { paths: ["Specimen.collection"], type: "BackboneElement", exact: true };
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_5, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Specimen.collection.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "fastingStatus",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-FastingStatus-1",
      check: (v, x, q, d) => checkCareConnectGPCSpecimen1CollectionFastingStatus(v, x, q, d)
    }
  ]
};
const TARGETS_3 = /* @__PURE__ */ new Set(["Practitioner"]);
const CHOICE_0 = vrt.choiceVariants(["collectedDateTime", "collectedPeriod"]);
const KEYS_5 = /* @__PURE__ */ new Set([
  "_description",
  "_timeDateTime",
  "additive",
  "description",
  "extension",
  "id",
  "modifierExtension",
  "procedure",
  "timeDateTime",
  "timePeriod"
]);
const OWNER_6 = { paths: ["Specimen.processing"], type: "BackboneElement", exact: true };
const TARGETS_4 = /* @__PURE__ */ new Set(["Substance"]);
const CHOICE_1 = vrt.choiceVariants(["timeDateTime", "timePeriod"]);
const KEYS_6 = /* @__PURE__ */ new Set([
  "_description",
  "additiveCodeableConcept",
  "additiveReference",
  "capacity",
  "description",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "specimenQuantity",
  "type"
]);
const OWNER_7 = { paths: ["Specimen.container"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["additiveCodeableConcept", "additiveReference"]);
const KEYS_7 = /* @__PURE__ */ new Set([
  "_authorString",
  "_text",
  "_time",
  "authorReference",
  "authorString",
  "extension",
  "id",
  "text",
  "time"
]);
const OWNER_8 = { paths: ["Specimen.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_3 = vrt.choiceVariants(["authorString", "authorReference"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Patient", "Practitioner"]);
const KEYS_8 = /* @__PURE__ */ new Set([
  "_valueBase64Binary",
  "_valueBoolean",
  "_valueCode",
  "_valueDate",
  "_valueDateTime",
  "_valueDecimal",
  "_valueId",
  "_valueInstant",
  "_valueInteger",
  "_valueMarkdown",
  "_valueOid",
  "_valuePositiveInt",
  "_valueString",
  "_valueTime",
  "_valueUnsignedInt",
  "_valueUri",
  "extension",
  "id",
  "url",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueId",
  "valueIdentifier",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueMeta",
  "valueMoney",
  "valueOid",
  "valuePeriod",
  "valuePositiveInt",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueString",
  "valueTime",
  "valueTiming",
  "valueUnsignedInt",
  "valueUri"
]);
const OWNER_9 = {
  paths: ["Specimen.collection.extension", "Extension"],
  type: "Extension",
  exact: true
};
const CHOICE_4 = vrt.choiceVariants([
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueId",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueOid",
  "valuePositiveInt",
  "valueString",
  "valueTime",
  "valueUnsignedInt",
  "valueUri",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueIdentifier",
  "valueMoney",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueTiming",
  "valueMeta"
]);
const OWNER_10 = {
  paths: ["Specimen.collection.bodySite", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_11 = {
  paths: ["Specimen.container.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Specimen-1",
      check: checkCareConnectGPCSpecimen1,
      type: "Specimen",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCSpecimen1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Specimen") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkCareConnectGPCSpecimen1Meta) && x.c === null) return false;
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
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, -1, checkCareConnectGPCSpecimen1Identifier) && x.c === null)
    return false;
  if (o.accessionIdentifier !== void 0) {
    if (!vrt.one(
      o.accessionIdentifier,
      x,
      p,
      "accessionIdentifier",
      d,
      0,
      checkCareConnectGPCSpecimen1AccessionIdentifier
    ) && x.c === null)
      return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCareConnectGPCSpecimen1Type) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (o.receivedTime !== void 0 || o._receivedTime !== void 0) {
    if (!(vrt.isValidDateTime(o.receivedTime) && o._receivedTime === void 0)) {
      if (!vrt.prim(
        o.receivedTime,
        o._receivedTime,
        x,
        p,
        "receivedTime",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.parent !== void 0) {
    if (!vrt.many(o.parent, x, p, "parent", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.request !== void 0) {
    if (!vrt.many(o.request, x, p, "request", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.request, true, x, p, "request", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.collection !== void 0) {
    if (!vrt.one(o.collection, x, p, "collection", d, 0, checkCareConnectGPCSpecimen1Collection) && x.c === null)
      return false;
  }
  if (o.processing !== void 0) {
    if (!vrt.many(o.processing, x, p, "processing", d, 0, -1, _checkSpecimenProcessing) && x.c === null) return false;
  }
  if (o.container !== void 0) {
    if (!vrt.many(o.container, x, p, "container", d, 0, -1, checkCareConnectGPCSpecimen1Container) && x.c === null)
      return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, 1, checkCareConnectGPCSpecimen1Note) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCSpecimen1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.meta");
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
  if (o.versionId !== void 0 || o._versionId !== void 0) {
    if (!(vrt.isValidId(o.versionId) && o._versionId === void 0)) {
      if (!vrt.prim(o.versionId, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.lastUpdated !== void 0 || o._lastUpdated !== void 0) {
    if (!(vrt.isValidInstant(o.lastUpdated) && o._lastUpdated === void 0)) {
      if (!vrt.prim(o.lastUpdated, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(o.profile, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if (o.security !== void 0) {
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.tag !== void 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCSpecimen1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.identifier");
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
  if (o.use !== void 0 || o._use !== void 0) {
    if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && o._value === void 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.assigner !== void 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCSpecimen1AccessionIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.accessionIdentifier");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (o.use !== void 0 || o._use !== void 0) {
    if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (o.system !== void 0 || o._system !== void 0) {
    if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.value !== void 0 || o._value !== void 0) {
    if (!(vrt.isValidString(o.value) && o._value === void 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.assigner !== void 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCSpecimen1Type(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.type");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.coding !== void 0) {
    if (!vrt.many(o.coding, x, p, "coding", d, 0, -1, checkCoding) && x.c === null) return false;
    vrt.slicingNotChecked(
      o.coding,
      x,
      p,
      "coding",
      "Specimen.type.coding",
      "slice 'snomedCT' has no fixed or pattern value at 'system'"
    );
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCSpecimen1Collection(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.collection");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (o.collector !== void 0) {
    if (!vrt.one(o.collector, x, p, "collector", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.collector, false, x, p, "collector", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "collected", 0) && x.c === null) return false;
  if (o.collectedDateTime !== void 0 || o._collectedDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.collectedDateTime) && o._collectedDateTime === void 0)) {
      if (!vrt.prim(
        o.collectedDateTime,
        o._collectedDateTime,
        x,
        p,
        "collected.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.collectedPeriod !== void 0) {
    if (!vrt.one(o.collectedPeriod, x, p, "collected.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.method !== void 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.bodySite !== void 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, checkCareConnectGPCSpecimen1CollectionBodySite) && x.c === null)
      return false;
  }
  return true;
}
function _checkSpecimenProcessing(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.processing");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
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
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (o.procedure !== void 0) {
    if (!vrt.one(o.procedure, x, p, "procedure", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.additive !== void 0) {
    if (!vrt.many(o.additive, x, p, "additive", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.additive, true, x, p, "additive", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "time", 0) && x.c === null) return false;
  if (o.timeDateTime !== void 0 || o._timeDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.timeDateTime) && o._timeDateTime === void 0)) {
      if (!vrt.prim(
        o.timeDateTime,
        o._timeDateTime,
        x,
        p,
        "time.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_6
      ) && x.c === null)
        return false;
    }
  }
  if (o.timePeriod !== void 0) {
    if (!vrt.one(o.timePeriod, x, p, "time.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCSpecimen1Container(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.container");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
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
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkCareConnectGPCSpecimen1ContainerIdentifier) && x.c === null)
      return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.capacity !== void 0) {
    if (!vrt.one(o.capacity, x, p, "capacity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.specimenQuantity !== void 0) {
    if (!vrt.one(o.specimenQuantity, x, p, "specimenQuantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "additive", 0) && x.c === null) return false;
  if (o.additiveCodeableConcept !== void 0) {
    if (!vrt.one(o.additiveCodeableConcept, x, p, "additive.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.additiveReference !== void 0) {
    if (!vrt.one(o.additiveReference, x, p, "additive.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.additiveReference,
      false,
      x,
      p,
      "additive.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_4
    ) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCSpecimen1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.note");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_7, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_3, x, p, "author", 0) && x.c === null) return false;
  if (o.authorString !== void 0 || o._authorString !== void 0) {
    if (!(vrt.isValidString(o.authorString) && o._authorString === void 0)) {
      if (!vrt.prim(
        o.authorString,
        o._authorString,
        x,
        p,
        "author.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_8
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.authorString, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if (o.authorReference !== void 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.authorReference, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.time !== void 0 || o._time !== void 0) {
    if (!(vrt.isValidDateTime(o.time) && o._time === void 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_8) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && o._text === void 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCSpecimen1CollectionFastingStatus(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.collection.extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_8, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(
    o.url,
    false,
    x,
    p,
    "url",
    vrt.checkFixed,
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-FastingStatus-1"
  ) && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_4, x, p, "value", 0) && x.c === null) return false;
  if (o.valueBase64Binary !== void 0 || o._valueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && o._valueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (o.valueInstant !== void 0 || o._valueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && o._valueInstant === void 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueMarkdown !== void 0 || o._valueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && o._valueMarkdown === void 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueOid !== void 0 || o._valueOid !== void 0) {
    if (!(vrt.isValidOid(o.valueOid) && o._valueOid === void 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (o.valuePositiveInt !== void 0 || o._valuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && o._valuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (o.valueUnsignedInt !== void 0 || o._valueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && o._valueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (o.valueAddress !== void 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (o.valueAge !== void 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.valueAnnotation !== void 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.valueContactPoint !== void 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.valueCount !== void 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if (o.valueDistance !== void 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if (o.valueDuration !== void 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.valueHumanName !== void 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if (o.valueIdentifier !== void 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.valueMoney !== void 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueSignature !== void 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if (o.valueTiming !== void 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.valueMeta !== void 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCSpecimen1CollectionBodySite(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.collection.bodySite");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if (o.coding !== void 0) {
    if (!vrt.many(o.coding, x, p, "coding", d, 0, -1, checkCoding) && x.c === null) return false;
    vrt.slicingNotChecked(
      o.coding,
      x,
      p,
      "coding",
      "Specimen.collection.bodySite.coding",
      "slice 'snomedCT' has no fixed or pattern value at 'system'"
    );
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_10) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCSpecimen1ContainerIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Specimen.container.identifier");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if (o.use !== void 0 || o._use !== void 0) {
    if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
    }
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (o.system !== void 0 || o._system !== void 0) {
    if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.value !== void 0 || o._value !== void 0) {
    if (!(vrt.isValidString(o.value) && o._value === void 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.assigner !== void 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function validateCareConnectGPCSpecimen1(value, options) {
  return vrt.validateWith(value, "Specimen", checkCareConnectGPCSpecimen1, true, options, REGISTRY_0);
}
function isCareConnectGPCSpecimen1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCSpecimen1, true, options, REGISTRY_0);
}
function buildCareConnectGPCSpecimen1(input) {
  return fillAndCheck(
    input,
    { resourceType: "Specimen", profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Specimen-1" },
    isCareConnectGPCSpecimen1,
    validateCareConnectGPCSpecimen1,
    "CareConnectGPCSpecimen1"
  );
}
function buildCareConnectGPCSpecimen1TypeCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCSpecimen1CollectionFastingStatus(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-FastingStatus-1" }
  });
}
function buildCareConnectGPCSpecimen1CollectionBodySiteCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
export {
  buildCareConnectGPCSpecimen1,
  buildCareConnectGPCSpecimen1CollectionBodySiteCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCSpecimen1CollectionFastingStatus,
  buildCareConnectGPCSpecimen1TypeCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCSpecimen1,
  checkCareConnectGPCSpecimen1AccessionIdentifier,
  checkCareConnectGPCSpecimen1Collection,
  checkCareConnectGPCSpecimen1CollectionBodySite,
  checkCareConnectGPCSpecimen1CollectionFastingStatus,
  checkCareConnectGPCSpecimen1Container,
  checkCareConnectGPCSpecimen1ContainerIdentifier,
  checkCareConnectGPCSpecimen1Identifier,
  checkCareConnectGPCSpecimen1Meta,
  checkCareConnectGPCSpecimen1Note,
  checkCareConnectGPCSpecimen1Type,
  isCareConnectGPCSpecimen1,
  validateCareConnectGPCSpecimen1
};
