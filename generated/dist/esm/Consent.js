import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Consent"], type: "Consent", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes147,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/consent-state-codes"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_2 = ["Organization"];
const CHOICE_0 = vrt.choiceVariants([
  "sourceAttachment",
  "sourceIdentifier",
  "sourceReference"
]);
const TARGETS_3 = ["Consent", "Contract", "DocumentReference", "QuestionnaireResponse"];
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-PurposeOfUse",
  reason: "a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server"
};
const INVARIANT_0 = vrt.invariant({
  key: "ppc-1",
  path: "Consent",
  expression: "policy.exists() or policyRule.exists()",
  severity: "error",
  human: "Either a Policy or PolicyRule"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_policy"], o["policy"]) > 0,
    vrt.fpSizeOfValue(o["_policyRule"], o["policyRule"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_1 = { paths: ["Consent.actor"], type: "BackboneElement", exact: true };
const UNCHECKED_2 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-role-type",
  reason: "a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server"
};
const TARGETS_4 = [
  "CareTeam",
  "Device",
  "Group",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson"
];
const OWNER_2 = { paths: ["Consent.policy"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["Consent.data"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes148,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/consent-data-meaning"
};
const OWNER_4 = { paths: ["Consent.except"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes149,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/consent-except-type"
};
const BINDING_4 = {
  has: vcodes.inCodings150,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/consent-content-class"
};
const OWNER_5 = { paths: ["Consent.except.actor"], type: "BackboneElement", exact: true };
const OWNER_6 = { paths: ["Consent.except.data"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Consent", check: checkConsent, type: "Consent", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkConsent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Consent") && x.c === null) return false;
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
      case "identifier":
        m0 |= 2048;
        break;
      case "status":
        m0 |= 4096;
        break;
      case "category":
        m0 |= 16384;
        break;
      case "patient":
        m0 |= 32768;
        break;
      case "period":
        m0 |= 65536;
        break;
      case "dateTime":
        m0 |= 131072;
        break;
      case "consentingParty":
        m0 |= 524288;
        break;
      case "actor":
        m0 |= 1048576;
        break;
      case "action":
        m0 |= 2097152;
        break;
      case "organization":
        m0 |= 4194304;
        break;
      case "sourceAttachment":
        m0 |= 8388608;
        break;
      case "sourceIdentifier":
        m0 |= 16777216;
        break;
      case "sourceReference":
        m0 |= 33554432;
        break;
      case "policy":
        m0 |= 67108864;
        break;
      case "policyRule":
        m0 |= 134217728;
        break;
      case "securityLabel":
        m0 |= 536870912;
        break;
      case "purpose":
        m0 |= 1073741824;
        break;
      case "dataPeriod":
        m1 |= 1;
        break;
      case "data":
        m1 |= 2;
        break;
      case "except":
        m1 |= 4;
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
      case "_dateTime":
        m0 |= 262144;
        break;
      case "_policyRule":
        m0 |= 268435456;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes147)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidDateTime(o.dateTime) && (m0 & 262144) === 0)) {
      if (!vrt.prim(o.dateTime, o._dateTime, x, p, "dateTime", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.consentingParty, x, p, "consentingParty", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.consentingParty, true, x, p, "consentingParty", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.actor, x, p, "actor", d, 0, -1, checkConsentActor) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.organization, x, p, "organization", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, true, x, p, "organization", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 58720256) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "source", 0) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.sourceAttachment, x, p, "source.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.sourceIdentifier, x, p, "source.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.sourceReference, x, p, "source.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.sourceReference, false, x, p, "source.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.policy, x, p, "policy", d, 0, -1, checkConsentPolicy) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidUri(o.policyRule) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(o.policyRule, o._policyRule, x, p, "policyRule", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.securityLabel, x, p, "securityLabel", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.securityLabel, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.purpose, x, p, "purpose", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.purpose, true, x, p, "purpose", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.dataPeriod, x, p, "dataPeriod", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.data, x, p, "data", d, 0, -1, checkConsentData) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.except, x, p, "except", d, 0, -1, checkConsentExcept) && x.c === null) return false;
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
function checkConsentActor(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.actor");
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
      case "role":
        n++;
        m0 |= 8;
        break;
      case "reference":
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
  if (!vrt.one(o.role, x, p, "role", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(o.role, false, x, p, "role", vrt.bindingNotChecked, UNCHECKED_2) && x.c === null) return false;
  if (!vrt.one(o.reference, x, p, "reference", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.reference, false, x, p, "reference", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
    return false;
  return true;
}
function checkConsentPolicy(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.policy");
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
      case "authority":
        n++;
        m0 |= 8;
        break;
      case "uri":
        n++;
        m0 |= 32;
        break;
      case "_authority":
        n++;
        m0 |= 16;
        break;
      case "_uri":
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.authority) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.authority, o._authority, x, p, "authority", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.uri) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.uri, o._uri, x, p, "uri", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null) return false;
    }
  }
  return true;
}
function checkConsentData(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.data");
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
      case "meaning":
        n++;
        m0 |= 8;
        break;
      case "reference":
        n++;
        m0 |= 32;
        break;
      case "_meaning":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.meaning) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.meaning, o._meaning, x, p, "meaning", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.meaning, vcodes.inCodes148)) {
    if (!vrt.eachWith(o.meaning, false, x, p, "meaning", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.reference, x, p, "reference", d, 1, checkReference) && x.c === null) return false;
  return true;
}
function checkConsentExcept(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.except");
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
      case "period":
        n++;
        m0 |= 32;
        break;
      case "actor":
        n++;
        m0 |= 64;
        break;
      case "action":
        n++;
        m0 |= 128;
        break;
      case "securityLabel":
        n++;
        m0 |= 256;
        break;
      case "purpose":
        n++;
        m0 |= 512;
        break;
      case "class":
        n++;
        m0 |= 1024;
        break;
      case "code":
        n++;
        m0 |= 2048;
        break;
      case "dataPeriod":
        n++;
        m0 |= 4096;
        break;
      case "data":
        n++;
        m0 |= 8192;
        break;
      case "_type":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes149)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.actor, x, p, "actor", d, 0, -1, checkConsentExceptActor) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.securityLabel, x, p, "securityLabel", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.securityLabel, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(o.purpose, x, p, "purpose", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.purpose, true, x, p, "purpose", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(o.class, x, p, "class", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.class, true, x, p, "class", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(o.dataPeriod, x, p, "dataPeriod", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.data, x, p, "data", d, 0, -1, checkConsentExceptData) && x.c === null) return false;
  }
  return true;
}
function checkConsentExceptActor(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.except.actor");
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
      case "role":
        n++;
        m0 |= 8;
        break;
      case "reference":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.role, x, p, "role", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(o.role, false, x, p, "role", vrt.bindingNotChecked, UNCHECKED_2) && x.c === null) return false;
  if (!vrt.one(o.reference, x, p, "reference", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.reference, false, x, p, "reference", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
    return false;
  return true;
}
function checkConsentExceptData(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Consent.except.data");
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
      case "meaning":
        n++;
        m0 |= 8;
        break;
      case "reference":
        n++;
        m0 |= 32;
        break;
      case "_meaning":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.meaning) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.meaning, o._meaning, x, p, "meaning", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.meaning, vcodes.inCodes148)) {
    if (!vrt.eachWith(o.meaning, false, x, p, "meaning", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.reference, x, p, "reference", d, 1, checkReference) && x.c === null) return false;
  return true;
}
function validateConsent(value, options) {
  return vrt.validateWith(value, "Consent", checkConsent, true, options, REGISTRY_0);
}
function isConsent(value, options) {
  return vrt.testWith(value, checkConsent, true, options, REGISTRY_0);
}
function buildConsent(input) {
  return fillAndCheck(input, { resourceType: "Consent" }, isConsent, validateConsent, "Consent");
}
export {
  buildConsent,
  checkConsent,
  checkConsentActor,
  checkConsentData,
  checkConsentExcept,
  checkConsentExceptActor,
  checkConsentExceptData,
  checkConsentPolicy,
  isConsent,
  validateConsent
};
