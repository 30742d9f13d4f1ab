import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Device"], type: "Device", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Organization"];
const TARGETS_1 = ["Location"];
const OWNER_1 = { paths: ["Device.identifier", "Identifier"], type: "Identifier", exact: true };
const OWNER_2 = { paths: ["Device.type", "CodeableConcept"], type: "CodeableConcept", exact: true };
const OWNER_3 = { paths: ["Device.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_0 = vrt.choiceVariants(["authorReference", "authorString"]);
const TARGETS_2 = ["RelatedPerson"];
const OWNER_4 = { paths: ["Device.type.coding", "Coding"], type: "Coding", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1",
      check: checkGPConnectDevice1,
      type: "Device",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGPConnectDevice1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Device") && x.c === null) return false;
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
      case "udi":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "type":
        m0 |= 32768;
        break;
      case "lotNumber":
        m0 |= 65536;
        break;
      case "manufacturer":
        m0 |= 262144;
        break;
      case "manufactureDate":
        m0 |= 1048576;
        break;
      case "expirationDate":
        m0 |= 4194304;
        break;
      case "model":
        m0 |= 16777216;
        break;
      case "version":
        m0 |= 67108864;
        break;
      case "patient":
        m0 |= 268435456;
        break;
      case "owner":
        m0 |= 536870912;
        break;
      case "contact":
        m0 |= 1073741824;
        break;
      case "location":
        m1 |= 1;
        break;
      case "url":
        m1 |= 2;
        break;
      case "note":
        m1 |= 8;
        break;
      case "safety":
        m1 |= 16;
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
      case "_lotNumber":
        m0 |= 131072;
        break;
      case "_manufacturer":
        m0 |= 524288;
        break;
      case "_manufactureDate":
        m0 |= 2097152;
        break;
      case "_expirationDate":
        m0 |= 8388608;
        break;
      case "_model":
        m0 |= 33554432;
        break;
      case "_version":
        m0 |= 134217728;
        break;
      case "_url":
        m1 |= 4;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkGPConnectDevice1Identifier) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.prohibited(o.udi, void 0, x, p, "udi") && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!vrt.prohibited(o.status, o._status, x, p, "status") && x.c === null) return false;
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, checkGPConnectDevice1Type) && x.c === null) return false;
  if ((m0 & 196608) !== 0) {
    if (!vrt.prohibited(o.lotNumber, o._lotNumber, x, p, "lotNumber") && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.manufacturer) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.manufacturer, o._manufacturer, x, p, "manufacturer", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!vrt.prohibited(o.manufactureDate, o._manufactureDate, x, p, "manufactureDate") && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!vrt.prohibited(o.expirationDate, o._expirationDate, x, p, "expirationDate") && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(o.model) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.model, o._model, x, p, "model", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.prohibited(o.patient, void 0, x, p, "patient") && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.owner, x, p, "owner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.owner, false, x, p, "owner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.prohibited(o.contact, void 0, x, p, "contact") && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m1 & 6) !== 0) {
    if (!vrt.prohibited(o.url, o._url, x, p, "url") && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkGPConnectDevice1Note) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.safety, x, p, "safety", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
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
function checkGPConnectDevice1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.identifier");
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
    if (!vrt.prohibited(o.use, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(o.type, void 0, x, p, "type") && x.c === null) return false;
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
    if (!vrt.prohibited(o.period, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(o.assigner, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkGPConnectDevice1Type(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.type");
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
  if (!vrt.many(o.coding, x, p, "coding", d, 1, 1, checkGPConnectDevice1TypeCoding) && x.c === null) return false;
  if ((m0 & 24) !== 0) {
    if (!vrt.prohibited(o.text, o._text, x, p, "text") && x.c === null) return false;
  }
  return true;
}
function checkGPConnectDevice1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.note");
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
      case "authorReference":
        n++;
        m0 |= 4;
        break;
      case "authorString":
        n++;
        m0 |= 8;
        break;
      case "time":
        n++;
        m0 |= 32;
        break;
      case "text":
        n++;
        m0 |= 128;
        break;
      case "_authorString":
        n++;
        m0 |= 16;
        break;
      case "_time":
        n++;
        m0 |= 64;
        break;
      case "_text":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.authorReference, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.authorString) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.authorString,
        o._authorString,
        x,
        p,
        "author.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_3
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.authorString, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(o.time) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  return true;
}
function checkGPConnectDevice1TypeCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Device.type.coding");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(o.userSelected, o._userSelected, x, p, "userSelected") && x.c === null) return false;
  }
  return true;
}
function validateGPConnectDevice1(value, options) {
  return vrt.validateWith(value, "Device", checkGPConnectDevice1, true, options, REGISTRY_0);
}
function isGPConnectDevice1(value, options) {
  return vrt.testWith(value, checkGPConnectDevice1, true, options, REGISTRY_0);
}
function buildGPConnectDevice1(input) {
  return fillAndCheck(
    input,
    { resourceType: "Device", profile: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Device-1" },
    isGPConnectDevice1,
    validateGPConnectDevice1,
    "GPConnectDevice1"
  );
}
export {
  buildGPConnectDevice1,
  checkGPConnectDevice1,
  checkGPConnectDevice1Identifier,
  checkGPConnectDevice1Note,
  checkGPConnectDevice1Type,
  checkGPConnectDevice1TypeCoding,
  isGPConnectDevice1,
  validateGPConnectDevice1
};
