import { checkPeriod } from "./Period.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_city",
  "_country",
  "_district",
  "_line",
  "_postalCode",
  "_state",
  "_text",
  "_type",
  "_use",
  "city",
  "country",
  "district",
  "extension",
  "id",
  "line",
  "period",
  "postalCode",
  "state",
  "text",
  "type",
  "use"
]);
const OWNER_0 = { paths: ["Address"], type: "Address", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes6,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-use"
};
const BINDING_1 = {
  has: vcodes.inCodes7,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAddress(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Address");
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
  if (o.use !== void 0 || o._use !== void 0) {
    if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.type !== void 0 || o._type !== void 0) {
    if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.line !== void 0 || o._line !== void 0) {
    if (!vrt.prims(o.line, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (o.city !== void 0 || o._city !== void 0) {
    if (!(vrt.isValidString(o.city) && o._city === void 0)) {
      if (!vrt.prim(o.city, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.district !== void 0 || o._district !== void 0) {
    if (!(vrt.isValidString(o.district) && o._district === void 0)) {
      if (!vrt.prim(o.district, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.state !== void 0 || o._state !== void 0) {
    if (!(vrt.isValidString(o.state) && o._state === void 0)) {
      if (!vrt.prim(o.state, o._state, x, p, "state", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.postalCode !== void 0 || o._postalCode !== void 0) {
    if (!(vrt.isValidString(o.postalCode) && o._postalCode === void 0)) {
      if (!vrt.prim(o.postalCode, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.country !== void 0 || o._country !== void 0) {
    if (!(vrt.isValidString(o.country) && o._country === void 0)) {
      if (!vrt.prim(o.country, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateAddress(value, options) {
  return vrt.validateWith(value, "Address", checkAddress, false, options, REGISTRY_0);
}
function isAddress(value, options) {
  return vrt.testWith(value, checkAddress, false, options, REGISTRY_0);
}
export {
  checkAddress,
  isAddress,
  validateAddress
};
