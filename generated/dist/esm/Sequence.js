import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkQuantity } from "./Quantity.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Sequence"], type: "Sequence", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Specimen"];
const TARGETS_2 = ["Device"];
const TARGETS_3 = ["Organization"];
const TARGETS_4 = ["Sequence"];
const INVARIANT_0 = vrt.invariant({
  key: "seq-3",
  path: "Sequence",
  expression: "coordinateSystem = 1 or coordinateSystem = 0",
  severity: "error",
  human: "Only 0 and 1 are valid for coordinateSystem"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpEqValue(vrt.fpOneValue(o["_coordinateSystem"], o["coordinateSystem"]), 1),
    vrt.fpEqValue(vrt.fpOneValue(o["_coordinateSystem"], o["coordinateSystem"]), 0)
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_1 = { paths: ["Sequence.referenceSeq"], type: "BackboneElement", exact: true };
const INVARIANT_1 = vrt.invariant({
  key: "seq-4",
  path: "Sequence.referenceSeq",
  expression: "strand.empty() or strand = 1 or strand = -1",
  severity: "error",
  human: "Only +1 and -1 are valid for strand"
});
const INVARIANT_2 = vrt.invariant({
  key: "seq-5",
  path: "Sequence.referenceSeq",
  expression: "(chromosome.empty() and genomeBuild.empty()) or (chromosome.exists() and genomeBuild.exists())",
  severity: "error",
  human: "GenomeBuild and chromosome must be both contained if either one of them is contained"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpAnd3(
      vrt.fpSizeOfValue(o["_chromosome"], o["chromosome"]) === 0,
      vrt.fpSizeOfValue(o["_genomeBuild"], o["genomeBuild"]) === 0
    ),
    vrt.fpAnd3(
      vrt.fpSizeOfValue(o["_chromosome"], o["chromosome"]) > 0,
      vrt.fpSizeOfValue(o["_genomeBuild"], o["genomeBuild"]) > 0
    )
  );
};
const TRANSLATED_1 = { inv: INVARIANT_2, fn: FHIRPATH_1 };
const INVARIANT_3 = vrt.invariant({
  key: "seq-6",
  path: "Sequence.referenceSeq",
  expression: "(genomeBuild.count()+referenceSeqId.count()+ referenceSeqPointer.count()+ referenceSeqString.count()) = 1",
  severity: "error",
  human: "Have and only have one of the following elements in referenceSeq : 1. genomeBuild ; 2 referenceSeqId; 3. referenceSeqPointer;  4. referenceSeqString;"
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpSizeOfValue(o["_genomeBuild"], o["genomeBuild"]) + vrt.fpSizeOfValue(o["_referenceSeqId"], o["referenceSeqId"]) + vrt.fpSizeOfValue(o["_referenceSeqPointer"], o["referenceSeqPointer"]) + vrt.fpSizeOfValue(o["_referenceSeqString"], o["referenceSeqString"]) === 1;
};
const TRANSLATED_2 = { inv: INVARIANT_3, fn: FHIRPATH_2 };
const OWNER_2 = { paths: ["Sequence.variant"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["Observation"];
const OWNER_3 = { paths: ["Sequence.quality"], type: "BackboneElement", exact: true };
const BINDING_1 = {
  has: vcodes.inCodes283,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/quality-type"
};
const OWNER_4 = { paths: ["Sequence.repository"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes284,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/repository-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Sequence", check: checkSequence, type: "Sequence", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSequence(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Sequence");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Sequence") && x.c === null) return false;
  let m0 = 0;
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
      case "identifier":
        m0 |= 2048;
        break;
      case "type":
        m0 |= 4096;
        break;
      case "coordinateSystem":
        m0 |= 16384;
        break;
      case "patient":
        m0 |= 65536;
        break;
      case "specimen":
        m0 |= 131072;
        break;
      case "device":
        m0 |= 262144;
        break;
      case "performer":
        m0 |= 524288;
        break;
      case "quantity":
        m0 |= 1048576;
        break;
      case "referenceSeq":
        m0 |= 2097152;
        break;
      case "variant":
        m0 |= 4194304;
        break;
      case "observedSeq":
        m0 |= 8388608;
        break;
      case "quality":
        m0 |= 33554432;
        break;
      case "readCoverage":
        m0 |= 67108864;
        break;
      case "repository":
        m0 |= 268435456;
        break;
      case "pointer":
        m0 |= 536870912;
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
      case "_type":
        m0 |= 8192;
        break;
      case "_coordinateSystem":
        m0 |= 32768;
        break;
      case "_observedSeq":
        m0 |= 16777216;
        break;
      case "_readCoverage":
        m0 |= 134217728;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(o.type) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidInteger(o.coordinateSystem) && (m0 & 32768) === 0)) {
    if (!vrt.prim(
      o.coordinateSystem,
      o._coordinateSystem,
      x,
      p,
      "coordinateSystem",
      d,
      1,
      vrt.isValidInteger,
      "integer",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.specimen, x, p, "specimen", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.specimen, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.device, x, p, "device", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.device, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.referenceSeq, x, p, "referenceSeq", d, 0, checkSequenceReferenceSeq) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.variant, x, p, "variant", d, 0, -1, checkSequenceVariant) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(o.observedSeq) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.observedSeq, o._observedSeq, x, p, "observedSeq", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.quality, x, p, "quality", d, 0, -1, checkSequenceQuality) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidInteger(o.readCoverage) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        o.readCoverage,
        o._readCoverage,
        x,
        p,
        "readCoverage",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.repository, x, p, "repository", d, 0, -1, checkSequenceRepository) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.pointer, x, p, "pointer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.pointer, true, x, p, "pointer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
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
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkSequenceReferenceSeq(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Sequence.referenceSeq");
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
      case "chromosome":
        n++;
        m0 |= 8;
        break;
      case "genomeBuild":
        n++;
        m0 |= 16;
        break;
      case "referenceSeqId":
        n++;
        m0 |= 64;
        break;
      case "referenceSeqPointer":
        n++;
        m0 |= 128;
        break;
      case "referenceSeqString":
        n++;
        m0 |= 256;
        break;
      case "strand":
        n++;
        m0 |= 1024;
        break;
      case "windowStart":
        n++;
        m0 |= 4096;
        break;
      case "windowEnd":
        n++;
        m0 |= 16384;
        break;
      case "_genomeBuild":
        n++;
        m0 |= 32;
        break;
      case "_referenceSeqString":
        n++;
        m0 |= 512;
        break;
      case "_strand":
        n++;
        m0 |= 2048;
        break;
      case "_windowStart":
        n++;
        m0 |= 8192;
        break;
      case "_windowEnd":
        n++;
        m0 |= 32768;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.chromosome, x, p, "chromosome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.genomeBuild) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.genomeBuild, o._genomeBuild, x, p, "genomeBuild", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.referenceSeqId, x, p, "referenceSeqId", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.referenceSeqPointer, x, p, "referenceSeqPointer", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.referenceSeqPointer, false, x, p, "referenceSeqPointer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.referenceSeqString) && (m0 & 512) === 0)) {
      if (!vrt.prim(
        o.referenceSeqString,
        o._referenceSeqString,
        x,
        p,
        "referenceSeqString",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidInteger(o.strand) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.strand, o._strand, x, p, "strand", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidInteger(o.windowStart) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.windowStart, o._windowStart, x, p, "windowStart", d, 1, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidInteger(o.windowEnd) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.windowEnd, o._windowEnd, x, p, "windowEnd", d, 1, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_1) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function checkSequenceVariant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Sequence.variant");
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
      case "start":
        n++;
        m0 |= 8;
        break;
      case "end":
        n++;
        m0 |= 32;
        break;
      case "observedAllele":
        n++;
        m0 |= 128;
        break;
      case "referenceAllele":
        n++;
        m0 |= 512;
        break;
      case "cigar":
        n++;
        m0 |= 2048;
        break;
      case "variantPointer":
        n++;
        m0 |= 8192;
        break;
      case "_start":
        n++;
        m0 |= 16;
        break;
      case "_end":
        n++;
        m0 |= 64;
        break;
      case "_observedAllele":
        n++;
        m0 |= 256;
        break;
      case "_referenceAllele":
        n++;
        m0 |= 1024;
        break;
      case "_cigar":
        n++;
        m0 |= 4096;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidInteger(o.start) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.start, o._start, x, p, "start", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(o.end) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.end, o._end, x, p, "end", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.observedAllele) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        o.observedAllele,
        o._observedAllele,
        x,
        p,
        "observedAllele",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.referenceAllele) && (m0 & 1024) === 0)) {
      if (!vrt.prim(
        o.referenceAllele,
        o._referenceAllele,
        x,
        p,
        "referenceAllele",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(o.cigar) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.cigar, o._cigar, x, p, "cigar", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.variantPointer, x, p, "variantPointer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.variantPointer, false, x, p, "variantPointer", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  return true;
}
function checkSequenceQuality(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Sequence.quality");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "standardSequence":
        n++;
        m0 |= 32;
        break;
      case "start":
        n++;
        m0 |= 64;
        break;
      case "end":
        n++;
        m0 |= 256;
        break;
      case "score":
        n++;
        m0 |= 1024;
        break;
      case "method":
        n++;
        m0 |= 2048;
        break;
      case "truthTP":
        n++;
        m0 |= 4096;
        break;
      case "queryTP":
        n++;
        m0 |= 16384;
        break;
      case "truthFN":
        n++;
        m0 |= 65536;
        break;
      case "queryFP":
        n++;
        m0 |= 262144;
        break;
      case "gtFP":
        n++;
        m0 |= 1048576;
        break;
      case "precision":
        n++;
        m0 |= 4194304;
        break;
      case "recall":
        n++;
        m0 |= 16777216;
        break;
      case "fScore":
        n++;
        m0 |= 67108864;
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_start":
        n++;
        m0 |= 128;
        break;
      case "_end":
        n++;
        m0 |= 512;
        break;
      case "_truthTP":
        n++;
        m0 |= 8192;
        break;
      case "_queryTP":
        n++;
        m0 |= 32768;
        break;
      case "_truthFN":
        n++;
        m0 |= 131072;
        break;
      case "_queryFP":
        n++;
        m0 |= 524288;
        break;
      case "_gtFP":
        n++;
        m0 |= 2097152;
        break;
      case "_precision":
        n++;
        m0 |= 8388608;
        break;
      case "_recall":
        n++;
        m0 |= 33554432;
        break;
      case "_fScore":
        n++;
        m0 |= 134217728;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes283)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.standardSequence, x, p, "standardSequence", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidInteger(o.start) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.start, o._start, x, p, "start", d, 0, vrt.isValidInteger, "integer", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidInteger(o.end) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.end, o._end, x, p, "end", d, 0, vrt.isValidInteger, "integer", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.score, x, p, "score", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDecimal(o.truthTP) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.truthTP, o._truthTP, x, p, "truthTP", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDecimal(o.queryTP) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.queryTP, o._queryTP, x, p, "queryTP", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDecimal(o.truthFN) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.truthFN, o._truthFN, x, p, "truthFN", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDecimal(o.queryFP) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.queryFP, o._queryFP, x, p, "queryFP", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDecimal(o.gtFP) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.gtFP, o._gtFP, x, p, "gtFP", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDecimal(o.precision) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.precision, o._precision, x, p, "precision", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDecimal(o.recall) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.recall, o._recall, x, p, "recall", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidDecimal(o.fScore) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.fScore, o._fScore, x, p, "fScore", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkSequenceRepository(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Sequence.repository");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "url":
        n++;
        m0 |= 32;
        break;
      case "name":
        n++;
        m0 |= 128;
        break;
      case "datasetId":
        n++;
        m0 |= 512;
        break;
      case "variantsetId":
        n++;
        m0 |= 2048;
        break;
      case "readsetId":
        n++;
        m0 |= 8192;
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_url":
        n++;
        m0 |= 64;
        break;
      case "_name":
        n++;
        m0 |= 256;
        break;
      case "_datasetId":
        n++;
        m0 |= 1024;
        break;
      case "_variantsetId":
        n++;
        m0 |= 4096;
        break;
      case "_readsetId":
        n++;
        m0 |= 16384;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes284)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.datasetId) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.datasetId, o._datasetId, x, p, "datasetId", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(o.variantsetId) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.variantsetId, o._variantsetId, x, p, "variantsetId", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(o.readsetId) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.readsetId, o._readsetId, x, p, "readsetId", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateSequence(value, options) {
  return vrt.validateWith(value, "Sequence", checkSequence, true, options, REGISTRY_0);
}
function isSequence(value, options) {
  return vrt.testWith(value, checkSequence, true, options, REGISTRY_0);
}
function buildSequence(input) {
  return fillAndCheck(input, { resourceType: "Sequence" }, isSequence, validateSequence, "Sequence");
}
export {
  buildSequence,
  checkSequence,
  checkSequenceQuality,
  checkSequenceReferenceSeq,
  checkSequenceRepository,
  checkSequenceVariant,
  isSequence,
  validateSequence
};
