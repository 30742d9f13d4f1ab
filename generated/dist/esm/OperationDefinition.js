import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_code",
  "_comment",
  "_date",
  "_description",
  "_experimental",
  "_id",
  "_idempotent",
  "_implicitRules",
  "_instance",
  "_kind",
  "_language",
  "_name",
  "_publisher",
  "_purpose",
  "_resource",
  "_status",
  "_system",
  "_type",
  "_url",
  "_version",
  "base",
  "code",
  "comment",
  "contact",
  "contained",
  "date",
  "description",
  "experimental",
  "extension",
  "id",
  "idempotent",
  "implicitRules",
  "instance",
  "jurisdiction",
  "kind",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "overload",
  "parameter",
  "publisher",
  "purpose",
  "resource",
  "resourceType",
  "status",
  "system",
  "text",
  "type",
  "url",
  "useContext",
  "version"
]);
const OWNER_0 = { paths: ["OperationDefinition"], type: "OperationDefinition", exact: true };
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
const BINDING_2 = {
  has: vcodes.inCodes261,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/operation-kind"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["OperationDefinition"]);
const BINDING_3 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "_documentation",
  "_max",
  "_min",
  "_name",
  "_searchType",
  "_type",
  "_use",
  "binding",
  "documentation",
  "extension",
  "id",
  "max",
  "min",
  "modifierExtension",
  "name",
  "part",
  "profile",
  "searchType",
  "type",
  "use"
]);
const OWNER_1 = { paths: ["OperationDefinition.parameter"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes262,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/operation-parameter-use"
};
const BINDING_5 = {
  has: vcodes.inCodes159,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/all-types"
};
const BINDING_6 = {
  has: vcodes.inCodes60,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/search-param-type"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["StructureDefinition"]);
const INVARIANT_0 = vrt.invariant({
  key: "opd-1",
  path: "OperationDefinition.parameter",
  expression: "type.exists() or part.exists()",
  severity: "error",
  human: "Either a type must be provided, or parts"
});
const FHIRPATH_0 = (n) => vrt.fpOr(vrt.fpExists(vrt.fpChildOf(n, "type", "_type")), vrt.fpExists(vrt.fpChildOf(n, "part", "_part")));
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "opd-2",
  path: "OperationDefinition.parameter",
  expression: "searchType implies type = 'string'",
  severity: "error",
  human: "A search type can only be specified for parameters of type string"
});
const FHIRPATH_1 = (n) => vrt.fpImplies(vrt.fpChildOf(n, "searchType", "_searchType"), vrt.fpEq(vrt.fpChildOf(n, "type", "_type"), ["string"]));
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const KEYS_2 = /* @__PURE__ */ new Set([
  "_comment",
  "_parameterName",
  "comment",
  "extension",
  "id",
  "modifierExtension",
  "parameterName"
]);
const OWNER_2 = { paths: ["OperationDefinition.overload"], type: "BackboneElement", exact: true };
const KEYS_3 = /* @__PURE__ */ new Set([
  "_strength",
  "_valueSetUri",
  "extension",
  "id",
  "modifierExtension",
  "strength",
  "valueSetReference",
  "valueSetUri"
]);
const OWNER_3 = {
  paths: ["OperationDefinition.parameter.binding"],
  type: "BackboneElement",
  exact: true
};
const BINDING_7 = {
  has: vcodes.inCodes177,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/binding-strength"
};
const CHOICE_0 = vrt.choiceVariants(["valueSetUri", "valueSetReference"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["ValueSet"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/OperationDefinition",
      check: checkOperationDefinition,
      type: "OperationDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkOperationDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "OperationDefinition") && x.c === null) return false;
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
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!(vrt.isValidCode(o.kind) && o._kind === void 0)) {
    if (!vrt.prim(o.kind, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.kind, false, x, p, "kind", vrt.checkCode, BINDING_2) && x.c === null) return false;
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
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
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
  if (o.idempotent !== void 0 || o._idempotent !== void 0) {
    if (!(vrt.isValidBoolean(o.idempotent) && o._idempotent === void 0)) {
      if (!vrt.prim(o.idempotent, o._idempotent, x, p, "idempotent", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.base !== void 0) {
    if (!vrt.one(o.base, x, p, "base", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.base, false, x, p, "base", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (o.resource !== void 0 || o._resource !== void 0) {
    if (!vrt.prims(o.resource, o._resource, x, p, "resource", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(o.resource, true, x, p, "resource", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.instance) && o._instance === void 0)) {
    if (!vrt.prim(o.instance, o._instance, x, p, "instance", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (o.parameter !== void 0) {
    if (!vrt.many(o.parameter, x, p, "parameter", d, 0, -1, checkOperationDefinitionParameter) && x.c === null)
      return false;
  }
  if (o.overload !== void 0) {
    if (!vrt.many(o.overload, x, p, "overload", d, 0, -1, checkOperationDefinitionOverload) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkOperationDefinitionParameter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationDefinition.parameter");
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
  if (!(vrt.isValidCode(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
    if (!vrt.prim(o.use, o._use, x, p, "use", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_4) && x.c === null) return false;
  if (!(vrt.isValidInteger(o.min) && o._min === void 0)) {
    if (!vrt.prim(o.min, o._min, x, p, "min", d, 1, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.max) && o._max === void 0)) {
    if (!vrt.prim(o.max, o._max, x, p, "max", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null) return false;
  }
  if (o.documentation !== void 0 || o._documentation !== void 0) {
    if (!(vrt.isValidString(o.documentation) && o._documentation === void 0)) {
      if (!vrt.prim(
        o.documentation,
        o._documentation,
        x,
        p,
        "documentation",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (o.type !== void 0 || o._type !== void 0) {
    if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if (o.searchType !== void 0 || o._searchType !== void 0) {
    if (!(vrt.isValidCode(o.searchType) && o._searchType === void 0)) {
      if (!vrt.prim(o.searchType, o._searchType, x, p, "searchType", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.searchType, false, x, p, "searchType", vrt.checkCode, BINDING_6) && x.c === null) return false;
  }
  if (o.profile !== void 0) {
    if (!vrt.one(o.profile, x, p, "profile", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.profile, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.binding !== void 0) {
    if (!vrt.one(o.binding, x, p, "binding", d, 0, checkOperationDefinitionParameterBinding) && x.c === null)
      return false;
  }
  if (o.part !== void 0) {
    if (!vrt.many(o.part, x, p, "part", d, 0, -1, checkOperationDefinitionParameter) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkOperationDefinitionOverload(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationDefinition.overload");
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
  if (o.parameterName !== void 0 || o._parameterName !== void 0) {
    if (!vrt.prims(
      o.parameterName,
      o._parameterName,
      x,
      p,
      "parameterName",
      d,
      0,
      -1,
      vrt.isValidString,
      "string",
      OWNER_2
    ) && x.c === null)
      return false;
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkOperationDefinitionParameterBinding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "OperationDefinition.parameter.binding");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.strength) && o._strength === void 0)) {
    if (!vrt.prim(o.strength, o._strength, x, p, "strength", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.strength, false, x, p, "strength", vrt.checkCode, BINDING_7) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "valueSet", 1) && x.c === null) return false;
  if (o.valueSetUri !== void 0 || o._valueSetUri !== void 0) {
    if (!(vrt.isValidUri(o.valueSetUri) && o._valueSetUri === void 0)) {
      if (!vrt.prim(o.valueSetUri, o._valueSetUri, x, p, "valueSet.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.valueSetReference !== void 0) {
    if (!vrt.one(o.valueSetReference, x, p, "valueSet.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.valueSetReference,
      false,
      x,
      p,
      "valueSet.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_2
    ) && x.c === null)
      return false;
  }
  return true;
}
function validateOperationDefinition(value, options) {
  return vrt.validateWith(value, "OperationDefinition", checkOperationDefinition, true, options, REGISTRY_0);
}
function isOperationDefinition(value, options) {
  return vrt.testWith(value, checkOperationDefinition, true, options, REGISTRY_0);
}
function buildOperationDefinition(input) {
  return fillAndCheck(
    input,
    { resourceType: "OperationDefinition" },
    isOperationDefinition,
    validateOperationDefinition,
    "OperationDefinition"
  );
}
export {
  buildOperationDefinition,
  checkOperationDefinition,
  checkOperationDefinitionOverload,
  checkOperationDefinitionParameter,
  checkOperationDefinitionParameterBinding,
  isOperationDefinition,
  validateOperationDefinition
};
