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
var Attachment_exports = {};
__export(Attachment_exports, {
  checkAttachment: () => checkAttachment,
  isAttachment: () => isAttachment,
  validateAttachment: () => validateAttachment
});
module.exports = __toCommonJS(Attachment_exports);
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Attachment"], type: "Attachment", exact: false };
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const INVARIANT_0 = vrt.invariant({
  key: "att-1",
  path: "Attachment",
  expression: "data.empty() or contentType.exists()",
  severity: "error",
  human: "It the Attachment has data, it SHALL have a contentType"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAttachment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Attachment");
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
      case "contentType":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "language":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "data":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "url":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "size":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "hash":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "title":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "creation":
        n++;
        m0 |= 65536;
        e9 = o[k];
        break;
      case "_contentType":
        n++;
        m0 |= 8;
        break;
      case "_language":
        n++;
        m0 |= 32;
        break;
      case "_data":
        n++;
        m0 |= 128;
        break;
      case "_url":
        n++;
        m0 |= 512;
        break;
      case "_size":
        n++;
        m0 |= 2048;
        break;
      case "_hash":
        n++;
        m0 |= 8192;
        break;
      case "_title":
        n++;
        m0 |= 32768;
        break;
      case "_creation":
        n++;
        m0 |= 131072;
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
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._contentType, x, p, "contentType", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e2, false, x, p, "contentType", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBase64Binary(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._data, x, p, "data", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidUri(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidUnsignedInt(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._size, x, p, "size", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBase64Binary(e7) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e7, o._hash, x, p, "hash", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e8, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDateTime(e9) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e9, o._creation, x, p, "creation", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_data"], o["data"]) === 0,
          vrt.fpSizeOfValue(o["_contentType"], o["contentType"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function validateAttachment(value, options) {
  return vrt.validateWith(value, "Attachment", checkAttachment, false, options, REGISTRY_0);
}
function isAttachment(value, options) {
  return vrt.testWith(value, checkAttachment, false, options, REGISTRY_0);
}
