var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var CareConnectGPCPatient1_exports = {};
__export(CareConnectGPCPatient1_exports, {
  buildCareConnectGPCPatient1: () => buildCareConnectGPCPatient1,
  buildCareConnectGPCPatient1IdentifierNhsNumber: () => buildCareConnectGPCPatient1IdentifierNhsNumber,
  buildCareConnectGPCPatient1NameOfficial: () => buildCareConnectGPCPatient1NameOfficial,
  checkCareConnectGPCPatient1: () => checkCareConnectGPCPatient1,
  checkCareConnectGPCPatient1Address: () => checkCareConnectGPCPatient1Address,
  checkCareConnectGPCPatient1Contact: () => checkCareConnectGPCPatient1Contact,
  checkCareConnectGPCPatient1ContactAddress: () => checkCareConnectGPCPatient1ContactAddress,
  checkCareConnectGPCPatient1ContactName: () => checkCareConnectGPCPatient1ContactName,
  checkCareConnectGPCPatient1ContactRelationship: () => checkCareConnectGPCPatient1ContactRelationship,
  checkCareConnectGPCPatient1ContactRelationshipCoding: () => checkCareConnectGPCPatient1ContactRelationshipCoding,
  checkCareConnectGPCPatient1IdentifierNhsNumber: () => checkCareConnectGPCPatient1IdentifierNhsNumber,
  checkCareConnectGPCPatient1Link: () => checkCareConnectGPCPatient1Link,
  checkCareConnectGPCPatient1MaritalStatus: () => checkCareConnectGPCPatient1MaritalStatus,
  checkCareConnectGPCPatient1MaritalStatusCoding: () => checkCareConnectGPCPatient1MaritalStatusCoding,
  checkCareConnectGPCPatient1NameOfficial: () => checkCareConnectGPCPatient1NameOfficial,
  checkCareConnectGPCPatient1Telecom: () => checkCareConnectGPCPatient1Telecom,
  isCareConnectGPCPatient1: () => isCareConnectGPCPatient1,
  validateCareConnectGPCPatient1: () => validateCareConnectGPCPatient1
});
module.exports = __toCommonJS(CareConnectGPCPatient1_exports);
var import_BirthPlace = require("./BirthPlace.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_ExtensionCareConnectGPCDeathNotificationStatus1 = require("./ExtensionCareConnectGPCDeathNotificationStatus1.js");
var import_ExtensionCareConnectGPCEthnicCategory1 = require("./ExtensionCareConnectGPCEthnicCategory1.js");
var import_ExtensionCareConnectGPCNHSCommunication1 = require("./ExtensionCareConnectGPCNHSCommunication1.js");
var import_ExtensionCareConnectGPCNHSNumberVerificationStatus1 = require("./ExtensionCareConnectGPCNHSNumberVerificationStatus1.js");
var import_ExtensionCareConnectGPCNominatedPharmacy1 = require("./ExtensionCareConnectGPCNominatedPharmacy1.js");
var import_ExtensionCareConnectGPCRegistrationDetails1 = require("./ExtensionCareConnectGPCRegistrationDetails1.js");
var import_ExtensionCareConnectGPCReligiousAffiliation1 = require("./ExtensionCareConnectGPCReligiousAffiliation1.js");
var import_ExtensionCareConnectGPCResidentialStatus1 = require("./ExtensionCareConnectGPCResidentialStatus1.js");
var import_ExtensionCareConnectGPCTreatmentCategory1 = require("./ExtensionCareConnectGPCTreatmentCategory1.js");
var import_HumanName = require("./HumanName.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_PatientBirthTime = require("./PatientBirthTime.js");
var import_PatientCadavericDonor = require("./PatientCadavericDonor.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Patient"], type: "Patient", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Patient.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "registrationDetails",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCRegistrationDetails1.checkExtensionCareConnectGPCRegistrationDetails1)(v, x, q, d)
    },
    {
      name: "ethnicCategory",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCEthnicCategory1.checkExtensionCareConnectGPCEthnicCategory1)(v, x, q, d)
    },
    {
      name: "religiousAffiliation",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCReligiousAffiliation1.checkExtensionCareConnectGPCReligiousAffiliation1)(v, x, q, d)
    },
    {
      name: "patient-cadavericDonor",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
      check: (v, x, q, d) => (0, import_PatientCadavericDonor.checkPatientCadavericDonor)(v, x, q, d)
    },
    {
      name: "residentialStatus",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCResidentialStatus1.checkExtensionCareConnectGPCResidentialStatus1)(v, x, q, d)
    },
    {
      name: "treatmentCategory",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCTreatmentCategory1.checkExtensionCareConnectGPCTreatmentCategory1)(v, x, q, d)
    },
    {
      name: "nhsCommunication",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCNHSCommunication1.checkExtensionCareConnectGPCNHSCommunication1)(v, x, q, d)
    },
    {
      name: "birthPlace",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/birthPlace",
      check: (v, x, q, d) => (0, import_BirthPlace.checkBirthPlace)(v, x, q, d)
    },
    {
      name: "nominatedPharmacy",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCNominatedPharmacy1.checkExtensionCareConnectGPCNominatedPharmacy1)(v, x, q, d)
    },
    {
      name: "deathNotificationStatus",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCDeathNotificationStatus1.checkExtensionCareConnectGPCDeathNotificationStatus1)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1":
        return 0;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1":
        return 1;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1":
        return 2;
      case "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor":
        return 3;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1":
        return 4;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1":
        return 5;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1":
        return 6;
      case "http://hl7.org/fhir/StructureDefinition/birthPlace":
        return 7;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1":
        return 8;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1":
        return 9;
    }
    return -1;
  }
};
const SLICING_1 = {
  rules: "openAtEnd",
  ordered: false,
  element: "Patient.identifier",
  base: (v, x, q, d) => (0, import_Identifier.checkIdentifier)(v, x, q, d),
  slices: [
    {
      name: "nhsNumber",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "https://fhir.nhs.uk/Id/nhs-number",
      check: (v, x, q, d) => checkCareConnectGPCPatient1IdentifierNhsNumber(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "https://fhir.nhs.uk/Id/nhs-number":
        return 0;
    }
    return -1;
  }
};
const SLICING_2 = {
  rules: "openAtEnd",
  ordered: false,
  element: "Patient.name",
  base: (v, x, q, d) => (0, import_HumanName.checkHumanName)(v, x, q, d),
  slices: [
    {
      name: "official",
      min: 1,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.use === "official",
      check: (v, x, q, d) => checkCareConnectGPCPatient1NameOfficial(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.use) {
      case "official":
        return 0;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodes109,
  strength: "required",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/CareConnect-AdministrativeGender-1"
};
const CHOICE_0 = vrt.choiceVariants(["deceasedDateTime"]);
const BINDING_2 = {
  has: vcodes.inCodings110,
  strength: "required",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/CareConnect-MaritalStatus-1"
};
const CHOICE_1 = vrt.choiceVariants(["multipleBirthBoolean"]);
const TARGETS_0 = ["Organization", "Practitioner"];
const TARGETS_1 = ["Organization"];
const OWNER_1 = { paths: ["Patient.identifier", "Identifier"], type: "Identifier", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_1, false);
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "Patient.identifier:nhsNumber.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "nhsNumberVerificationStatus",
      min: 1,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCNHSNumberVerificationStatus1.checkExtensionCareConnectGPCNHSNumberVerificationStatus1)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1":
        return 0;
    }
    return -1;
  }
};
const OWNER_2 = { paths: ["Patient.name", "HumanName"], type: "HumanName", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes108,
  strength: "required",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/CareConnect-NameUse-1"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkFixed(v, x, q, "official")) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkCode(v, x, q, BINDING_3)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OWNER_3 = { paths: ["Patient.telecom", "ContactPoint"], type: "ContactPoint", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes111,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/contact-point-system"
};
const BINDING_5 = {
  has: vcodes.inCodes112,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/contact-point-use"
};
const INVARIANT_0 = vrt.invariant({
  key: "cpt-2",
  path: "Patient.telecom",
  expression: "value.empty() or system.exists()",
  severity: "error",
  human: "A system is required if a value is provided."
});
const OWNER_4 = { paths: ["Patient.birthDate"], type: "date", exact: true };
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_4, false);
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "Patient.birthDate.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "patient-birthTime",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
      check: (v, x, q, d) => (0, import_PatientBirthTime.checkPatientBirthTime)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/patient-birthTime":
        return 0;
    }
    return -1;
  }
};
const OWNER_5 = { paths: ["Patient.address", "Address"], type: "Address", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes6,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-use"
};
const BINDING_7 = {
  has: vcodes.inCodes7,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-type"
};
const OWNER_6 = {
  paths: ["Patient.maritalStatus", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_7 = { paths: ["Patient.contact"], type: "BackboneElement", exact: true };
const BINDING_8 = {
  has: vcodes.inCodings113,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v2-0131"
};
const INVARIANT_1 = vrt.invariant({
  key: "pat-1",
  path: "Patient.contact",
  expression: "name.exists() or telecom.exists() or address.exists() or organization.exists()",
  severity: "error",
  human: "SHALL at least contain a contact's details or a reference to an organization"
});
const OWNER_8 = { paths: ["Patient.link"], type: "BackboneElement", exact: true };
const TARGETS_2 = ["Patient", "RelatedPerson"];
const BINDING_9 = {
  has: vcodes.inCodes114,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/link-type"
};
const OWNER_9 = { paths: ["Patient.maritalStatus.coding", "Coding"], type: "Coding", exact: true };
const OWNER_10 = {
  paths: ["Patient.contact.relationship", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_11 = { paths: ["Patient.contact.name", "HumanName"], type: "HumanName", exact: true };
const BINDING_10 = {
  has: vcodes.inCodes108,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/name-use"
};
const OWNER_12 = { paths: ["Patient.contact.address", "Address"], type: "Address", exact: true };
const OWNER_13 = {
  paths: ["Patient.contact.relationship.coding", "Coding"],
  type: "Coding",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1",
      check: checkCareConnectGPCPatient1,
      type: "Patient",
      base: false
    }
  ],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/birthPlace",
      check: import_BirthPlace.checkBirthPlace,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
      check: import_PatientBirthTime.checkPatientBirthTime,
      contexts: ["Patient.birthDate"],
      contextTypes: ["date"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor",
      check: import_PatientCadavericDonor.checkPatientCadavericDonor,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-DeathNotificationStatus-1",
      check: import_ExtensionCareConnectGPCDeathNotificationStatus1.checkExtensionCareConnectGPCDeathNotificationStatus1,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-EthnicCategory-1",
      check: import_ExtensionCareConnectGPCEthnicCategory1.checkExtensionCareConnectGPCEthnicCategory1,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSCommunication-1",
      check: import_ExtensionCareConnectGPCNHSCommunication1.checkExtensionCareConnectGPCNHSCommunication1,
      contexts: ["Patient", "Practitioner"],
      contextTypes: ["Patient", "Practitioner"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1",
      check: import_ExtensionCareConnectGPCNHSNumberVerificationStatus1.checkExtensionCareConnectGPCNHSNumberVerificationStatus1,
      contexts: ["Patient.identifier"],
      contextTypes: ["Identifier"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NominatedPharmacy-1",
      check: import_ExtensionCareConnectGPCNominatedPharmacy1.checkExtensionCareConnectGPCNominatedPharmacy1,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-RegistrationDetails-1",
      check: import_ExtensionCareConnectGPCRegistrationDetails1.checkExtensionCareConnectGPCRegistrationDetails1,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReligiousAffiliation-1",
      check: import_ExtensionCareConnectGPCReligiousAffiliation1.checkExtensionCareConnectGPCReligiousAffiliation1,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ResidentialStatus-1",
      check: import_ExtensionCareConnectGPCResidentialStatus1.checkExtensionCareConnectGPCResidentialStatus1,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-TreatmentCategory-1",
      check: import_ExtensionCareConnectGPCTreatmentCategory1.checkExtensionCareConnectGPCTreatmentCategory1,
      contexts: ["Patient"],
      contextTypes: ["Patient"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCPatient1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Patient") && x.c === null) return false;
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
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "active":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "name":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "telecom":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "gender":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "birthDate":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "deceasedDateTime":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "address":
        m0 |= 4194304;
        e15 = o[k];
        break;
      case "maritalStatus":
        m0 |= 8388608;
        e16 = o[k];
        break;
      case "multipleBirthBoolean":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "photo":
        m0 |= 67108864;
        e18 = o[k];
        break;
      case "contact":
        m0 |= 134217728;
        e19 = o[k];
        break;
      case "animal":
        m0 |= 268435456;
        e20 = o[k];
        break;
      case "communication":
        m0 |= 536870912;
        e21 = o[k];
        break;
      case "generalPractitioner":
        m0 |= 1073741824;
        e22 = o[k];
        break;
      case "managingOrganization":
        m1 |= 1;
        e23 = o[k];
        break;
      case "link":
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
      case "_active":
        m0 |= 8192;
        break;
      case "_gender":
        m0 |= 131072;
        break;
      case "_birthDate":
        m0 |= 524288;
        break;
      case "_deceasedDateTime":
        m0 |= 2097152;
        break;
      case "_multipleBirthBoolean":
        m0 |= 33554432;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.checkSliced(e8, x, p, "identifier", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkSliced(e10, x, p, "name", d, 0, -1, SLICING_2) && x.c === null) return false;
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "telecom", d, 0, -1, checkCareConnectGPCPatient1Telecom) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidCode(e12) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e12, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e12, vcodes.inCodes109)) {
      if (!vrt.eachWith(e12, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDate(e13) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e13, o._birthDate, x, p, "birthDate", d, 0, vrt.isValidDate, "date", _checkPatientBirthDateElement) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 3145728) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "deceased", 0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(
        e14,
        o._deceasedDateTime,
        x,
        p,
        "deceased.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e15, x, p, "address", d, 0, -1, checkCareConnectGPCPatient1Address) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e16, x, p, "maritalStatus", d, 0, checkCareConnectGPCPatient1MaritalStatus) && x.c === null)
      return false;
    if (!vrt.eachWith(e16, false, x, p, "maritalStatus", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 50331648) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "multipleBirth", 0) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidBoolean(e17) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(
        e17,
        o._multipleBirthBoolean,
        x,
        p,
        "multipleBirth.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.prohibited(e18, void 0, x, p, "photo") && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e19, x, p, "contact", d, 0, -1, checkCareConnectGPCPatient1Contact) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.prohibited(e20, void 0, x, p, "animal") && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.prohibited(e21, void 0, x, p, "communication") && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e22, x, p, "generalPractitioner", d, 0, 1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "generalPractitioner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e23, x, p, "managingOrganization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e24, x, p, "link", d, 0, -1, checkCareConnectGPCPatient1Link) && x.c === null) return false;
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
function checkCareConnectGPCPatient1IdentifierNhsNumber(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_3) && x.c === null) return false;
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(e2, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(e3, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!((e4 === "https://fhir.nhs.uk/Id/nhs-number" || vrt.isValidUri(e4)) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(e4 === void 0 || e4 === "https://fhir.nhs.uk/Id/nhs-number")) {
    if (!vrt.eachWith(e4, false, x, p, "system", vrt.checkFixed, "https://fhir.nhs.uk/Id/nhs-number") && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(e6, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(e7, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1NameOfficial(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.name");
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "family":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "given":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "prefix":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "suffix":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "period":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_text":
        n++;
        m0 |= 32;
        break;
      case "_family":
        n++;
        m0 |= 128;
        break;
      case "_given":
        n++;
        m0 |= 512;
        break;
      case "_prefix":
        n++;
        m0 |= 2048;
        break;
      case "_suffix":
        n++;
        m0 |= 8192;
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
  if (!((e2 === "official" || vrt.isValidCode(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._use, x, p, "use", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.each(e2, false, x, p, "use", OCCURRENCE_0) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._family, x, p, "family", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._given, x, p, "given", d, 0, -1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e6, o._prefix, x, p, "prefix", d, 0, -1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(e7, o._suffix, x, p, "suffix", d, 0, -1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e8, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1Telecom(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.telecom");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "value":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "use":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "rank":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_value":
        n++;
        m0 |= 32;
        break;
      case "_use":
        n++;
        m0 |= 128;
        break;
      case "_rank":
        n++;
        m0 |= 512;
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
  if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes111)) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
    if (!vrt.prim(e3, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes112)) {
      if (!vrt.eachWith(e4, false, x, p, "use", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidPositiveInt(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._rank, x, p, "rank", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_value"], o["value"]) === 0,
          vrt.fpSizeOfValue(o["_system"], o["system"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function _checkPatientBirthDateElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.birthDate");
  if (o === void 0) return false;
  let m0 = 0;
  let e0, e1;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        m0 |= 2;
        e1 = o[k];
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1Address(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.address");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "text":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "line":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "city":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "district":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "state":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "postalCode":
        n++;
        m0 |= 65536;
        e9 = o[k];
        break;
      case "country":
        n++;
        m0 |= 262144;
        e10 = o[k];
        break;
      case "period":
        n++;
        m0 |= 1048576;
        e11 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_type":
        n++;
        m0 |= 32;
        break;
      case "_text":
        n++;
        m0 |= 128;
        break;
      case "_line":
        n++;
        m0 |= 512;
        break;
      case "_city":
        n++;
        m0 |= 2048;
        break;
      case "_district":
        n++;
        m0 |= 8192;
        break;
      case "_state":
        n++;
        m0 |= 32768;
        break;
      case "_postalCode":
        n++;
        m0 |= 131072;
        break;
      case "_country":
        n++;
        m0 |= 524288;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes6)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes7)) {
      if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_7) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e7, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prohibited(e8, o._state, x, p, "state") && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e9, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e10, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e11, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1MaritalStatus(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.maritalStatus");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (!vrt.many(e2, x, p, "coding", d, 1, 1, checkCareConnectGPCPatient1MaritalStatusCoding) && x.c === null)
    return false;
  if ((m0 & 24) !== 0) {
    if (!vrt.prohibited(e3, o._text, x, p, "text") && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1Contact(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.contact");
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
      case "relationship":
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
      case "gender":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "organization":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "period":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "_gender":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "relationship", d, 0, -1, checkCareConnectGPCPatient1ContactRelationship) && x.c === null)
      return false;
    if (!vrt.eachWith(e3, true, x, p, "relationship", vrt.checkConcept, BINDING_8) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "name", d, 1, checkCareConnectGPCPatient1ContactName) && x.c === null) return false;
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e5, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "address", d, 0, checkCareConnectGPCPatient1ContactAddress) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e7) && (m0 & 256) === 0)) {
      if (!vrt.prim(e7, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e7, vcodes.inCodes109)) {
      if (!vrt.eachWith(e7, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "organization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e9, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(
          vrt.fpOr3(vrt.fpSizeOfValue(o["_name"], o["name"]) > 0, vrt.fpSizeOfValue(o["_telecom"], o["telecom"]) > 0),
          vrt.fpSizeOfValue(o["_address"], o["address"]) > 0
        ),
        vrt.fpSizeOfValue(o["_organization"], o["organization"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1Link(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.link");
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
      case "other":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 32;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "other", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "other", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  if (!(vrt.isValidCode(e4) && (m0 & 32) === 0)) {
    if (!vrt.prim(e4, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_8) && x.c === null) return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes114)) {
    if (!vrt.eachWith(e4, false, x, p, "type", vrt.checkCode, BINDING_9) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1MaritalStatusCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.maritalStatus.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_9) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(e6, o._userSelected, x, p, "userSelected") && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1ContactRelationship(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.contact.relationship");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.many(e2, x, p, "coding", d, 0, -1, checkCareConnectGPCPatient1ContactRelationshipCoding) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_10) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCPatient1ContactName(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.contact.name");
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "family":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "given":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "prefix":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "suffix":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "period":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_text":
        n++;
        m0 |= 32;
        break;
      case "_family":
        n++;
        m0 |= 128;
        break;
      case "_given":
        n++;
        m0 |= 512;
        break;
      case "_prefix":
        n++;
        m0 |= 2048;
        break;
      case "_suffix":
        n++;
        m0 |= 8192;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._use, x, p, "use", d, 1, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes108)) {
    if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_10) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._family, x, p, "family", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._given, x, p, "given", d, 0, -1, vrt.isValidString, "string", OWNER_11) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e6, o._prefix, x, p, "prefix", d, 0, -1, vrt.isValidString, "string", OWNER_11) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(e7, o._suffix, x, p, "suffix", d, 0, -1, vrt.isValidString, "string", OWNER_11) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e8, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1ContactAddress(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.contact.address");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "text":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "line":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "city":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "district":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "state":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "postalCode":
        n++;
        m0 |= 65536;
        e9 = o[k];
        break;
      case "country":
        n++;
        m0 |= 262144;
        e10 = o[k];
        break;
      case "period":
        n++;
        m0 |= 1048576;
        e11 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_type":
        n++;
        m0 |= 32;
        break;
      case "_text":
        n++;
        m0 |= 128;
        break;
      case "_line":
        n++;
        m0 |= 512;
        break;
      case "_city":
        n++;
        m0 |= 2048;
        break;
      case "_district":
        n++;
        m0 |= 8192;
        break;
      case "_state":
        n++;
        m0 |= 32768;
        break;
      case "_postalCode":
        n++;
        m0 |= 131072;
        break;
      case "_country":
        n++;
        m0 |= 524288;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_12, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes6)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes7)) {
      if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_7) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_12) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e7, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prohibited(e8, o._state, x, p, "state") && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e9, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e10, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e11, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCPatient1ContactRelationshipCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.contact.relationship.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_13, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_13) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_13) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_13) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_13) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCareConnectGPCPatient1(value, options) {
  return vrt.validateWith(value, "Patient", checkCareConnectGPCPatient1, true, options, REGISTRY_0);
}
function isCareConnectGPCPatient1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCPatient1, true, options, REGISTRY_0);
}
function buildCareConnectGPCPatient1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "Patient",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Patient-1",
      lead: { name: [{ set: { use: "official" } }] }
    },
    isCareConnectGPCPatient1,
    validateCareConnectGPCPatient1,
    "CareConnectGPCPatient1"
  );
}
function buildCareConnectGPCPatient1IdentifierNhsNumber(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "https://fhir.nhs.uk/Id/nhs-number" },
    lead: {
      extension: [
        {
          set: {
            url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-NHSNumberVerificationStatus-1"
          },
          system: {
            valueCodeableConcept: "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-NHSNumberVerificationStatus-1"
          }
        }
      ]
    }
  });
}
function buildCareConnectGPCPatient1NameOfficial(input) {
  return (0, import_fill.fillPart)(input, { set: { use: "official" } });
}
