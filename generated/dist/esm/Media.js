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
const OWNER_0 = { paths: ["Media"], type: "Media", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ProcedureRequest"];
const BINDING_1 = {
  has: vcodes.inCodes248,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/digital-media-type"
};
const TARGETS_1 = ["Device", "Group", "Patient", "Practitioner", "Specimen"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["occurrenceDateTime", "occurrencePeriod"]);
const TARGETS_3 = ["Practitioner"];
const TARGETS_4 = ["Device", "DeviceMetric"];
const INVARIANT_0 = vrt.invariant({
  key: "mda-1",
  path: "Media",
  expression: "height.empty() or type != 'audio'",
  severity: "error",
  human: "Height can only be used for a photo or video"
});
const INVARIANT_1 = vrt.invariant({
  key: "mda-2",
  path: "Media",
  expression: "width.empty() or type != 'audio'",
  severity: "error",
  human: "Width can only be used for a photo or video"
});
const INVARIANT_2 = vrt.invariant({
  key: "mda-3",
  path: "Media",
  expression: "frames.empty() or type = 'photo'",
  severity: "error",
  human: "Frames can only be used for a photo"
});
const INVARIANT_3 = vrt.invariant({
  key: "mda-4",
  path: "Media",
  expression: "duration.empty() or type != 'photo'",
  severity: "error",
  human: "Duration can only be used for an audio or a video"
});
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
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26;
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
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "basedOn":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "type":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "subtype":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "view":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "subject":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "context":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "occurrenceDateTime":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "occurrencePeriod":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "operator":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "reasonCode":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "bodySite":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "device":
        m0 |= 33554432;
        e20 = o[k];
        break;
      case "height":
        m0 |= 67108864;
        e21 = o[k];
        break;
      case "width":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "frames":
        m1 |= 1;
        e23 = o[k];
        break;
      case "duration":
        m1 |= 4;
        e24 = o[k];
        break;
      case "content":
        m1 |= 16;
        e25 = o[k];
        break;
      case "note":
        m1 |= 32;
        e26 = o[k];
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
      case "_type":
        m0 |= 16384;
        break;
      case "_occurrenceDateTime":
        m0 |= 1048576;
        break;
      case "_height":
        m0 |= 134217728;
        break;
      case "_width":
        m0 |= 536870912;
        break;
      case "_frames":
        m1 |= 2;
        break;
      case "_duration":
        m1 |= 8;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e10, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes248)) {
    if (!vrt.eachWith(e10, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "subtype", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "view", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3670016) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        e15,
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
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "operator", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "operator", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e18, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e19, x, p, "bodySite", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e20, x, p, "device", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidPositiveInt(e21) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e21, o._height, x, p, "height", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidPositiveInt(e22) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e22, o._width, x, p, "width", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidPositiveInt(e23) && (m1 & 2) === 0)) {
      if (!vrt.prim(e23, o._frames, x, p, "frames", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUnsignedInt(e24) && (m1 & 8) === 0)) {
      if (!vrt.prim(e24, o._duration, x, p, "duration", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e25, x, p, "content", d, 1, checkAttachment) && x.c === null) return false;
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e26, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
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
  if ((m0 & 201326592) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_height"], o["height"]) === 0,
          vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "audio")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_width"], o["width"]) === 0,
          vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "audio")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  if ((m1 & 3) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_frames"], o["frames"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "photo")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
    }
  }
  if ((m1 & 12) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_duration"], o["duration"]) === 0,
          vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "photo")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
    }
  }
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
