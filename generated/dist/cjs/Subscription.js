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
var Subscription_exports = {};
__export(Subscription_exports, {
  buildSubscription: () => buildSubscription,
  checkSubscription: () => checkSubscription,
  checkSubscriptionChannel: () => checkSubscriptionChannel,
  isSubscription: () => isSubscription,
  validateSubscription: () => validateSubscription
});
module.exports = __toCommonJS(Subscription_exports);
var import_Coding = require("./Coding.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Subscription"], type: "Subscription", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes296,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/subscription-status"
};
const OWNER_1 = { paths: ["Subscription.channel"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes297,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/subscription-channel-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Subscription",
      check: checkSubscription,
      type: "Subscription",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSubscription(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Subscription");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Subscription") && x.c === null) return false;
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
      case "status":
        m0 |= 2048;
        break;
      case "contact":
        m0 |= 8192;
        break;
      case "end":
        m0 |= 16384;
        break;
      case "reason":
        m0 |= 65536;
        break;
      case "criteria":
        m0 |= 262144;
        break;
      case "error":
        m0 |= 1048576;
        break;
      case "channel":
        m0 |= 4194304;
        break;
      case "tag":
        m0 |= 8388608;
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
      case "_status":
        m0 |= 4096;
        break;
      case "_end":
        m0 |= 32768;
        break;
      case "_reason":
        m0 |= 131072;
        break;
      case "_criteria":
        m0 |= 524288;
        break;
      case "_error":
        m0 |= 2097152;
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
  if (!(vrt.isValidCode(o.status) && (m0 & 4096) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes296)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidInstant(o.end) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.end, o._end, x, p, "end", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.reason) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.reason, o._reason, x, p, "reason", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.criteria) && (m0 & 524288) === 0)) {
    if (!vrt.prim(o.criteria, o._criteria, x, p, "criteria", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidString(o.error) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.error, o._error, x, p, "error", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.channel, x, p, "channel", d, 1, checkSubscriptionChannel) && x.c === null) return false;
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
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
  return true;
}
function checkSubscriptionChannel(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Subscription.channel");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "endpoint":
        n++;
        m0 |= 32;
        break;
      case "payload":
        n++;
        m0 |= 128;
        break;
      case "header":
        n++;
        m0 |= 512;
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_endpoint":
        n++;
        m0 |= 64;
        break;
      case "_payload":
        n++;
        m0 |= 256;
        break;
      case "_header":
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
  if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes297)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.endpoint) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.endpoint, o._endpoint, x, p, "endpoint", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.payload) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.payload, o._payload, x, p, "payload", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!vrt.prims(o.header, o._header, x, p, "header", d, 0, -1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  return true;
}
function validateSubscription(value, options) {
  return vrt.validateWith(value, "Subscription", checkSubscription, true, options, REGISTRY_0);
}
function isSubscription(value, options) {
  return vrt.testWith(value, checkSubscription, true, options, REGISTRY_0);
}
function buildSubscription(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Subscription" }, isSubscription, validateSubscription, "Subscription");
}
