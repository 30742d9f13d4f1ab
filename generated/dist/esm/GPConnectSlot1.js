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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_comment",
  "_end",
  "_id",
  "_implicitRules",
  "_language",
  "_overbooked",
  "_start",
  "_status",
  "appointmentType",
  "comment",
  "contained",
  "end",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "overbooked",
  "resourceType",
  "schedule",
  "serviceCategory",
  "serviceType",
  "specialty",
  "start",
  "status",
  "text"
]);
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
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
      check: (v, x, q, d) => checkExtensionGPConnectDeliveryChannel2(v, x, q, d)
    }
  ]
};
const BINDING_1 = {
  has: vcodes.inCodes20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Schedule"]);
const BINDING_2 = {
  has: vcodes.inCodes227,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/slotstatus"
};
const KEYS_1 = /* @__PURE__ */ new Set([
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
const OWNER_1 = { paths: ["Slot.identifier", "Identifier"], type: "Identifier", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set([
  "_display",
  "_reference",
  "display",
  "extension",
  "id",
  "identifier",
  "reference"
]);
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
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkGPConnectSlot1Identifier) && x.c === null)
      return false;
  }
  if (!vrt.prohibited(o.serviceCategory, void 0, x, p, "serviceCategory") && x.c === null) return false;
  if (o.serviceType !== void 0) {
    if (!vrt.many(o.serviceType, x, p, "serviceType", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.specialty !== void 0) {
    if (!vrt.many(o.specialty, x, p, "specialty", d, 0, 1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.specialty, true, x, p, "specialty", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.prohibited(o.appointmentType, void 0, x, p, "appointmentType") && x.c === null) return false;
  if (!vrt.one(o.schedule, x, p, "schedule", d, 1, checkGPConnectSlot1Schedule) && x.c === null) return false;
  if (!vrt.eachWith(o.schedule, false, x, p, "schedule", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (!(vrt.isValidInstant(o.start) && o._start === void 0)) {
    if (!vrt.prim(o.start, o._start, x, p, "start", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidInstant(o.end) && o._end === void 0)) {
    if (!vrt.prim(o.end, o._end, x, p, "end", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if (o.overbooked !== void 0 || o._overbooked !== void 0) {
    if (!(vrt.isValidBoolean(o.overbooked) && o._overbooked === void 0)) {
      if (!vrt.prim(o.overbooked, o._overbooked, x, p, "overbooked", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkGPConnectSlot1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Slot.identifier");
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
  if (!vrt.prohibited(o.use, o._use, x, p, "use") && x.c === null) return false;
  if (!vrt.prohibited(o.type, void 0, x, p, "type") && x.c === null) return false;
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && o._value === void 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.prohibited(o.period, void 0, x, p, "period") && x.c === null) return false;
  if (!vrt.prohibited(o.assigner, void 0, x, p, "assigner") && x.c === null) return false;
  return true;
}
function checkGPConnectSlot1Schedule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Slot.schedule");
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
  if (!(vrt.isValidString(o.reference) && o._reference === void 0)) {
    if (!vrt.prim(o.reference, o._reference, x, p, "reference", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
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
