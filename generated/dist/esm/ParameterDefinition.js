import { checkReference } from "./Reference.js";
import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
import * as vcodes from "./validators/codes.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_documentation",
  "_max",
  "_min",
  "_name",
  "_type",
  "_use",
  "documentation",
  "extension",
  "id",
  "max",
  "min",
  "name",
  "profile",
  "type",
  "use"
]);
const OWNER_0 = { paths: ["ParameterDefinition"], type: "ParameterDefinition", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes262,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/operation-parameter-use"
};
const BINDING_1 = {
  has: vcodes.inCodes159,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/all-types"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["StructureDefinition"]);
function checkParameterDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ParameterDefinition");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
  if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  if (!vrt.prim(o.use, o._use, x, p, "use", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_0) && x.c === null) return false;
  if (!vrt.prim(o.min, o._min, x, p, "min", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null) return false;
  if (!vrt.prim(o.max, o._max, x, p, "max", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  if (!vrt.prim(o.documentation, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!vrt.one(o.profile, x, p, "profile", d, 0, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.profile, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  return true;
}
function validateParameterDefinition(value) {
  return vrt.runCheck(value, "ParameterDefinition", checkParameterDefinition, false, vdispatch.registry);
}
function isParameterDefinition(value) {
  return vrt.testCheck(value, checkParameterDefinition, false, vdispatch.registry);
}
export {
  checkParameterDefinition,
  isParameterDefinition,
  validateParameterDefinition
};
