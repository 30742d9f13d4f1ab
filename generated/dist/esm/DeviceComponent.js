import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["DeviceComponent"], type: "DeviceComponent", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Device"];
const TARGETS_1 = ["DeviceComponent"];
const BINDING_1 = {
  has: vcodes.inCodings163,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/operational-status"
};
const BINDING_2 = {
  has: vcodes.inCodings164,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/parameter-group"
};
const BINDING_3 = {
  has: vcodes.inCodes165,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/measurement-principle"
};
const BINDING_4 = {
  has: vcodes.inCodings134,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const OWNER_1 = {
  paths: ["DeviceComponent.productionSpecification"],
  type: "BackboneElement",
  exact: true
};
const BINDING_5 = {
  has: vcodes.inCodings166,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/specification-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DeviceComponent",
      check: checkDeviceComponent,
      type: "DeviceComponent",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDeviceComponent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DeviceComponent");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DeviceComponent") && x.c === null) return false;
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
      case "type":
        m0 |= 4096;
        break;
      case "lastSystemChange":
        m0 |= 8192;
        break;
      case "source":
        m0 |= 32768;
        break;
      case "parent":
        m0 |= 65536;
        break;
      case "operationalStatus":
        m0 |= 131072;
        break;
      case "parameterGroup":
        m0 |= 262144;
        break;
      case "measurementPrinciple":
        m0 |= 524288;
        break;
      case "productionSpecification":
        m0 |= 2097152;
        break;
      case "languageCode":
        m0 |= 4194304;
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
      case "_lastSystemChange":
        m0 |= 16384;
        break;
      case "_measurementPrinciple":
        m0 |= 1048576;
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
  if (!vrt.one(o.identifier, x, p, "identifier", d, 1, checkIdentifier) && x.c === null) return false;
  if (!vrt.one(o.type, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidInstant(o.lastSystemChange) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.lastSystemChange,
        o._lastSystemChange,
        x,
        p,
        "lastSystemChange",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.source, x, p, "source", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.source, false, x, p, "source", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.parent, x, p, "parent", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.parent, false, x, p, "parent", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(o.operationalStatus, x, p, "operationalStatus", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.operationalStatus, true, x, p, "operationalStatus", vrt.checkConcept, BINDING_1) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.parameterGroup, x, p, "parameterGroup", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.parameterGroup, false, x, p, "parameterGroup", vrt.checkConcept, BINDING_2) && x.c === null)
      return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidCode(o.measurementPrinciple) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.measurementPrinciple,
        o._measurementPrinciple,
        x,
        p,
        "measurementPrinciple",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.measurementPrinciple, vcodes.inCodes165)) {
      if (!vrt.eachWith(o.measurementPrinciple, false, x, p, "measurementPrinciple", vrt.checkCode, BINDING_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(
      o.productionSpecification,
      x,
      p,
      "productionSpecification",
      d,
      0,
      -1,
      checkDeviceComponentProductionSpecification
    ) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.languageCode, x, p, "languageCode", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.languageCode, false, x, p, "languageCode", vrt.checkConcept, BINDING_4) && x.c === null)
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
function checkDeviceComponentProductionSpecification(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DeviceComponent.productionSpecification");
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
      case "specType":
        n++;
        m0 |= 8;
        break;
      case "componentId":
        n++;
        m0 |= 16;
        break;
      case "productionSpec":
        n++;
        m0 |= 32;
        break;
      case "_productionSpec":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.specType, x, p, "specType", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.specType, false, x, p, "specType", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.componentId, x, p, "componentId", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.productionSpec) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.productionSpec,
        o._productionSpec,
        x,
        p,
        "productionSpec",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateDeviceComponent(value, options) {
  return vrt.validateWith(value, "DeviceComponent", checkDeviceComponent, true, options, REGISTRY_0);
}
function isDeviceComponent(value, options) {
  return vrt.testWith(value, checkDeviceComponent, true, options, REGISTRY_0);
}
function buildDeviceComponent(input) {
  return fillAndCheck(
    input,
    { resourceType: "DeviceComponent" },
    isDeviceComponent,
    validateDeviceComponent,
    "DeviceComponent"
  );
}
export {
  buildDeviceComponent,
  checkDeviceComponent,
  checkDeviceComponentProductionSpecification,
  isDeviceComponent,
  validateDeviceComponent
};
