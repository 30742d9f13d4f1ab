import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["List"], type: "List", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes87,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/list-status"
};
const BINDING_2 = {
  has: vcodes.inCodes88,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/list-mode"
};
const TARGETS_0 = ["Device", "Group", "Location", "Patient"];
const TARGETS_1 = ["Encounter"];
const TARGETS_2 = ["Device", "Patient", "Practitioner"];
const BINDING_3 = {
  has: vcodes.inCodings90,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/list-order"
};
const BINDING_4 = {
  has: vcodes.inCodings144,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/list-empty-reason"
};
const INVARIANT_0 = vrt.invariant({
  key: "lst-2",
  path: "List",
  expression: "mode = 'changes' or entry.deleted.empty()",
  severity: "error",
  human: 'The deleted flag can only be used if the mode of the list is "changes"'
});
const CHILD_SIZE_0 = (o) => vrt.fpSizeOfValue(o["_deleted"], o["deleted"]);
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpEqValue(vrt.fpOneValue(o["_mode"], o["mode"]), "changes"),
    vrt.fpSizeOfEach(vrt.fpChildOf(n, "entry", "_entry"), CHILD_SIZE_0) === 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "lst-1",
  path: "List",
  expression: "emptyReason.empty() or entry.empty()",
  severity: "error",
  human: "A list can only have an emptyReason if it is empty"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_emptyReason"], o["emptyReason"]) === 0,
    vrt.fpSizeOfValue(o["_entry"], o["entry"]) === 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OWNER_1 = { paths: ["List.entry"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [{ url: "http://hl7.org/fhir/StructureDefinition/List", check: checkList, type: "List", base: true }],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkList(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "List");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "List") && x.c === null) return false;
  let m0 = 0;
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
      case "status":
        m0 |= 4096;
        break;
      case "mode":
        m0 |= 16384;
        break;
      case "title":
        m0 |= 65536;
        break;
      case "code":
        m0 |= 262144;
        break;
      case "subject":
        m0 |= 524288;
        break;
      case "encounter":
        m0 |= 1048576;
        break;
      case "date":
        m0 |= 2097152;
        break;
      case "source":
        m0 |= 8388608;
        break;
      case "orderedBy":
        m0 |= 16777216;
        break;
      case "note":
        m0 |= 33554432;
        break;
      case "entry":
        m0 |= 67108864;
        break;
      case "emptyReason":
        m0 |= 134217728;
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
        m0 |= 8192;
        break;
      case "_mode":
        m0 |= 32768;
        break;
      case "_title":
        m0 |= 131072;
        break;
      case "_date":
        m0 |= 4194304;
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
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes87)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.mode) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.mode, vcodes.inCodes88)) {
    if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.source, x, p, "source", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.source, false, x, p, "source", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.orderedBy, x, p, "orderedBy", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.orderedBy, false, x, p, "orderedBy", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.entry, x, p, "entry", d, 0, -1, checkListEntry) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.emptyReason, x, p, "emptyReason", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.emptyReason, false, x, p, "emptyReason", vrt.checkConcept, BINDING_4) && x.c === null)
      return false;
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
  if ((m0 & 67108864) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  }
  return true;
}
function checkListEntry(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "List.entry");
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
      case "flag":
        n++;
        m0 |= 8;
        break;
      case "deleted":
        n++;
        m0 |= 16;
        break;
      case "date":
        n++;
        m0 |= 64;
        break;
      case "item":
        n++;
        m0 |= 256;
        break;
      case "_deleted":
        n++;
        m0 |= 32;
        break;
      case "_date":
        n++;
        m0 |= 128;
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
    if (!vrt.one(o.flag, x, p, "flag", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBoolean(o.deleted) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.deleted, o._deleted, x, p, "deleted", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.item, x, p, "item", d, 1, checkReference) && x.c === null) return false;
  return true;
}
function validateList(value, options) {
  return vrt.validateWith(value, "List", checkList, true, options, REGISTRY_0);
}
function isList(value, options) {
  return vrt.testWith(value, checkList, true, options, REGISTRY_0);
}
function buildList(input) {
  return fillAndCheck(input, { resourceType: "List" }, isList, validateList, "List");
}
export {
  buildList,
  checkList,
  checkListEntry,
  isList,
  validateList
};
