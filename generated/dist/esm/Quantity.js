import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Quantity"], type: "Quantity", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes12,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/quantity-comparator"
};
const INVARIANT_0 = vrt.invariant({
  key: "qty-3",
  path: "Quantity",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "If a code for the unit is present, the system SHALL also be present"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) === 0, vrt.fpSizeOfValue(o["_system"], o["system"]) > 0);
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkQuantity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Quantity");
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
      case "value":
        n++;
        m0 |= 4;
        break;
      case "comparator":
        n++;
        m0 |= 16;
        break;
      case "unit":
        n++;
        m0 |= 64;
        break;
      case "system":
        n++;
        m0 |= 256;
        break;
      case "code":
        n++;
        m0 |= 1024;
        break;
      case "_value":
        n++;
        m0 |= 8;
        break;
      case "_comparator":
        n++;
        m0 |= 32;
        break;
      case "_unit":
        n++;
        m0 |= 128;
        break;
      case "_system":
        n++;
        m0 |= 512;
        break;
      case "_code":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidDecimal(o.value) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.comparator) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.comparator, o._comparator, x, p, "comparator", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.comparator, vcodes.inCodes12)) {
      if (!vrt.eachWith(o.comparator, false, x, p, "comparator", vrt.checkCode, BINDING_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(o.unit) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.unit, o._unit, x, p, "unit", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidCode(o.code) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function validateQuantity(value, options) {
  return vrt.validateWith(value, "Quantity", checkQuantity, false, options, REGISTRY_0);
}
function isQuantity(value, options) {
  return vrt.testWith(value, checkQuantity, false, options, REGISTRY_0);
}
export {
  checkQuantity,
  isQuantity,
  validateQuantity
};
