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
      case "deceasedBoolean":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "deceasedDateTime":
        m0 |= 4194304;
        e15 = o[k];
        break;
      case "address":
        m0 |= 16777216;
        e16 = o[k];
        break;
      case "maritalStatus":
        m0 |= 33554432;
        e17 = o[k];
        break;
      case "multipleBirthBoolean":
        m0 |= 67108864;
        e18 = o[k];
        break;
      case "multipleBirthInteger":
        m0 |= 268435456;
        e19 = o[k];
        break;
      case "photo":
        m0 |= 1073741824;
        e20 = o[k];
        break;
      case "contact":
        m1 |= 1;
        e21 = o[k];
        break;
      case "animal":
        m1 |= 2;
        e22 = o[k];
        break;
      case "communication":
        m1 |= 4;
        e23 = o[k];
        break;
      case "generalPractitioner":
        m1 |= 8;
        e24 = o[k];
        break;
      case "managingOrganization":
        m1 |= 16;
        e25 = o[k];
        break;
      case "link":
        m1 |= 32;
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
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "name", d, 0, -1, checkHumanName) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
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
      if (!vrt.prim(e13, o._birthDate, x, p, "birthDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 15728640) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "deceased", 0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidBoolean(e14) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(
        e14,
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
    if (!(vrt.isValidDateTime(e15) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        e15,
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
    if (!vrt.many(e16, x, p, "address", d, 0, -1, checkAddress) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e17, x, p, "maritalStatus", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "maritalStatus", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 1006632960) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "multipleBirth", 0) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidBoolean(e18) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        e18,
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
    if (!(vrt.isValidInteger(e19) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(
        e19,
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
    if (!vrt.many(e20, x, p, "photo", d, 0, -1, checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e21, x, p, "contact", d, 0, -1, checkPatientContact) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e22, x, p, "animal", d, 0, checkPatientAnimal) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e23, x, p, "communication", d, 0, -1, checkPatientCommunication) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e24, x, p, "generalPractitioner", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, true, x, p, "generalPractitioner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(e25, x, p, "managingOrganization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e26, x, p, "link", d, 0, -1, checkPatientLink) && x.c === null) return false;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "relationship", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, true, x, p, "relationship", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "name", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e5, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "address", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e7) && (m0 & 256) === 0)) {
      if (!vrt.prim(e7, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e7, vcodes.inCodes109)) {
      if (!vrt.eachWith(e7, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "organization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e9, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
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
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkPatientAnimal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.animal");
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
      case "species":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "breed":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "genderStatus":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "species", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "breed", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "genderStatus", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkPatientCommunication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Patient.communication");
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
      case "language":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "preferred":
        n++;
        m0 |= 16;
        e4 = o[k];
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
  if (!vrt.one(e3, x, p, "language", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._preferred, x, p, "preferred", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "other", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "other", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  if (!(vrt.isValidCode(e4) && (m0 & 32) === 0)) {
    if (!vrt.prim(e4, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes114)) {
    if (!vrt.eachWith(e4, false, x, p, "type", vrt.checkCode, BINDING_5) && x.c === null) return false;
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
  return fillAndCheck(input, { resourceType: "Patient" }, isPatient, validatePatient, "Patient");
}
export {
  buildPatient,
  checkPatient,
  checkPatientAnimal,
  checkPatientCommunication,
  checkPatientContact,
  checkPatientLink,
  isPatient,
  validatePatient
};
