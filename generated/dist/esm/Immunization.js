import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Immunization"], type: "Immunization", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes85,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/immunization-status"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Encounter"];
const TARGETS_2 = ["Location"];
const TARGETS_3 = ["Organization"];
const INVARIANT_0 = vrt.invariant({
  key: "imm-2",
  path: "Immunization",
  expression: "(notGiven = true) or explanation.reasonNotGiven.empty()",
  severity: "error",
  human: "If immunization was administered (notGiven=false) then explanation.reasonNotGiven SHALL be absent."
});
const CHILD_SIZE_0 = (o) => vrt.fpSizeOfValue(o["_reasonNotGiven"], o["reasonNotGiven"]);
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), true),
    vrt.fpSizeOfEach(vrt.fpChildOf(n, "explanation", "_explanation"), CHILD_SIZE_0) === 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "imm-1",
  path: "Immunization",
  expression: "(notGiven = true).not() or (reaction.empty() and explanation.reason.empty())",
  severity: "error",
  human: "If immunization was not administered (notGiven=true) then there SHALL be no reaction nor explanation.reason present"
});
const CHILD_SIZE_1 = (o) => vrt.fpSizeOfValue(o["_reason"], o["reason"]);
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpNot3(vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), true)),
    vrt.fpAnd3(
      vrt.fpSizeOfValue(o["_reaction"], o["reaction"]) === 0,
      vrt.fpSizeOfEach(vrt.fpChildOf(n, "explanation", "_explanation"), CHILD_SIZE_1) === 0
    )
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OWNER_1 = { paths: ["Immunization.practitioner"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodings86,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/immunization-role"
};
const TARGETS_4 = ["Practitioner"];
const OWNER_2 = { paths: ["Immunization.explanation"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["Immunization.reaction"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["Observation"];
const OWNER_4 = {
  paths: ["Immunization.vaccinationProtocol"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Immunization",
      check: checkImmunization,
      type: "Immunization",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkImmunization(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Immunization") && x.c === null) return false;
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
      case "notGiven":
        m0 |= 16384;
        break;
      case "vaccineCode":
        m0 |= 65536;
        break;
      case "patient":
        m0 |= 131072;
        break;
      case "encounter":
        m0 |= 262144;
        break;
      case "date":
        m0 |= 524288;
        break;
      case "primarySource":
        m0 |= 2097152;
        break;
      case "reportOrigin":
        m0 |= 8388608;
        break;
      case "location":
        m0 |= 16777216;
        break;
      case "manufacturer":
        m0 |= 33554432;
        break;
      case "lotNumber":
        m0 |= 67108864;
        break;
      case "expirationDate":
        m0 |= 268435456;
        break;
      case "site":
        m0 |= 1073741824;
        break;
      case "route":
        m1 |= 1;
        break;
      case "doseQuantity":
        m1 |= 2;
        break;
      case "practitioner":
        m1 |= 4;
        break;
      case "note":
        m1 |= 8;
        break;
      case "explanation":
        m1 |= 16;
        break;
      case "reaction":
        m1 |= 32;
        break;
      case "vaccinationProtocol":
        m1 |= 64;
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
      case "_notGiven":
        m0 |= 32768;
        break;
      case "_date":
        m0 |= 1048576;
        break;
      case "_primarySource":
        m0 |= 4194304;
        break;
      case "_lotNumber":
        m0 |= 134217728;
        break;
      case "_expirationDate":
        m0 |= 536870912;
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
  if (!vrt.codeIn(o.status, vcodes.inCodes85)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(o.notGiven) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.notGiven, o._notGiven, x, p, "notGiven", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.one(o.vaccineCode, x, p, "vaccineCode", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(o.patient, x, p, "patient", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidBoolean(o.primarySource) && (m0 & 4194304) === 0)) {
    if (!vrt.prim(
      o.primarySource,
      o._primarySource,
      x,
      p,
      "primarySource",
      d,
      1,
      vrt.isValidBoolean,
      "boolean",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.reportOrigin, x, p, "reportOrigin", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.manufacturer, x, p, "manufacturer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.manufacturer, false, x, p, "manufacturer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.lotNumber) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.lotNumber, o._lotNumber, x, p, "lotNumber", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidDate(o.expirationDate) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(
        o.expirationDate,
        o._expirationDate,
        x,
        p,
        "expirationDate",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(o.site, x, p, "site", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.route, x, p, "route", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.doseQuantity, x, p, "doseQuantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.practitioner, x, p, "practitioner", d, 0, -1, checkImmunizationPractitioner) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.explanation, x, p, "explanation", d, 0, checkImmunizationExplanation) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(o.reaction, x, p, "reaction", d, 0, -1, checkImmunizationReaction) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(o.vaccinationProtocol, x, p, "vaccinationProtocol", d, 0, -1, checkImmunizationVaccinationProtocol) && x.c === null)
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
  if ((m1 & 16) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkImmunizationPractitioner(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.practitioner");
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
      case "actor":
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.role, false, x, p, "role", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.actor, x, p, "actor", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function checkImmunizationExplanation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.explanation");
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
      case "reason":
        n++;
        m0 |= 8;
        break;
      case "reasonNotGiven":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.reasonNotGiven, x, p, "reasonNotGiven", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  return true;
}
function checkImmunizationReaction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.reaction");
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
      case "date":
        n++;
        m0 |= 8;
        break;
      case "detail":
        n++;
        m0 |= 32;
        break;
      case "reported":
        n++;
        m0 |= 64;
        break;
      case "_date":
        n++;
        m0 |= 16;
        break;
      case "_reported":
        n++;
        m0 |= 128;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.detail, x, p, "detail", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.detail, false, x, p, "detail", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(o.reported) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.reported, o._reported, x, p, "reported", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkImmunizationVaccinationProtocol(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol");
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
      case "doseSequence":
        n++;
        m0 |= 8;
        break;
      case "description":
        n++;
        m0 |= 32;
        break;
      case "authority":
        n++;
        m0 |= 128;
        break;
      case "series":
        n++;
        m0 |= 256;
        break;
      case "seriesDoses":
        n++;
        m0 |= 1024;
        break;
      case "targetDisease":
        n++;
        m0 |= 4096;
        break;
      case "doseStatus":
        n++;
        m0 |= 8192;
        break;
      case "doseStatusReason":
        n++;
        m0 |= 16384;
        break;
      case "_doseSequence":
        n++;
        m0 |= 16;
        break;
      case "_description":
        n++;
        m0 |= 64;
        break;
      case "_series":
        n++;
        m0 |= 512;
        break;
      case "_seriesDoses":
        n++;
        m0 |= 2048;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidPositiveInt(o.doseSequence) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.doseSequence,
        o._doseSequence,
        x,
        p,
        "doseSequence",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.authority, x, p, "authority", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.authority, false, x, p, "authority", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.series) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.series, o._series, x, p, "series", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidPositiveInt(o.seriesDoses) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.seriesDoses,
        o._seriesDoses,
        x,
        p,
        "seriesDoses",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.targetDisease, x, p, "targetDisease", d, 1, -1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(o.doseStatus, x, p, "doseStatus", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.doseStatusReason, x, p, "doseStatusReason", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  return true;
}
function validateImmunization(value, options) {
  return vrt.validateWith(value, "Immunization", checkImmunization, true, options, REGISTRY_0);
}
function isImmunization(value, options) {
  return vrt.testWith(value, checkImmunization, true, options, REGISTRY_0);
}
function buildImmunization(input) {
  return fillAndCheck(input, { resourceType: "Immunization" }, isImmunization, validateImmunization, "Immunization");
}
export {
  buildImmunization,
  checkImmunization,
  checkImmunizationExplanation,
  checkImmunizationPractitioner,
  checkImmunizationReaction,
  checkImmunizationVaccinationProtocol,
  isImmunization,
  validateImmunization
};
