import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkContributor } from "./Contributor.js";
import { checkDataRequirement } from "./DataRequirement.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { checkRelatedArtifact } from "./RelatedArtifact.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkTriggerDefinition } from "./TriggerDefinition.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ServiceDefinition"], type: "ServiceDefinition", exact: true };
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
const TARGETS_0 = ["OperationDefinition"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ServiceDefinition",
      check: checkServiceDefinition,
      type: "ServiceDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkServiceDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ServiceDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ServiceDefinition") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        m0 |= 2048;
        break;
      case "identifier":
        m0 |= 8192;
        break;
      case "version":
        m0 |= 16384;
        break;
      case "name":
        m0 |= 65536;
        break;
      case "title":
        m0 |= 262144;
        break;
      case "status":
        m0 |= 1048576;
        break;
      case "experimental":
        m0 |= 4194304;
        break;
      case "date":
        m0 |= 16777216;
        break;
      case "publisher":
        m0 |= 67108864;
        break;
      case "description":
        m0 |= 268435456;
        break;
      case "purpose":
        m1 |= 1;
        break;
      case "usage":
        m1 |= 4;
        break;
      case "approvalDate":
        m1 |= 16;
        break;
      case "lastReviewDate":
        m1 |= 64;
        break;
      case "effectivePeriod":
        m1 |= 256;
        break;
      case "useContext":
        m1 |= 512;
        break;
      case "jurisdiction":
        m1 |= 1024;
        break;
      case "topic":
        m1 |= 2048;
        break;
      case "contributor":
        m1 |= 4096;
        break;
      case "contact":
        m1 |= 8192;
        break;
      case "copyright":
        m1 |= 16384;
        break;
      case "relatedArtifact":
        m1 |= 65536;
        break;
      case "trigger":
        m1 |= 131072;
        break;
      case "dataRequirement":
        m1 |= 262144;
        break;
      case "operationDefinition":
        m1 |= 524288;
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
      case "_url":
        m0 |= 4096;
        break;
      case "_version":
        m0 |= 32768;
        break;
      case "_name":
        m0 |= 131072;
        break;
      case "_title":
        m0 |= 524288;
        break;
      case "_status":
        m0 |= 2097152;
        break;
      case "_experimental":
        m0 |= 8388608;
        break;
      case "_date":
        m0 |= 33554432;
        break;
      case "_publisher":
        m0 |= 134217728;
        break;
      case "_description":
        m0 |= 536870912;
        break;
      case "_purpose":
        m1 |= 2;
        break;
      case "_usage":
        m1 |= 8;
        break;
      case "_approvalDate":
        m1 |= 32;
        break;
      case "_lastReviewDate":
        m1 |= 128;
        break;
      case "_copyright":
        m1 |= 32768;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes3)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(o.experimental) && (m0 & 8388608) === 0)) {
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
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.publisher) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidMarkdown(o.description) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && (m1 & 2) === 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(o.usage) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.usage, o._usage, x, p, "usage", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDate(o.approvalDate) && (m1 & 32) === 0)) {
      if (!vrt.prim(o.approvalDate, o._approvalDate, x, p, "approvalDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidDate(o.lastReviewDate) && (m1 & 128) === 0)) {
      if (!vrt.prim(
        o.lastReviewDate,
        o._lastReviewDate,
        x,
        p,
        "lastReviewDate",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effectivePeriod", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(o.topic, x, p, "topic", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(o.contributor, x, p, "contributor", d, 0, -1, checkContributor) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && (m1 & 32768) === 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(o.relatedArtifact, x, p, "relatedArtifact", d, 0, -1, checkRelatedArtifact) && x.c === null)
      return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(o.trigger, x, p, "trigger", d, 0, -1, checkTriggerDefinition) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(o.dataRequirement, x, p, "dataRequirement", d, 0, -1, checkDataRequirement) && x.c === null)
      return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.operationDefinition, x, p, "operationDefinition", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.operationDefinition, false, x, p, "operationDefinition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
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
function validateServiceDefinition(value, options) {
  return vrt.validateWith(value, "ServiceDefinition", checkServiceDefinition, true, options, REGISTRY_0);
}
function isServiceDefinition(value, options) {
  return vrt.testWith(value, checkServiceDefinition, true, options, REGISTRY_0);
}
function buildServiceDefinition(input) {
  return fillAndCheck(
    input,
    { resourceType: "ServiceDefinition" },
    isServiceDefinition,
    validateServiceDefinition,
    "ServiceDefinition"
  );
}
export {
  buildServiceDefinition,
  checkServiceDefinition,
  isServiceDefinition,
  validateServiceDefinition
};
