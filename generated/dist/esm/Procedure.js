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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_notDoneReason"], o["notDoneReason"]) === 0,
    vrt.fpEqValue(vrt.fpOneValue(o["_notDone"], o["notDone"]), true)
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
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
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        break;
      case "meta":
        m0 |= 4;
        break;
      case "implicitRules":
        m0 |= 8;
        break;
      case "language":
        m0 |= 32;
        break;
      case "text":
        m0 |= 128;
        break;
      case "contained":
        m0 |= 256;
        break;
      case "extension":
        m0 |= 512;
        break;
      case "modifierExtension":
        m0 |= 1024;
        break;
      case "identifier":
        m0 |= 2048;
        break;
      case "definition":
        m0 |= 4096;
        break;
      case "basedOn":
        m0 |= 8192;
        break;
      case "partOf":
        m0 |= 16384;
        break;
      case "status":
        m0 |= 32768;
        break;
      case "notDone":
        m0 |= 131072;
        break;
      case "notDoneReason":
        m0 |= 524288;
        break;
      case "category":
        m0 |= 1048576;
        break;
      case "code":
        m0 |= 2097152;
        break;
      case "subject":
        m0 |= 4194304;
        break;
      case "context":
        m0 |= 8388608;
        break;
      case "performedDateTime":
        m0 |= 16777216;
        break;
      case "performedPeriod":
        m0 |= 67108864;
        break;
      case "performer":
        m0 |= 134217728;
        break;
      case "location":
        m0 |= 268435456;
        break;
      case "reasonCode":
        m0 |= 536870912;
        break;
      case "reasonReference":
        m0 |= 1073741824;
        break;
      case "bodySite":
        m1 |= 1;
        break;
      case "outcome":
        m1 |= 2;
        break;
      case "report":
        m1 |= 4;
        break;
      case "complication":
        m1 |= 8;
        break;
      case "complicationDetail":
        m1 |= 16;
        break;
      case "followUp":
        m1 |= 32;
        break;
      case "note":
        m1 |= 64;
        break;
      case "focalDevice":
        m1 |= 128;
        break;
      case "usedReference":
        m1 |= 256;
        break;
      case "usedCode":
        m1 |= 512;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.implicitRules) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 65536) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes122)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidBoolean(o.notDone) && (m0 & 262144) === 0)) {
      if (!vrt.prim(o.notDone, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.notDoneReason, x, p, "notDoneReason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
    return false;
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 117440512) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "performed", 0) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(o.performedDateTime) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(
        o.performedDateTime,
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
    if (!vrt.one(o.performedPeriod, x, p, "performed.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkProcedurePerformer) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.bodySite, x, p, "bodySite", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.report, x, p, "report", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.report, true, x, p, "report", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.complication, x, p, "complication", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.complicationDetail, x, p, "complicationDetail", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.complicationDetail, true, x, p, "complicationDetail", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(o.followUp, x, p, "followUp", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(o.focalDevice, x, p, "focalDevice", d, 0, -1, checkProcedureFocalDevice) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(o.usedReference, x, p, "usedReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.usedReference, true, x, p, "usedReference", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(o.usedCode, x, p, "usedCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
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
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function checkProcedurePerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.performer");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "role":
        n++;
        m0 |= 8;
        break;
      case "actor":
        n++;
        m0 |= 16;
        break;
      case "onBehalfOf":
        n++;
        m0 |= 32;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.actor, x, p, "actor", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function checkProcedureFocalDevice(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.focalDevice");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "action":
        n++;
        m0 |= 8;
        break;
      case "manipulated":
        n++;
        m0 |= 16;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.action, x, p, "action", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.manipulated, x, p, "manipulated", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.manipulated, false, x, p, "manipulated", vrt.checkReferenceTarget, TARGETS_12) && x.c === null)
    return false;
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
