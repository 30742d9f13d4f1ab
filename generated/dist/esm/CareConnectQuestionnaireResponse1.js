import { checkAttachment } from "./Attachment.js";
import { checkCoding } from "./Coding.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkQuantity } from "./Quantity.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["QuestionnaireResponse"], type: "QuestionnaireResponse", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["CarePlan", "ProcedureRequest", "ReferralRequest"];
const TARGETS_1 = ["Observation", "Procedure"];
const TARGETS_2 = ["Questionnaire"];
const BINDING_1 = {
  has: vcodes.inCodes123,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/questionnaire-answers-status"
};
const TARGETS_3 = ["Encounter", "EpisodeOfCare"];
const TARGETS_4 = ["Device", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_5 = ["Patient", "Practitioner", "RelatedPerson"];
const OWNER_1 = { paths: ["QuestionnaireResponse.item"], type: "BackboneElement", exact: true };
const INVARIANT_0 = vrt.invariant({
  key: "qrs-1",
  path: "QuestionnaireResponse.item",
  expression: "(answer.exists() and item.exists()).not()",
  severity: "error",
  human: "Nested item can't be beneath both item and answer"
});
const OWNER_2 = {
  paths: ["QuestionnaireResponse.item.answer"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_0 = vrt.choiceVariants([
  "valueBoolean",
  "valueDecimal",
  "valueInteger",
  "valueDate",
  "valueDateTime",
  "valueTime",
  "valueString",
  "valueUri",
  "valueAttachment",
  "valueCoding",
  "valueQuantity",
  "valueReference"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-QuestionnaireResponse-1",
      check: checkCareConnectQuestionnaireResponse1,
      type: "QuestionnaireResponse",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectQuestionnaireResponse1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "QuestionnaireResponse");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "QuestionnaireResponse") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18;
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
      case "parent":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "questionnaire":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "status":
        m0 |= 32768;
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
      case "authored":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "author":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "source":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "item":
        m0 |= 8388608;
        e18 = o[k];
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
      case "_status":
        m0 |= 65536;
        break;
      case "_authored":
        m0 |= 1048576;
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
    if (!vrt.one(e8, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "parent", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "parent", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e11, x, p, "questionnaire", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "questionnaire", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e12) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e12, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes123)) {
    if (!vrt.eachWith(e12, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e15, o._authored, x, p, "authored", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "author", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "author", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "source", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "source", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e18, x, p, "item", d, 0, -1, _checkQuestionnaireResponseItem) && x.c === null) return false;
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
function _checkQuestionnaireResponseItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "QuestionnaireResponse.item");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "linkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "definition":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "subject":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "answer":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "item":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "_linkId":
        n++;
        m0 |= 16;
        break;
      case "_definition":
        n++;
        m0 |= 64;
        break;
      case "_text":
        n++;
        m0 |= 256;
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
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._linkId, x, p, "linkId", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._definition, x, p, "definition", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e7, x, p, "answer", d, 0, -1, _checkQuestionnaireResponseItemAnswer) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "item", d, 0, -1, _checkQuestionnaireResponseItem) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = !vrt.fpAnd3(vrt.fpSizeOfValue(o["_answer"], o["answer"]) > 0, vrt.fpSizeOfValue(o["_item"], o["item"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function _checkQuestionnaireResponseItemAnswer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "QuestionnaireResponse.item.answer");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15;
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
      case "valueBoolean":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "valueUri":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "valueAttachment":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "valueCoding":
        n++;
        m0 |= 1048576;
        e12 = o[k];
        break;
      case "valueQuantity":
        n++;
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "valueReference":
        n++;
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "item":
        n++;
        m0 |= 8388608;
        e15 = o[k];
        break;
      case "_valueBoolean":
        n++;
        m0 |= 16;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 64;
        break;
      case "_valueInteger":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueTime":
        n++;
        m0 |= 16384;
        break;
      case "_valueString":
        n++;
        m0 |= 65536;
        break;
      case "_valueUri":
        n++;
        m0 |= 262144;
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
  if (vrt.bitCount(m0 & 8388600) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBoolean(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDecimal(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidInteger(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        e7,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidTime(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidUri(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e11, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e12, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e13, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e14, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e15, x, p, "item", d, 0, -1, _checkQuestionnaireResponseItem) && x.c === null) return false;
  }
  return true;
}
function validateCareConnectQuestionnaireResponse1(value, options) {
  return vrt.validateWith(
    value,
    "QuestionnaireResponse",
    checkCareConnectQuestionnaireResponse1,
    true,
    options,
    REGISTRY_0
  );
}
function isCareConnectQuestionnaireResponse1(value, options) {
  return vrt.testWith(value, checkCareConnectQuestionnaireResponse1, true, options, REGISTRY_0);
}
function buildCareConnectQuestionnaireResponse1(input) {
  return fillAndCheck(
    input,
    {
      resourceType: "QuestionnaireResponse",
      profile: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-QuestionnaireResponse-1"
    },
    isCareConnectQuestionnaireResponse1,
    validateCareConnectQuestionnaireResponse1,
    "CareConnectQuestionnaireResponse1"
  );
}
export {
  buildCareConnectQuestionnaireResponse1,
  checkCareConnectQuestionnaireResponse1,
  isCareConnectQuestionnaireResponse1,
  validateCareConnectQuestionnaireResponse1
};
