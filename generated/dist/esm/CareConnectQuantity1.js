import {
  checkExtensionCareConnectValueApproximation1
} from "./ExtensionCareConnectValueApproximation1.js";
import { fillAndCheckPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Quantity"], type: "Quantity", exact: false };
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Quantity.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "valueApproximation",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1",
      check: (v, x, q, d) => checkExtensionCareConnectValueApproximation1(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1":
        return 0;
    }
    return -1;
  }
};
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
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ValueApproximation-1",
      check: checkExtensionCareConnectValueApproximation1,
      contexts: ["Quantity"],
      contextTypes: ["Quantity"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectQuantity1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Quantity");
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
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
  return true;
}
function validateCareConnectQuantity1(value, options) {
  return vrt.validateWith(value, "Quantity", checkCareConnectQuantity1, false, options, REGISTRY_0);
}
function isCareConnectQuantity1(value, options) {
  return vrt.testWith(value, checkCareConnectQuantity1, false, options, REGISTRY_0);
}
function buildCareConnectQuantity1(input) {
  return fillAndCheckPart(input, {}, isCareConnectQuantity1, validateCareConnectQuantity1, "CareConnectQuantity1");
}
export {
  buildCareConnectQuantity1,
  checkCareConnectQuantity1,
  isCareConnectQuantity1,
  validateCareConnectQuantity1
};
