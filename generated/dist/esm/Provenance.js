import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSignature } from "./Signature.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Provenance"], type: "Provenance", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Location"];
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-PurposeOfUse",
  reason: "a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server"
};
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/provenance-activity-type",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const OWNER_1 = { paths: ["Provenance.agent"], type: "BackboneElement", exact: true };
const UNCHECKED_2 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-role-type",
  reason: "a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server"
};
const CHOICE_0 = vrt.choiceVariants(["whoUri", "whoReference"]);
const TARGETS_1 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants(["onBehalfOfUri", "onBehalfOfReference"]);
const OWNER_2 = { paths: ["Provenance.entity"], type: "BackboneElement", exact: true };
const BINDING_1 = {
  has: vcodes.inCodes274,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/provenance-entity-role"
};
const CHOICE_2 = vrt.choiceVariants(["whatUri", "whatReference", "whatIdentifier"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Provenance",
      check: checkProvenance,
      type: "Provenance",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkProvenance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Provenance");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Provenance") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17;
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
      case "target":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "period":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "recorded":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "policy":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "location":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "reason":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "activity":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "agent":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "entity":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "signature":
        m0 |= 4194304;
        e17 = o[k];
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
      case "_recorded":
        m0 |= 16384;
        break;
      case "_policy":
        m0 |= 65536;
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
  if (!vrt.many(e8, x, p, "target", d, 1, -1, checkReference) && x.c === null) return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e9, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (!(vrt.isValidInstant(e10) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e10, o._recorded, x, p, "recorded", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!vrt.prims(e11, o._policy, x, p, "policy", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(e13, x, p, "reason", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "reason", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "activity", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "activity", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (!vrt.many(e15, x, p, "agent", d, 1, -1, checkProvenanceAgent) && x.c === null) return false;
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e16, x, p, "entity", d, 0, -1, checkProvenanceEntity) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e17, x, p, "signature", d, 0, -1, checkSignature) && x.c === null) return false;
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
function checkProvenanceAgent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Provenance.agent");
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
      case "role":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "whoUri":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "whoReference":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "onBehalfOfUri":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "onBehalfOfReference":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "relatedAgentType":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "_whoUri":
        n++;
        m0 |= 32;
        break;
      case "_onBehalfOfUri":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "role", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, true, x, p, "role", vrt.bindingNotChecked, UNCHECKED_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "who", 1) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._whoUri, x, p, "who.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "who.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "who.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 896) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "onBehalfOf", 0) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidUri(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._onBehalfOfUri, x, p, "onBehalfOf.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e7, x, p, "onBehalfOf.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "onBehalfOf.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e8, x, p, "relatedAgentType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkProvenanceEntity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Provenance.entity");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "role":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "whatUri":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "whatReference":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "whatIdentifier":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "agent":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "_role":
        n++;
        m0 |= 16;
        break;
      case "_whatUri":
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._role, x, p, "role", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes274)) {
    if (!vrt.eachWith(e3, false, x, p, "role", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "what", 1) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._whatUri, x, p, "what.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "what.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "what.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e7, x, p, "agent", d, 0, -1, checkProvenanceAgent) && x.c === null) return false;
  }
  return true;
}
function validateProvenance(value, options) {
  return vrt.validateWith(value, "Provenance", checkProvenance, true, options, REGISTRY_0);
}
function isProvenance(value, options) {
  return vrt.testWith(value, checkProvenance, true, options, REGISTRY_0);
}
function buildProvenance(input) {
  return fillAndCheck(input, { resourceType: "Provenance" }, isProvenance, validateProvenance, "Provenance");
}
export {
  buildProvenance,
  checkProvenance,
  checkProvenanceAgent,
  checkProvenanceEntity,
  isProvenance,
  validateProvenance
};
