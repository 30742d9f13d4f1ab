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
var Patient_exports = {};
__export(Patient_exports, {
  buildPatient: () => buildPatient,
  checkPatient: () => checkPatient,
  checkPatientAnimal: () => checkPatientAnimal,
  checkPatientCommunication: () => checkPatientCommunication,
  checkPatientContact: () => checkPatientContact,
  checkPatientLink: () => checkPatientLink,
  isPatient: () => isPatient,
  validatePatient: () => validatePatient
});
module.exports = __toCommonJS(Patient_exports);
var import_Address = require("./Address.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_HumanName = require("./HumanName.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
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
const BINDING_1 = {
  has: vcodes.inCodes109,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/administrative-gender"
};
const CHOICE_0 = vrt.choiceVariants(["deceasedBoolean", "deceasedDateTime"]);
const BINDING_2 = {
  has: vcodes.inCodings110,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/marital-status"
};
const CHOICE_1 = vrt.choiceVariants(["multipleBirthBoolean", "multipleBirthInteger"]);
const TARGETS_0 = ["Organization", "Practitioner"];
const TARGETS_1 = ["Organization"];
const OWNER_1 = { paths: ["Patient.contact"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodings113,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v2-0131"
};
const INVARIANT_0 = vrt.invariant({
  key: "pat-1",
  path: "Patient.contact",
  expression: "name.exists() or telecom.exists() or address.exists() or organization.exists()",
  severity: "error",
  human: "SHALL at least contain a contact's details or a reference to an organization"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpOr3(vrt.fpSizeOfValue(o["_name"], o["name"]) > 0, vrt.fpSizeOfValue(o["_telecom"], o["telecom"]) > 0),
      vrt.fpSizeOfValue(o["_address"], o["address"]) > 0
    ),
    vrt.fpSizeOfValue(o["_organization"], o["organization"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_2 = { paths: ["Patient.animal"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["Patient.communication"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodings134,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const OWNER_4 = { paths: ["Patient.link"], type: "BackboneElement", exact: true };
const TARGETS_2 = ["Patient", "RelatedPerson"];
const BINDING_5 = {
  has: vcodes.inCodes114,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/link-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Patient", check: checkPatient, type: "Patient", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkPatient(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Patient") && x.c === null) return false;
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
      case "active":
        m0 |= 4096;
        break;
      case "name":
        m0 |= 16384;
        break;
      case "telecom":
        m0 |= 32768;
        break;
      case "gender":
        m0 |= 65536;
        break;
      case "birthDate":
        m0 |= 262144;
        break;
      case "deceasedBoolean":
        m0 |= 1048576;
        break;
      case "deceasedDateTime":
        m0 |= 4194304;
        break;
      case "address":
        m0 |= 16777216;
        break;
      case "maritalStatus":
        m0 |= 33554432;
        break;
      case "multipleBirthBoolean":
        m0 |= 67108864;
        break;
      case "multipleBirthInteger":
        m0 |= 268435456;
        break;
      case "photo":
        m0 |= 1073741824;
        break;
      case "contact":
        m1 |= 1;
        break;
      case "animal":
        m1 |= 2;
        break;
      case "communication":
        m1 |= 4;
        break;
      case "generalPractitioner":
        m1 |= 8;
        break;
      case "managingOrganization":
        m1 |= 16;
        break;
      case "link":
        m1 |= 32;
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
      case "_deceasedBoolean":
        m0 |= 2097152;
        break;
      case "_deceasedDateTime":
        m0 |= 8388608;
        break;
      case "_multipleBirthBoolean":
        m0 |= 134217728;
        break;
      case "_multipleBirthInteger":
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(o.active) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.name, x, p, "name", d, 0, -1, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidCode(o.gender) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.gender, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.gender, vcodes.inCodes109)) {
      if (!vrt.eachWith(o.gender, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDate(o.birthDate) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.birthDate, o._birthDate, x, p, "birthDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 15728640) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "deceased", 0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidBoolean(o.deceasedBoolean) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(
        o.deceasedBoolean,
        o._deceasedBoolean,
        x,
        p,
        "deceased.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(o.deceasedDateTime) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        o.deceasedDateTime,
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
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.address, x, p, "address", d, 0, -1, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.maritalStatus, x, p, "maritalStatus", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.maritalStatus, false, x, p, "maritalStatus", vrt.checkConcept, BINDING_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 1006632960) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "multipleBirth", 0) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidBoolean(o.multipleBirthBoolean) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        o.multipleBirthBoolean,
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
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidInteger(o.multipleBirthInteger) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(
        o.multipleBirthInteger,
        o._multipleBirthInteger,
        x,
        p,
        "multipleBirth.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.photo, x, p, "photo", d, 0, -1, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkPatientContact) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.animal, x, p, "animal", d, 0, checkPatientAnimal) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.communication, x, p, "communication", d, 0, -1, checkPatientCommunication) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.generalPractitioner, x, p, "generalPractitioner", d, 0, -1, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.generalPractitioner, true, x, p, "generalPractitioner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.managingOrganization, x, p, "managingOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.managingOrganization, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(o.link, x, p, "link", d, 0, -1, checkPatientLink) && x.c === null) return false;
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
function checkPatientContact(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.contact");
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
      case "relationship":
        n++;
        m0 |= 8;
        break;
      case "name":
        n++;
        m0 |= 16;
        break;
      case "telecom":
        n++;
        m0 |= 32;
        break;
      case "address":
        n++;
        m0 |= 64;
        break;
      case "gender":
        n++;
        m0 |= 128;
        break;
      case "organization":
        n++;
        m0 |= 512;
        break;
      case "period":
        n++;
        m0 |= 1024;
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
    if (!vrt.many(o.relationship, x, p, "relationship", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.relationship, true, x, p, "relationship", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.name, x, p, "name", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.address, x, p, "address", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.gender) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.gender, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.gender, vcodes.inCodes109)) {
      if (!vrt.eachWith(o.gender, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.organization, x, p, "organization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkPatientAnimal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.animal");
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
      case "species":
        n++;
        m0 |= 8;
        break;
      case "breed":
        n++;
        m0 |= 16;
        break;
      case "genderStatus":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.species, x, p, "species", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.breed, x, p, "breed", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.genderStatus, x, p, "genderStatus", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkPatientCommunication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.communication");
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
      case "language":
        n++;
        m0 |= 8;
        break;
      case "preferred":
        n++;
        m0 |= 16;
        break;
      case "_preferred":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.language, x, p, "language", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBoolean(o.preferred) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.preferred, o._preferred, x, p, "preferred", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkPatientLink(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.link");
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
      case "other":
        n++;
        m0 |= 8;
        break;
      case "type":
        n++;
        m0 |= 16;
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
  if (!vrt.one(o.other, x, p, "other", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.other, false, x, p, "other", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  if (!(vrt.isValidCode(o.type) && (m0 & 32) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes114)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  return true;
}
function validatePatient(value, options) {
  return vrt.validateWith(value, "Patient", checkPatient, true, options, REGISTRY_0);
}
function isPatient(value, options) {
  return vrt.testWith(value, checkPatient, true, options, REGISTRY_0);
}
function buildPatient(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Patient" }, isPatient, validatePatient, "Patient");
}
