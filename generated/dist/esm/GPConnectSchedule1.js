import { checkCodeableConcept } from "./CodeableConcept.js";
import {
  checkExtensionGPConnectPractitionerRole1
} from "./ExtensionGPConnectPractitionerRole1.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Schedule"], type: "Schedule", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Schedule.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "practitionerRole",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
      check: (v, x, q, d) => checkExtensionGPConnectPractitionerRole1(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1":
        return 0;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodings20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const TARGETS_0 = ["Location", "Practitioner"];
const OWNER_1 = { paths: ["Schedule.identifier", "Identifier"], type: "Identifier", exact: true };
const OWNER_2 = { paths: ["Schedule.planningHorizon", "Period"], type: "Period", exact: true };
const INVARIANT_0 = vrt.invariant({
  key: "per-1",
  path: "Schedule.planningHorizon",
  expression: "start.empty() or end.empty() or (start <= end)",
  severity: "error",
  human: "If present, start SHALL have a lower value than end"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Schedule-1",
      check: checkGPConnectSchedule1,
      type: "Schedule",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
      check: checkExtensionGPConnectPractitionerRole1,
      contexts: ["Schedule", "Appointment"],
      contextTypes: ["Appointment", "Schedule"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGPConnectSchedule1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Schedule");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Schedule") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15;
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
      case "active":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "serviceCategory":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "serviceType":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "specialty":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "actor":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "planningHorizon":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "comment":
        m0 |= 524288;
        e15 = o[k];
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
      case "_active":
        m0 |= 8192;
        break;
      case "_comment":
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
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkGPConnectSchedule1Identifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prohibited(e9, o._active, x, p, "active") && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "serviceCategory", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.prohibited(e11, void 0, x, p, "serviceType") && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e12, x, p, "specialty", d, 0, 1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e12, true, x, p, "specialty", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.many(e13, x, p, "actor", d, 1, -1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e13, true, x, p, "actor", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "planningHorizon", d, 0, checkGPConnectSchedule1PlanningHorizon) && x.c === null)
      return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e15, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
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
function checkGPConnectSchedule1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Schedule.identifier");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
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
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(e2, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(e3, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(e6, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(e7, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkGPConnectSchedule1PlanningHorizon(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Schedule.planningHorizon");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "start":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "end":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "_start":
        n++;
        m0 |= 8;
        break;
      case "_end":
        n++;
        m0 |= 32;
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
  if (!(vrt.isValidDateTime(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._start, x, p, "start", d, 1, vrt.isValidDateTime, "dateTime", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._end, x, p, "end", d, 0, vrt.isValidDateTime, "dateTime", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(vrt.fpSizeOfValue(o["_start"], o["start"]) === 0, vrt.fpSizeOfValue(o["_end"], o["end"]) === 0),
          vrt.fpLeValue(vrt.fpOneValue(o["_start"], o["start"]), vrt.fpOneValue(o["_end"], o["end"]))
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function validateGPConnectSchedule1(value, options) {
  return vrt.validateWith(value, "Schedule", checkGPConnectSchedule1, true, options, REGISTRY_0);
}
function isGPConnectSchedule1(value, options) {
  return vrt.testWith(value, checkGPConnectSchedule1, true, options, REGISTRY_0);
}
function buildGPConnectSchedule1(input) {
  return fillAndCheck(
    input,
    { resourceType: "Schedule", profile: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Schedule-1" },
    isGPConnectSchedule1,
    validateGPConnectSchedule1,
    "GPConnectSchedule1"
  );
}
export {
  buildGPConnectSchedule1,
  checkGPConnectSchedule1,
  checkGPConnectSchedule1Identifier,
  checkGPConnectSchedule1PlanningHorizon,
  isGPConnectSchedule1,
  validateGPConnectSchedule1
};
