import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkElementDefinition } from "./ElementDefinition.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_copyright",
  "_date",
  "_experimental",
  "_id",
  "_implicitRules",
  "_language",
  "_name",
  "_publisher",
  "_status",
  "_stringency",
  "_title",
  "_url",
  "_version",
  "contact",
  "contained",
  "copyright",
  "date",
  "element",
  "experimental",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "jurisdiction",
  "language",
  "mapping",
  "meta",
  "modifierExtension",
  "name",
  "publisher",
  "resourceType",
  "status",
  "stringency",
  "text",
  "title",
  "url",
  "useContext",
  "version"
]);
const OWNER_0 = { paths: ["DataElement"], type: "DataElement", exact: true };
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
const BINDING_2 = {
  has: vcodes.inCodes156,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/dataelement-stringency"
};
const INVARIANT_0 = vrt.invariant({
  key: "dae-1",
  path: "DataElement.element",
  expression: "base.empty()",
  severity: "error",
  human: "No base allowed"
});
const FHIRPATH_0 = (n) => vrt.fpEmpty(vrt.fpChildOf(n, "base", "_base"));
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "dae-2",
  path: "DataElement.element",
  expression: "slicing.empty()",
  severity: "error",
  human: "No slicing allowed"
});
const FHIRPATH_1 = (n) => vrt.fpEmpty(vrt.fpChildOf(n, "slicing", "_slicing"));
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkTranslatedInvariant(v, x, q, TRANSLATED_0)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkTranslatedInvariant(v, x, q, TRANSLATED_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "_comment",
  "_identity",
  "_name",
  "_uri",
  "comment",
  "extension",
  "id",
  "identity",
  "modifierExtension",
  "name",
  "uri"
]);
const OWNER_1 = { paths: ["DataElement.mapping"], type: "BackboneElement", exact: true };
const INVARIANT_2 = vrt.invariant({
  key: "dae-3",
  path: "DataElement.mapping",
  expression: "uri.exists() or name.exists()",
  severity: "error",
  human: "At least one of  name or uri SHALL be present"
});
const FHIRPATH_2 = (n) => vrt.fpOr(vrt.fpExists(vrt.fpChildOf(n, "uri", "_uri")), vrt.fpExists(vrt.fpChildOf(n, "name", "_name")));
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DataElement",
      check: checkDataElement,
      type: "DataElement",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDataElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DataElement");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DataElement") && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
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
  if (o.contact !== void 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if (o.useContext !== void 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if (o.jurisdiction !== void 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.copyright !== void 0 || o._copyright !== void 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && o._copyright === void 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.stringency !== void 0 || o._stringency !== void 0) {
    if (!(vrt.isValidCode(o.stringency) && o._stringency === void 0)) {
      if (!vrt.prim(o.stringency, o._stringency, x, p, "stringency", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.stringency, false, x, p, "stringency", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.mapping !== void 0) {
    if (!vrt.many(o.mapping, x, p, "mapping", d, 0, -1, checkDataElementMapping) && x.c === null) return false;
  }
  if (!vrt.many(o.element, x, p, "element", d, 1, -1, checkElementDefinition) && x.c === null) return false;
  if (!vrt.each(o.element, true, x, p, "element", OCCURRENCE_0) && x.c === null) return false;
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkDataElementMapping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DataElement.mapping");
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
  if (!(vrt.isValidId(o.identity) && o._identity === void 0)) {
    if (!vrt.prim(o.identity, o._identity, x, p, "identity", d, 1, vrt.isValidId, "id", OWNER_1) && x.c === null)
      return false;
  }
  if (o.uri !== void 0 || o._uri !== void 0) {
    if (!(vrt.isValidUri(o.uri) && o._uri === void 0)) {
      if (!vrt.prim(o.uri, o._uri, x, p, "uri", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
    }
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function validateDataElement(value, options) {
  return vrt.validateWith(value, "DataElement", checkDataElement, true, options, REGISTRY_0);
}
function isDataElement(value, options) {
  return vrt.testWith(value, checkDataElement, true, options, REGISTRY_0);
}
function buildDataElement(input) {
  return fillAndCheck(input, { resourceType: "DataElement" }, isDataElement, validateDataElement, "DataElement");
}
export {
  buildDataElement,
  checkDataElement,
  checkDataElementMapping,
  isDataElement,
  validateDataElement
};
