import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
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
  "_duration",
  "_frames",
  "_height",
  "_id",
  "_implicitRules",
  "_language",
  "_occurrenceDateTime",
  "_type",
  "_width",
  "basedOn",
  "bodySite",
  "contained",
  "content",
  "context",
  "device",
  "duration",
  "extension",
  "frames",
  "height",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "note",
  "occurrenceDateTime",
  "occurrencePeriod",
  "operator",
  "reasonCode",
  "resourceType",
  "subject",
  "subtype",
  "text",
  "type",
  "view",
  "width"
]);
const OWNER_0 = { paths: ["Media"], type: "Media", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["ProcedureRequest"]);
const BINDING_1 = {
  has: vcodes.inCodes248,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/digital-media-type"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["Device", "Group", "Patient", "Practitioner", "Specimen"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const CHOICE_0 = vrt.choiceVariants(["occurrenceDateTime", "occurrencePeriod"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Device", "DeviceMetric"]);
const INVARIANT_0 = vrt.invariant({
  key: "mda-1",
  path: "Media",
  expression: "height.empty() or type != 'audio'",
  severity: "error",
  human: "Height can only be used for a photo or video"
});
const FHIRPATH_0 = (n) => vrt.fpOr(vrt.fpEmpty(vrt.fpChildOf(n, "height", "_height")), vrt.fpNe(vrt.fpChildOf(n, "type", "_type"), ["audio"]));
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "mda-2",
  path: "Media",
  expression: "width.empty() or type != 'audio'",
  severity: "error",
  human: "Width can only be used for a photo or video"
});
const FHIRPATH_1 = (n) => vrt.fpOr(vrt.fpEmpty(vrt.fpChildOf(n, "width", "_width")), vrt.fpNe(vrt.fpChildOf(n, "type", "_type"), ["audio"]));
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const INVARIANT_2 = vrt.invariant({
  key: "mda-3",
  path: "Media",
  expression: "frames.empty() or type = 'photo'",
  severity: "error",
  human: "Frames can only be used for a photo"
});
const FHIRPATH_2 = (n) => vrt.fpOr(vrt.fpEmpty(vrt.fpChildOf(n, "frames", "_frames")), vrt.fpEq(vrt.fpChildOf(n, "type", "_type"), ["photo"]));
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const INVARIANT_3 = vrt.invariant({
  key: "mda-4",
  path: "Media",
  expression: "duration.empty() or type != 'photo'",
  severity: "error",
  human: "Duration can only be used for an audio or a video"
});
const FHIRPATH_3 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "duration", "_duration")),
  vrt.fpNe(vrt.fpChildOf(n, "type", "_type"), ["photo"])
);
const TRANSLATED_3 = { inv: INVARIANT_3, fn: FHIRPATH_3 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [{ url: "http://hl7.org/fhir/StructureDefinition/Media", check: checkMedia, type: "Media", base: true }],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedia(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Media");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Media") && x.c === null) return false;
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
  if (o.basedOn !== void 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.subtype !== void 0) {
    if (!vrt.one(o.subtype, x, p, "subtype", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.view !== void 0) {
    if (!vrt.one(o.view, x, p, "view", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  if (o.occurrenceDateTime !== void 0 || o._occurrenceDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && o._occurrenceDateTime === void 0)) {
      if (!vrt.prim(
        o.occurrenceDateTime,
        o._occurrenceDateTime,
        x,
        p,
        "occurrence.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.occurrencePeriod !== void 0) {
    if (!vrt.one(o.occurrencePeriod, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null)
      return false;
  }
  if (o.operator !== void 0) {
    if (!vrt.one(o.operator, x, p, "operator", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.operator, false, x, p, "operator", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.reasonCode !== void 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.bodySite !== void 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.device !== void 0) {
    if (!vrt.one(o.device, x, p, "device", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.device, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.height !== void 0 || o._height !== void 0) {
    if (!(vrt.isValidPositiveInt(o.height) && o._height === void 0)) {
      if (!vrt.prim(o.height, o._height, x, p, "height", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.width !== void 0 || o._width !== void 0) {
    if (!(vrt.isValidPositiveInt(o.width) && o._width === void 0)) {
      if (!vrt.prim(o.width, o._width, x, p, "width", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.frames !== void 0 || o._frames !== void 0) {
    if (!(vrt.isValidPositiveInt(o.frames) && o._frames === void 0)) {
      if (!vrt.prim(o.frames, o._frames, x, p, "frames", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.duration !== void 0 || o._duration !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.duration) && o._duration === void 0)) {
      if (!vrt.prim(o.duration, o._duration, x, p, "duration", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.content, x, p, "content", d, 1, checkAttachment) && x.c === null) return false;
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  return true;
}
function validateMedia(value, options) {
  return vrt.validateWith(value, "Media", checkMedia, true, options, REGISTRY_0);
}
function isMedia(value, options) {
  return vrt.testWith(value, checkMedia, true, options, REGISTRY_0);
}
function buildMedia(input) {
  return fillAndCheck(input, { resourceType: "Media" }, isMedia, validateMedia, "Media");
}
export {
  buildMedia,
  checkMedia,
  isMedia,
  validateMedia
};
