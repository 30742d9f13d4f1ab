import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_code",
  "_comparator",
  "_system",
  "_unit",
  "_value",
  "code",
  "comparator",
  "extension",
  "id",
  "system",
  "unit",
  "value"
]);
const OWNER_0 = { paths: ["Distance"], type: "Distance", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes12,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/quantity-comparator"
};
const INVARIANT_0 = vrt.invariant({
  key: "qty-3",
  path: "Distance",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "If a code for the unit is present, the system SHALL also be present"
});
const FHIRPATH_0 = (n) => vrt.fpOr(vrt.fpEmpty(vrt.fpChildOf(n, "code", "_code")), vrt.fpExists(vrt.fpChildOf(n, "system", "_system")));
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "dis-1",
  path: "Distance",
  expression: "(code or value.empty()) and (system.empty() or system = %ucum)",
  severity: "error",
  human: "There SHALL be a code if there is a value and it SHALL be an expression of length.  If system is present, it SHALL be UCUM."
});
const FHIRPATH_1 = (n) => vrt.fpAnd(
  vrt.fpOr(vrt.fpChildOf(n, "code", "_code"), vrt.fpEmpty(vrt.fpChildOf(n, "value", "_value"))),
  vrt.fpOr(
    vrt.fpEmpty(vrt.fpChildOf(n, "system", "_system")),
    vrt.fpEq(vrt.fpChildOf(n, "system", "_system"), ["http://unitsofmeasure.org"])
  )
);
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDistance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Distance");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.value !== void 0 || o._value !== void 0) {
    if (!(vrt.isValidDecimal(o.value) && o._value === void 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.comparator !== void 0 || o._comparator !== void 0) {
    if (!(vrt.isValidCode(o.comparator) && o._comparator === void 0)) {
      if (!vrt.prim(o.comparator, o._comparator, x, p, "comparator", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.comparator, false, x, p, "comparator", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.unit !== void 0 || o._unit !== void 0) {
    if (!(vrt.isValidString(o.unit) && o._unit === void 0)) {
      if (!vrt.prim(o.unit, o._unit, x, p, "unit", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.system !== void 0 || o._system !== void 0) {
    if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.code !== void 0 || o._code !== void 0) {
    if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function validateDistance(value, options) {
  return vrt.validateWith(value, "Distance", checkDistance, false, options, REGISTRY_0);
}
function isDistance(value, options) {
  return vrt.testWith(value, checkDistance, false, options, REGISTRY_0);
}
export {
  checkDistance,
  isDistance,
  validateDistance
};
