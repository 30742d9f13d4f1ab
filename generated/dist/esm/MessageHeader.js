import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["MessageHeader"], type: "MessageHeader", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Organization", "Practitioner"];
const TARGETS_1 = ["Practitioner"];
const OWNER_1 = { paths: ["MessageHeader.destination"], type: "BackboneElement", exact: true };
const TARGETS_2 = ["Device"];
const OWNER_2 = { paths: ["MessageHeader.source"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["MessageHeader.response"], type: "BackboneElement", exact: true };
const BINDING_1 = {
  has: vcodes.inCodes253,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/response-code"
};
const TARGETS_3 = ["OperationOutcome"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MessageHeader",
      check: checkMessageHeader,
      type: "MessageHeader",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMessageHeader(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MessageHeader");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MessageHeader") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19;
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
      case "event":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "destination":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "receiver":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "sender":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "timestamp":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "enterer":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "author":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "source":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "responsible":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "reason":
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "response":
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "focus":
        m0 |= 8388608;
        e19 = o[k];
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
      case "_timestamp":
        m0 |= 65536;
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
  if (!vrt.one(e8, x, p, "event", d, 1, checkCoding) && x.c === null) return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "destination", d, 0, -1, checkMessageHeaderDestination) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e10, x, p, "receiver", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "receiver", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e11, x, p, "sender", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "sender", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (!(vrt.isValidInstant(e12) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e12, o._timestamp, x, p, "timestamp", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "enterer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "enterer", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "author", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (!vrt.one(e15, x, p, "source", d, 1, checkMessageHeaderSource) && x.c === null) return false;
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e16, x, p, "responsible", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "responsible", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e17, x, p, "reason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e18, x, p, "response", d, 0, checkMessageHeaderResponse) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e19, x, p, "focus", d, 0, -1, checkReference) && x.c === null) return false;
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
function checkMessageHeaderDestination(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MessageHeader.destination");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "target":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "endpoint":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_endpoint":
        n++;
        m0 |= 128;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "target", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e5) && (m0 & 128) === 0)) {
    if (!vrt.prim(e5, o._endpoint, x, p, "endpoint", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  return true;
}
function checkMessageHeaderSource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MessageHeader.source");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "software":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "version":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "contact":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "endpoint":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_software":
        n++;
        m0 |= 64;
        break;
      case "_version":
        n++;
        m0 |= 256;
        break;
      case "_endpoint":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._software, x, p, "software", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "contact", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e7) && (m0 & 2048) === 0)) {
    if (!vrt.prim(e7, o._endpoint, x, p, "endpoint", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  return true;
}
function checkMessageHeaderResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MessageHeader.response");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "details":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_identifier":
        n++;
        m0 |= 16;
        break;
      case "_code":
        n++;
        m0 |= 64;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._identifier, x, p, "identifier", d, 1, vrt.isValidId, "id", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes253)) {
    if (!vrt.eachWith(e4, false, x, p, "code", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "details", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "details", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  return true;
}
function validateMessageHeader(value, options) {
  return vrt.validateWith(value, "MessageHeader", checkMessageHeader, true, options, REGISTRY_0);
}
function isMessageHeader(value, options) {
  return vrt.testWith(value, checkMessageHeader, true, options, REGISTRY_0);
}
function buildMessageHeader(input) {
  return fillAndCheck(
    input,
    { resourceType: "MessageHeader" },
    isMessageHeader,
    validateMessageHeader,
    "MessageHeader"
  );
}
export {
  buildMessageHeader,
  checkMessageHeader,
  checkMessageHeaderDestination,
  checkMessageHeaderResponse,
  checkMessageHeaderSource,
  isMessageHeader,
  validateMessageHeader
};
