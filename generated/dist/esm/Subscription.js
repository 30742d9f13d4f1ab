import { checkCoding } from "./Coding.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "meta":
        m0 |= 4;
        e1 = o[k];
        break;
      case "implicitRules":
        m0 |= 8;
        e2 = o[k];
        break;
      case "language":
        m0 |= 32;
        e3 = o[k];
        break;
      case "text":
        m0 |= 128;
        e4 = o[k];
        break;
      case "contained":
        m0 |= 256;
        e5 = o[k];
        break;
      case "extension":
        m0 |= 512;
        e6 = o[k];
        break;
      case "modifierExtension":
        m0 |= 1024;
        e7 = o[k];
        break;
      case "status":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "contact":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "end":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "reason":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "criteria":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "error":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "channel":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "tag":
        m0 |= 8388608;
        e15 = o[k];
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
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e2) && (m0 & 16) === 0)) {
      if (!vrt.prim(e2, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 64) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e8) && (m0 & 4096) === 0)) {
    if (!vrt.prim(e8, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e8, vcodes.inCodes296)) {
    if (!vrt.eachWith(e8, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "contact", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidInstant(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._end, x, p, "end", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e11, o._reason, x, p, "reason", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(e12) && (m0 & 524288) === 0)) {
    if (!vrt.prim(e12, o._criteria, x, p, "criteria", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidString(e13) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e13, o._error, x, p, "error", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e14, x, p, "channel", d, 1, checkSubscriptionChannel) && x.c === null) return false;
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e15, x, p, "tag", d, 0, -1, checkCoding) && x.c === null) return false;
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "endpoint":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "payload":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "header":
        n++;
        m0 |= 512;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes297)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._endpoint, x, p, "endpoint", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._payload, x, p, "payload", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!vrt.prims(e6, o._header, x, p, "header", d, 0, -1, vrt.isValidString, "string", OWNER_1) && x.c === null)
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
  return fillAndCheck(input, { resourceType: "Subscription" }, isSubscription, validateSubscription, "Subscription");
}
export {
  buildSubscription,
  checkSubscription,
  checkSubscriptionChannel,
  isSubscription,
  validateSubscription
};
