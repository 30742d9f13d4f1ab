import { checkAddress } from "./Address.js";
import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkCount } from "./Count.js";
import { checkDistance } from "./Distance.js";
import { checkDuration } from "./Duration.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSampledData } from "./SampledData.js";
import { checkSignature } from "./Signature.js";
import { checkTiming } from "./Timing.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_copyright",
  "_date",
  "_description",
  "_experimental",
  "_id",
  "_implicitRules",
  "_import",
  "_language",
  "_name",
  "_publisher",
  "_purpose",
  "_status",
  "_title",
  "_url",
  "_version",
  "contact",
  "contained",
  "copyright",
  "date",
  "description",
  "experimental",
  "extension",
  "group",
  "id",
  "identifier",
  "implicitRules",
  "import",
  "jurisdiction",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "publisher",
  "purpose",
  "resourceType",
  "status",
  "structure",
  "text",
  "title",
  "url",
  "useContext",
  "version"
]);
const OWNER_0 = { paths: ["StructureMap"], type: "StructureMap", exact: true };
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
const KEYS_1 = /* @__PURE__ */ new Set([
  "_alias",
  "_documentation",
  "_mode",
  "_url",
  "alias",
  "documentation",
  "extension",
  "id",
  "mode",
  "modifierExtension",
  "url"
]);
const OWNER_1 = { paths: ["StructureMap.structure"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes289,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-model-mode"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_documentation",
  "_extends",
  "_name",
  "_typeMode",
  "documentation",
  "extends",
  "extension",
  "id",
  "input",
  "modifierExtension",
  "name",
  "rule",
  "typeMode"
]);
const OWNER_2 = { paths: ["StructureMap.group"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes290,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-group-type-mode"
};
const KEYS_3 = /* @__PURE__ */ new Set([
  "_documentation",
  "_mode",
  "_name",
  "_type",
  "documentation",
  "extension",
  "id",
  "mode",
  "modifierExtension",
  "name",
  "type"
]);
const OWNER_3 = { paths: ["StructureMap.group.input"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes291,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-input-mode"
};
const KEYS_4 = /* @__PURE__ */ new Set([
  "_documentation",
  "_name",
  "dependent",
  "documentation",
  "extension",
  "id",
  "modifierExtension",
  "name",
  "rule",
  "source",
  "target"
]);
const OWNER_4 = { paths: ["StructureMap.group.rule"], type: "BackboneElement", exact: true };
const KEYS_5 = /* @__PURE__ */ new Set([
  "_check",
  "_condition",
  "_context",
  "_defaultValueBase64Binary",
  "_defaultValueBoolean",
  "_defaultValueCode",
  "_defaultValueDate",
  "_defaultValueDateTime",
  "_defaultValueDecimal",
  "_defaultValueId",
  "_defaultValueInstant",
  "_defaultValueInteger",
  "_defaultValueMarkdown",
  "_defaultValueOid",
  "_defaultValuePositiveInt",
  "_defaultValueString",
  "_defaultValueTime",
  "_defaultValueUnsignedInt",
  "_defaultValueUri",
  "_element",
  "_listMode",
  "_max",
  "_min",
  "_type",
  "_variable",
  "check",
  "condition",
  "context",
  "defaultValueAddress",
  "defaultValueAge",
  "defaultValueAnnotation",
  "defaultValueAttachment",
  "defaultValueBase64Binary",
  "defaultValueBoolean",
  "defaultValueCode",
  "defaultValueCodeableConcept",
  "defaultValueCoding",
  "defaultValueContactPoint",
  "defaultValueCount",
  "defaultValueDate",
  "defaultValueDateTime",
  "defaultValueDecimal",
  "defaultValueDistance",
  "defaultValueDuration",
  "defaultValueHumanName",
  "defaultValueId",
  "defaultValueIdentifier",
  "defaultValueInstant",
  "defaultValueInteger",
  "defaultValueMarkdown",
  "defaultValueMeta",
  "defaultValueMoney",
  "defaultValueOid",
  "defaultValuePeriod",
  "defaultValuePositiveInt",
  "defaultValueQuantity",
  "defaultValueRange",
  "defaultValueRatio",
  "defaultValueReference",
  "defaultValueSampledData",
  "defaultValueSignature",
  "defaultValueString",
  "defaultValueTime",
  "defaultValueTiming",
  "defaultValueUnsignedInt",
  "defaultValueUri",
  "element",
  "extension",
  "id",
  "listMode",
  "max",
  "min",
  "modifierExtension",
  "type",
  "variable"
]);
const OWNER_5 = { paths: ["StructureMap.group.rule.source"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "defaultValueBase64Binary",
  "defaultValueBoolean",
  "defaultValueCode",
  "defaultValueDate",
  "defaultValueDateTime",
  "defaultValueDecimal",
  "defaultValueId",
  "defaultValueInstant",
  "defaultValueInteger",
  "defaultValueMarkdown",
  "defaultValueOid",
  "defaultValuePositiveInt",
  "defaultValueString",
  "defaultValueTime",
  "defaultValueUnsignedInt",
  "defaultValueUri",
  "defaultValueAddress",
  "defaultValueAge",
  "defaultValueAnnotation",
  "defaultValueAttachment",
  "defaultValueCodeableConcept",
  "defaultValueCoding",
  "defaultValueContactPoint",
  "defaultValueCount",
  "defaultValueDistance",
  "defaultValueDuration",
  "defaultValueHumanName",
  "defaultValueIdentifier",
  "defaultValueMoney",
  "defaultValuePeriod",
  "defaultValueQuantity",
  "defaultValueRange",
  "defaultValueRatio",
  "defaultValueReference",
  "defaultValueSampledData",
  "defaultValueSignature",
  "defaultValueTiming",
  "defaultValueMeta"
]);
const BINDING_5 = {
  has: vcodes.inCodes292,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-source-list-mode"
};
const KEYS_6 = /* @__PURE__ */ new Set([
  "_context",
  "_contextType",
  "_element",
  "_listMode",
  "_listRuleId",
  "_transform",
  "_variable",
  "context",
  "contextType",
  "element",
  "extension",
  "id",
  "listMode",
  "listRuleId",
  "modifierExtension",
  "parameter",
  "transform",
  "variable"
]);
const OWNER_6 = { paths: ["StructureMap.group.rule.target"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes293,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-context-type"
};
const BINDING_7 = {
  has: vcodes.inCodes294,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-target-list-mode"
};
const BINDING_8 = {
  has: vcodes.inCodes295,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/map-transform"
};
const INVARIANT_0 = vrt.invariant({
  key: "smp-2",
  path: "StructureMap.group.rule.target",
  expression: "context.exists() implies contextType.exists()",
  severity: "error",
  human: "Must have a contextType if you have a context"
});
const FHIRPATH_0 = (n) => vrt.fpImplies(
  vrt.fpExists(vrt.fpChildOf(n, "context", "_context")),
  vrt.fpExists(vrt.fpChildOf(n, "contextType", "_contextType"))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "smp-1",
  path: "StructureMap.group.rule.target",
  expression: "element.exists() implies context.exists()",
  severity: "error",
  human: "Can only have a element if you have a context"
});
const FHIRPATH_1 = (n) => vrt.fpImplies(
  vrt.fpExists(vrt.fpChildOf(n, "element", "_element")),
  vrt.fpExists(vrt.fpChildOf(n, "context", "_context"))
);
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const KEYS_7 = /* @__PURE__ */ new Set([
  "_name",
  "_variable",
  "extension",
  "id",
  "modifierExtension",
  "name",
  "variable"
]);
const OWNER_7 = {
  paths: ["StructureMap.group.rule.dependent"],
  type: "BackboneElement",
  exact: true
};
const KEYS_8 = /* @__PURE__ */ new Set([
  "_valueBoolean",
  "_valueDecimal",
  "_valueId",
  "_valueInteger",
  "_valueString",
  "extension",
  "id",
  "modifierExtension",
  "valueBoolean",
  "valueDecimal",
  "valueId",
  "valueInteger",
  "valueString"
]);
const OWNER_8 = {
  paths: ["StructureMap.group.rule.target.parameter"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_1 = vrt.choiceVariants([
  "valueId",
  "valueString",
  "valueBoolean",
  "valueInteger",
  "valueDecimal"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/StructureMap",
      check: checkStructureMap,
      type: "StructureMap",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkStructureMap(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "StructureMap") && x.c === null) return false;
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
  if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
    if (!vrt.prim(o.url, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
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
  if (!(vrt.isValidString(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
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
  if (o.copyright !== void 0 || o._copyright !== void 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && o._copyright === void 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.structure !== void 0) {
    if (!vrt.many(o.structure, x, p, "structure", d, 0, -1, checkStructureMapStructure) && x.c === null) return false;
  }
  if (o.import !== void 0 || o._import !== void 0) {
    if (!vrt.prims(o.import, o._import, x, p, "import", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.many(o.group, x, p, "group", d, 1, -1, checkStructureMapGroup) && x.c === null) return false;
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkStructureMapStructure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.structure");
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
  if (!(vrt.isValidUri(o.url) && o._url === void 0)) {
    if (!vrt.prim(o.url, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.mode) && o._mode === void 0)) {
    if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (o.alias !== void 0 || o._alias !== void 0) {
    if (!(vrt.isValidString(o.alias) && o._alias === void 0)) {
      if (!vrt.prim(o.alias, o._alias, x, p, "alias", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
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
  return true;
}
function checkStructureMapGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group");
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
  if (!(vrt.isValidId(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidId, "id", OWNER_2) && x.c === null) return false;
  }
  if (o.extends !== void 0 || o._extends !== void 0) {
    if (!(vrt.isValidId(o.extends) && o._extends === void 0)) {
      if (!vrt.prim(o.extends, o._extends, x, p, "extends", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.typeMode) && o._typeMode === void 0)) {
    if (!vrt.prim(o.typeMode, o._typeMode, x, p, "typeMode", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.typeMode, false, x, p, "typeMode", vrt.checkCode, BINDING_3) && x.c === null) return false;
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
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.input, x, p, "input", d, 1, -1, checkStructureMapGroupInput) && x.c === null) return false;
  if (!vrt.many(o.rule, x, p, "rule", d, 1, -1, checkStructureMapGroupRule) && x.c === null) return false;
  return true;
}
function checkStructureMapGroupInput(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.input");
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
  if (!(vrt.isValidId(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidId, "id", OWNER_3) && x.c === null) return false;
  }
  if (o.type !== void 0 || o._type !== void 0) {
    if (!(vrt.isValidString(o.type) && o._type === void 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.mode) && o._mode === void 0)) {
    if (!vrt.prim(o.mode, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.mode, false, x, p, "mode", vrt.checkCode, BINDING_4) && x.c === null) return false;
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
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkStructureMapGroupRule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidId(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidId, "id", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.many(o.source, x, p, "source", d, 1, -1, checkStructureMapGroupRuleSource) && x.c === null) return false;
  if (o.target !== void 0) {
    if (!vrt.many(o.target, x, p, "target", d, 0, -1, checkStructureMapGroupRuleTarget) && x.c === null) return false;
  }
  if (o.rule !== void 0) {
    if (!vrt.many(o.rule, x, p, "rule", d, 0, -1, checkStructureMapGroupRule) && x.c === null) return false;
  }
  if (o.dependent !== void 0) {
    if (!vrt.many(o.dependent, x, p, "dependent", d, 0, -1, checkStructureMapGroupRuleDependent) && x.c === null)
      return false;
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkStructureMapGroupRuleSource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule.source");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidId(o.context) && o._context === void 0)) {
    if (!vrt.prim(o.context, o._context, x, p, "context", d, 1, vrt.isValidId, "id", OWNER_5) && x.c === null)
      return false;
  }
  if (o.min !== void 0 || o._min !== void 0) {
    if (!(vrt.isValidInteger(o.min) && o._min === void 0)) {
      if (!vrt.prim(o.min, o._min, x, p, "min", d, 0, vrt.isValidInteger, "integer", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.max !== void 0 || o._max !== void 0) {
    if (!(vrt.isValidString(o.max) && o._max === void 0)) {
      if (!vrt.prim(o.max, o._max, x, p, "max", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.type !== void 0 || o._type !== void 0) {
    if (!(vrt.isValidString(o.type) && o._type === void 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "defaultValue", 0) && x.c === null) return false;
  if (o.defaultValueBase64Binary !== void 0 || o._defaultValueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.defaultValueBase64Binary) && o._defaultValueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.defaultValueBase64Binary,
        o._defaultValueBase64Binary,
        x,
        p,
        "defaultValue.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueBoolean !== void 0 || o._defaultValueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.defaultValueBoolean) && o._defaultValueBoolean === void 0)) {
      if (!vrt.prim(
        o.defaultValueBoolean,
        o._defaultValueBoolean,
        x,
        p,
        "defaultValue.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueCode !== void 0 || o._defaultValueCode !== void 0) {
    if (!(vrt.isValidCode(o.defaultValueCode) && o._defaultValueCode === void 0)) {
      if (!vrt.prim(
        o.defaultValueCode,
        o._defaultValueCode,
        x,
        p,
        "defaultValue.ofType(code)",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueDate !== void 0 || o._defaultValueDate !== void 0) {
    if (!(vrt.isValidDate(o.defaultValueDate) && o._defaultValueDate === void 0)) {
      if (!vrt.prim(
        o.defaultValueDate,
        o._defaultValueDate,
        x,
        p,
        "defaultValue.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueDateTime !== void 0 || o._defaultValueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.defaultValueDateTime) && o._defaultValueDateTime === void 0)) {
      if (!vrt.prim(
        o.defaultValueDateTime,
        o._defaultValueDateTime,
        x,
        p,
        "defaultValue.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueDecimal !== void 0 || o._defaultValueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.defaultValueDecimal) && o._defaultValueDecimal === void 0)) {
      if (!vrt.prim(
        o.defaultValueDecimal,
        o._defaultValueDecimal,
        x,
        p,
        "defaultValue.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueId !== void 0 || o._defaultValueId !== void 0) {
    if (!(vrt.isValidId(o.defaultValueId) && o._defaultValueId === void 0)) {
      if (!vrt.prim(
        o.defaultValueId,
        o._defaultValueId,
        x,
        p,
        "defaultValue.ofType(id)",
        d,
        0,
        vrt.isValidId,
        "id",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueInstant !== void 0 || o._defaultValueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.defaultValueInstant) && o._defaultValueInstant === void 0)) {
      if (!vrt.prim(
        o.defaultValueInstant,
        o._defaultValueInstant,
        x,
        p,
        "defaultValue.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueInteger !== void 0 || o._defaultValueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.defaultValueInteger) && o._defaultValueInteger === void 0)) {
      if (!vrt.prim(
        o.defaultValueInteger,
        o._defaultValueInteger,
        x,
        p,
        "defaultValue.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueMarkdown !== void 0 || o._defaultValueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.defaultValueMarkdown) && o._defaultValueMarkdown === void 0)) {
      if (!vrt.prim(
        o.defaultValueMarkdown,
        o._defaultValueMarkdown,
        x,
        p,
        "defaultValue.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueOid !== void 0 || o._defaultValueOid !== void 0) {
    if (!(vrt.isValidOid(o.defaultValueOid) && o._defaultValueOid === void 0)) {
      if (!vrt.prim(
        o.defaultValueOid,
        o._defaultValueOid,
        x,
        p,
        "defaultValue.ofType(oid)",
        d,
        0,
        vrt.isValidOid,
        "oid",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValuePositiveInt !== void 0 || o._defaultValuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.defaultValuePositiveInt) && o._defaultValuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.defaultValuePositiveInt,
        o._defaultValuePositiveInt,
        x,
        p,
        "defaultValue.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueString !== void 0 || o._defaultValueString !== void 0) {
    if (!(vrt.isValidString(o.defaultValueString) && o._defaultValueString === void 0)) {
      if (!vrt.prim(
        o.defaultValueString,
        o._defaultValueString,
        x,
        p,
        "defaultValue.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueTime !== void 0 || o._defaultValueTime !== void 0) {
    if (!(vrt.isValidTime(o.defaultValueTime) && o._defaultValueTime === void 0)) {
      if (!vrt.prim(
        o.defaultValueTime,
        o._defaultValueTime,
        x,
        p,
        "defaultValue.ofType(time)",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueUnsignedInt !== void 0 || o._defaultValueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.defaultValueUnsignedInt) && o._defaultValueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.defaultValueUnsignedInt,
        o._defaultValueUnsignedInt,
        x,
        p,
        "defaultValue.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueUri !== void 0 || o._defaultValueUri !== void 0) {
    if (!(vrt.isValidUri(o.defaultValueUri) && o._defaultValueUri === void 0)) {
      if (!vrt.prim(
        o.defaultValueUri,
        o._defaultValueUri,
        x,
        p,
        "defaultValue.ofType(uri)",
        d,
        0,
        vrt.isValidUri,
        "uri",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueAddress !== void 0) {
    if (!vrt.one(o.defaultValueAddress, x, p, "defaultValue.ofType(Address)", d, 0, checkAddress) && x.c === null)
      return false;
  }
  if (o.defaultValueAge !== void 0) {
    if (!vrt.one(o.defaultValueAge, x, p, "defaultValue.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.defaultValueAnnotation !== void 0) {
    if (!vrt.one(o.defaultValueAnnotation, x, p, "defaultValue.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.defaultValueAttachment !== void 0) {
    if (!vrt.one(o.defaultValueAttachment, x, p, "defaultValue.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.defaultValueCodeableConcept !== void 0) {
    if (!vrt.one(
      o.defaultValueCodeableConcept,
      x,
      p,
      "defaultValue.ofType(CodeableConcept)",
      d,
      0,
      checkCodeableConcept
    ) && x.c === null)
      return false;
  }
  if (o.defaultValueCoding !== void 0) {
    if (!vrt.one(o.defaultValueCoding, x, p, "defaultValue.ofType(Coding)", d, 0, checkCoding) && x.c === null)
      return false;
  }
  if (o.defaultValueContactPoint !== void 0) {
    if (!vrt.one(o.defaultValueContactPoint, x, p, "defaultValue.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.defaultValueCount !== void 0) {
    if (!vrt.one(o.defaultValueCount, x, p, "defaultValue.ofType(Count)", d, 0, checkCount) && x.c === null)
      return false;
  }
  if (o.defaultValueDistance !== void 0) {
    if (!vrt.one(o.defaultValueDistance, x, p, "defaultValue.ofType(Distance)", d, 0, checkDistance) && x.c === null)
      return false;
  }
  if (o.defaultValueDuration !== void 0) {
    if (!vrt.one(o.defaultValueDuration, x, p, "defaultValue.ofType(Duration)", d, 0, checkDuration) && x.c === null)
      return false;
  }
  if (o.defaultValueHumanName !== void 0) {
    if (!vrt.one(o.defaultValueHumanName, x, p, "defaultValue.ofType(HumanName)", d, 0, checkHumanName) && x.c === null)
      return false;
  }
  if (o.defaultValueIdentifier !== void 0) {
    if (!vrt.one(o.defaultValueIdentifier, x, p, "defaultValue.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.defaultValueMoney !== void 0) {
    if (!vrt.one(o.defaultValueMoney, x, p, "defaultValue.ofType(Money)", d, 0, checkMoney) && x.c === null)
      return false;
  }
  if (o.defaultValuePeriod !== void 0) {
    if (!vrt.one(o.defaultValuePeriod, x, p, "defaultValue.ofType(Period)", d, 0, checkPeriod) && x.c === null)
      return false;
  }
  if (o.defaultValueQuantity !== void 0) {
    if (!vrt.one(o.defaultValueQuantity, x, p, "defaultValue.ofType(Quantity)", d, 0, checkQuantity) && x.c === null)
      return false;
  }
  if (o.defaultValueRange !== void 0) {
    if (!vrt.one(o.defaultValueRange, x, p, "defaultValue.ofType(Range)", d, 0, checkRange) && x.c === null)
      return false;
  }
  if (o.defaultValueRatio !== void 0) {
    if (!vrt.one(o.defaultValueRatio, x, p, "defaultValue.ofType(Ratio)", d, 0, checkRatio) && x.c === null)
      return false;
  }
  if (o.defaultValueReference !== void 0) {
    if (!vrt.one(o.defaultValueReference, x, p, "defaultValue.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  if (o.defaultValueSampledData !== void 0) {
    if (!vrt.one(o.defaultValueSampledData, x, p, "defaultValue.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.defaultValueSignature !== void 0) {
    if (!vrt.one(o.defaultValueSignature, x, p, "defaultValue.ofType(Signature)", d, 0, checkSignature) && x.c === null)
      return false;
  }
  if (o.defaultValueTiming !== void 0) {
    if (!vrt.one(o.defaultValueTiming, x, p, "defaultValue.ofType(Timing)", d, 0, checkTiming) && x.c === null)
      return false;
  }
  if (o.defaultValueMeta !== void 0) {
    if (!vrt.one(o.defaultValueMeta, x, p, "defaultValue.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.element !== void 0 || o._element !== void 0) {
    if (!(vrt.isValidString(o.element) && o._element === void 0)) {
      if (!vrt.prim(o.element, o._element, x, p, "element", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.listMode !== void 0 || o._listMode !== void 0) {
    if (!(vrt.isValidCode(o.listMode) && o._listMode === void 0)) {
      if (!vrt.prim(o.listMode, o._listMode, x, p, "listMode", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.listMode, false, x, p, "listMode", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if (o.variable !== void 0 || o._variable !== void 0) {
    if (!(vrt.isValidId(o.variable) && o._variable === void 0)) {
      if (!vrt.prim(o.variable, o._variable, x, p, "variable", d, 0, vrt.isValidId, "id", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.condition !== void 0 || o._condition !== void 0) {
    if (!(vrt.isValidString(o.condition) && o._condition === void 0)) {
      if (!vrt.prim(o.condition, o._condition, x, p, "condition", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.check !== void 0 || o._check !== void 0) {
    if (!(vrt.isValidString(o.check) && o._check === void 0)) {
      if (!vrt.prim(o.check, o._check, x, p, "check", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkStructureMapGroupRuleTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule.target");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (o.context !== void 0 || o._context !== void 0) {
    if (!(vrt.isValidId(o.context) && o._context === void 0)) {
      if (!vrt.prim(o.context, o._context, x, p, "context", d, 0, vrt.isValidId, "id", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (o.contextType !== void 0 || o._contextType !== void 0) {
    if (!(vrt.isValidCode(o.contextType) && o._contextType === void 0)) {
      if (!vrt.prim(o.contextType, o._contextType, x, p, "contextType", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.contextType, false, x, p, "contextType", vrt.checkCode, BINDING_6) && x.c === null)
      return false;
  }
  if (o.element !== void 0 || o._element !== void 0) {
    if (!(vrt.isValidString(o.element) && o._element === void 0)) {
      if (!vrt.prim(o.element, o._element, x, p, "element", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (o.variable !== void 0 || o._variable !== void 0) {
    if (!(vrt.isValidId(o.variable) && o._variable === void 0)) {
      if (!vrt.prim(o.variable, o._variable, x, p, "variable", d, 0, vrt.isValidId, "id", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (o.listMode !== void 0 || o._listMode !== void 0) {
    if (!vrt.prims(o.listMode, o._listMode, x, p, "listMode", d, 0, -1, vrt.isValidCode, "code", OWNER_6) && x.c === null)
      return false;
    if (!vrt.eachWith(o.listMode, true, x, p, "listMode", vrt.checkCode, BINDING_7) && x.c === null) return false;
  }
  if (o.listRuleId !== void 0 || o._listRuleId !== void 0) {
    if (!(vrt.isValidId(o.listRuleId) && o._listRuleId === void 0)) {
      if (!vrt.prim(o.listRuleId, o._listRuleId, x, p, "listRuleId", d, 0, vrt.isValidId, "id", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (o.transform !== void 0 || o._transform !== void 0) {
    if (!(vrt.isValidCode(o.transform) && o._transform === void 0)) {
      if (!vrt.prim(o.transform, o._transform, x, p, "transform", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.transform, false, x, p, "transform", vrt.checkCode, BINDING_8) && x.c === null) return false;
  }
  if (o.parameter !== void 0) {
    if (!vrt.many(o.parameter, x, p, "parameter", d, 0, -1, checkStructureMapGroupRuleTargetParameter) && x.c === null)
      return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkStructureMapGroupRuleDependent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule.dependent");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_7, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidId(o.name) && o._name === void 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidId, "id", OWNER_7) && x.c === null) return false;
  }
  if (!vrt.prims(o.variable, o._variable, x, p, "variable", d, 1, -1, vrt.isValidString, "string", OWNER_7) && x.c === null)
    return false;
  return true;
}
function checkStructureMapGroupRuleTargetParameter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureMap.group.rule.target.parameter");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_8, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_8) && x.c === null)
        return false;
    }
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_8
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_8
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_8
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_8
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateStructureMap(value, options) {
  return vrt.validateWith(value, "StructureMap", checkStructureMap, true, options, REGISTRY_0);
}
function isStructureMap(value, options) {
  return vrt.testWith(value, checkStructureMap, true, options, REGISTRY_0);
}
function buildStructureMap(input) {
  return fillAndCheck(input, { resourceType: "StructureMap" }, isStructureMap, validateStructureMap, "StructureMap");
}
export {
  buildStructureMap,
  checkStructureMap,
  checkStructureMapGroup,
  checkStructureMapGroupInput,
  checkStructureMapGroupRule,
  checkStructureMapGroupRuleDependent,
  checkStructureMapGroupRuleSource,
  checkStructureMapGroupRuleTarget,
  checkStructureMapGroupRuleTargetParameter,
  checkStructureMapStructure,
  isStructureMap,
  validateStructureMap
};
