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
var ObservationGenetics_exports = {};
__export(ObservationGenetics_exports, {
  buildObservationGenetics: () => buildObservationGenetics,
  checkObservationGenetics: () => checkObservationGenetics,
  isObservationGenetics: () => isObservationGenetics,
  validateObservationGenetics: () => validateObservationGenetics
});
module.exports = __toCommonJS(ObservationGenetics_exports);
var import_AlleleName = require("./AlleleName.js");
var import_AllelicFrequency = require("./AllelicFrequency.js");
var import_AllelicState = require("./AllelicState.js");
var import_AminoAcidChangeName = require("./AminoAcidChangeName.js");
var import_AminoAcidChangeType = require("./AminoAcidChangeType.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_CopyNumberEvent = require("./CopyNumberEvent.js");
var import_DNARegionName = require("./DNARegionName.js");
var import_DNASequenceVariantName = require("./DNASequenceVariantName.js");
var import_DNASequenceVariantType = require("./DNASequenceVariantType.js");
var import_DNAVariantId = require("./DNAVariantId.js");
var import_Gene = require("./Gene.js");
var import_GenomicSourceClass = require("./GenomicSourceClass.js");
var import_Identifier = require("./Identifier.js");
var import_Interpretation = require("./Interpretation.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Observation = require("./Observation.js");
var import_ObservationGeneticsSequence = require("./ObservationGeneticsSequence.js");
var import_Period = require("./Period.js");
var import_PhaseSet = require("./PhaseSet.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SampledData = require("./SampledData.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Observation"], type: "Observation", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Observation.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "DNASequenceVariantName",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName",
      check: (v, x, q, d) => (0, import_DNASequenceVariantName.checkDNASequenceVariantName)(v, x, q, d)
    },
    {
      name: "DNAVariantId",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId",
      check: (v, x, q, d) => (0, import_DNAVariantId.checkDNAVariantId)(v, x, q, d)
    },
    {
      name: "DNASequenceVariantType",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType",
      check: (v, x, q, d) => (0, import_DNASequenceVariantType.checkDNASequenceVariantType)(v, x, q, d)
    },
    {
      name: "AminoAcidChangeName",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName",
      check: (v, x, q, d) => (0, import_AminoAcidChangeName.checkAminoAcidChangeName)(v, x, q, d)
    },
    {
      name: "AminoAcidChangeType",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType",
      check: (v, x, q, d) => (0, import_AminoAcidChangeType.checkAminoAcidChangeType)(v, x, q, d)
    },
    {
      name: "GeneSymbol",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene",
      check: (v, x, q, d) => (0, import_Gene.checkGene)(v, x, q, d)
    },
    {
      name: "DNARegionName",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName",
      check: (v, x, q, d) => (0, import_DNARegionName.checkDNARegionName)(v, x, q, d)
    },
    {
      name: "AlleleName",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName",
      check: (v, x, q, d) => (0, import_AlleleName.checkAlleleName)(v, x, q, d)
    },
    {
      name: "AllelicState",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState",
      check: (v, x, q, d) => (0, import_AllelicState.checkAllelicState)(v, x, q, d)
    },
    {
      name: "AllelicFrequency",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency",
      check: (v, x, q, d) => (0, import_AllelicFrequency.checkAllelicFrequency)(v, x, q, d)
    },
    {
      name: "CopyNumberEvent",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent",
      check: (v, x, q, d) => (0, import_CopyNumberEvent.checkCopyNumberEvent)(v, x, q, d)
    },
    {
      name: "GenomicSourceClass",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass",
      check: (v, x, q, d) => (0, import_GenomicSourceClass.checkGenomicSourceClass)(v, x, q, d)
    },
    {
      name: "PhaseSet",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet",
      check: (v, x, q, d) => (0, import_PhaseSet.checkPhaseSet)(v, x, q, d)
    },
    {
      name: "Sequence",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence",
      check: (v, x, q, d) => (0, import_ObservationGeneticsSequence.checkObservationGeneticsSequence)(v, x, q, d)
    },
    {
      name: "Interpretation",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation",
      check: (v, x, q, d) => (0, import_Interpretation.checkInterpretation)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName":
        return 0;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId":
        return 1;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType":
        return 2;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName":
        return 3;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType":
        return 4;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene":
        return 5;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName":
        return 6;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName":
        return 7;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState":
        return 8;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency":
        return 9;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent":
        return 10;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass":
        return 11;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet":
        return 12;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence":
        return 13;
      case "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation":
        return 14;
    }
    return -1;
  }
};
const TARGETS_0 = [
  "CarePlan",
  "DeviceRequest",
  "ImmunizationRecommendation",
  "MedicationRequest",
  "NutritionOrder",
  "ProcedureRequest",
  "ReferralRequest"
];
const BINDING_1 = {
  has: vcodes.inCodes36,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-status"
};
const BINDING_2 = {
  has: vcodes.inCodings37,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-category"
};
const TARGETS_1 = ["Device", "Group", "Location", "Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_3 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants([
  "valueQuantity",
  "valueCodeableConcept",
  "valueString",
  "valueBoolean",
  "valueRange",
  "valueRatio",
  "valueSampledData",
  "valueAttachment",
  "valueTime",
  "valueDateTime",
  "valuePeriod"
]);
const BINDING_3 = {
  has: vcodes.inCodings40,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-valueabsentreason"
};
const BINDING_4 = {
  has: vcodes.inCodings41,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-interpretation"
};
const TARGETS_4 = ["Specimen"];
const TARGETS_5 = ["Device", "DeviceMetric"];
const CHOICE_KEYS_0 = [
  ["valueQuantity", "_valueQuantity"],
  ["valueCodeableConcept", "_valueCodeableConcept"],
  ["valueString", "_valueString"],
  ["valueBoolean", "_valueBoolean"],
  ["valueRange", "_valueRange"],
  ["valueRatio", "_valueRatio"],
  ["valueSampledData", "_valueSampledData"],
  ["valueAttachment", "_valueAttachment"],
  ["valueTime", "_valueTime"],
  ["valueDateTime", "_valueDateTime"],
  ["valuePeriod", "_valuePeriod"]
];
const INVARIANT_0 = vrt.invariant({
  key: "obs-6",
  path: "Observation",
  expression: "dataAbsentReason.empty() or value.empty()",
  severity: "error",
  human: "dataAbsentReason SHALL only be present if Observation.value[x] is not present"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-genetics",
      check: checkObservationGenetics,
      type: "Observation",
      base: false
    }
  ],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAlleleName",
      check: import_AlleleName.checkAlleleName,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicFrequency",
      check: import_AllelicFrequency.checkAllelicFrequency,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAllelicState",
      check: import_AllelicState.checkAllelicState,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeName",
      check: import_AminoAcidChangeName.checkAminoAcidChangeName,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChangeType",
      check: import_AminoAcidChangeType.checkAminoAcidChangeType,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsCopyNumberEvent",
      check: import_CopyNumberEvent.checkCopyNumberEvent,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName",
      check: import_DNARegionName.checkDNARegionName,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantName",
      check: import_DNASequenceVariantName.checkDNASequenceVariantName,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNASequenceVariantType",
      check: import_DNASequenceVariantType.checkDNASequenceVariantType,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsDNAVariantId",
      check: import_DNAVariantId.checkDNAVariantId,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsGene",
      check: import_Gene.checkGene,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsGenomicSourceClass",
      check: import_GenomicSourceClass.checkGenomicSourceClass,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsInterpretation",
      check: import_Interpretation.checkInterpretation,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsPhaseSet",
      check: import_PhaseSet.checkPhaseSet,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-geneticsSequence",
      check: import_ObservationGeneticsSequence.checkObservationGeneticsSequence,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkObservationGenetics(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Observation") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39;
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
      case "basedOn":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "status":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "category":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "code":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "subject":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "context":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "effectiveDateTime":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "effectivePeriod":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "issued":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "performer":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "valueQuantity":
        m1 |= 1;
        e19 = o[k];
        break;
      case "valueCodeableConcept":
        m1 |= 2;
        e20 = o[k];
        break;
      case "valueString":
        m1 |= 4;
        e21 = o[k];
        break;
      case "valueBoolean":
        m1 |= 16;
        e22 = o[k];
        break;
      case "valueRange":
        m1 |= 64;
        e23 = o[k];
        break;
      case "valueRatio":
        m1 |= 128;
        e24 = o[k];
        break;
      case "valueSampledData":
        m1 |= 256;
        e25 = o[k];
        break;
      case "valueAttachment":
        m1 |= 512;
        e26 = o[k];
        break;
      case "valueTime":
        m1 |= 1024;
        e27 = o[k];
        break;
      case "valueDateTime":
        m1 |= 4096;
        e28 = o[k];
        break;
      case "valuePeriod":
        m1 |= 16384;
        e29 = o[k];
        break;
      case "dataAbsentReason":
        m1 |= 32768;
        e30 = o[k];
        break;
      case "interpretation":
        m1 |= 65536;
        e31 = o[k];
        break;
      case "comment":
        m1 |= 131072;
        e32 = o[k];
        break;
      case "bodySite":
        m1 |= 524288;
        e33 = o[k];
        break;
      case "method":
        m1 |= 1048576;
        e34 = o[k];
        break;
      case "specimen":
        m1 |= 2097152;
        e35 = o[k];
        break;
      case "device":
        m1 |= 4194304;
        e36 = o[k];
        break;
      case "referenceRange":
        m1 |= 8388608;
        e37 = o[k];
        break;
      case "related":
        m1 |= 16777216;
        e38 = o[k];
        break;
      case "component":
        m1 |= 33554432;
        e39 = o[k];
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
        m0 |= 16384;
        break;
      case "_effectiveDateTime":
        m0 |= 1048576;
        break;
      case "_issued":
        m0 |= 8388608;
        break;
      case "_valueString":
        m1 |= 8;
        break;
      case "_valueBoolean":
        m1 |= 32;
        break;
      case "_valueTime":
        m1 |= 2048;
        break;
      case "_valueDateTime":
        m1 |= 8192;
        break;
      case "_comment":
        m1 |= 262144;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e10, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes36)) {
    if (!vrt.eachWith(e10, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "category", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e12, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3670016) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 0) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        e15,
        o._effectiveDateTime,
        x,
        p,
        "effective.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "effective.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidInstant(e17) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e17, o._issued, x, p, "issued", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e18, x, p, "performer", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 32767) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(e21) && (m1 & 8) === 0)) {
      if (!vrt.prim(e21, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(e22) && (m1 & 32) === 0)) {
      if (!vrt.prim(e22, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidTime(e27) && (m1 & 2048) === 0)) {
      if (!vrt.prim(e27, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(e28) && (m1 & 8192) === 0)) {
      if (!vrt.prim(
        e28,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e30, x, p, "dataAbsentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e30, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e31, x, p, "interpretation", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e31, false, x, p, "interpretation", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m1 & 393216) !== 0) {
    if (!(vrt.isValidString(e32) && (m1 & 262144) === 0)) {
      if (!vrt.prim(e32, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e33, x, p, "bodySite", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e34, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e35, x, p, "specimen", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e35, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e36, x, p, "device", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e36, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.many(e37, x, p, "referenceRange", d, 0, -1, import_Observation.checkObservationReferenceRange) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.many(e38, x, p, "related", d, 0, -1, import_Observation.checkObservationRelated) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.many(e39, x, p, "component", d, 0, -1, import_Observation.checkObservationComponent) && x.c === null) return false;
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
  if ((m1 & 33554432) !== 0) {
    if (!vrt.checkObs7(o, x, p) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) === 0,
          vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function validateObservationGenetics(value, options) {
  return vrt.validateWith(value, "Observation", checkObservationGenetics, true, options, REGISTRY_0);
}
function isObservationGenetics(value, options) {
  return vrt.testWith(value, checkObservationGenetics, true, options, REGISTRY_0);
}
function buildObservationGenetics(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "Observation", profile: "http://hl7.org/fhir/StructureDefinition/observation-genetics" },
    isObservationGenetics,
    validateObservationGenetics,
    "ObservationGenetics"
  );
}
