import { checkAddress } from "./Address.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Organization"], type: "Organization", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const INVARIANT_0 = vrt.invariant({
  key: "org-3",
  path: "Organization.telecom",
  expression: "where(use = 'home').empty()",
  severity: "error",
  human: "The telecom of an organization can never be of use 'home'"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return !(vrt.fpEqValue(vrt.fpOneValue(o["_use"], o["use"]), "home") === true);
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "org-2",
  path: "Organization.address",
  expression: "where(use = 'home').empty()",
  severity: "error",
  human: "An address of an organization can never be of use 'home'"
});
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_0 };
const TARGETS_0 = ["Organization"];
const TARGETS_1 = ["Endpoint"];
const INVARIANT_2 = vrt.invariant({
  key: "org-1",
  path: "Organization",
  expression: "(identifier.count() + name.count()) > 0",
  severity: "error",
  human: "The organization SHALL at least have a name or an id, and possibly more than one"
});
const OWNER_1 = { paths: ["Organization.contact"], type: "BackboneElement", exact: true };
const BINDING_1 = {
  has: vcodes.inCodings107,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/contactentity-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Organization",
      check: checkOrganization,
      type: "Organization",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkOrganization(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Organization") && x.c === null) return false;
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
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "active":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "type":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "name":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "alias":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "telecom":
        m0 |= 524288;
        e13 = o[k];
        break;
      case "address":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "partOf":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "contact":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "endpoint":
        m0 |= 8388608;
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
      case "_active":
        m0 |= 8192;
        break;
      case "_name":
        m0 |= 65536;
        break;
      case "_alias":
        m0 |= 262144;
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
    if (!(vrt.isValidBoolean(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e11, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!vrt.prims(e12, o._alias, x, p, "alias", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e13, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "telecom", vrt.checkBooleanInvariant, TRANSLATED_0) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e14, x, p, "address", d, 0, -1, checkAddress) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "address", vrt.checkBooleanInvariant, TRANSLATED_1) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e15, x, p, "partOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e16, x, p, "contact", d, 0, -1, checkOrganizationContact) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e17, x, p, "endpoint", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
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
      r = vrt.fpSizeOfValue(o["_identifier"], o["identifier"]) + vrt.fpSizeOfValue(o["_name"], o["name"]) > 0;
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  return true;
}
function checkOrganizationContact(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Organization.contact");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "purpose":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "name":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "telecom":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "address":
        n++;
        m0 |= 64;
        e6 = o[k];
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
    if (!vrt.one(e3, x, p, "purpose", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "purpose", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "name", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e5, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "address", d, 0, checkAddress) && x.c === null) return false;
  }
  return true;
}
function validateOrganization(value, options) {
  return vrt.validateWith(value, "Organization", checkOrganization, true, options, REGISTRY_0);
}
function isOrganization(value, options) {
  return vrt.testWith(value, checkOrganization, true, options, REGISTRY_0);
}
function buildOrganization(input) {
  return fillAndCheck(input, { resourceType: "Organization" }, isOrganization, validateOrganization, "Organization");
}
export {
  buildOrganization,
  checkOrganization,
  checkOrganizationContact,
  isOrganization,
  validateOrganization
};
