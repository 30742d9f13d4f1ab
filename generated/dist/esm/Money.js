import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Money"], type: "Money", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes12,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/quantity-comparator"
};
const INVARIANT_0 = vrt.invariant({
  key: "qty-3",
  path: "Money",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "If a code for the unit is present, the system SHALL also be present"
});
const INVARIANT_1 = vrt.invariant({
  key: "mny-1",
  path: "Money",
  expression: "(code or value.empty()) and (system.empty() or system = 'urn:iso:std:iso:4217')",
  severity: "error",
  human: 'There SHALL be a code if there is a value and it SHALL be an expression of currency.  If system is present, it SHALL be ISO 4217 (system = "urn:iso:std:iso:4217" - currency).'
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMoney(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Money");
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
      case "value":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "comparator":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "unit":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "system":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "code":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidDecimal(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._comparator, x, p, "comparator", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes12)) {
      if (!vrt.eachWith(e3, false, x, p, "comparator", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._unit, x, p, "unit", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidUri(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidCode(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) === 0, vrt.fpSizeOfValue(o["_system"], o["system"]) > 0);
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpAnd3(
        vrt.fpOr3(
          vrt.fpTruthValue(vrt.fpOneValue(o["_code"], o["code"])),
          vrt.fpSizeOfValue(o["_value"], o["value"]) === 0
        ),
        vrt.fpOr3(
          vrt.fpSizeOfValue(o["_system"], o["system"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_system"], o["system"]), "urn:iso:std:iso:4217")
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function validateMoney(value, options) {
  return vrt.validateWith(value, "Money", checkMoney, false, options, REGISTRY_0);
}
function isMoney(value, options) {
  return vrt.testWith(value, checkMoney, false, options, REGISTRY_0);
}
export {
  checkMoney,
  isMoney,
  validateMoney
};
