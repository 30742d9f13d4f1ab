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
      case "status":
        m0 |= 4096;
        break;
      case "statusHistory":
        m0 |= 16384;
        break;
      case "type":
        m0 |= 32768;
        break;
      case "diagnosis":
        m0 |= 65536;
        break;
      case "patient":
        m0 |= 131072;
        break;
      case "managingOrganization":
        m0 |= 262144;
        break;
      case "period":
        m0 |= 524288;
        break;
      case "referralRequest":
        m0 |= 1048576;
        break;
      case "careManager":
        m0 |= 2097152;
        break;
      case "team":
        m0 |= 4194304;
        break;
      case "account":
        m0 |= 8388608;
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
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes185)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.statusHistory, x, p, "statusHistory", d, 0, -1, checkEpisodeOfCareStatusHistory) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.diagnosis, x, p, "diagnosis", d, 0, -1, checkEpisodeOfCareDiagnosis) && x.c === null) return false;
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.managingOrganization, x, p, "managingOrganization", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.managingOrganization, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.referralRequest, x, p, "referralRequest", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.referralRequest, true, x, p, "referralRequest", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.careManager, x, p, "careManager", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.careManager, false, x, p, "careManager", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.team, x, p, "team", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.team, true, x, p, "team", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.account, x, p, "account", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.account, true, x, p, "account", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
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
function checkEpisodeOfCareStatusHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EpisodeOfCare.statusHistory");
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
      case "status":
        n++;
        m0 |= 8;
        break;
      case "period":
        n++;
        m0 |= 32;
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
  if (!(vrt.isValidCode(o.status) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes185)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(o.period, x, p, "period", d, 1, checkPeriod) && x.c === null) return false;
  return true;
}
function checkEpisodeOfCareDiagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EpisodeOfCare.diagnosis");
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
      case "condition":
        n++;
        m0 |= 8;
        break;
      case "role":
        n++;
        m0 |= 16;
        break;
      case "rank":
        n++;
        m0 |= 32;
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
  if (!vrt.one(o.condition, x, p, "condition", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.condition, false, x, p, "condition", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
    return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.role, false, x, p, "role", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidPositiveInt(o.rank) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.rank, o._rank, x, p, "rank", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_2) && x.c === null)
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
