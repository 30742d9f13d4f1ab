import { checkAddress } from "./Address.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_active",
  "_birthDate",
  "_gender",
  "_id",
  "_implicitRules",
  "_language",
  "active",
  "address",
  "birthDate",
  "communication",
  "contained",
  "extension",
  "gender",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "name",
  "photo",
  "qualification",
  "resourceType",
  "telecom",
  "text"
]);
const OWNER_0 = { paths: ["Practitioner"], type: "Practitioner", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes109,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/administrative-gender"
};
const BINDING_2 = {
  has: vcodes.inCodes134,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "code",
  "extension",
  "id",
  "identifier",
  "issuer",
  "modifierExtension",
  "period"
]);
const OWNER_1 = { paths: ["Practitioner.qualification"], type: "BackboneElement", exact: true };
const TARGETS_0 = /* @__PURE__ */ new Set(["Organization"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Practitioner",
      check: checkPractitioner,
      type: "Practitioner",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkPractitioner(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Practitioner");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Practitioner") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (o.active !== void 0 || o._active !== void 0) {
    if (!(vrt.isValidBoolean(o.active) && o._active === void 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.name !== void 0) {
    if (!vrt.many(o.name, x, p, "name", d, 0, -1, checkHumanName) && x.c === null) return false;
  }
  if (o.telecom !== void 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if (o.address !== void 0) {
    if (!vrt.many(o.address, x, p, "address", d, 0, -1, checkAddress) && x.c === null) return false;
  }
  if (o.gender !== void 0 || o._gender !== void 0) {
    if (!(vrt.isValidCode(o.gender) && o._gender === void 0)) {
      if (!vrt.prim(o.gender, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.gender, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.birthDate !== void 0 || o._birthDate !== void 0) {
    if (!(vrt.isValidDate(o.birthDate) && o._birthDate === void 0)) {
      if (!vrt.prim(o.birthDate, o._birthDate, x, p, "birthDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.photo !== void 0) {
    if (!vrt.many(o.photo, x, p, "photo", d, 0, -1, checkAttachment) && x.c === null) return false;
  }
  if (o.qualification !== void 0) {
    if (!vrt.many(o.qualification, x, p, "qualification", d, 0, -1, checkPractitionerQualification) && x.c === null)
      return false;
  }
  if (o.communication !== void 0) {
    if (!vrt.many(o.communication, x, p, "communication", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.communication, true, x, p, "communication", vrt.checkConcept, BINDING_2) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkPractitionerQualification(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Practitioner.qualification");
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
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.issuer !== void 0) {
    if (!vrt.one(o.issuer, x, p, "issuer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.issuer, false, x, p, "issuer", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  return true;
}
function validatePractitioner(value, options) {
  return vrt.validateWith(value, "Practitioner", checkPractitioner, true, options, REGISTRY_0);
}
function isPractitioner(value, options) {
  return vrt.testWith(value, checkPractitioner, true, options, REGISTRY_0);
}
function buildPractitioner(input) {
  return fillAndCheck(input, { resourceType: "Practitioner" }, isPractitioner, validatePractitioner, "Practitioner");
}
export {
  buildPractitioner,
  checkPractitioner,
  checkPractitionerQualification,
  isPractitioner,
  validatePractitioner
};
