var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var Group_exports = {};
__export(Group_exports, {
  buildGroup: () => buildGroup,
  checkGroup: () => checkGroup,
  checkGroupCharacteristic: () => checkGroupCharacteristic,
  checkGroupMember: () => checkGroupMember,
  isGroup: () => isGroup,
  validateGroup: () => validateGroup
});
module.exports = __toCommonJS(Group_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_member"], o["member"]) === 0,
    vrt.fpEqValue(vrt.fpOneValue(o["_actual"], o["actual"]), true)
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
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
      case "active":
        m0 |= 4096;
        break;
      case "type":
        m0 |= 16384;
        break;
      case "actual":
        m0 |= 65536;
        break;
      case "code":
        m0 |= 262144;
        break;
      case "name":
        m0 |= 524288;
        break;
      case "quantity":
        m0 |= 2097152;
        break;
      case "characteristic":
        m0 |= 8388608;
        break;
      case "member":
        m0 |= 16777216;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(o.active) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.type) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes229)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(o.actual) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.actual, o._actual, x, p, "actual", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.quantity) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.quantity, o._quantity, x, p, "quantity", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.characteristic, x, p, "characteristic", d, 0, -1, checkGroupCharacteristic) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.member, x, p, "member", d, 0, -1, checkGroupMember) && x.c === null) return false;
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
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function checkGroupCharacteristic(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Group.characteristic");
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
      case "code":
        n++;
        m0 |= 8;
        break;
      case "valueCodeableConcept":
        n++;
        m0 |= 16;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueQuantity":
        n++;
        m0 |= 128;
        break;
      case "valueRange":
        n++;
        m0 |= 256;
        break;
      case "exclude":
        n++;
        m0 |= 512;
        break;
      case "period":
        n++;
        m0 |= 2048;
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
  if (!vrt.one(o.code, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(o.exclude) && (m0 & 1024) === 0)) {
    if (!vrt.prim(o.exclude, o._exclude, x, p, "exclude", d, 1, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkGroupMember(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Group.member");
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
      case "entity":
        n++;
        m0 |= 8;
        break;
      case "period":
        n++;
        m0 |= 16;
        break;
      case "inactive":
        n++;
        m0 |= 32;
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
  if (!vrt.one(o.entity, x, p, "entity", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.entity, false, x, p, "entity", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.inactive) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.inactive, o._inactive, x, p, "inactive", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
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
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Group" }, isGroup, validateGroup, "Group");
}
