import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkDuration } from "./Duration.js";
import {
  checkExtensionCareConnectAdmissionMethod1
} from "./ExtensionCareConnectAdmissionMethod1.js";
import {
  checkExtensionCareConnectDischargeMethod1
} from "./ExtensionCareConnectDischargeMethod1.js";
import {
  checkExtensionCareConnectEmergencyCareDischargeStatus1
} from "./ExtensionCareConnectEmergencyCareDischargeStatus1.js";
import {
  checkExtensionCareConnectEncounterTransport1
} from "./ExtensionCareConnectEncounterTransport1.js";
import {
  checkExtensionCareConnectOutcomeOfAttendance1
} from "./ExtensionCareConnectOutcomeOfAttendance1.js";
import { checkExtensionCodingSctdescid } from "./ExtensionCodingSctdescid.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Encounter"], type: "Encounter", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Encounter.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "encounterTransport",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1",
      check: (v, x, q, d) => checkExtensionCareConnectEncounterTransport1(v, x, q, d)
    },
    {
      name: "outcomeOfAttendance",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1",
      check: (v, x, q, d) => checkExtensionCareConnectOutcomeOfAttendance1(v, x, q, d)
    },
    {
      name: "emergencyCareDischargeStatus",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1",
      check: (v, x, q, d) => checkExtensionCareConnectEmergencyCareDischargeStatus1(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1":
        return 0;
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1":
        return 1;
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1":
        return 2;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodes70,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ActEncounterCode",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const TARGETS_0 = ["Group", "Patient"];
const TARGETS_1 = ["EpisodeOfCare"];
const TARGETS_2 = ["ReferralRequest"];
const TARGETS_3 = ["Appointment"];
const TARGETS_4 = ["Account"];
const TARGETS_5 = ["Organization"];
const TARGETS_6 = ["Encounter"];
const OWNER_1 = { paths: ["Encounter.identifier", "Identifier"], type: "Identifier", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_3 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const OWNER_2 = { paths: ["Encounter.statusHistory"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["Encounter.classHistory"], type: "BackboneElement", exact: true };
const OWNER_4 = {
  paths: ["Encounter.type", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-EncounterType-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.bindingNotChecked(v, x, q, UNCHECKED_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OCCURRENCE_CHECK_0 = (v, x, q, d) => {
  if (!checkCareConnectEncounter1TypeCodingSnomedCT(v, x, q, d) && x.c === null) return false;
  return OCCURRENCE_0(v, x, q) || x.c !== null;
};
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "Encounter.type.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => OCCURRENCE_CHECK_0(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_5 = { paths: ["Encounter.participant"], type: "BackboneElement", exact: true };
const UNCHECKED_2 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-participant-type",
  reason: "a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server"
};
const TARGETS_7 = ["Practitioner", "RelatedPerson"];
const OWNER_6 = {
  paths: ["Encounter.reason", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "Encounter.reason.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectEncounter1ReasonCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_7 = { paths: ["Encounter.diagnosis"], type: "BackboneElement", exact: true };
const TARGETS_8 = ["Condition", "Procedure"];
const BINDING_4 = {
  has: vcodes.inCodings71,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/diagnosis-role"
};
const OWNER_8 = { paths: ["Encounter.hospitalization"], type: "BackboneElement", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_8, false);
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "Encounter.hospitalization.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "admissionMethod",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1",
      check: (v, x, q, d) => checkExtensionCareConnectAdmissionMethod1(v, x, q, d)
    },
    {
      name: "dischargeMethod",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1",
      check: (v, x, q, d) => checkExtensionCareConnectDischargeMethod1(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1":
        return 0;
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1":
        return 1;
    }
    return -1;
  }
};
const TARGETS_9 = ["Location"];
const BINDING_5 = {
  has: vcodes.inCodings72,
  strength: "preferred",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-SourceOfAdmission-1"
};
const BINDING_6 = {
  has: vcodes.inCodings73,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-diet"
};
const BINDING_7 = {
  has: vcodes.inCodings74,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-special-courtesy"
};
const BINDING_8 = {
  has: vcodes.inCodings75,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-special-arrangements"
};
const OWNER_9 = { paths: ["Encounter.location"], type: "BackboneElement", exact: true };
const BINDING_9 = {
  has: vcodes.inCodes76,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-location-status"
};
const OWNER_10 = { paths: ["Encounter.type.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_10, false);
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "Encounter.type.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_11 = { paths: ["Encounter.reason.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_11, false);
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "Encounter.reason.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_12 = {
  paths: ["Encounter.hospitalization.preAdmissionIdentifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const OWNER_13 = {
  paths: ["Encounter.hospitalization.reAdmission", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "Encounter.hospitalization.reAdmission.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_14 = {
  paths: ["Encounter.hospitalization.reAdmission.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_4 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_14, false);
const SLICING_7 = {
  rules: "open",
  ordered: false,
  element: "Encounter.hospitalization.reAdmission.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_4(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1",
      check: checkCareConnectEncounter1,
      type: "Encounter",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-AdmissionMethod-1",
      check: checkExtensionCareConnectAdmissionMethod1,
      contexts: ["Encounter.hospitalization"],
      contextTypes: ["BackboneElement"]
    },
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-DischargeMethod-1",
      check: checkExtensionCareConnectDischargeMethod1,
      contexts: ["Encounter.hospitalization"],
      contextTypes: ["BackboneElement"]
    },
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EmergencyCareDischargeStatus-1",
      check: checkExtensionCareConnectEmergencyCareDischargeStatus1,
      contexts: ["Encounter"],
      contextTypes: ["Encounter"]
    },
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EncounterTransport-1",
      check: checkExtensionCareConnectEncounterTransport1,
      contexts: ["Encounter"],
      contextTypes: ["Encounter"]
    },
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-OutcomeOfAttendance-1",
      check: checkExtensionCareConnectOutcomeOfAttendance1,
      contexts: ["Encounter"],
      contextTypes: ["Encounter"]
    },
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: checkExtensionCodingSctdescid,
      contexts: [
        "Encounter",
        "Condition",
        "Observation",
        "Flag",
        "Immunization",
        "AllergyIntolerance",
        "FamilyMemberHistory",
        "MedicationRequest",
        "MedicationStatement",
        "Procedure",
        "Medication"
      ],
      contextTypes: [
        "AllergyIntolerance",
        "Condition",
        "Encounter",
        "FamilyMemberHistory",
        "Flag",
        "Immunization",
        "Medication",
        "MedicationRequest",
        "MedicationStatement",
        "Observation",
        "Procedure"
      ]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectEncounter1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Encounter") && x.c === null) return false;
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
      case "statusHistory":
        m0 |= 16384;
        break;
      case "class":
        m0 |= 32768;
        break;
      case "classHistory":
        m0 |= 65536;
        break;
      case "type":
        m0 |= 131072;
        break;
      case "priority":
        m0 |= 262144;
        break;
      case "subject":
        m0 |= 524288;
        break;
      case "episodeOfCare":
        m0 |= 1048576;
        break;
      case "incomingReferral":
        m0 |= 2097152;
        break;
      case "participant":
        m0 |= 4194304;
        break;
      case "appointment":
        m0 |= 8388608;
        break;
      case "period":
        m0 |= 16777216;
        break;
      case "length":
        m0 |= 33554432;
        break;
      case "reason":
        m0 |= 67108864;
        break;
      case "diagnosis":
        m0 |= 134217728;
        break;
      case "account":
        m0 |= 268435456;
        break;
      case "hospitalization":
        m0 |= 536870912;
        break;
      case "location":
        m0 |= 1073741824;
        break;
      case "serviceProvider":
        m1 |= 1;
        break;
      case "partOf":
        m1 |= 2;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkCareConnectEncounter1Identifier) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes70)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.statusHistory, x, p, "statusHistory", d, 0, -1, _checkEncounterStatusHistory) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.class, x, p, "class", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.class, false, x, p, "class", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.classHistory, x, p, "classHistory", d, 0, -1, _checkEncounterClassHistory) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkCareConnectEncounter1Type) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.priority, x, p, "priority", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.episodeOfCare, x, p, "episodeOfCare", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.episodeOfCare, true, x, p, "episodeOfCare", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.incomingReferral, x, p, "incomingReferral", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.incomingReferral, true, x, p, "incomingReferral", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.participant, x, p, "participant", d, 0, -1, checkCareConnectEncounter1Participant) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.appointment, x, p, "appointment", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.appointment, false, x, p, "appointment", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.length, x, p, "length", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, checkCareConnectEncounter1Reason) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.diagnosis, x, p, "diagnosis", d, 0, -1, checkCareConnectEncounter1Diagnosis) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.account, x, p, "account", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.account, true, x, p, "account", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.hospitalization, x, p, "hospitalization", d, 0, checkCareConnectEncounter1Hospitalization) && x.c === null)
      return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.location, x, p, "location", d, 0, -1, checkCareConnectEncounter1Location) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.serviceProvider, x, p, "serviceProvider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.serviceProvider, false, x, p, "serviceProvider", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.partOf, x, p, "partOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, false, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
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
function checkCareConnectEncounter1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.identifier");
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
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  return true;
}
function _checkEncounterStatusHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.statusHistory");
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
      case "status":
        n++;
        m0 |= 8;
        break;
      case "period":
        n++;
        m0 |= 32;
        break;
      case "_status":
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
  if (!(vrt.isValidCode(o.status) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes70)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(o.period, x, p, "period", d, 1, checkPeriod) && x.c === null) return false;
  return true;
}
function _checkEncounterClassHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.classHistory");
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
      case "class":
        n++;
        m0 |= 8;
        break;
      case "period":
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
  if (!vrt.one(o.class, x, p, "class", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(o.class, false, x, p, "class", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  if (!vrt.one(o.period, x, p, "period", d, 1, checkPeriod) && x.c === null) return false;
  return true;
}
function checkCareConnectEncounter1Type(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.type");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectEncounter1Participant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.participant");
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
        m0 |= 16;
        break;
      case "individual":
        n++;
        m0 |= 32;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, true, x, p, "type", vrt.bindingNotChecked, UNCHECKED_2) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.individual, x, p, "individual", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.individual, false, x, p, "individual", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectEncounter1Reason(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.reason");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectEncounter1Diagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.diagnosis");
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
      case "condition":
        n++;
        m0 |= 8;
        break;
      case "role":
        n++;
        m0 |= 16;
        break;
      case "rank":
        n++;
        m0 |= 32;
        break;
      case "_rank":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.condition, x, p, "condition", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.condition, false, x, p, "condition", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
    return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.role, false, x, p, "role", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidPositiveInt(o.rank) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.rank, o._rank, x, p, "rank", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectEncounter1Hospitalization(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.hospitalization");
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
      case "preAdmissionIdentifier":
        n++;
        m0 |= 8;
        break;
      case "origin":
        n++;
        m0 |= 16;
        break;
      case "admitSource":
        n++;
        m0 |= 32;
        break;
      case "reAdmission":
        n++;
        m0 |= 64;
        break;
      case "dietPreference":
        n++;
        m0 |= 128;
        break;
      case "specialCourtesy":
        n++;
        m0 |= 256;
        break;
      case "specialArrangement":
        n++;
        m0 |= 512;
        break;
      case "destination":
        n++;
        m0 |= 1024;
        break;
      case "dischargeDisposition":
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(
      o.preAdmissionIdentifier,
      x,
      p,
      "preAdmissionIdentifier",
      d,
      0,
      checkCareConnectEncounter1HospitalizationPreAdmissionIdentifier
    ) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.origin, x, p, "origin", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.origin, false, x, p, "origin", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.admitSource, x, p, "admitSource", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.admitSource, false, x, p, "admitSource", vrt.checkConcept, BINDING_5) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.reAdmission, x, p, "reAdmission", d, 0, checkCareConnectEncounter1HospitalizationReAdmission) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.dietPreference, x, p, "dietPreference", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.dietPreference, true, x, p, "dietPreference", vrt.checkConcept, BINDING_6) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.specialCourtesy, x, p, "specialCourtesy", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.specialCourtesy, true, x, p, "specialCourtesy", vrt.checkConcept, BINDING_7) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(o.specialArrangement, x, p, "specialArrangement", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.specialArrangement, true, x, p, "specialArrangement", vrt.checkConcept, BINDING_8) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.destination, x, p, "destination", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.destination, false, x, p, "destination", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.dischargeDisposition, x, p, "dischargeDisposition", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectEncounter1Location(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.location");
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
      case "location":
        n++;
        m0 |= 8;
        break;
      case "status":
        n++;
        m0 |= 16;
        break;
      case "period":
        n++;
        m0 |= 64;
        break;
      case "_status":
        n++;
        m0 |= 32;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.location, x, p, "location", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
    return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_9) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes76)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_9) && x.c === null) return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectEncounter1TypeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.type.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_10) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_10) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_10
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectEncounter1ReasonCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.reason.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_5) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_11) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_11) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectEncounter1HospitalizationPreAdmissionIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.hospitalization.preAdmissionIdentifier");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_12, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_12) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_12) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectEncounter1HospitalizationReAdmission(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.hospitalization.reAdmission");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_13, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_6) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.hospitalization.reAdmission.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_7) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_14) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_14) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_14) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCareConnectEncounter1(value, options) {
  return vrt.validateWith(value, "Encounter", checkCareConnectEncounter1, true, options, REGISTRY_0);
}
function isCareConnectEncounter1(value, options) {
  return vrt.testWith(value, checkCareConnectEncounter1, true, options, REGISTRY_0);
}
function buildCareConnectEncounter1(input) {
  return fillAndCheck(
    input,
    { resourceType: "Encounter", profile: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Encounter-1" },
    isCareConnectEncounter1,
    validateCareConnectEncounter1,
    "CareConnectEncounter1"
  );
}
function buildCareConnectEncounter1TypeCodingSnomedCT(input) {
  return fillPart(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectEncounter1ReasonCodingSnomedCT(input) {
  return fillPart(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
export {
  buildCareConnectEncounter1,
  buildCareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT,
  buildCareConnectEncounter1ReasonCodingSnomedCT,
  buildCareConnectEncounter1TypeCodingSnomedCT,
  checkCareConnectEncounter1,
  checkCareConnectEncounter1Diagnosis,
  checkCareConnectEncounter1Hospitalization,
  checkCareConnectEncounter1HospitalizationPreAdmissionIdentifier,
  checkCareConnectEncounter1HospitalizationReAdmission,
  checkCareConnectEncounter1HospitalizationReAdmissionCodingSnomedCT,
  checkCareConnectEncounter1Identifier,
  checkCareConnectEncounter1Location,
  checkCareConnectEncounter1Participant,
  checkCareConnectEncounter1Reason,
  checkCareConnectEncounter1ReasonCodingSnomedCT,
  checkCareConnectEncounter1Type,
  checkCareConnectEncounter1TypeCodingSnomedCT,
  isCareConnectEncounter1,
  validateCareConnectEncounter1
};
