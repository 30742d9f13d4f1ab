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
const INVARIANT_3 = vrt.invariant({
  key: "seq-6",
  path: "Sequence.referenceSeq",
  expression: "(genomeBuild.count()+referenceSeqId.count()+ referenceSeqPointer.count()+ referenceSeqString.count()) = 1",
  severity: "error",
  human: "Have and only have one of the following elements in referenceSeq : 1. genomeBuild ; 2 referenceSeqId; 3. referenceSeqPointer;  4. referenceSeqString;"
});
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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22;
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
      case "type":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "coordinateSystem":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "patient":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "specimen":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "device":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "performer":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "quantity":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "referenceSeq":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "variant":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "observedSeq":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "quality":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "readCoverage":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "repository":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "pointer":
        m0 |= 536870912;
        e22 = o[k];
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidInteger(e10) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._coordinateSystem, x, p, "coordinateSystem", d, 1, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e11, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "specimen", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "device", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "quantity", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "referenceSeq", d, 0, checkSequenceReferenceSeq) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e17, x, p, "variant", d, 0, -1, checkSequenceVariant) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(e18) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e18, o._observedSeq, x, p, "observedSeq", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e19, x, p, "quality", d, 0, -1, checkSequenceQuality) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidInteger(e20) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e20, o._readCoverage, x, p, "readCoverage", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e21, x, p, "repository", d, 0, -1, checkSequenceRepository) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e22, x, p, "pointer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "pointer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
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
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpEqValue(vrt.fpOneValue(o["_coordinateSystem"], o["coordinateSystem"]), 1),
        vrt.fpEqValue(vrt.fpOneValue(o["_coordinateSystem"], o["coordinateSystem"]), 0)
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkSequenceReferenceSeq(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Sequence.referenceSeq");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10;
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
      case "chromosome":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "genomeBuild":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "referenceSeqId":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "referenceSeqPointer":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "referenceSeqString":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "strand":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "windowStart":
        n++;
        m0 |= 4096;
        e9 = o[k];
        break;
      case "windowEnd":
        n++;
        m0 |= 16384;
        e10 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "chromosome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._genomeBuild, x, p, "genomeBuild", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "referenceSeqId", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "referenceSeqPointer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "referenceSeqPointer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 512) === 0)) {
      if (!vrt.prim(e7, o._referenceSeqString, x, p, "referenceSeqString", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidInteger(e8) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e8, o._strand, x, p, "strand", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidInteger(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._windowStart, x, p, "windowStart", d, 1, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidInteger(e10) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._windowEnd, x, p, "windowEnd", d, 1, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_1) && x.c === null) return false;
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_chromosome"], o["chromosome"]) === 0,
          vrt.fpSizeOfValue(o["_genomeBuild"], o["genomeBuild"]) === 0
        ),
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_chromosome"], o["chromosome"]) > 0,
          vrt.fpSizeOfValue(o["_genomeBuild"], o["genomeBuild"]) > 0
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpSizeOfValue(o["_genomeBuild"], o["genomeBuild"]) + vrt.fpSizeOfValue(o["_referenceSeqId"], o["referenceSeqId"]) + vrt.fpSizeOfValue(o["_referenceSeqPointer"], o["referenceSeqPointer"]) + vrt.fpSizeOfValue(o["_referenceSeqString"], o["referenceSeqString"]) === 1;
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
  }
  return true;
}
function checkSequenceVariant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Sequence.variant");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "start":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "end":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "observedAllele":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "referenceAllele":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "cigar":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "variantPointer":
        n++;
        m0 |= 8192;
        e8 = o[k];
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
    if (!(vrt.isValidInteger(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._start, x, p, "start", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._end, x, p, "end", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._observedAllele, x, p, "observedAllele", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._referenceAllele, x, p, "referenceAllele", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._cigar, x, p, "cigar", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e8, x, p, "variantPointer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "variantPointer", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  return true;
}
function checkSequenceQuality(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Sequence.quality");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16;
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "standardSequence":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "start":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "end":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "score":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "method":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "truthTP":
        n++;
        m0 |= 4096;
        e9 = o[k];
        break;
      case "queryTP":
        n++;
        m0 |= 16384;
        e10 = o[k];
        break;
      case "truthFN":
        n++;
        m0 |= 65536;
        e11 = o[k];
        break;
      case "queryFP":
        n++;
        m0 |= 262144;
        e12 = o[k];
        break;
      case "gtFP":
        n++;
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "precision":
        n++;
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "recall":
        n++;
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "fScore":
        n++;
        m0 |= 67108864;
        e16 = o[k];
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes283)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "standardSequence", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidInteger(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._start, x, p, "start", d, 0, vrt.isValidInteger, "integer", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidInteger(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._end, x, p, "end", d, 0, vrt.isValidInteger, "integer", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "score", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e8, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDecimal(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._truthTP, x, p, "truthTP", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDecimal(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._queryTP, x, p, "queryTP", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDecimal(e11) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e11, o._truthFN, x, p, "truthFN", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDecimal(e12) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e12, o._queryFP, x, p, "queryFP", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDecimal(e13) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e13, o._gtFP, x, p, "gtFP", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDecimal(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._precision, x, p, "precision", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDecimal(e15) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e15, o._recall, x, p, "recall", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidDecimal(e16) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e16, o._fScore, x, p, "fScore", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "url":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "name":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "datasetId":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "variantsetId":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "readsetId":
        n++;
        m0 |= 8192;
        e8 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes284)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._datasetId, x, p, "datasetId", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._variantsetId, x, p, "variantsetId", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._readsetId, x, p, "readsetId", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
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
