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
const OWNER_0 = { paths: ["Composition"], type: "Composition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes81,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/composition-status"
};
const TARGETS_0 = ["Encounter"];
const TARGETS_1 = ["Device", "Patient", "Practitioner", "RelatedPerson"];
const BINDING_2 = {
  has: vcodes.inCodes136,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ConfidentialityClassification"
};
const TARGETS_2 = ["Organization"];
const OWNER_1 = { paths: ["Composition.attester"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes143,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/composition-attestation-mode"
};
const TARGETS_3 = ["Organization", "Patient", "Practitioner"];
const OWNER_2 = { paths: ["Composition.relatesTo"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes82,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/document-relationship-type"
};
const CHOICE_0 = vrt.choiceVariants(["targetIdentifier", "targetReference"]);
const TARGETS_4 = ["Composition"];
const OWNER_3 = { paths: ["Composition.event"], type: "BackboneElement", exact: true };
const OWNER_4 = { paths: ["Composition.section"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes88,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/list-mode"
};
const BINDING_6 = {
  has: vcodes.inCodings90,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/list-order"
};
const BINDING_7 = {
  has: vcodes.inCodings144,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/list-empty-reason"
};
const INVARIANT_0 = vrt.invariant({
  key: "cmp-1",
  path: "Composition.section",
  expression: "text.exists() or entry.exists() or section.exists()",
  severity: "error",
  human: "A section must at least one of text, entries, or sub-sections"
});
const INVARIANT_1 = vrt.invariant({
  key: "cmp-2",
  path: "Composition.section",
  expression: "emptyReason.empty() or entry.empty()",
  severity: "error",
  human: "A section can only have an emptyReason if it is empty"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Composition",
      check: checkComposition,
      type: "Composition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkComposition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Composition") && x.c === null) return false;
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
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "type":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "class":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "subject":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "encounter":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "date":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "author":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "title":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "confidentiality":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "attester":
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
      case "event":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "section":
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
      case "_status":
        m0 |= 8192;
        break;
      case "_date":
        m0 |= 524288;
        break;
      case "_title":
        m0 |= 4194304;
        break;
      case "_confidentiality":
        m0 |= 16777216;
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
    if (!vrt.one(e8, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes81)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(e10, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "class", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e12, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (!(vrt.isValidDateTime(e14) && (m0 & 524288) === 0)) {
    if (!vrt.prim(e14, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.many(e15, x, p, "author", d, 1, -1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e15, true, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if (!(vrt.isValidString(e16) && (m0 & 4194304) === 0)) {
    if (!vrt.prim(e16, o._title, x, p, "title", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidCode(e17) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e17, o._confidentiality, x, p, "confidentiality", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e17, vcodes.inCodes136)) {
      if (!vrt.eachWith(e17, false, x, p, "confidentiality", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e18, x, p, "attester", d, 0, -1, checkCompositionAttester) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e19, x, p, "custodian", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "custodian", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e20, x, p, "relatesTo", d, 0, -1, checkCompositionRelatesTo) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e21, x, p, "event", d, 0, -1, checkCompositionEvent) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e22, x, p, "section", d, 0, -1, checkCompositionSection) && x.c === null) return false;
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
function checkCompositionAttester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.attester");
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
      case "mode":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "time":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "party":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_mode":
        n++;
        m0 |= 16;
        break;
      case "_time":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!vrt.prims(e3, o._mode, x, p, "mode", d, 1, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  if (!vrt.eachWith(e3, true, x, p, "mode", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "party", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "party", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  return true;
}
function checkCompositionRelatesTo(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.relatesTo");
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "targetIdentifier":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "targetReference":
        n++;
        m0 |= 64;
        e5 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes82)) {
    if (!vrt.eachWith(e3, false, x, p, "code", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "target", 1) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "target.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "target.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "target.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkCompositionEvent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.event");
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "period":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 32;
        e5 = o[k];
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
    if (!vrt.many(e3, x, p, "code", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e5, x, p, "detail", d, 0, -1, checkReference) && x.c === null) return false;
  }
  return true;
}
function checkCompositionSection(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Composition.section");
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
      case "title":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "mode":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "orderedBy":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "entry":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "emptyReason":
        n++;
        m0 |= 2048;
        e9 = o[k];
        break;
      case "section":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "_title":
        n++;
        m0 |= 16;
        break;
      case "_mode":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._mode, x, p, "mode", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
    }
    if (!vrt.codeIn(e6, vcodes.inCodes88)) {
      if (!vrt.eachWith(e6, false, x, p, "mode", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e7, x, p, "orderedBy", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "orderedBy", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e8, x, p, "entry", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e9, x, p, "emptyReason", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e9, false, x, p, "emptyReason", vrt.checkConcept, BINDING_7) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e10, x, p, "section", d, 0, -1, checkCompositionSection) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(vrt.fpSizeOfValue(o["_text"], o["text"]) > 0, vrt.fpSizeOfValue(o["_entry"], o["entry"]) > 0),
        vrt.fpSizeOfValue(o["_section"], o["section"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_emptyReason"], o["emptyReason"]) === 0,
          vrt.fpSizeOfValue(o["_entry"], o["entry"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  return true;
}
function validateComposition(value, options) {
  return vrt.validateWith(value, "Composition", checkComposition, true, options, REGISTRY_0);
}
function isComposition(value, options) {
  return vrt.testWith(value, checkComposition, true, options, REGISTRY_0);
}
function buildComposition(input) {
  return fillAndCheck(input, { resourceType: "Composition" }, isComposition, validateComposition, "Composition");
}
export {
  buildComposition,
  checkComposition,
  checkCompositionAttester,
  checkCompositionEvent,
  checkCompositionRelatesTo,
  checkCompositionSection,
  isComposition,
  validateComposition
};
