import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["MessageDefinition"], type: "MessageDefinition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes3,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/publication-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const TARGETS_0 = ["MessageDefinition"];
const TARGETS_1 = ["ActivityDefinition", "PlanDefinition"];
const BINDING_2 = {
  has: vcodes.inCodes63,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/message-significance-category"
};
const OWNER_1 = { paths: ["MessageDefinition.focus"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const TARGETS_2 = ["StructureDefinition"];
const INVARIANT_0 = vrt.invariant({
  key: "md-1",
  path: "MessageDefinition.focus",
  expression: "max='*' or (max.toInteger() > 0)",
  severity: "error",
  human: "Max must be postive int or *"
});
const OWNER_2 = {
  paths: ["MessageDefinition.allowedResponse"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MessageDefinition",
      check: checkMessageDefinition,
      type: "MessageDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMessageDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MessageDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MessageDefinition") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        m0 |= 2048;
        break;
      case "identifier":
        m0 |= 8192;
        break;
      case "version":
        m0 |= 16384;
        break;
      case "name":
        m0 |= 65536;
        break;
      case "title":
        m0 |= 262144;
        break;
      case "status":
        m0 |= 1048576;
        break;
      case "experimental":
        m0 |= 4194304;
        break;
      case "date":
        m0 |= 16777216;
        break;
      case "publisher":
        m0 |= 67108864;
        break;
      case "contact":
        m0 |= 268435456;
        break;
      case "description":
        m0 |= 536870912;
        break;
      case "useContext":
        m1 |= 1;
        break;
      case "jurisdiction":
        m1 |= 2;
        break;
      case "purpose":
        m1 |= 4;
        break;
      case "copyright":
        m1 |= 16;
        break;
      case "base":
        m1 |= 64;
        break;
      case "parent":
        m1 |= 128;
        break;
      case "replaces":
        m1 |= 256;
        break;
      case "event":
        m1 |= 512;
        break;
      case "category":
        m1 |= 1024;
        break;
      case "focus":
        m1 |= 4096;
        break;
      case "responseRequired":
        m1 |= 8192;
        break;
      case "allowedResponse":
        m1 |= 32768;
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
      case "_url":
        m0 |= 4096;
        break;
      case "_version":
        m0 |= 32768;
        break;
      case "_name":
        m0 |= 131072;
        break;
      case "_title":
        m0 |= 524288;
        break;
      case "_status":
        m0 |= 2097152;
        break;
      case "_experimental":
        m0 |= 8388608;
        break;
      case "_date":
        m0 |= 33554432;
        break;
      case "_publisher":
        m0 |= 134217728;
        break;
      case "_description":
        m0 |= 1073741824;
        break;
      case "_purpose":
        m1 |= 8;
        break;
      case "_copyright":
        m1 |= 32;
        break;
      case "_category":
        m1 |= 2048;
        break;
      case "_responseRequired":
        m1 |= 16384;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes3)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(o.experimental) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        o.experimental,
        o._experimental,
        x,
        p,
        "experimental",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidDateTime(o.date) && (m0 & 33554432) === 0)) {
    if (!vrt.prim(o.date, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.publisher) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(o.description) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && (m1 & 32) === 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.base, x, p, "base", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.base, false, x, p, "base", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(o.parent, x, p, "parent", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.parent, true, x, p, "parent", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(o.replaces, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.replaces, true, x, p, "replaces", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!vrt.one(o.event, x, p, "event", d, 1, checkCoding) && x.c === null) return false;
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidCode(o.category) && (m1 & 2048) === 0)) {
      if (!vrt.prim(o.category, o._category, x, p, "category", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.category, vcodes.inCodes63)) {
      if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(o.focus, x, p, "focus", d, 0, -1, checkMessageDefinitionFocus) && x.c === null) return false;
  }
  if ((m1 & 24576) !== 0) {
    if (!(vrt.isValidBoolean(o.responseRequired) && (m1 & 16384) === 0)) {
      if (!vrt.prim(
        o.responseRequired,
        o._responseRequired,
        x,
        p,
        "responseRequired",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(o.allowedResponse, x, p, "allowedResponse", d, 0, -1, checkMessageDefinitionAllowedResponse) && x.c === null)
      return false;
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
function checkMessageDefinitionFocus(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MessageDefinition.focus");
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
      case "code":
        n++;
        m0 |= 8;
        break;
      case "profile":
        n++;
        m0 |= 32;
        break;
      case "min":
        n++;
        m0 |= 64;
        break;
      case "max":
        n++;
        m0 |= 256;
        break;
      case "_code":
        n++;
        m0 |= 16;
        break;
      case "_min":
        n++;
        m0 |= 128;
        break;
      case "_max":
        n++;
        m0 |= 512;
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
  if (!(vrt.isValidCode(o.code) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.code, vcodes.inCodes4)) {
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.profile, x, p, "profile", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.profile, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.min) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.min, o._min, x, p, "min", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.max) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.max, o._max, x, p, "max", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  return true;
}
function checkMessageDefinitionAllowedResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MessageDefinition.allowedResponse");
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
      case "message":
        n++;
        m0 |= 8;
        break;
      case "situation":
        n++;
        m0 |= 16;
        break;
      case "_situation":
        n++;
        m0 |= 32;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.message, x, p, "message", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.message, false, x, p, "message", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidMarkdown(o.situation) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.situation, o._situation, x, p, "situation", d, 0, vrt.isValidMarkdown, "markdown", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateMessageDefinition(value, options) {
  return vrt.validateWith(value, "MessageDefinition", checkMessageDefinition, true, options, REGISTRY_0);
}
function isMessageDefinition(value, options) {
  return vrt.testWith(value, checkMessageDefinition, true, options, REGISTRY_0);
}
function buildMessageDefinition(input) {
  return fillAndCheck(
    input,
    { resourceType: "MessageDefinition" },
    isMessageDefinition,
    validateMessageDefinition,
    "MessageDefinition"
  );
}
export {
  buildMessageDefinition,
  checkMessageDefinition,
  checkMessageDefinitionAllowedResponse,
  checkMessageDefinitionFocus,
  isMessageDefinition,
  validateMessageDefinition
};
