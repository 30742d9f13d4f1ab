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
const CHILD_SIZE_0 = (o) => vrt.fpSizeOfValue(o["_deleted"], o["deleted"]);
const INVARIANT_0 = vrt.invariant({
  key: "lst-2",
  path: "List",
  expression: "mode = 'changes' or entry.deleted.empty()",
  severity: "error",
  human: 'The deleted flag can only be used if the mode of the list is "changes"'
});
const INVARIANT_1 = vrt.invariant({
  key: "lst-1",
  path: "List",
  expression: "emptyReason.empty() or entry.empty()",
  severity: "error",
  human: "A list can only have an emptyReason if it is empty"
});
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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20;
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
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "mode":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "title":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "code":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "subject":
        m0 |= 524288;
        e13 = o[k];
        break;
      case "encounter":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "date":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "source":
        m0 |= 8388608;
        e16 = o[k];
        break;
      case "orderedBy":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "note":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "entry":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "emptyReason":
        m0 |= 134217728;
        e20 = o[k];
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
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes87)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes88)) {
    if (!vrt.eachWith(e10, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e11, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e12, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e13, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e14, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e15, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e16, x, p, "source", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "source", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e17, x, p, "orderedBy", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "orderedBy", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e18, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e19, x, p, "entry", d, 0, -1, checkListEntry) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e20, x, p, "emptyReason", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "emptyReason", vrt.checkConcept, BINDING_4) && x.c === null) return false;
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
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpEqValue(vrt.fpOneValue(o["_mode"], o["mode"]), "changes"),
          vrt.fpSizeOfEach(vrt.fpChildOf(o, "entry", "_entry"), CHILD_SIZE_0) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  if ((m0 & 134217728) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_emptyReason"], o["emptyReason"]) === 0,
          vrt.fpSizeOfValue(o["_entry"], o["entry"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  return true;
}
function checkListEntry(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "List.entry");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "flag":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "deleted":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "date":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "item":
        n++;
        m0 |= 256;
        e6 = o[k];
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
    if (!vrt.one(e3, x, p, "flag", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._deleted, x, p, "deleted", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDateTime(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e6, x, p, "item", d, 1, checkReference) && x.c === null) return false;
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
