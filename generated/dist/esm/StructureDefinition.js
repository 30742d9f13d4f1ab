import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkElementDefinition } from "./ElementDefinition.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["StructureDefinition"], type: "StructureDefinition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes3,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/publication-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const BINDING_2 = {
  has: vcodes.inCodes286,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/structure-definition-kind"
};
const BINDING_3 = {
  has: vcodes.inCodes287,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/extension-context"
};
const BINDING_4 = {
  has: vcodes.inCodes157,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/defined-types"
};
const BINDING_5 = {
  has: vcodes.inCodes288,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/type-derivation-rule"
};
const INVARIANT_0 = vrt.invariant({
  key: "sdf-9",
  path: "StructureDefinition",
  expression: "children().element.first().label.empty() and children().element.first().code.empty() and children().element.first().requirements.empty()",
  severity: "error",
  human: 'In any snapshot or differential, no label, code or requirements on the an element without a "." in the path (e.g. the first element)'
});
const INVARIANT_1 = vrt.invariant({
  key: "sdf-19",
  path: "StructureDefinition",
  expression: "kind = 'logical' or (differential.element.type.code.all(hasValue() implies matches('^[a-zA-Z0-9]+$')) and snapshot.element.type.code.all(hasValue() implies matches('^[a-zA-Z0-9]+$')))",
  severity: "error",
  human: "Custom types can only be used in logical models"
});
const INVARIANT_2 = vrt.invariant({
  key: "sdf-16",
  path: "StructureDefinition",
  expression: "snapshot.element.id.trace('ids').isDistinct()",
  severity: "error",
  human: "All element definitions must have unique ids (snapshot)"
});
const INVARIANT_3 = vrt.invariant({
  key: "sdf-18",
  path: "StructureDefinition",
  expression: "contextInvariant.exists() implies type = 'Extension'",
  severity: "error",
  human: "Context Invariants can only be used for extensions"
});
const INVARIANT_4 = vrt.invariant({
  key: "sdf-17",
  path: "StructureDefinition",
  expression: "differential.element.id.trace('ids').isDistinct()",
  severity: "error",
  human: "All element definitions must have unique ids (diff)"
});
const INVARIANT_5 = vrt.invariant({
  key: "sdf-12",
  path: "StructureDefinition",
  expression: "snapshot.exists() implies (snapshot.element.base.exists() = baseDefinition.exists())",
  severity: "error",
  human: "element.base cannot appear if there is no base on the structure definition"
});
const INVARIANT_6 = vrt.invariant({
  key: "sdf-11",
  path: "StructureDefinition",
  expression: "snapshot.empty() or snapshot.element.first().path = type",
  severity: "error",
  human: "If there's a type, its content must match the path name in the first element of a snapshot"
});
const INVARIANT_7 = vrt.invariant({
  key: "sdf-14",
  path: "StructureDefinition",
  expression: "snapshot.element.all(id.exists()) and differential.element.all(id.exists())",
  severity: "error",
  human: "All element definitions must have an id"
});
const INVARIANT_8 = vrt.invariant({
  key: "sdf-1",
  path: "StructureDefinition",
  expression: "derivation = 'constraint' or snapshot.element.select(path).isDistinct()",
  severity: "error",
  human: "Element paths must be unique unless the structure is a constraint"
});
const INVARIANT_9 = vrt.invariant({
  key: "sdf-7",
  path: "StructureDefinition",
  expression: "(derivation = 'constraint') or (kind = 'logical') or (url = 'http://hl7.org/fhir/StructureDefinition/'+id)",
  severity: "error",
  human: 'If the structure describes a base Resource or Type, the URL has to start with "http://hl7.org/fhir/StructureDefinition/" and the tail must match the id'
});
const INVARIANT_10 = vrt.invariant({
  key: "sdf-6",
  path: "StructureDefinition",
  expression: "snapshot.exists() or differential.exists()",
  severity: "error",
  human: "A structure must have either a differential, or a snapshot (or both)"
});
const INVARIANT_11 = vrt.invariant({
  key: "sdf-5",
  path: "StructureDefinition",
  expression: "type != 'Extension' or derivation = 'specialization' or (context.exists() and contextType.exists())",
  severity: "error",
  human: "If the structure defines an extension then the structure must have context information"
});
const INVARIANT_12 = vrt.invariant({
  key: "sdf-4",
  path: "StructureDefinition",
  expression: "abstract = true or baseDefinition.exists()",
  severity: "error",
  human: "If the structure is not abstract, then there SHALL be a baseDefinition"
});
const OWNER_1 = { paths: ["StructureDefinition.mapping"], type: "BackboneElement", exact: true };
const INVARIANT_13 = vrt.invariant({
  key: "sdf-2",
  path: "StructureDefinition.mapping",
  expression: "name.exists() or uri.exists()",
  severity: "error",
  human: "Must have at least a name or a uri (or both)"
});
const OWNER_2 = { paths: ["StructureDefinition.snapshot"], type: "BackboneElement", exact: true };
const INVARIANT_14 = vrt.invariant({
  key: "sdf-15",
  path: "StructureDefinition.snapshot",
  expression: "element.first().type.empty()",
  severity: "error",
  human: "The first element in a snapshot has no type"
});
const INVARIANT_15 = vrt.invariant({
  key: "sdf-8",
  path: "StructureDefinition.snapshot",
  expression: "element.first().path = %resource.type and element.tail().all(path.startsWith(%resource.type&'.'))",
  severity: "error",
  human: "In any snapshot, all the elements must be in the specified type"
});
const INVARIANT_16 = vrt.invariant({
  key: "sdf-3",
  path: "StructureDefinition.snapshot",
  expression: "element.all(definition and min and max)",
  severity: "error",
  human: "Each element definition in a snapshot must have a formal definition and cardinalities"
});
const OWNER_3 = {
  paths: ["StructureDefinition.differential"],
  type: "BackboneElement",
  exact: true
};
const INVARIANT_17 = vrt.invariant({
  key: "sdf-15a",
  path: "StructureDefinition.differential",
  expression: "element.first().path.contains('.').not() implies element.first().type.empty()",
  severity: "error",
  human: 'If the first element in a differential has no "." in the path, it has no type'
});
const INVARIANT_18 = vrt.invariant({
  key: "sdf-20",
  path: "StructureDefinition.differential",
  expression: "element.first().slicing.empty()",
  severity: "error",
  human: "No slicing on the root element"
});
const INVARIANT_19 = vrt.invariant({
  key: "sdf-8a",
  path: "StructureDefinition.differential",
  expression: "element.first().path.startsWith(%resource.type) and element.tail().all(path.startsWith(%resource.type&'.'))",
  severity: "error",
  human: "In any differential, all the elements must be in the specified type"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/StructureDefinition",
      check: checkStructureDefinition,
      type: "StructureDefinition",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkStructureDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureDefinition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "StructureDefinition") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35;
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
      case "url":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "identifier":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "version":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "name":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "title":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "status":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "experimental":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "date":
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "publisher":
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "contact":
        m0 |= 268435456;
        e17 = o[k];
        break;
      case "description":
        m0 |= 536870912;
        e18 = o[k];
        break;
      case "useContext":
        m1 |= 1;
        e19 = o[k];
        break;
      case "jurisdiction":
        m1 |= 2;
        e20 = o[k];
        break;
      case "purpose":
        m1 |= 4;
        e21 = o[k];
        break;
      case "copyright":
        m1 |= 16;
        e22 = o[k];
        break;
      case "keyword":
        m1 |= 64;
        e23 = o[k];
        break;
      case "fhirVersion":
        m1 |= 128;
        e24 = o[k];
        break;
      case "mapping":
        m1 |= 512;
        e25 = o[k];
        break;
      case "kind":
        m1 |= 1024;
        e26 = o[k];
        break;
      case "abstract":
        m1 |= 4096;
        e27 = o[k];
        break;
      case "contextType":
        m1 |= 16384;
        e28 = o[k];
        break;
      case "context":
        m1 |= 65536;
        e29 = o[k];
        break;
      case "contextInvariant":
        m1 |= 262144;
        e30 = o[k];
        break;
      case "type":
        m1 |= 1048576;
        e31 = o[k];
        break;
      case "baseDefinition":
        m1 |= 4194304;
        e32 = o[k];
        break;
      case "derivation":
        m1 |= 16777216;
        e33 = o[k];
        break;
      case "snapshot":
        m1 |= 67108864;
        e34 = o[k];
        break;
      case "differential":
        m1 |= 134217728;
        e35 = o[k];
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
      case "_url":
        m0 |= 4096;
        break;
      case "_version":
        m0 |= 32768;
        break;
      case "_name":
        m0 |= 131072;
        break;
      case "_title":
        m0 |= 524288;
        break;
      case "_status":
        m0 |= 2097152;
        break;
      case "_experimental":
        m0 |= 8388608;
        break;
      case "_date":
        m0 |= 33554432;
        break;
      case "_publisher":
        m0 |= 134217728;
        break;
      case "_description":
        m0 |= 1073741824;
        break;
      case "_purpose":
        m1 |= 8;
        break;
      case "_copyright":
        m1 |= 32;
        break;
      case "_fhirVersion":
        m1 |= 256;
        break;
      case "_kind":
        m1 |= 2048;
        break;
      case "_abstract":
        m1 |= 8192;
        break;
      case "_contextType":
        m1 |= 32768;
        break;
      case "_context":
        m1 |= 131072;
        break;
      case "_contextInvariant":
        m1 |= 524288;
        break;
      case "_type":
        m1 |= 2097152;
        break;
      case "_baseDefinition":
        m1 |= 8388608;
        break;
      case "_derivation":
        m1 |= 33554432;
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
  if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
    if (!vrt.prim(e8, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e11, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e12, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e13) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(e13, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e13, vcodes.inCodes3)) {
    if (!vrt.eachWith(e13, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e15, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e16, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e17, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidMarkdown(e18) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e18, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e19, x, p, "useContext", d, 0, -1, checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e20, x, p, "jurisdiction", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e20, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidMarkdown(e21) && (m1 & 8) === 0)) {
      if (!vrt.prim(e21, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidMarkdown(e22) && (m1 & 32) === 0)) {
      if (!vrt.prim(e22, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e23, x, p, "keyword", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidId(e24) && (m1 & 256) === 0)) {
      if (!vrt.prim(e24, o._fhirVersion, x, p, "fhirVersion", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e25, x, p, "mapping", d, 0, -1, checkStructureDefinitionMapping) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e26) && (m1 & 2048) === 0)) {
    if (!vrt.prim(e26, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e26, vcodes.inCodes286)) {
    if (!vrt.eachWith(e26, false, x, p, "kind", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!(vrt.isValidBoolean(e27) && (m1 & 8192) === 0)) {
    if (!vrt.prim(e27, o._abstract, x, p, "abstract", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidCode(e28) && (m1 & 32768) === 0)) {
      if (!vrt.prim(e28, o._contextType, x, p, "contextType", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e28, vcodes.inCodes287)) {
      if (!vrt.eachWith(e28, false, x, p, "contextType", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m1 & 196608) !== 0) {
    if (!vrt.prims(e29, o._context, x, p, "context", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 786432) !== 0) {
    if (!vrt.prims(e30, o._contextInvariant, x, p, "contextInvariant", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e31) && (m1 & 2097152) === 0)) {
    if (!vrt.prim(e31, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e31, vcodes.inCodes157)) {
    if (!vrt.eachWith(e31, false, x, p, "type", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m1 & 12582912) !== 0) {
    if (!(vrt.isValidUri(e32) && (m1 & 8388608) === 0)) {
      if (!vrt.prim(e32, o._baseDefinition, x, p, "baseDefinition", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 50331648) !== 0) {
    if (!(vrt.isValidCode(e33) && (m1 & 33554432) === 0)) {
      if (!vrt.prim(e33, o._derivation, x, p, "derivation", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e33, vcodes.inCodes288)) {
      if (!vrt.eachWith(e33, false, x, p, "derivation", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m1 & 67108864) !== 0) {
    if (!vrt.one(e34, x, p, "snapshot", d, 0, checkStructureDefinitionSnapshot) && x.c === null) return false;
  }
  if ((m1 & 134217728) !== 0) {
    if (!vrt.one(e35, x, p, "differential", d, 0, checkStructureDefinitionDifferential) && x.c === null) return false;
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
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_1) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_2) && x.c === null) return false;
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpSizeOfValue(o["_contextInvariant"], o["contextInvariant"]) > 0,
        vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "Extension")
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_4) && x.c === null) return false;
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpSizeOfValue(o["_snapshot"], o["snapshot"]) > 0,
        vrt.fpEqValue(
          vrt.fpSingle(
            vrt.fpExists(
              vrt.fpChild(
                vrt.fpChild(vrt.fpChildOf(o, "snapshot", "_snapshot"), "element", "_element"),
                "base",
                "_base"
              )
            )
          ),
          vrt.fpSingle(vrt.fpExists(vrt.fpChildOf(o, "baseDefinition", "_baseDefinition")))
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_5) && x.c === null) return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_6) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_7) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_8) && x.c === null) return false;
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(
          vrt.fpEqValue(vrt.fpOneValue(o["_derivation"], o["derivation"]), "constraint"),
          vrt.fpEqValue(vrt.fpOneValue(o["_kind"], o["kind"]), "logical")
        ),
        vrt.fpEqValue(
          vrt.fpOneValue(o["_url"], o["url"]),
          vrt.fpSingle(vrt.fpPlus(["http://hl7.org/fhir/StructureDefinition/"], vrt.fpChildOf(o, "id", "_id")))
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_9) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfValue(o["_snapshot"], o["snapshot"]) > 0,
        vrt.fpSizeOfValue(o["_differential"], o["differential"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_10) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(
          vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "Extension"),
          vrt.fpEqValue(vrt.fpOneValue(o["_derivation"], o["derivation"]), "specialization")
        ),
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_context"], o["context"]) > 0,
          vrt.fpSizeOfValue(o["_contextType"], o["contextType"]) > 0
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_11) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpEqValue(vrt.fpOneValue(o["_abstract"], o["abstract"]), true),
        vrt.fpSizeOfValue(o["_baseDefinition"], o["baseDefinition"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_12) && x.c === null) return false;
  }
  return true;
}
function checkStructureDefinitionMapping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureDefinition.mapping");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "identity":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "uri":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "name":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "comment":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_identity":
        n++;
        m0 |= 16;
        break;
      case "_uri":
        n++;
        m0 |= 64;
        break;
      case "_name":
        n++;
        m0 |= 256;
        break;
      case "_comment":
        n++;
        m0 |= 1024;
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
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._identity, x, p, "identity", d, 1, vrt.isValidId, "id", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._uri, x, p, "uri", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_name"], o["name"]) > 0, vrt.fpSizeOfValue(o["_uri"], o["uri"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_13) && x.c === null) return false;
  }
  return true;
}
function checkStructureDefinitionSnapshot(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureDefinition.snapshot");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "element":
        n++;
        m0 |= 8;
        e3 = o[k];
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
  if (!vrt.many(e3, x, p, "element", d, 1, -1, checkElementDefinition) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_14) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_15) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_16) && x.c === null) return false;
  return true;
}
function checkStructureDefinitionDifferential(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "StructureDefinition.differential");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "element":
        n++;
        m0 |= 8;
        e3 = o[k];
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
  if (!vrt.many(e3, x, p, "element", d, 1, -1, checkElementDefinition) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_17) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_18) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_19) && x.c === null) return false;
  return true;
}
function validateStructureDefinition(value, options) {
  return vrt.validateWith(value, "StructureDefinition", checkStructureDefinition, true, options, REGISTRY_0);
}
function isStructureDefinition(value, options) {
  return vrt.testWith(value, checkStructureDefinition, true, options, REGISTRY_0);
}
function buildStructureDefinition(input) {
  return fillAndCheck(
    input,
    { resourceType: "StructureDefinition" },
    isStructureDefinition,
    validateStructureDefinition,
    "StructureDefinition"
  );
}
export {
  buildStructureDefinition,
  checkStructureDefinition,
  checkStructureDefinitionDifferential,
  checkStructureDefinitionMapping,
  checkStructureDefinitionSnapshot,
  isStructureDefinition,
  validateStructureDefinition
};
