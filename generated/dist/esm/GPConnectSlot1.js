import { checkCodeableConcept } from "./CodeableConcept.js";
import {
  checkExtensionGPConnectDeliveryChannel2
} from "./ExtensionGPConnectDeliveryChannel2.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Slot"], type: "Slot", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Slot.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "deliveryChannel",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
      check: (v, x, q, d) => checkExtensionGPConnectDeliveryChannel2(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2":
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
const TARGETS_0 = ["Schedule"];
const BINDING_2 = {
  has: vcodes.inCodes227,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/slotstatus"
};
const OWNER_1 = { paths: ["Slot.identifier", "Identifier"], type: "Identifier", exact: true };
const OWNER_2 = { paths: ["Slot.schedule", "Reference"], type: "Reference", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1",
      check: checkGPConnectSlot1,
      type: "Slot",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
      check: checkExtensionGPConnectDeliveryChannel2,
      contexts: ["Slot", "Appointment"],
      contextTypes: ["Appointment", "Slot"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGPConnectSlot1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Slot");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Slot") && x.c === null) return false;
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
      case "serviceCategory":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "serviceType":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "specialty":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "appointmentType":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "schedule":
        m0 |= 65536;
        e13 = o[k];
        break;
      case "status":
        m0 |= 131072;
        e14 = o[k];
        break;
      case "start":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "end":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "overbooked":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "comment":
        m0 |= 33554432;
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
        m0 |= 262144;
        break;
      case "_start":
        m0 |= 1048576;
        break;
      case "_end":
        m0 |= 4194304;
        break;
      case "_overbooked":
        m0 |= 16777216;
        break;
      case "_comment":
        m0 |= 67108864;
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
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkGPConnectSlot1Identifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.prohibited(e9, void 0, x, p, "serviceCategory") && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "serviceType", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "specialty", d, 0, 1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "specialty", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.prohibited(e12, void 0, x, p, "appointmentType") && x.c === null) return false;
  }
  if (!vrt.one(e13, x, p, "schedule", d, 1, checkGPConnectSlot1Schedule) && x.c === null) return false;
  if (!vrt.eachWith(e13, false, x, p, "schedule", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (!(vrt.isValidCode(e14) && (m0 & 262144) === 0)) {
    if (!vrt.prim(e14, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e14, vcodes.inCodes227)) {
    if (!vrt.eachWith(e14, false, x, p, "status", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidInstant(e15) && (m0 & 1048576) === 0)) {
    if (!vrt.prim(e15, o._start, x, p, "start", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidInstant(e16) && (m0 & 4194304) === 0)) {
    if (!vrt.prim(e16, o._end, x, p, "end", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidBoolean(e17) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e17, o._overbooked, x, p, "overbooked", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(e18) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e18, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
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
function checkGPConnectSlot1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Slot.identifier");
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
function checkGPConnectSlot1Schedule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Slot.schedule");
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
      case "reference":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "display":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_reference":
        n++;
        m0 |= 8;
        break;
      case "_display":
        n++;
        m0 |= 64;
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
  if (!(vrt.isValidString(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._reference, x, p, "reference", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkRef1(o, x, p) && x.c === null) return false;
  return true;
}
function validateGPConnectSlot1(value, options) {
  return vrt.validateWith(value, "Slot", checkGPConnectSlot1, true, options, REGISTRY_0);
}
function isGPConnectSlot1(value, options) {
  return vrt.testWith(value, checkGPConnectSlot1, true, options, REGISTRY_0);
}
function buildGPConnectSlot1(input) {
  return fillAndCheck(
    input,
    { resourceType: "Slot", profile: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Slot-1" },
    isGPConnectSlot1,
    validateGPConnectSlot1,
    "GPConnectSlot1"
  );
}
export {
  buildGPConnectSlot1,
  checkGPConnectSlot1,
  checkGPConnectSlot1Identifier,
  checkGPConnectSlot1Schedule,
  isGPConnectSlot1,
  validateGPConnectSlot1
};
