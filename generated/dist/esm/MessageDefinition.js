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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_category",
  "_copyright",
  "_date",
  "_description",
  "_experimental",
  "_id",
  "_implicitRules",
  "_language",
  "_name",
  "_publisher",
  "_purpose",
  "_responseRequired",
  "_status",
  "_title",
  "_url",
  "_version",
  "allowedResponse",
  "base",
  "category",
  "contact",
  "contained",
  "copyright",
  "date",
  "description",
  "event",
  "experimental",
  "extension",
  "focus",
  "id",
  "identifier",
  "implicitRules",
  "jurisdiction",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "parent",
  "publisher",
  "purpose",
  "replaces",
  "resourceType",
  "responseRequired",
  "status",
  "text",
  "title",
  "url",
  "useContext",
  "version"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["MessageDefinition"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["ActivityDefinition", "PlanDefinition"]);
const BINDING_2 = {
  has: vcodes.inCodes63,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/message-significance-category"
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "_code",
  "_max",
  "_min",
  "code",
  "extension",
  "id",
  "max",
  "min",
  "modifierExtension",
  "profile"
]);
const OWNER_1 = { paths: ["MessageDefinition.focus"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const TARGETS_2 = /* @__PURE__ */ new Set(["StructureDefinition"]);
const INVARIANT_0 = vrt.invariant({
  key: "md-1",
  path: "MessageDefinition.focus",
  expression: "max='*' or (max.toInteger() > 0)",
  severity: "error",
  human: "Max must be postive int or *"
});
const KEYS_2 = /* @__PURE__ */ new Set([
  "_situation",
  "extension",
  "id",
  "message",
  "modifierExtension",
  "situation"
]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.url !== void 0 || o._url !== void 0) {
    if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.title !== void 0 || o._title !== void 0) {
    if (!(vrt.isValidString(o.title) && o._title === void 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.experimental !== void 0 || o._experimental !== void 0) {
    if (!(vrt.isValidBoolean(o.experimental) && o._experimental === void 0)) {
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
  if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
    if (!vrt.prim(o.date, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if (o.publisher !== void 0 || o._publisher !== void 0) {
    if (!(vrt.isValidString(o.publisher) && o._publisher === void 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.contact !== void 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidMarkdown(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.useContext !== void 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if (o.jurisdiction !== void 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.purpose !== void 0 || o._purpose !== void 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && o._purpose === void 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.copyright !== void 0 || o._copyright !== void 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && o._copyright === void 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.base !== void 0) {
    if (!vrt.one(o.base, x, p, "base", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.base, false, x, p, "base", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (o.parent !== void 0) {
    if (!vrt.many(o.parent, x, p, "parent", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.parent, true, x, p, "parent", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.replaces !== void 0) {
    if (!vrt.many(o.replaces, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.replaces, true, x, p, "replaces", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!vrt.one(o.event, x, p, "event", d, 1, checkCoding) && x.c === null) return false;
  if (o.category !== void 0 || o._category !== void 0) {
    if (!(vrt.isValidCode(o.category) && o._category === void 0)) {
      if (!vrt.prim(o.category, o._category, x, p, "category", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.focus !== void 0) {
    if (!vrt.many(o.focus, x, p, "focus", d, 0, -1, checkMessageDefinitionFocus) && x.c === null) return false;
  }
  if (o.responseRequired !== void 0 || o._responseRequired !== void 0) {
    if (!(vrt.isValidBoolean(o.responseRequired) && o._responseRequired === void 0)) {
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
  if (o.allowedResponse !== void 0) {
    if (!vrt.many(o.allowedResponse, x, p, "allowedResponse", d, 0, -1, checkMessageDefinitionAllowedResponse) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkMessageDefinitionFocus(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MessageDefinition.focus");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if (o.profile !== void 0) {
    if (!vrt.one(o.profile, x, p, "profile", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.profile, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.min !== void 0 || o._min !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.min) && o._min === void 0)) {
      if (!vrt.prim(o.min, o._min, x, p, "min", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.max !== void 0 || o._max !== void 0) {
    if (!(vrt.isValidString(o.max) && o._max === void 0)) {
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
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.message, x, p, "message", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.message, false, x, p, "message", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (o.situation !== void 0 || o._situation !== void 0) {
    if (!(vrt.isValidMarkdown(o.situation) && o._situation === void 0)) {
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
