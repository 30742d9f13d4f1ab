import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Group"], type: "Group", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes229,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/group-type"
};
const INVARIANT_0 = vrt.invariant({
  key: "grp-1",
  path: "Group",
  expression: "member.empty() or (actual = true)",
  severity: "error",
  human: 'Can only have members if group is "actual"'
});
const OWNER_1 = { paths: ["Group.characteristic"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "valueCodeableConcept",
  "valueBoolean",
  "valueQuantity",
  "valueRange"
]);
const OWNER_2 = { paths: ["Group.member"], type: "BackboneElement", exact: true };
const TARGETS_0 = ["Device", "Medication", "Patient", "Practitioner", "Substance"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [{ url: "http://hl7.org/fhir/StructureDefinition/Group", check: checkGroup, type: "Group", base: true }],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Group");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Group") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16;
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
      case "type":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "actual":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "code":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "name":
        m0 |= 524288;
        e13 = o[k];
        break;
      case "quantity":
        m0 |= 2097152;
        e14 = o[k];
        break;
      case "characteristic":
        m0 |= 8388608;
        e15 = o[k];
        break;
      case "member":
        m0 |= 16777216;
        e16 = o[k];
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
      case "_type":
        m0 |= 32768;
        break;
      case "_actual":
        m0 |= 131072;
        break;
      case "_name":
        m0 |= 1048576;
        break;
      case "_quantity":
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
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e10) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes229)) {
    if (!vrt.eachWith(e10, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(e11) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e11, o._actual, x, p, "actual", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e12, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(e13) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e13, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidUnsignedInt(e14) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e14, o._quantity, x, p, "quantity", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e15, x, p, "characteristic", d, 0, -1, checkGroupCharacteristic) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e16, x, p, "member", d, 0, -1, checkGroupMember) && x.c === null) return false;
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
  if ((m0 & 16777216) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_member"], o["member"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_actual"], o["actual"]), true)
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkGroupCharacteristic(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Group.characteristic");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "valueQuantity":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "valueRange":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "exclude":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "period":
        n++;
        m0 |= 2048;
        e9 = o[k];
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_exclude":
        n++;
        m0 |= 1024;
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
  if (!vrt.one(e3, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(e8) && (m0 & 1024) === 0)) {
    if (!vrt.prim(e8, o._exclude, x, p, "exclude", d, 1, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e9, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkGroupMember(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Group.member");
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
      case "entity":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "period":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "inactive":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "_inactive":
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "entity", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "entity", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._inactive, x, p, "inactive", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateGroup(value, options) {
  return vrt.validateWith(value, "Group", checkGroup, true, options, REGISTRY_0);
}
function isGroup(value, options) {
  return vrt.testWith(value, checkGroup, true, options, REGISTRY_0);
}
function buildGroup(input) {
  return fillAndCheck(input, { resourceType: "Group" }, isGroup, validateGroup, "Group");
}
export {
  buildGroup,
  checkGroup,
  checkGroupCharacteristic,
  checkGroupMember,
  isGroup,
  validateGroup
};
