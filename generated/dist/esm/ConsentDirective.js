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
const OWNER_0 = { paths: ["Contract"], type: "Contract", exact: true };
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://tools.ietf.org/html/bcp47",
  reason: "http://tools.ietf.org/html/bcp47 is not a FHIR ValueSet"
};
const TARGETS_0 = ["Organization"];
const TARGETS_1 = ["Location"];
const CHOICE_0 = vrt.choiceVariants(["bindingAttachment", "bindingReference"]);
const TARGETS_2 = ["Composition", "DocumentReference", "QuestionnaireResponse"];
const OWNER_1 = { paths: ["Contract.actor"], type: "BackboneElement", exact: true };
const TARGETS_3 = [
  "Contract",
  "Device",
  "Group",
  "Location",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson",
  "Substance"
];
const OWNER_2 = { paths: ["Contract.signer"], type: "BackboneElement", exact: true };
const BINDING_0 = {
  has: vcodes.inCodings151,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/contract-signer-type"
};
const TARGETS_4 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const OWNER_3 = { paths: ["Contract.term"], type: "BackboneElement", exact: true };
const OWNER_4 = { paths: ["Contract.friendly"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants(["contentAttachment", "contentReference"]);
const OWNER_5 = { paths: ["Contract.legal"], type: "BackboneElement", exact: true };
const OWNER_6 = { paths: ["Contract.rule"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["DocumentReference"];
const OWNER_7 = { paths: ["Contract.term.actor"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/consentdirective",
      check: checkConsentDirective,
      type: "Contract",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkConsentDirective(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Contract") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26;
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
      case "issued":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "applies":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "subject":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "authority":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "domain":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "type":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "subType":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "action":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "actionReason":
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "actor":
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "valuedItem":
        m0 |= 8388608;
        e19 = o[k];
        break;
      case "signer":
        m0 |= 16777216;
        e20 = o[k];
        break;
      case "term":
        m0 |= 33554432;
        e21 = o[k];
        break;
      case "bindingAttachment":
        m0 |= 67108864;
        e22 = o[k];
        break;
      case "bindingReference":
        m0 |= 134217728;
        e23 = o[k];
        break;
      case "friendly":
        m0 |= 268435456;
        e24 = o[k];
        break;
      case "legal":
        m0 |= 536870912;
        e25 = o[k];
        break;
      case "rule":
        m0 |= 1073741824;
        e26 = o[k];
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
      case "_issued":
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
    if (!vrt.eachWith(e3, false, x, p, "language", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
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
    if (!vrt.one(e8, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._issued, x, p, "issued", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "applies", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "subject", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e12, x, p, "authority", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, true, x, p, "authority", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e13, x, p, "domain", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "domain", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e15, x, p, "subType", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e16, x, p, "action", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e17, x, p, "actionReason", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e18, x, p, "actor", d, 0, -1, checkConsentDirectiveActor) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.prohibited(e19, void 0, x, p, "valuedItem") && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e20, x, p, "signer", d, 0, -1, checkConsentDirectiveSigner) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e21, x, p, "term", d, 0, -1, checkConsentDirectiveTerm) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "binding", 1) && x.c === null) return false;
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e22, x, p, "binding.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e23, x, p, "binding.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, false, x, p, "binding.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e24, x, p, "friendly", d, 0, -1, checkConsentDirectiveFriendly) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e25, x, p, "legal", d, 0, -1, checkConsentDirectiveLegal) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e26, x, p, "rule", d, 0, -1, checkConsentDirectiveRule) && x.c === null) return false;
  }
  return true;
}
function checkConsentDirectiveActor(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.actor");
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
      case "entity":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "role":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidId(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidId, "id") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "entity", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "entity", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "role", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkConsentDirectiveSigner(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.signer");
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "party":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "signature":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "_signature":
        n++;
        m0 |= 64;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidId(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidId, "id") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "type", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCoding, BINDING_0) && x.c === null) return false;
  if (!vrt.one(e4, x, p, "party", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  if (!(vrt.isValidString(e5) && (m0 & 64) === 0)) {
    if (!vrt.prim(e5, o._signature, x, p, "signature", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  return true;
}
function checkConsentDirectiveTerm(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.term");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14;
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
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "issued":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "applies":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "type":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "subType":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "topic":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "action":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "actionReason":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "actor":
        n++;
        m0 |= 4096;
        e11 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8192;
        e12 = o[k];
        break;
      case "valuedItem":
        n++;
        m0 |= 32768;
        e13 = o[k];
        break;
      case "group":
        n++;
        m0 |= 65536;
        e14 = o[k];
        break;
      case "_issued":
        n++;
        m0 |= 32;
        break;
      case "_text":
        n++;
        m0 |= 16384;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidId(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidId, "id") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._issued, x, p, "issued", d, 0, vrt.isValidDateTime, "dateTime", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "applies", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "subType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "topic", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e9, x, p, "action", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e10, x, p, "actionReason", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e11, x, p, "actor", d, 0, -1, checkConsentDirectiveTermActor) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e12, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.prohibited(e13, void 0, x, p, "valuedItem") && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e14, x, p, "group", d, 0, -1, checkConsentDirectiveTerm) && x.c === null) return false;
  }
  return true;
}
function checkConsentDirectiveFriendly(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.friendly");
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
      case "contentAttachment":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contentReference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidId(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidId, "id") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "content", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "content.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "content.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "content.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function checkConsentDirectiveLegal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.legal");
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
      case "contentAttachment":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contentReference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidId(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidId, "id") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "content", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "content.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "content.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "content.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function checkConsentDirectiveRule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.rule");
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
      case "contentAttachment":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contentReference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidId(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidId, "id") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "content", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "content.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "content.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "content.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  return true;
}
function checkConsentDirectiveTermActor(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contract.term.actor");
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
      case "entity":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "role":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidId(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidId, "id") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "entity", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "entity", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "role", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function validateConsentDirective(value, options) {
  return vrt.validateWith(value, "Contract", checkConsentDirective, true, options, REGISTRY_0);
}
function isConsentDirective(value, options) {
  return vrt.testWith(value, checkConsentDirective, true, options, REGISTRY_0);
}
function buildConsentDirective(input) {
  return fillAndCheck(
    input,
    { resourceType: "Contract", profile: "http://hl7.org/fhir/StructureDefinition/consentdirective" },
    isConsentDirective,
    validateConsentDirective,
    "ConsentDirective"
  );
}
export {
  buildConsentDirective,
  checkConsentDirective,
  checkConsentDirectiveActor,
  checkConsentDirectiveFriendly,
  checkConsentDirectiveLegal,
  checkConsentDirectiveRule,
  checkConsentDirectiveSigner,
  checkConsentDirectiveTerm,
  checkConsentDirectiveTermActor,
  isConsentDirective,
  validateConsentDirective
};
