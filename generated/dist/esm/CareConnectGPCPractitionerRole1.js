import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["PractitionerRole"], type: "PractitionerRole", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Practitioner"];
const TARGETS_1 = ["Organization"];
const BINDING_1 = {
  has: vcodes.inCodings115,
  strength: "required",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/CareConnect-SDSJobRoleName-1"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkConcept(v, x, q, BINDING_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OCCURRENCE_CHECK_0 = (v, x, q, d) => {
  if (!checkCareConnectGPCPractitionerRole1CodeSdsJobRoleName(v, x, q, d) && x.c === null) return false;
  return OCCURRENCE_0(v, x, q) || x.c !== null;
};
const STEPS_0 = [
  ["coding", true],
  ["system", false]
];
const SLICING_0 = {
  rules: "openAtEnd",
  ordered: false,
  element: "PractitionerRole.code",
  base: (v, x, q, d) => checkCodeableConcept(v, x, q, d),
  slices: [
    {
      name: "sdsJobRoleName",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.discValue(v, STEPS_0, "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1"),
      check: (v, x, q, d) => OCCURRENCE_CHECK_0(v, x, q, d)
    }
  ],
  index: void 0
};
const BINDING_2 = {
  has: vcodes.inCodings20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const TARGETS_2 = ["Location"];
const TARGETS_3 = ["HealthcareService"];
const TARGETS_4 = ["Endpoint"];
const OWNER_1 = {
  paths: ["PractitionerRole.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const BINDING_3 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_4 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const OWNER_2 = {
  paths: ["PractitionerRole.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_3 = { paths: ["PractitionerRole.availableTime"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes100,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/days-of-week"
};
const OWNER_4 = { paths: ["PractitionerRole.notAvailable"], type: "BackboneElement", exact: true };
const OWNER_5 = { paths: ["PractitionerRole.code.coding", "Coding"], type: "Coding", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-PractitionerRole-1",
      check: checkCareConnectGPCPractitionerRole1,
      type: "PractitionerRole",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCPractitionerRole1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PractitionerRole");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "PractitionerRole") && x.c === null) return false;
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
      case "active":
        m0 |= 4096;
        break;
      case "period":
        m0 |= 16384;
        break;
      case "practitioner":
        m0 |= 32768;
        break;
      case "organization":
        m0 |= 65536;
        break;
      case "code":
        m0 |= 131072;
        break;
      case "specialty":
        m0 |= 262144;
        break;
      case "location":
        m0 |= 524288;
        break;
      case "healthcareService":
        m0 |= 1048576;
        break;
      case "telecom":
        m0 |= 2097152;
        break;
      case "availableTime":
        m0 |= 4194304;
        break;
      case "notAvailable":
        m0 |= 8388608;
        break;
      case "availabilityExceptions":
        m0 |= 16777216;
        break;
      case "endpoint":
        m0 |= 67108864;
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
      case "_availabilityExceptions":
        m0 |= 33554432;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkCareConnectGPCPractitionerRole1Identifier) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(o.active) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.practitioner, x, p, "practitioner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.practitioner, false, x, p, "practitioner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.organization, x, p, "organization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.checkSliced(o.code, x, p, "code", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(o.specialty, x, p, "specialty", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.specialty, true, x, p, "specialty", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.location, x, p, "location", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, true, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.healthcareService, x, p, "healthcareService", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.healthcareService, true, x, p, "healthcareService", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.availableTime, x, p, "availableTime", d, 0, -1, _checkPractitionerRoleAvailableTime) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.notAvailable, x, p, "notAvailable", d, 0, -1, _checkPractitionerRoleNotAvailable) && x.c === null)
      return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(o.availabilityExceptions) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(
        o.availabilityExceptions,
        o._availabilityExceptions,
        x,
        p,
        "availabilityExceptions",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.endpoint, x, p, "endpoint", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.endpoint, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
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
function checkCareConnectGPCPractitionerRole1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PractitionerRole.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
        n++;
        m0 |= 256;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCPractitionerRole1CodeSdsJobRoleName(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PractitionerRole.code");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
        break;
      case "_text":
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
  if (!vrt.many(o.coding, x, p, "coding", d, 1, 1, checkCareConnectGPCPractitionerRole1CodeSdsJobRoleNameCoding) && x.c === null)
    return false;
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function _checkPractitionerRoleAvailableTime(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PractitionerRole.availableTime");
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
      case "daysOfWeek":
        n++;
        m0 |= 8;
        break;
      case "allDay":
        n++;
        m0 |= 32;
        break;
      case "availableStartTime":
        n++;
        m0 |= 128;
        break;
      case "availableEndTime":
        n++;
        m0 |= 512;
        break;
      case "_daysOfWeek":
        n++;
        m0 |= 16;
        break;
      case "_allDay":
        n++;
        m0 |= 64;
        break;
      case "_availableStartTime":
        n++;
        m0 |= 256;
        break;
      case "_availableEndTime":
        n++;
        m0 |= 1024;
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
    if (!vrt.prims(o.daysOfWeek, o._daysOfWeek, x, p, "daysOfWeek", d, 0, -1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
    if (!vrt.eachWith(o.daysOfWeek, true, x, p, "daysOfWeek", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.allDay) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.allDay, o._allDay, x, p, "allDay", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidTime(o.availableStartTime) && (m0 & 256) === 0)) {
      if (!vrt.prim(
        o.availableStartTime,
        o._availableStartTime,
        x,
        p,
        "availableStartTime",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidTime(o.availableEndTime) && (m0 & 1024) === 0)) {
      if (!vrt.prim(
        o.availableEndTime,
        o._availableEndTime,
        x,
        p,
        "availableEndTime",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function _checkPractitionerRoleNotAvailable(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PractitionerRole.notAvailable");
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
      case "description":
        n++;
        m0 |= 8;
        break;
      case "during":
        n++;
        m0 |= 32;
        break;
      case "_description":
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
  if (!(vrt.isValidString(o.description) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.description, o._description, x, p, "description", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.during, x, p, "during", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPractitionerRole1CodeSdsJobRoleNameCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "PractitionerRole.code.coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (!((o.system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1")) {
    if (!vrt.eachWith(
      o.system,
      false,
      x,
      p,
      "system",
      vrt.checkFixed,
      "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1"
    ) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(o.userSelected, o._userSelected, x, p, "userSelected") && x.c === null) return false;
  }
  return true;
}
function validateCareConnectGPCPractitionerRole1(value, options) {
  return vrt.validateWith(value, "PractitionerRole", checkCareConnectGPCPractitionerRole1, true, options, REGISTRY_0);
}
function isCareConnectGPCPractitionerRole1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCPractitionerRole1, true, options, REGISTRY_0);
}
function buildCareConnectGPCPractitionerRole1(input) {
  return fillAndCheck(
    input,
    {
      resourceType: "PractitionerRole",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-PractitionerRole-1"
    },
    isCareConnectGPCPractitionerRole1,
    validateCareConnectGPCPractitionerRole1,
    "CareConnectGPCPractitionerRole1"
  );
}
function buildCareConnectGPCPractitionerRole1CodeSdsJobRoleName(input) {
  return fillPart(input, {
    each: { coding: { set: { system: "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-SDSJobRoleName-1" } } }
  });
}
export {
  buildCareConnectGPCPractitionerRole1,
  buildCareConnectGPCPractitionerRole1CodeSdsJobRoleName,
  checkCareConnectGPCPractitionerRole1,
  checkCareConnectGPCPractitionerRole1CodeSdsJobRoleName,
  checkCareConnectGPCPractitionerRole1CodeSdsJobRoleNameCoding,
  checkCareConnectGPCPractitionerRole1Identifier,
  isCareConnectGPCPractitionerRole1,
  validateCareConnectGPCPractitionerRole1
};
