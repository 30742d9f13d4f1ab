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
const OWNER_0 = { paths: ["DocumentReference"], type: "DocumentReference", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes80,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/document-reference-status"
};
const BINDING_2 = {
  has: vcodes.inCodes81,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/composition-status"
};
const TARGETS_0 = ["Device", "Group", "Patient", "Practitioner"];
const TARGETS_1 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_2 = ["Organization", "Practitioner"];
const TARGETS_3 = ["Organization"];
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const OWNER_1 = { paths: ["DocumentReference.relatesTo"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes82,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/document-relationship-type"
};
const TARGETS_4 = ["DocumentReference"];
const OWNER_2 = { paths: ["DocumentReference.content"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodings83,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/formatcodes"
};
const OWNER_3 = { paths: ["DocumentReference.context"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["Encounter"];
const TARGETS_6 = ["Patient"];
const OWNER_4 = {
  paths: ["DocumentReference.context.related"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DocumentReference",
      check: checkDocumentReference,
      type: "DocumentReference",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDocumentReference(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DocumentReference") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24;
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
      case "masterIdentifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "identifier":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "status":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "docStatus":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "type":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "class":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "subject":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "created":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "indexed":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "author":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "authenticator":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "custodian":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "relatesTo":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "description":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "securityLabel":
        m0 |= 1073741824;
        e22 = o[k];
        break;
      case "content":
        m1 |= 1;
        e23 = o[k];
        break;
      case "context":
        m1 |= 2;
        e24 = o[k];
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
        m0 |= 16384;
        break;
      case "_docStatus":
        m0 |= 65536;
        break;
      case "_created":
        m0 |= 2097152;
        break;
      case "_indexed":
        m0 |= 8388608;
        break;
      case "_description":
        m0 |= 536870912;
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
    if (!vrt.one(e8, x, p, "masterIdentifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e10, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes80)) {
    if (!vrt.eachWith(e10, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e11, o._docStatus, x, p, "docStatus", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e11, vcodes.inCodes81)) {
      if (!vrt.eachWith(e11, false, x, p, "docStatus", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if (!vrt.one(e12, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "class", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e15, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidInstant(e16) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(e16, o._indexed, x, p, "indexed", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e17, x, p, "author", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, true, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e18, x, p, "authenticator", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "authenticator", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e19, x, p, "custodian", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "custodian", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e20, x, p, "relatesTo", d, 0, -1, checkDocumentReferenceRelatesTo) && x.c === null) return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(e21) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e21, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e22, x, p, "securityLabel", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (!vrt.many(e23, x, p, "content", d, 1, -1, checkDocumentReferenceContent) && x.c === null) return false;
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e24, x, p, "context", d, 0, checkDocumentReferenceContext) && x.c === null) return false;
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
function checkDocumentReferenceRelatesTo(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.relatesTo");
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "target":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_code":
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
    if (!vrt.prim(e3, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes82)) {
    if (!vrt.eachWith(e3, false, x, p, "code", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "target", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function checkDocumentReferenceContent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.content");
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
      case "attachment":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "format":
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
  if (!vrt.one(e3, x, p, "attachment", d, 1, checkAttachment) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "format", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "format", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  return true;
}
function checkDocumentReferenceContext(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.context");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "encounter":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "event":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "period":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "facilityType":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "practiceSetting":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "sourcePatientInfo":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "related":
        n++;
        m0 |= 512;
        e9 = o[k];
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "event", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "facilityType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "practiceSetting", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e8, x, p, "sourcePatientInfo", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "sourcePatientInfo", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e9, x, p, "related", d, 0, -1, checkDocumentReferenceContextRelated) && x.c === null) return false;
  }
  return true;
}
function checkDocumentReferenceContextRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.context.related");
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
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "ref":
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "ref", d, 0, checkReference) && x.c === null) return false;
  }
  return true;
}
function validateDocumentReference(value, options) {
  return vrt.validateWith(value, "DocumentReference", checkDocumentReference, true, options, REGISTRY_0);
}
function isDocumentReference(value, options) {
  return vrt.testWith(value, checkDocumentReference, true, options, REGISTRY_0);
}
function buildDocumentReference(input) {
  return fillAndCheck(
    input,
    { resourceType: "DocumentReference" },
    isDocumentReference,
    validateDocumentReference,
    "DocumentReference"
  );
}
export {
  buildDocumentReference,
  checkDocumentReference,
  checkDocumentReferenceContent,
  checkDocumentReferenceContext,
  checkDocumentReferenceContextRelated,
  checkDocumentReferenceRelatesTo,
  isDocumentReference,
  validateDocumentReference
};
