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
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSampledData } from "./SampledData.js";
import { checkSignature } from "./Signature.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Task"], type: "Task", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const CHOICE_0 = vrt.choiceVariants(["definitionUri", "definitionReference"]);
const TARGETS_0 = ["ActivityDefinition"];
const TARGETS_1 = ["Task"];
const BINDING_1 = {
  has: vcodes.inCodes302,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/task-status"
};
const BINDING_2 = {
  has: vcodes.inCodes117,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-intent"
};
const BINDING_3 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-priority"
};
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const BINDING_4 = {
  has: vcodes.inCodings303,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/task-performer-type"
};
const TARGETS_3 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_4 = ["Provenance"];
const INVARIANT_0 = vrt.invariant({
  key: "inv-1",
  path: "Task",
  expression: "lastModified.exists().not() or authoredOn.exists().not() or lastModified >= authoredOn",
  severity: "error",
  human: "Last modified date must be greater than or equal to authored-on date."
});
const OWNER_1 = { paths: ["Task.requester"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["Organization"];
const OWNER_2 = { paths: ["Task.restriction"], type: "BackboneElement", exact: true };
const TARGETS_6 = ["Group", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const OWNER_3 = { paths: ["Task.input"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants([
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
const OWNER_4 = { paths: ["Task.output"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [{ url: "http://hl7.org/fhir/StructureDefinition/Task", check: checkTask, type: "Task", base: true }],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkTask(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Task") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35;
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
      case "definitionUri":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "definitionReference":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "basedOn":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "groupIdentifier":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "partOf":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "status":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "statusReason":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "businessStatus":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "intent":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "priority":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "code":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "description":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "focus":
        m0 |= 536870912;
        e21 = o[k];
        break;
      case "for":
        m0 |= 1073741824;
        e22 = o[k];
        break;
      case "context":
        m1 |= 1;
        e23 = o[k];
        break;
      case "executionPeriod":
        m1 |= 2;
        e24 = o[k];
        break;
      case "authoredOn":
        m1 |= 4;
        e25 = o[k];
        break;
      case "lastModified":
        m1 |= 16;
        e26 = o[k];
        break;
      case "requester":
        m1 |= 64;
        e27 = o[k];
        break;
      case "performerType":
        m1 |= 128;
        e28 = o[k];
        break;
      case "owner":
        m1 |= 256;
        e29 = o[k];
        break;
      case "reason":
        m1 |= 512;
        e30 = o[k];
        break;
      case "note":
        m1 |= 1024;
        e31 = o[k];
        break;
      case "relevantHistory":
        m1 |= 2048;
        e32 = o[k];
        break;
      case "restriction":
        m1 |= 4096;
        e33 = o[k];
        break;
      case "input":
        m1 |= 8192;
        e34 = o[k];
        break;
      case "output":
        m1 |= 16384;
        e35 = o[k];
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
      case "_definitionUri":
        m0 |= 8192;
        break;
      case "_status":
        m0 |= 524288;
        break;
      case "_intent":
        m0 |= 8388608;
        break;
      case "_priority":
        m0 |= 33554432;
        break;
      case "_description":
        m0 |= 268435456;
        break;
      case "_authoredOn":
        m1 |= 8;
        break;
      case "_lastModified":
        m1 |= 32;
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
  if (vrt.bitCount(m0 & 28672) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "definition", 0) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidUri(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._definitionUri, x, p, "definition.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "definition.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "definition.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "groupIdentifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e13, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e14) && (m0 & 524288) === 0)) {
    if (!vrt.prim(e14, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e14, vcodes.inCodes302)) {
    if (!vrt.eachWith(e14, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "statusReason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "businessStatus", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e17) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(e17, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e17, vcodes.inCodes117)) {
    if (!vrt.eachWith(e17, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidCode(e18) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e18, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e18, vcodes.inCodes97)) {
      if (!vrt.eachWith(e18, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e19, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e20) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e20, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(e21, x, p, "focus", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e22, x, p, "for", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e23, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e24, x, p, "executionPeriod", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidDateTime(e25) && (m1 & 8) === 0)) {
      if (!vrt.prim(e25, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDateTime(e26) && (m1 & 32) === 0)) {
      if (!vrt.prim(e26, o._lastModified, x, p, "lastModified", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e27, x, p, "requester", d, 0, checkTaskRequester) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e28, x, p, "performerType", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e28, true, x, p, "performerType", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e29, x, p, "owner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e30, x, p, "reason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(e31, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(e32, x, p, "relevantHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e32, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e33, x, p, "restriction", d, 0, checkTaskRestriction) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(e34, x, p, "input", d, 0, -1, checkTaskInput) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(e35, x, p, "output", d, 0, -1, checkTaskOutput) && x.c === null) return false;
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
  if ((m1 & 48) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            !(vrt.fpSizeOfValue(o["_lastModified"], o["lastModified"]) > 0),
            !(vrt.fpSizeOfValue(o["_authoredOn"], o["authoredOn"]) > 0)
          ),
          vrt.fpGeValue(
            vrt.fpOneValue(o["_lastModified"], o["lastModified"]),
            vrt.fpOneValue(o["_authoredOn"], o["authoredOn"])
          )
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkTaskRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.requester");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "agent":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "onBehalfOf":
        n++;
        m0 |= 16;
        e4 = o[k];
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
  if (!vrt.one(e3, x, p, "agent", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  return true;
}
function checkTaskRestriction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.restriction");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "repetitions":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "period":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "recipient":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_repetitions":
        n++;
        m0 |= 16;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._repetitions, x, p, "repetitions", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e5, x, p, "recipient", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, true, x, p, "recipient", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  }
  return true;
}
function checkTaskInput(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.input");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40, e41;
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 65536;
        e10 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 262144;
        e11 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 1048576;
        e12 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 4194304;
        e13 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 16777216;
        e14 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 67108864;
        e15 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 268435456;
        e16 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 1073741824;
        e17 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 2;
        e18 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 8;
        e19 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 32;
        e20 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 64;
        e21 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 256;
        e23 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 512;
        e24 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 1024;
        e25 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 2048;
        e26 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 4096;
        e27 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 8192;
        e28 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 16384;
        e29 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 32768;
        e30 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 65536;
        e31 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 131072;
        e32 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 262144;
        e33 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 524288;
        e34 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 1048576;
        e35 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 2097152;
        e36 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 4194304;
        e37 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 8388608;
        e38 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 16777216;
        e39 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 33554432;
        e40 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 67108864;
        e41 = o[k];
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 32;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 128;
        break;
      case "_valueCode":
        n++;
        m0 |= 512;
        break;
      case "_valueDate":
        n++;
        m0 |= 2048;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 8192;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 32768;
        break;
      case "_valueId":
        n++;
        m0 |= 131072;
        break;
      case "_valueInstant":
        n++;
        m0 |= 524288;
        break;
      case "_valueInteger":
        n++;
        m0 |= 2097152;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 8388608;
        break;
      case "_valueOid":
        n++;
        m0 |= 33554432;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 134217728;
        break;
      case "_valueString":
        n++;
        m0 |= 536870912;
        break;
      case "_valueTime":
        n++;
        m1 |= 1;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 4;
        break;
      case "_valueUri":
        n++;
        m1 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBase64Binary(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        e4,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidCode(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidDate(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e7, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(e8) && (m0 & 8192) === 0)) {
      if (!vrt.prim(
        e8,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDecimal(e9) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e9, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidId(e10) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e10, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidInstant(e11) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e11, o._valueInstant, x, p, "value.ofType(instant)", d, 0, vrt.isValidInstant, "instant", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidInteger(e12) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e12, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidMarkdown(e13) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        e13,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidOid(e14) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e14, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidPositiveInt(e15) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        e15,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e16, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0 || (m1 & 1) !== 0) {
    if (!(vrt.isValidTime(e17) && (m1 & 1) === 0)) {
      if (!vrt.prim(e17, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidUnsignedInt(e18) && (m1 & 4) === 0)) {
      if (!vrt.prim(
        e18,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidUri(e19) && (m1 & 16) === 0)) {
      if (!vrt.prim(e19, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e21, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e22, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e27, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e28, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e30, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e31, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e32, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e33, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e34, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e35, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e36, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e37, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(e38, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(e39, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(e40, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 67108864) !== 0) {
    if (!vrt.one(e41, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  return true;
}
function checkTaskOutput(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Task.output");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40, e41;
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 65536;
        e10 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 262144;
        e11 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 1048576;
        e12 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 4194304;
        e13 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 16777216;
        e14 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 67108864;
        e15 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 268435456;
        e16 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 1073741824;
        e17 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 2;
        e18 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 8;
        e19 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 32;
        e20 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 64;
        e21 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 256;
        e23 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 512;
        e24 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 1024;
        e25 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 2048;
        e26 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 4096;
        e27 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 8192;
        e28 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 16384;
        e29 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 32768;
        e30 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 65536;
        e31 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 131072;
        e32 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 262144;
        e33 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 524288;
        e34 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 1048576;
        e35 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 2097152;
        e36 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 4194304;
        e37 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 8388608;
        e38 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 16777216;
        e39 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 33554432;
        e40 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 67108864;
        e41 = o[k];
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 32;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 128;
        break;
      case "_valueCode":
        n++;
        m0 |= 512;
        break;
      case "_valueDate":
        n++;
        m0 |= 2048;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 8192;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 32768;
        break;
      case "_valueId":
        n++;
        m0 |= 131072;
        break;
      case "_valueInstant":
        n++;
        m0 |= 524288;
        break;
      case "_valueInteger":
        n++;
        m0 |= 2097152;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 8388608;
        break;
      case "_valueOid":
        n++;
        m0 |= 33554432;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 134217728;
        break;
      case "_valueString":
        n++;
        m0 |= 536870912;
        break;
      case "_valueTime":
        n++;
        m1 |= 1;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 4;
        break;
      case "_valueUri":
        n++;
        m1 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBase64Binary(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        e4,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidCode(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidDate(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e7, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(e8) && (m0 & 8192) === 0)) {
      if (!vrt.prim(
        e8,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDecimal(e9) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e9, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidId(e10) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e10, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidInstant(e11) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e11, o._valueInstant, x, p, "value.ofType(instant)", d, 0, vrt.isValidInstant, "instant", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidInteger(e12) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e12, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidMarkdown(e13) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        e13,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidOid(e14) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e14, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidPositiveInt(e15) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        e15,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e16, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0 || (m1 & 1) !== 0) {
    if (!(vrt.isValidTime(e17) && (m1 & 1) === 0)) {
      if (!vrt.prim(e17, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidUnsignedInt(e18) && (m1 & 4) === 0)) {
      if (!vrt.prim(
        e18,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidUri(e19) && (m1 & 16) === 0)) {
      if (!vrt.prim(e19, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e21, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e22, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e27, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e28, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e30, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e31, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e32, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e33, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e34, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e35, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e36, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e37, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(e38, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(e39, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(e40, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 67108864) !== 0) {
    if (!vrt.one(e41, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  return true;
}
function validateTask(value, options) {
  return vrt.validateWith(value, "Task", checkTask, true, options, REGISTRY_0);
}
function isTask(value, options) {
  return vrt.testWith(value, checkTask, true, options, REGISTRY_0);
}
function buildTask(input) {
  return fillAndCheck(input, { resourceType: "Task" }, isTask, validateTask, "Task");
}
export {
  buildTask,
  checkTask,
  checkTaskInput,
  checkTaskOutput,
  checkTaskRequester,
  checkTaskRestriction,
  isTask,
  validateTask
};
