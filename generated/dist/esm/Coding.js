import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_code",
  "_display",
  "_system",
  "_userSelected",
  "_version",
  "code",
  "display",
  "extension",
  "id",
  "system",
  "userSelected",
  "version"
]);
const OWNER_0 = { paths: ["Coding"], type: "Coding", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Coding");
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
  if (o.system !== void 0 || o._system !== void 0) {
    if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.code !== void 0 || o._code !== void 0) {
    if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.userSelected !== void 0 || o._userSelected !== void 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && o._userSelected === void 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCoding(value, options) {
  return vrt.validateWith(value, "Coding", checkCoding, false, options, REGISTRY_0);
}
function isCoding(value, options) {
  return vrt.testWith(value, checkCoding, false, options, REGISTRY_0);
}
export {
  checkCoding,
  isCoding,
  validateCoding
};
