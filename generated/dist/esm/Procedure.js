import { checkAnnotation } from "./Annotation.js";
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
const OWNER_0 = { paths: ["Procedure"], type: "Procedure", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ActivityDefinition", "HealthcareService", "PlanDefinition"];
const TARGETS_1 = ["CarePlan", "ProcedureRequest", "ReferralRequest"];
const TARGETS_2 = ["MedicationAdministration", "Observation", "Procedure"];
const BINDING_1 = {
  has: vcodes.inCodes122,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/event-status"
};
const TARGETS_3 = ["Group", "Patient"];
const TARGETS_4 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["performedDateTime", "performedPeriod"]);
const TARGETS_5 = ["Location"];
const TARGETS_6 = ["Condition", "Observation"];
const TARGETS_7 = ["DiagnosticReport"];
const TARGETS_8 = ["Condition"];
const TARGETS_9 = ["Device", "Medication", "Substance"];
const INVARIANT_0 = vrt.invariant({
  key: "pro-1",
  path: "Procedure",
  expression: "notDoneReason.empty() or notDone = true",
  severity: "error",
  human: "Reason not done is only permitted if notDone indicator is true"
});
const OWNER_1 = { paths: ["Procedure.performer"], type: "BackboneElement", exact: true };
const TARGETS_10 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_11 = ["Organization"];
const OWNER_2 = { paths: ["Procedure.focalDevice"], type: "BackboneElement", exact: true };
const TARGETS_12 = ["Device"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Procedure", check: checkProcedure, type: "Procedure", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkProcedure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Procedure") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34;
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
      case "definition":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "basedOn":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "partOf":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "status":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "notDone":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "notDoneReason":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "category":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "code":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "subject":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "context":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "performedDateTime":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "performedPeriod":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "performer":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "location":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "reasonCode":
        m0 |= 536870912;
        e23 = o[k];
        break;
      case "reasonReference":
        m0 |= 1073741824;
        e24 = o[k];
        break;
      case "bodySite":
        m1 |= 1;
        e25 = o[k];
        break;
      case "outcome":
        m1 |= 2;
        e26 = o[k];
        break;
      case "report":
        m1 |= 4;
        e27 = o[k];
        break;
      case "complication":
        m1 |= 8;
        e28 = o[k];
        break;
      case "complicationDetail":
        m1 |= 16;
        e29 = o[k];
        break;
      case "followUp":
        m1 |= 32;
        e30 = o[k];
        break;
      case "note":
        m1 |= 64;
        e31 = o[k];
        break;
      case "focalDevice":
        m1 |= 128;
        e32 = o[k];
        break;
      case "usedReference":
        m1 |= 256;
        e33 = o[k];
        break;
      case "usedCode":
        m1 |= 512;
        e34 = o[k];
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
      case "_notDone":
        m0 |= 262144;
        break;
      case "_performedDateTime":
        m0 |= 33554432;
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
    if (!vrt.many(e9, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e12) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e12, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes122)) {
    if (!vrt.eachWith(e12, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidBoolean(e13) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e13, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "notDoneReason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e17, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e17, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e18, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 117440512) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "performed", 0) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e19) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(
        e19,
        o._performedDateTime,
        x,
        p,
        "performed.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e20, x, p, "performed.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e21, x, p, "performer", d, 0, -1, checkProcedurePerformer) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e22, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e23, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e24, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e25, x, p, "bodySite", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e26, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e27, x, p, "report", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e27, true, x, p, "report", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e28, x, p, "complication", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e29, x, p, "complicationDetail", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, true, x, p, "complicationDetail", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e30, x, p, "followUp", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e31, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e32, x, p, "focalDevice", d, 0, -1, checkProcedureFocalDevice) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(e33, x, p, "usedReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e33, true, x, p, "usedReference", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e34, x, p, "usedCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
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
  if ((m0 & 524288) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_notDoneReason"], o["notDoneReason"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_notDone"], o["notDone"]), true)
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkProcedurePerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.performer");
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
      case "role":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "actor":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "onBehalfOf":
        n++;
        m0 |= 32;
        e5 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "actor", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function checkProcedureFocalDevice(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.focalDevice");
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
      case "action":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "manipulated":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "action", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "manipulated", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "manipulated", vrt.checkReferenceTarget, TARGETS_12) && x.c === null) return false;
  return true;
}
function validateProcedure(value, options) {
  return vrt.validateWith(value, "Procedure", checkProcedure, true, options, REGISTRY_0);
}
function isProcedure(value, options) {
  return vrt.testWith(value, checkProcedure, true, options, REGISTRY_0);
}
function buildProcedure(input) {
  return fillAndCheck(input, { resourceType: "Procedure" }, isProcedure, validateProcedure, "Procedure");
}
export {
  buildProcedure,
  checkProcedure,
  checkProcedureFocalDevice,
  checkProcedurePerformer,
  isProcedure,
  validateProcedure
};
