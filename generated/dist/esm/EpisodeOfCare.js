import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["EpisodeOfCare"], type: "EpisodeOfCare", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes185,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/episode-of-care-status"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Organization"];
const TARGETS_2 = ["ReferralRequest"];
const TARGETS_3 = ["Practitioner"];
const TARGETS_4 = ["CareTeam"];
const TARGETS_5 = ["Account"];
const OWNER_1 = { paths: ["EpisodeOfCare.statusHistory"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["EpisodeOfCare.diagnosis"], type: "BackboneElement", exact: true };
const TARGETS_6 = ["Condition"];
const BINDING_2 = {
  has: vcodes.inCodings71,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/diagnosis-role"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/EpisodeOfCare",
      check: checkEpisodeOfCare,
      type: "EpisodeOfCare",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEpisodeOfCare(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EpisodeOfCare");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "EpisodeOfCare") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19;
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
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "statusHistory":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "type":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "diagnosis":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "patient":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "managingOrganization":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "period":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "referralRequest":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "careManager":
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "team":
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "account":
        m0 |= 8388608;
        e19 = o[k];
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
        m0 |= 8192;
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
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes185)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "statusHistory", d, 0, -1, checkEpisodeOfCareStatusHistory) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e12, x, p, "diagnosis", d, 0, -1, checkEpisodeOfCareDiagnosis) && x.c === null) return false;
  }
  if (!vrt.one(e13, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e13, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "managingOrganization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e15, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e16, x, p, "referralRequest", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, true, x, p, "referralRequest", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e17, x, p, "careManager", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "careManager", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e18, x, p, "team", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "team", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e19, x, p, "account", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, true, x, p, "account", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
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
function checkEpisodeOfCareStatusHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EpisodeOfCare.statusHistory");
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
      case "status":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "period":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_status":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes185)) {
    if (!vrt.eachWith(e3, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "period", d, 1, checkPeriod) && x.c === null) return false;
  return true;
}
function checkEpisodeOfCareDiagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EpisodeOfCare.diagnosis");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "condition":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "role":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "rank":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "_rank":
        n++;
        m0 |= 64;
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
  if (!vrt.one(e3, x, p, "condition", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "condition", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "role", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidPositiveInt(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._rank, x, p, "rank", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateEpisodeOfCare(value, options) {
  return vrt.validateWith(value, "EpisodeOfCare", checkEpisodeOfCare, true, options, REGISTRY_0);
}
function isEpisodeOfCare(value, options) {
  return vrt.testWith(value, checkEpisodeOfCare, true, options, REGISTRY_0);
}
function buildEpisodeOfCare(input) {
  return fillAndCheck(
    input,
    { resourceType: "EpisodeOfCare" },
    isEpisodeOfCare,
    validateEpisodeOfCare,
    "EpisodeOfCare"
  );
}
export {
  buildEpisodeOfCare,
  checkEpisodeOfCare,
  checkEpisodeOfCareDiagnosis,
  checkEpisodeOfCareStatusHistory,
  isEpisodeOfCare,
  validateEpisodeOfCare
};
