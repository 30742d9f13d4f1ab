import { checkCodeableConcept } from "./CodeableConcept.js";
import { fillAndCheckPart, fillPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_valueBase64Binary",
  "_valueBoolean",
  "_valueCode",
  "_valueDate",
  "_valueDateTime",
  "_valueDecimal",
  "_valueId",
  "_valueInstant",
  "_valueInteger",
  "_valueMarkdown",
  "_valueOid",
  "_valuePositiveInt",
  "_valueString",
  "_valueTime",
  "_valueUnsignedInt",
  "_valueUri",
  "extension",
  "id",
  "url",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueId",
  "valueIdentifier",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueMeta",
  "valueMoney",
  "valueOid",
  "valuePeriod",
  "valuePositiveInt",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueString",
  "valueTime",
  "valueTiming",
  "valueUnsignedInt",
  "valueUri"
]);
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Extension.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "status",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "status",
      check: (v, x, q, d) => checkExtensionCareConnectGPCMedicationChangeSummary1Status(v, x, q, d)
    },
    {
      name: "indicationForChange",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "indicationForChange",
      check: (v, x, q, d) => checkExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange(v, x, q, d)
    },
    {
      name: "dateChanged",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "dateChanged",
      check: (v, x, q, d) => checkExtensionCareConnectGPCMedicationChangeSummary1DateChanged(v, x, q, d)
    },
    {
      name: "detailsOfAmendment",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "detailsOfAmendment",
      check: (v, x, q, d) => checkExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment(v, x, q, d)
    }
  ]
};
const REMOVED_0 = vrt.removedVariants([
  ["valueBase64Binary", "value.ofType(base64Binary)"],
  ["valueBoolean", "value.ofType(boolean)"],
  ["valueCode", "value.ofType(code)"],
  ["valueDate", "value.ofType(date)"],
  ["valueDateTime", "value.ofType(dateTime)"],
  ["valueDecimal", "value.ofType(decimal)"],
  ["valueId", "value.ofType(id)"],
  ["valueInstant", "value.ofType(instant)"],
  ["valueInteger", "value.ofType(integer)"],
  ["valueMarkdown", "value.ofType(markdown)"],
  ["valueOid", "value.ofType(oid)"],
  ["valuePositiveInt", "value.ofType(positiveInt)"],
  ["valueString", "value.ofType(string)"],
  ["valueTime", "value.ofType(time)"],
  ["valueUnsignedInt", "value.ofType(unsignedInt)"],
  ["valueUri", "value.ofType(uri)"],
  ["valueAddress", "value.ofType(Address)"],
  ["valueAge", "value.ofType(Age)"],
  ["valueAnnotation", "value.ofType(Annotation)"],
  ["valueAttachment", "value.ofType(Attachment)"],
  ["valueCodeableConcept", "value.ofType(CodeableConcept)"],
  ["valueCoding", "value.ofType(Coding)"],
  ["valueContactPoint", "value.ofType(ContactPoint)"],
  ["valueCount", "value.ofType(Count)"],
  ["valueDistance", "value.ofType(Distance)"],
  ["valueDuration", "value.ofType(Duration)"],
  ["valueHumanName", "value.ofType(HumanName)"],
  ["valueIdentifier", "value.ofType(Identifier)"],
  ["valueMoney", "value.ofType(Money)"],
  ["valuePeriod", "value.ofType(Period)"],
  ["valueQuantity", "value.ofType(Quantity)"],
  ["valueRange", "value.ofType(Range)"],
  ["valueRatio", "value.ofType(Ratio)"],
  ["valueReference", "value.ofType(Reference)"],
  ["valueSampledData", "value.ofType(SampledData)"],
  ["valueSignature", "value.ofType(Signature)"],
  ["valueTiming", "value.ofType(Timing)"],
  ["valueMeta", "value.ofType(Meta)"]
]);
const KEYS_1 = /* @__PURE__ */ new Set(["_valueCode", "extension", "id", "url", "valueCode"]);
const OWNER_1 = { paths: ["Extension.extension", "Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants(["valueCode"]);
const BINDING_0 = {
  has: vcodes.inCodes199,
  strength: "required",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/CareConnect-MedicationChangeStatus-1"
};
const KEYS_2 = /* @__PURE__ */ new Set(["extension", "id", "url", "valueCodeableConcept"]);
const CHOICE_1 = vrt.choiceVariants(["valueCodeableConcept"]);
const KEYS_3 = /* @__PURE__ */ new Set(["_valueDateTime", "extension", "id", "url", "valueDateTime"]);
const CHOICE_2 = vrt.choiceVariants(["valueDateTime"]);
const KEYS_4 = /* @__PURE__ */ new Set(["_valueString", "extension", "id", "url", "valueString"]);
const CHOICE_3 = vrt.choiceVariants(["valueString"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1",
      check: checkExtensionCareConnectGPCMedicationChangeSummary1,
      contexts: ["MedicationStatement"],
      contextTypes: ["MedicationStatement"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkExtensionCareConnectGPCMedicationChangeSummary1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(
    o.url,
    false,
    x,
    p,
    "url",
    vrt.checkFixed,
    "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1"
  ) && x.c === null)
    return false;
  if (!vrt.prohibitedVariants(o, x, p, REMOVED_0) && x.c === null) return false;
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkExtensionCareConnectGPCMedicationChangeSummary1Status(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
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
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "status") && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.valueCode, false, x, p, "value.ofType(code)", vrt.checkCode, BINDING_0) && x.c === null)
      return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "indicationForChange") && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkExtensionCareConnectGPCMedicationChangeSummary1DateChanged(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "dateChanged") && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "detailsOfAmendment") && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
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
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function validateExtensionCareConnectGPCMedicationChangeSummary1(value, options) {
  return vrt.validateWith(
    value,
    "Extension",
    checkExtensionCareConnectGPCMedicationChangeSummary1,
    false,
    options,
    REGISTRY_0
  );
}
function isExtensionCareConnectGPCMedicationChangeSummary1(value, options) {
  return vrt.testWith(value, checkExtensionCareConnectGPCMedicationChangeSummary1, false, options, REGISTRY_0);
}
function buildExtensionCareConnectGPCMedicationChangeSummary1(input) {
  return fillAndCheckPart(
    input,
    {
      set: { url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-MedicationChangeSummary-1" }
    },
    isExtensionCareConnectGPCMedicationChangeSummary1,
    validateExtensionCareConnectGPCMedicationChangeSummary1,
    "ExtensionCareConnectGPCMedicationChangeSummary1"
  );
}
function buildExtensionCareConnectGPCMedicationChangeSummary1Status(input) {
  return fillPart(input, { set: { url: "status" } });
}
function buildExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange(input) {
  return fillPart(input, {
    set: { url: "indicationForChange" }
  });
}
function buildExtensionCareConnectGPCMedicationChangeSummary1DateChanged(input) {
  return fillPart(input, { set: { url: "dateChanged" } });
}
function buildExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment(input) {
  return fillPart(input, {
    set: { url: "detailsOfAmendment" }
  });
}
export {
  buildExtensionCareConnectGPCMedicationChangeSummary1,
  buildExtensionCareConnectGPCMedicationChangeSummary1DateChanged,
  buildExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment,
  buildExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange,
  buildExtensionCareConnectGPCMedicationChangeSummary1Status,
  checkExtensionCareConnectGPCMedicationChangeSummary1,
  checkExtensionCareConnectGPCMedicationChangeSummary1DateChanged,
  checkExtensionCareConnectGPCMedicationChangeSummary1DetailsOfAmendment,
  checkExtensionCareConnectGPCMedicationChangeSummary1IndicationForChange,
  checkExtensionCareConnectGPCMedicationChangeSummary1Status,
  isExtensionCareConnectGPCMedicationChangeSummary1,
  validateExtensionCareConnectGPCMedicationChangeSummary1
};
