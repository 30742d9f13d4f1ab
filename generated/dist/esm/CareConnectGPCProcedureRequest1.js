import { checkAddress } from "./Address.js";
import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
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
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import { checkSampledData } from "./SampledData.js";
import { checkSignature } from "./Signature.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ProcedureRequest"], type: "ProcedureRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const BINDING_1 = {
  has: vcodes.inCodes116,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-status"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkFixed(v, x, q, "active")) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkCode(v, x, q, BINDING_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const BINDING_2 = {
  has: vcodes.inCodes117,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-intent"
};
const BINDING_3 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-priority"
};
const TARGETS_1 = ["Device", "Location", "Patient"];
const CHOICE_0 = vrt.choiceVariants([
  "occurrenceDateTime",
  "occurrencePeriod",
  "occurrenceTiming"
]);
const CHOICE_1 = vrt.choiceVariants(["asNeededBoolean", "asNeededCodeableConcept"]);
const TARGETS_2 = ["Organization", "Practitioner"];
const TARGETS_3 = ["Condition", "Observation"];
const TARGETS_4 = ["Observation"];
const TARGETS_5 = ["Specimen"];
const TARGETS_6 = ["Provenance"];
const OWNER_1 = { paths: ["ProcedureRequest.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const OWNER_2 = {
  paths: ["ProcedureRequest.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const BINDING_4 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_5 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_7 = ["Organization"];
const OWNER_3 = {
  paths: ["ProcedureRequest.requisition", "Identifier"],
  type: "Identifier",
  exact: true
};
const OWNER_4 = {
  paths: ["ProcedureRequest.category", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.category.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_5 = {
  paths: ["ProcedureRequest.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.code.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1CodeCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_6 = { paths: ["ProcedureRequest.requester"], type: "BackboneElement", exact: true };
const TARGETS_8 = ["Device", "Organization", "Practitioner"];
const OWNER_7 = {
  paths: ["ProcedureRequest.reasonCode", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.reasonCode.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_8 = {
  paths: ["ProcedureRequest.bodySite", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.bodySite.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_9 = { paths: ["ProcedureRequest.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_2 = vrt.choiceVariants(["authorString", "authorReference"]);
const OWNER_10 = {
  paths: ["ProcedureRequest.category.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_10, false);
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.category.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_11 = { paths: ["ProcedureRequest.code.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_11, false);
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.code.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_12 = {
  paths: ["ProcedureRequest.reasonCode.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_12, false);
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.reasonCode.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_13 = {
  paths: ["ProcedureRequest.bodySite.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_13, false);
const SLICING_7 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.bodySite.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_14 = {
  paths: ["ProcedureRequest.category.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const CHOICE_3 = vrt.choiceVariants([
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueId",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueOid",
  "valuePositiveInt",
  "valueString",
  "valueTime",
  "valueUnsignedInt",
  "valueUri",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueIdentifier",
  "valueMoney",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueTiming",
  "valueMeta"
]);
const OWNER_15 = {
  paths: ["ProcedureRequest.code.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const OWNER_16 = {
  paths: ["ProcedureRequest.reasonCode.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const OWNER_17 = {
  paths: ["ProcedureRequest.bodySite.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProcedureRequest-1",
      check: checkCareConnectGPCProcedureRequest1,
      type: "ProcedureRequest",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCProcedureRequest1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ProcedureRequest") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36;
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
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "definition":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "basedOn":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "replaces":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "requisition":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "status":
        m0 |= 65536;
        e13 = o[k];
        break;
      case "intent":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "priority":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "doNotPerform":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "category":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "code":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "subject":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "context":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "occurrenceDateTime":
        m1 |= 1;
        e21 = o[k];
        break;
      case "occurrencePeriod":
        m1 |= 4;
        e22 = o[k];
        break;
      case "occurrenceTiming":
        m1 |= 8;
        e23 = o[k];
        break;
      case "asNeededBoolean":
        m1 |= 16;
        e24 = o[k];
        break;
      case "asNeededCodeableConcept":
        m1 |= 64;
        e25 = o[k];
        break;
      case "authoredOn":
        m1 |= 128;
        e26 = o[k];
        break;
      case "requester":
        m1 |= 512;
        e27 = o[k];
        break;
      case "performerType":
        m1 |= 1024;
        e28 = o[k];
        break;
      case "performer":
        m1 |= 2048;
        e29 = o[k];
        break;
      case "reasonCode":
        m1 |= 4096;
        e30 = o[k];
        break;
      case "reasonReference":
        m1 |= 8192;
        e31 = o[k];
        break;
      case "supportingInfo":
        m1 |= 16384;
        e32 = o[k];
        break;
      case "specimen":
        m1 |= 32768;
        e33 = o[k];
        break;
      case "bodySite":
        m1 |= 65536;
        e34 = o[k];
        break;
      case "note":
        m1 |= 131072;
        e35 = o[k];
        break;
      case "relevantHistory":
        m1 |= 262144;
        e36 = o[k];
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
        m0 |= 131072;
        break;
      case "_intent":
        m0 |= 524288;
        break;
      case "_priority":
        m0 |= 2097152;
        break;
      case "_doNotPerform":
        m0 |= 8388608;
        break;
      case "_occurrenceDateTime":
        m1 |= 2;
        break;
      case "_asNeededBoolean":
        m1 |= 32;
        break;
      case "_authoredOn":
        m1 |= 256;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, checkCareConnectGPCProcedureRequest1Meta) && x.c === null) return false;
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
  if (!vrt.many(e8, x, p, "identifier", d, 1, -1, checkCareConnectGPCProcedureRequest1Identifier) && x.c === null)
    return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e12, x, p, "requisition", d, 0, checkCareConnectGPCProcedureRequest1Requisition) && x.c === null)
      return false;
  }
  if (!((e13 === "active" || vrt.isValidCode(e13)) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e13, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.each(e13, false, x, p, "status", OCCURRENCE_0) && x.c === null) return false;
  if (!(vrt.isValidCode(e14) && (m0 & 524288) === 0)) {
    if (!vrt.prim(e14, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e14, vcodes.inCodes117)) {
    if (!vrt.eachWith(e14, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(e15) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e15, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e15, vcodes.inCodes97)) {
      if (!vrt.eachWith(e15, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(e16) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e16, o._doNotPerform, x, p, "doNotPerform", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e17, x, p, "category", d, 0, -1, checkCareConnectGPCProcedureRequest1Category) && x.c === null)
      return false;
  }
  if (!vrt.one(e18, x, p, "code", d, 1, checkCareConnectGPCProcedureRequest1Code) && x.c === null) return false;
  if (!vrt.one(e19, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e19, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e20, x, p, "context", d, 0, checkReference) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 15) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidDateTime(e21) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        e21,
        o._occurrenceDateTime,
        x,
        p,
        "occurrence.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e22, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(e23, x, p, "occurrence.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "asNeeded", 0) && x.c === null) return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(e24) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        e24,
        o._asNeededBoolean,
        x,
        p,
        "asNeeded.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e25, x, p, "asNeeded.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidDateTime(e26) && (m1 & 256) === 0)) {
      if (!vrt.prim(e26, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e27, x, p, "requester", d, 0, checkCareConnectGPCProcedureRequest1Requester) && x.c === null)
      return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e28, x, p, "performerType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e29, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(e30, x, p, "reasonCode", d, 0, -1, checkCareConnectGPCProcedureRequest1ReasonCode) && x.c === null)
      return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(e31, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e31, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(e32, x, p, "supportingInfo", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e32, true, x, p, "supportingInfo", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(e33, x, p, "specimen", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e33, true, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(e34, x, p, "bodySite", d, 0, -1, checkCareConnectGPCProcedureRequest1BodySite) && x.c === null)
      return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(e35, x, p, "note", d, 0, -1, checkCareConnectGPCProcedureRequest1Note) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(e36, x, p, "relevantHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e36, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
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
function checkCareConnectGPCProcedureRequest1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.meta");
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
      case "versionId":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "lastUpdated":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "profile":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "security":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "tag":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_versionId":
        n++;
        m0 |= 8;
        break;
      case "_lastUpdated":
        n++;
        m0 |= 32;
        break;
      case "_profile":
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidId(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidInstant(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(e4, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "security", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e5, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e6, x, p, "tag", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
        n++;
        m0 |= 256;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes68)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Requisition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.requisition");
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
        n++;
        m0 |= 256;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes68)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Category(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.category");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.code");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Requester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.requester");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "agent":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "onBehalfOf":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "agent", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_8) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1ReasonCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.reasonCode");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1BodySite(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.bodySite");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_8) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.note");
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
      case "authorString":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "authorReference":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "time":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_authorString":
        n++;
        m0 |= 8;
        break;
      case "_time":
        n++;
        m0 |= 64;
        break;
      case "_text":
        n++;
        m0 |= 256;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidString(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._authorString, x, p, "author.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e2, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.category.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_10) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_10) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_10) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1CodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.code.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_5) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_11) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_11) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_11) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.reasonCode.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_6) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_12) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_12) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_12) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.bodySite.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_7) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_13) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_13) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_13) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_13) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.category.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40;
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        e15 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        e16 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        e17 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        e18 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        e19 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        e20 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        e21 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        e23 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        e24 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        e25 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        e26 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        e27 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        e28 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        e29 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        e30 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        e31 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        e32 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        e33 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        e34 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        e35 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        e36 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        e37 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        e38 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        e39 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        e40 = o[k];
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_14, false) && x.c === null) return false;
  }
  if (!(e2 === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        e7,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._valueInstant, x, p, "value.ofType(instant)", d, 0, vrt.isValidInstant, "instant", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(e11) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e11, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(e12) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        e12,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(e13) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e13, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(e14) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        e14,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e15, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(e16) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e16, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(e17) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        e17,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(e18) && (m1 & 8) === 0)) {
      if (!vrt.prim(e18, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e21, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e22, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e27, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e28, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e30, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e31, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e32, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e33, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e34, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e35, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e36, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e37, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(e38, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(e39, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(e40, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!(((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.code.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40;
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        e15 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        e16 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        e17 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        e18 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        e19 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        e20 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        e21 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        e23 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        e24 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        e25 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        e26 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        e27 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        e28 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        e29 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        e30 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        e31 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        e32 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        e33 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        e34 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        e35 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        e36 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        e37 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        e38 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        e39 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        e40 = o[k];
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_15, false) && x.c === null) return false;
  }
  if (!(e2 === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        e7,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._valueInstant, x, p, "value.ofType(instant)", d, 0, vrt.isValidInstant, "instant", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(e11) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e11, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(e12) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        e12,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(e13) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e13, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(e14) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        e14,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e15, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(e16) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e16, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(e17) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        e17,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(e18) && (m1 & 8) === 0)) {
      if (!vrt.prim(e18, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e21, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e22, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e27, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e28, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e30, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e31, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e32, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e33, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e34, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e35, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e36, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e37, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(e38, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(e39, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(e40, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!(((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.reasonCode.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40;
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        e15 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        e16 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        e17 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        e18 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        e19 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        e20 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        e21 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        e23 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        e24 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        e25 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        e26 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        e27 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        e28 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        e29 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        e30 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        e31 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        e32 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        e33 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        e34 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        e35 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        e36 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        e37 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        e38 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        e39 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        e40 = o[k];
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_16, false) && x.c === null) return false;
  }
  if (!(e2 === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        e7,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._valueInstant, x, p, "value.ofType(instant)", d, 0, vrt.isValidInstant, "instant", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(e11) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e11, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(e12) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        e12,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(e13) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e13, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(e14) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        e14,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e15, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(e16) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e16, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(e17) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        e17,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(e18) && (m1 & 8) === 0)) {
      if (!vrt.prim(e18, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e21, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e22, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e27, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e28, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e30, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e31, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e32, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e33, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e34, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e35, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e36, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e37, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(e38, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(e39, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(e40, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!(((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.bodySite.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40;
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        e15 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        e16 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        e17 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        e18 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        e19 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        e20 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        e21 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        e23 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        e24 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        e25 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        e26 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        e27 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        e28 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        e29 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        e30 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        e31 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        e32 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        e33 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        e34 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        e35 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        e36 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        e37 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        e38 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        e39 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        e40 = o[k];
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_17, false) && x.c === null) return false;
  }
  if (!(e2 === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        e7,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._valueInstant, x, p, "value.ofType(instant)", d, 0, vrt.isValidInstant, "instant", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(e11) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e11, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(e12) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        e12,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(e13) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e13, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(e14) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        e14,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e15, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(e16) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e16, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(e17) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        e17,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(e18) && (m1 & 8) === 0)) {
      if (!vrt.prim(e18, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e21, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e22, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e27, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e28, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e30, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e31, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e32, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e33, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e34, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e35, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e36, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e37, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(e38, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(e39, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(e40, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!(((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function validateCareConnectGPCProcedureRequest1(value, options) {
  return vrt.validateWith(value, "ProcedureRequest", checkCareConnectGPCProcedureRequest1, true, options, REGISTRY_0);
}
function isCareConnectGPCProcedureRequest1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCProcedureRequest1, true, options, REGISTRY_0);
}
function buildCareConnectGPCProcedureRequest1(input) {
  return fillAndCheck(
    input,
    {
      resourceType: "ProcedureRequest",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProcedureRequest-1",
      set: { status: "active" }
    },
    isCareConnectGPCProcedureRequest1,
    validateCareConnectGPCProcedureRequest1,
    "CareConnectGPCProcedureRequest1"
  );
}
function buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCProcedureRequest1CodeCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
export {
  buildCareConnectGPCProcedureRequest1,
  buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT,
  buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCT,
  buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCProcedureRequest1CodeCodingSnomedCT,
  buildCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT,
  buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1,
  checkCareConnectGPCProcedureRequest1BodySite,
  checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT,
  checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1Category,
  checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCT,
  checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1Code,
  checkCareConnectGPCProcedureRequest1CodeCodingSnomedCT,
  checkCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1Identifier,
  checkCareConnectGPCProcedureRequest1Meta,
  checkCareConnectGPCProcedureRequest1Note,
  checkCareConnectGPCProcedureRequest1ReasonCode,
  checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT,
  checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1Requester,
  checkCareConnectGPCProcedureRequest1Requisition,
  isCareConnectGPCProcedureRequest1,
  validateCareConnectGPCProcedureRequest1
};
