import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactDetail } from "./ContactDetail.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkUsageContext } from "./UsageContext.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["TestScript"], type: "TestScript", exact: true };
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
const OWNER_1 = { paths: ["TestScript.origin"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodings309,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/testscript-profile-origin-types"
};
const OWNER_2 = { paths: ["TestScript.destination"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodings310,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/testscript-profile-destination-types"
};
const OWNER_3 = { paths: ["TestScript.metadata"], type: "BackboneElement", exact: true };
const CHILD_SIZE_0 = (o) => vrt.fpSizeOfValue(o["_required"], o["required"]);
const CHILD_SIZE_1 = (o) => vrt.fpSizeOfValue(o["_validated"], o["validated"]);
const INVARIANT_0 = vrt.invariant({
  key: "inv-4",
  path: "TestScript.metadata",
  expression: "capability.required.exists() or capability.validated.exists()",
  severity: "error",
  human: "TestScript metadata capability SHALL contain required or validated or both."
});
const OWNER_4 = { paths: ["TestScript.fixture"], type: "BackboneElement", exact: true };
const OWNER_5 = { paths: ["TestScript.variable"], type: "BackboneElement", exact: true };
const INVARIANT_1 = vrt.invariant({
  key: "inv-3",
  path: "TestScript.variable",
  expression: "expression.empty() or headerField.empty() or path.empty()",
  severity: "error",
  human: "Variable can only contain one of expression, headerField or path."
});
const OWNER_6 = { paths: ["TestScript.rule"], type: "BackboneElement", exact: true };
const OWNER_7 = { paths: ["TestScript.ruleset"], type: "BackboneElement", exact: true };
const OWNER_8 = { paths: ["TestScript.setup"], type: "BackboneElement", exact: true };
const OWNER_9 = { paths: ["TestScript.test"], type: "BackboneElement", exact: true };
const OWNER_10 = { paths: ["TestScript.teardown"], type: "BackboneElement", exact: true };
const OWNER_11 = { paths: ["TestScript.metadata.link"], type: "BackboneElement", exact: true };
const OWNER_12 = {
  paths: ["TestScript.metadata.capability"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_0 = ["CapabilityStatement"];
const OWNER_13 = { paths: ["TestScript.rule.param"], type: "BackboneElement", exact: true };
const OWNER_14 = { paths: ["TestScript.ruleset.rule"], type: "BackboneElement", exact: true };
const OWNER_15 = { paths: ["TestScript.setup.action"], type: "BackboneElement", exact: true };
const INVARIANT_2 = vrt.invariant({
  key: "inv-1",
  path: "TestScript.setup.action",
  expression: "operation.exists() xor assert.exists()",
  severity: "error",
  human: "Setup action SHALL contain either an operation or assert but not both."
});
const OWNER_16 = { paths: ["TestScript.test.action"], type: "BackboneElement", exact: true };
const INVARIANT_3 = vrt.invariant({
  key: "inv-8",
  path: "TestScript.test.action.operation",
  expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' | 'search' | 'transaction' | 'history'))",
  severity: "error",
  human: "Test operation SHALL contain either sourceId or targetId or params or url."
});
const INVARIANT_4 = vrt.invariant({
  key: "inv-6",
  path: "TestScript.test.action.assert",
  expression: "contentType.count() + expression.count() + headerField.count() + minimumId.count() + navigationLinks.count() + path.count() + requestMethod.count() + resource.count() + responseCode.count() + response.count() + rule.count() + ruleset.count() + validateProfileId.count() <=1",
  severity: "error",
  human: "Only a single assertion SHALL be present within test action assert element."
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpSizeOfValue(o["_contentType"], o["contentType"]) + vrt.fpSizeOfValue(o["_expression"], o["expression"]) + vrt.fpSizeOfValue(o["_headerField"], o["headerField"]) + vrt.fpSizeOfValue(o["_minimumId"], o["minimumId"]) + vrt.fpSizeOfValue(o["_navigationLinks"], o["navigationLinks"]) + vrt.fpSizeOfValue(o["_path"], o["path"]) + vrt.fpSizeOfValue(o["_requestMethod"], o["requestMethod"]) + vrt.fpSizeOfValue(o["_resource"], o["resource"]) + vrt.fpSizeOfValue(o["_responseCode"], o["responseCode"]) + vrt.fpSizeOfValue(o["_response"], o["response"]) + vrt.fpSizeOfValue(o["_rule"], o["rule"]) + vrt.fpSizeOfValue(o["_ruleset"], o["ruleset"]) + vrt.fpSizeOfValue(o["_validateProfileId"], o["validateProfileId"]) <= 1;
};
const TRANSLATED_0 = { inv: INVARIANT_4, fn: FHIRPATH_0 };
const INVARIANT_5 = vrt.invariant({
  key: "inv-11",
  path: "TestScript.test.action.assert",
  expression: "compareToSourceId.empty() xor (compareToSourceExpression.exists() or compareToSourcePath.exists())",
  severity: "error",
  human: "Test action assert SHALL contain either compareToSourceId and compareToSourceExpression, compareToSourceId and compareToSourcePath or neither."
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpXor3(
    vrt.fpSizeOfValue(o["_compareToSourceId"], o["compareToSourceId"]) === 0,
    vrt.fpOr3(
      vrt.fpSizeOfValue(o["_compareToSourceExpression"], o["compareToSourceExpression"]) > 0,
      vrt.fpSizeOfValue(o["_compareToSourcePath"], o["compareToSourcePath"]) > 0
    )
  );
};
const TRANSLATED_1 = { inv: INVARIANT_5, fn: FHIRPATH_1 };
const INVARIANT_6 = vrt.invariant({
  key: "inv-13",
  path: "TestScript.test.action.assert",
  expression: "(response.empty() and responseCode.empty() and direction = 'request') or direction.empty() or direction = 'response'",
  severity: "error",
  human: "Test action assert response and response and responseCode SHALL be empty when direction equals request"
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpAnd3(
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_response"], o["response"]) === 0,
          vrt.fpSizeOfValue(o["_responseCode"], o["responseCode"]) === 0
        ),
        vrt.fpEqValue(vrt.fpOneValue(o["_direction"], o["direction"]), "request")
      ),
      vrt.fpSizeOfValue(o["_direction"], o["direction"]) === 0
    ),
    vrt.fpEqValue(vrt.fpOneValue(o["_direction"], o["direction"]), "response")
  );
};
const TRANSLATED_2 = { inv: INVARIANT_6, fn: FHIRPATH_2 };
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkBooleanInvariant(v, x, q, TRANSLATED_0)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkBooleanInvariant(v, x, q, TRANSLATED_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkBooleanInvariant(v, x, q, TRANSLATED_2)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const INVARIANT_7 = vrt.invariant({
  key: "inv-2",
  path: "TestScript.test.action",
  expression: "operation.exists() xor assert.exists()",
  severity: "error",
  human: "Test action SHALL contain either an operation or assert but not both."
});
const OWNER_17 = { paths: ["TestScript.teardown.action"], type: "BackboneElement", exact: true };
const INVARIANT_8 = vrt.invariant({
  key: "inv-9",
  path: "TestScript.teardown.action.operation",
  expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' | 'search' | 'transaction' | 'history'))",
  severity: "error",
  human: "Teardown operation SHALL contain either sourceId or targetId or params or url."
});
const OWNER_18 = { paths: ["TestScript.ruleset.rule.param"], type: "BackboneElement", exact: true };
const OWNER_19 = {
  paths: ["TestScript.setup.action.operation"],
  type: "BackboneElement",
  exact: true
};
const BINDING_4 = {
  has: vcodes.inCodings311,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/testscript-operation-codes"
};
const BINDING_5 = {
  has: vcodes.inCodes157,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/defined-types"
};
const BINDING_6 = {
  has: vcodes.inCodes312,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/content-type"
};
const INVARIANT_9 = vrt.invariant({
  key: "inv-7",
  path: "TestScript.setup.action.operation",
  expression: "sourceId.exists() or (targetId.count() + url.count() + params.count() = 1) or (type.code in ('capabilities' |'search' | 'transaction' | 'history'))",
  severity: "error",
  human: "Setup operation SHALL contain either sourceId or targetId or params or url."
});
const OWNER_20 = {
  paths: ["TestScript.setup.action.assert"],
  type: "BackboneElement",
  exact: true
};
const BINDING_7 = {
  has: vcodes.inCodes313,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/assert-direction-codes"
};
const BINDING_8 = {
  has: vcodes.inCodes314,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/assert-operator-codes"
};
const BINDING_9 = {
  has: vcodes.inCodes315,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/http-operations"
};
const BINDING_10 = {
  has: vcodes.inCodes316,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/assert-response-code-types"
};
const INVARIANT_10 = vrt.invariant({
  key: "inv-5",
  path: "TestScript.setup.action.assert",
  expression: "contentType.count() + expression.count() + headerField.count() + minimumId.count() + navigationLinks.count() + path.count() + requestMethod.count() + resource.count() + responseCode.count() + response.count() + rule.count() + ruleset.count() + validateProfileId.count() <=1",
  severity: "error",
  human: "Only a single assertion SHALL be present within setup action assert element."
});
const INVARIANT_11 = vrt.invariant({
  key: "inv-10",
  path: "TestScript.setup.action.assert",
  expression: "compareToSourceId.empty() xor (compareToSourceExpression.exists() or compareToSourcePath.exists())",
  severity: "error",
  human: "Setup action assert SHALL contain either compareToSourceId and compareToSourceExpression, compareToSourceId and compareToSourcePath or neither."
});
const INVARIANT_12 = vrt.invariant({
  key: "inv-12",
  path: "TestScript.setup.action.assert",
  expression: "(response.empty() and responseCode.empty() and direction = 'request') or direction.empty() or direction = 'response'",
  severity: "error",
  human: "Setup action assert response and responseCode SHALL be empty when direction equals request"
});
const OWNER_21 = {
  paths: ["TestScript.setup.action.operation.requestHeader"],
  type: "BackboneElement",
  exact: true
};
const OWNER_22 = {
  paths: ["TestScript.setup.action.assert.rule"],
  type: "BackboneElement",
  exact: true
};
const OWNER_23 = {
  paths: ["TestScript.setup.action.assert.ruleset"],
  type: "BackboneElement",
  exact: true
};
const OWNER_24 = {
  paths: ["TestScript.setup.action.assert.rule.param"],
  type: "BackboneElement",
  exact: true
};
const OWNER_25 = {
  paths: ["TestScript.setup.action.assert.ruleset.rule"],
  type: "BackboneElement",
  exact: true
};
const OWNER_26 = {
  paths: ["TestScript.setup.action.assert.ruleset.rule.param"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/TestScript",
      check: checkTestScript,
      type: "TestScript",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkTestScript(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "TestScript") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33;
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
      case "origin":
        m1 |= 64;
        e23 = o[k];
        break;
      case "destination":
        m1 |= 128;
        e24 = o[k];
        break;
      case "metadata":
        m1 |= 256;
        e25 = o[k];
        break;
      case "fixture":
        m1 |= 512;
        e26 = o[k];
        break;
      case "profile":
        m1 |= 1024;
        e27 = o[k];
        break;
      case "variable":
        m1 |= 2048;
        e28 = o[k];
        break;
      case "rule":
        m1 |= 4096;
        e29 = o[k];
        break;
      case "ruleset":
        m1 |= 8192;
        e30 = o[k];
        break;
      case "setup":
        m1 |= 16384;
        e31 = o[k];
        break;
      case "test":
        m1 |= 32768;
        e32 = o[k];
        break;
      case "teardown":
        m1 |= 65536;
        e33 = o[k];
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
    if (!vrt.one(e9, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
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
    if (!vrt.many(e23, x, p, "origin", d, 0, -1, checkTestScriptOrigin) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e24, x, p, "destination", d, 0, -1, checkTestScriptDestination) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e25, x, p, "metadata", d, 0, checkTestScriptMetadata) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e26, x, p, "fixture", d, 0, -1, checkTestScriptFixture) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(e27, x, p, "profile", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.many(e28, x, p, "variable", d, 0, -1, checkTestScriptVariable) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(e29, x, p, "rule", d, 0, -1, checkTestScriptRule) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(e30, x, p, "ruleset", d, 0, -1, checkTestScriptRuleset) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e31, x, p, "setup", d, 0, checkTestScriptSetup) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(e32, x, p, "test", d, 0, -1, checkTestScriptTest) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e33, x, p, "teardown", d, 0, checkTestScriptTeardown) && x.c === null) return false;
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
function checkTestScriptOrigin(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.origin");
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
      case "index":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "profile":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_index":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!(vrt.isValidInteger(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._index, x, p, "index", d, 1, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.one(e4, x, p, "profile", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "profile", vrt.checkCoding, BINDING_2) && x.c === null) return false;
  return true;
}
function checkTestScriptDestination(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.destination");
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
      case "index":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "profile":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_index":
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
  if (!(vrt.isValidInteger(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._index, x, p, "index", d, 1, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
      return false;
  }
  if (!vrt.one(e4, x, p, "profile", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "profile", vrt.checkCoding, BINDING_3) && x.c === null) return false;
  return true;
}
function checkTestScriptMetadata(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.metadata");
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
      case "link":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "capability":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.many(e3, x, p, "link", d, 0, -1, checkTestScriptMetadataLink) && x.c === null) return false;
  }
  if (!vrt.many(e4, x, p, "capability", d, 1, -1, checkTestScriptMetadataCapability) && x.c === null) return false;
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfEach(vrt.fpChildOf(o, "capability", "_capability"), CHILD_SIZE_0) > 0,
        vrt.fpSizeOfEach(vrt.fpChildOf(o, "capability", "_capability"), CHILD_SIZE_1) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkTestScriptFixture(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.fixture");
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
      case "autocreate":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "autodelete":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "resource":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_autocreate":
        n++;
        m0 |= 16;
        break;
      case "_autodelete":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBoolean(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._autocreate, x, p, "autocreate", d, 0, vrt.isValidBoolean, "boolean", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._autodelete, x, p, "autodelete", d, 0, vrt.isValidBoolean, "boolean", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "resource", d, 0, checkReference) && x.c === null) return false;
  }
  return true;
}
function checkTestScriptVariable(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.variable");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "defaultValue":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "description":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "expression":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "headerField":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "hint":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "path":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "sourceId":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_defaultValue":
        n++;
        m0 |= 64;
        break;
      case "_description":
        n++;
        m0 |= 256;
        break;
      case "_expression":
        n++;
        m0 |= 1024;
        break;
      case "_headerField":
        n++;
        m0 |= 4096;
        break;
      case "_hint":
        n++;
        m0 |= 16384;
        break;
      case "_path":
        n++;
        m0 |= 65536;
        break;
      case "_sourceId":
        n++;
        m0 |= 262144;
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._defaultValue, x, p, "defaultValue", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._headerField, x, p, "headerField", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._hint, x, p, "hint", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._path, x, p, "path", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidId(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._sourceId, x, p, "sourceId", d, 0, vrt.isValidId, "id", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpSizeOfValue(o["_expression"], o["expression"]) === 0,
            vrt.fpSizeOfValue(o["_headerField"], o["headerField"]) === 0
          ),
          vrt.fpSizeOfValue(o["_path"], o["path"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  return true;
}
function checkTestScriptRule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.rule");
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
      case "resource":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "param":
        n++;
        m0 |= 16;
        e4 = o[k];
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "resource", d, 1, checkReference) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "param", d, 0, -1, checkTestScriptRuleParam) && x.c === null) return false;
  }
  return true;
}
function checkTestScriptRuleset(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.ruleset");
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
      case "resource":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "rule":
        n++;
        m0 |= 16;
        e4 = o[k];
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
  if (!vrt.one(e3, x, p, "resource", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.many(e4, x, p, "rule", d, 1, -1, checkTestScriptRulesetRule) && x.c === null) return false;
  return true;
}
function checkTestScriptSetup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup");
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
      case "action":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!vrt.many(e3, x, p, "action", d, 1, -1, checkTestScriptSetupAction) && x.c === null) return false;
  return true;
}
function checkTestScriptTest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.test");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "description":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "action":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_description":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e5, x, p, "action", d, 1, -1, checkTestScriptTestAction) && x.c === null) return false;
  return true;
}
function checkTestScriptTeardown(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.teardown");
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
      case "action":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null) return false;
  }
  if (!vrt.many(e3, x, p, "action", d, 1, -1, checkTestScriptTeardownAction) && x.c === null) return false;
  return true;
}
function checkTestScriptMetadataLink(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.metadata.link");
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
      case "url":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "description":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_url":
        n++;
        m0 |= 16;
        break;
      case "_description":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_11, true) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_11) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkTestScriptMetadataCapability(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.metadata.capability");
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
      case "required":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "validated":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "description":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "origin":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "destination":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "link":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "capabilities":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "_required":
        n++;
        m0 |= 16;
        break;
      case "_validated":
        n++;
        m0 |= 64;
        break;
      case "_description":
        n++;
        m0 |= 256;
        break;
      case "_origin":
        n++;
        m0 |= 1024;
        break;
      case "_destination":
        n++;
        m0 |= 4096;
        break;
      case "_link":
        n++;
        m0 |= 16384;
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_12, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBoolean(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._required, x, p, "required", d, 0, vrt.isValidBoolean, "boolean", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._validated, x, p, "validated", d, 0, vrt.isValidBoolean, "boolean", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!vrt.prims(e6, o._origin, x, p, "origin", d, 0, -1, vrt.isValidInteger, "integer", OWNER_12) && x.c === null)
      return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidInteger(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._destination, x, p, "destination", d, 0, vrt.isValidInteger, "integer", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!vrt.prims(e8, o._link, x, p, "link", d, 0, -1, vrt.isValidUri, "uri", OWNER_12) && x.c === null) return false;
  }
  if (!vrt.one(e9, x, p, "capabilities", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e9, false, x, p, "capabilities", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  return true;
}
function checkTestScriptRuleParam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.rule.param");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "value":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_value":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_13, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_13, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_13) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkTestScriptRulesetRule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.ruleset.rule");
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
      case "ruleId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "param":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_ruleId":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_14, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_14, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._ruleId, x, p, "ruleId", d, 1, vrt.isValidId, "id", OWNER_14) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e4, x, p, "param", d, 0, -1, checkTestScriptRulesetRuleParam) && x.c === null) return false;
  }
  return true;
}
function checkTestScriptSetupAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action");
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
      case "operation":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "assert":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_15, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_15, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "operation", d, 0, checkTestScriptSetupActionOperation) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "assert", d, 0, checkTestScriptSetupActionAssert) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpXor3(
        vrt.fpSizeOfValue(o["_operation"], o["operation"]) > 0,
        vrt.fpSizeOfValue(o["_assert"], o["assert"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  return true;
}
function checkTestScriptTestAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.test.action");
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
      case "operation":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "assert":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_16, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_16, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "operation", d, 0, checkTestScriptSetupActionOperation) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "operation", vrt.checkInvariant, INVARIANT_3) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "assert", d, 0, checkTestScriptSetupActionAssert) && x.c === null) return false;
    if (!vrt.each(e4, false, x, p, "assert", OCCURRENCE_0) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpXor3(
        vrt.fpSizeOfValue(o["_operation"], o["operation"]) > 0,
        vrt.fpSizeOfValue(o["_assert"], o["assert"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_7) && x.c === null) return false;
  }
  return true;
}
function checkTestScriptTeardownAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.teardown.action");
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
      case "operation":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_17, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_17, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "operation", d, 1, checkTestScriptSetupActionOperation) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "operation", vrt.checkInvariant, INVARIANT_8) && x.c === null) return false;
  return true;
}
function checkTestScriptRulesetRuleParam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.ruleset.rule.param");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "value":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_value":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_18, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_18, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_18) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_18) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkTestScriptSetupActionOperation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action.operation");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18;
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "resource":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "label":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "description":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "accept":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "contentType":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "destination":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "encodeRequestUrl":
        n++;
        m0 |= 65536;
        e10 = o[k];
        break;
      case "origin":
        n++;
        m0 |= 262144;
        e11 = o[k];
        break;
      case "params":
        n++;
        m0 |= 1048576;
        e12 = o[k];
        break;
      case "requestHeader":
        n++;
        m0 |= 4194304;
        e13 = o[k];
        break;
      case "requestId":
        n++;
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "responseId":
        n++;
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "sourceId":
        n++;
        m0 |= 134217728;
        e16 = o[k];
        break;
      case "targetId":
        n++;
        m0 |= 536870912;
        e17 = o[k];
        break;
      case "url":
        n++;
        m1 |= 1;
        e18 = o[k];
        break;
      case "_resource":
        n++;
        m0 |= 32;
        break;
      case "_label":
        n++;
        m0 |= 128;
        break;
      case "_description":
        n++;
        m0 |= 512;
        break;
      case "_accept":
        n++;
        m0 |= 2048;
        break;
      case "_contentType":
        n++;
        m0 |= 8192;
        break;
      case "_destination":
        n++;
        m0 |= 32768;
        break;
      case "_encodeRequestUrl":
        n++;
        m0 |= 131072;
        break;
      case "_origin":
        n++;
        m0 |= 524288;
        break;
      case "_params":
        n++;
        m0 |= 2097152;
        break;
      case "_requestId":
        n++;
        m0 |= 16777216;
        break;
      case "_responseId":
        n++;
        m0 |= 67108864;
        break;
      case "_sourceId":
        n++;
        m0 |= 268435456;
        break;
      case "_targetId":
        n++;
        m0 |= 1073741824;
        break;
      case "_url":
        n++;
        m1 |= 2;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_19, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_19, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._resource, x, p, "resource", d, 0, vrt.isValidCode, "code", OWNER_19) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes157)) {
      if (!vrt.eachWith(e4, false, x, p, "resource", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidCode(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e7, o._accept, x, p, "accept", d, 0, vrt.isValidCode, "code", OWNER_19) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e7, vcodes.inCodes312)) {
      if (!vrt.eachWith(e7, false, x, p, "accept", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e8) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e8, o._contentType, x, p, "contentType", d, 0, vrt.isValidCode, "code", OWNER_19) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e8, vcodes.inCodes312)) {
      if (!vrt.eachWith(e8, false, x, p, "contentType", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidInteger(e9) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e9, o._destination, x, p, "destination", d, 0, vrt.isValidInteger, "integer", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidBoolean(e10) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e10, o._encodeRequestUrl, x, p, "encodeRequestUrl", d, 0, vrt.isValidBoolean, "boolean", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidInteger(e11) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e11, o._origin, x, p, "origin", d, 0, vrt.isValidInteger, "integer", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e12, o._params, x, p, "params", d, 0, vrt.isValidString, "string", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e13, x, p, "requestHeader", d, 0, -1, checkTestScriptSetupActionOperationRequestHeader) && x.c === null)
      return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidId(e14) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e14, o._requestId, x, p, "requestId", d, 0, vrt.isValidId, "id", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidId(e15) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e15, o._responseId, x, p, "responseId", d, 0, vrt.isValidId, "id", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidId(e16) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e16, o._sourceId, x, p, "sourceId", d, 0, vrt.isValidId, "id", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidId(e17) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e17, o._targetId, x, p, "targetId", d, 0, vrt.isValidId, "id", OWNER_19) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(e18) && (m1 & 2) === 0)) {
      if (!vrt.prim(e18, o._url, x, p, "url", d, 0, vrt.isValidString, "string", OWNER_19) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_9) && x.c === null) return false;
  return true;
}
function checkTestScriptSetupActionAssert(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action.assert");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26;
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
      case "label":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "description":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "direction":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "compareToSourceId":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "compareToSourceExpression":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "compareToSourcePath":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "contentType":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "expression":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "headerField":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "minimumId":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "navigationLinks":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "operator":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "path":
        n++;
        m0 |= 134217728;
        e15 = o[k];
        break;
      case "requestMethod":
        n++;
        m0 |= 536870912;
        e16 = o[k];
        break;
      case "requestURL":
        n++;
        m1 |= 1;
        e17 = o[k];
        break;
      case "resource":
        n++;
        m1 |= 4;
        e18 = o[k];
        break;
      case "response":
        n++;
        m1 |= 16;
        e19 = o[k];
        break;
      case "responseCode":
        n++;
        m1 |= 64;
        e20 = o[k];
        break;
      case "rule":
        n++;
        m1 |= 256;
        e21 = o[k];
        break;
      case "ruleset":
        n++;
        m1 |= 512;
        e22 = o[k];
        break;
      case "sourceId":
        n++;
        m1 |= 1024;
        e23 = o[k];
        break;
      case "validateProfileId":
        n++;
        m1 |= 4096;
        e24 = o[k];
        break;
      case "value":
        n++;
        m1 |= 16384;
        e25 = o[k];
        break;
      case "warningOnly":
        n++;
        m1 |= 65536;
        e26 = o[k];
        break;
      case "_label":
        n++;
        m0 |= 16;
        break;
      case "_description":
        n++;
        m0 |= 64;
        break;
      case "_direction":
        n++;
        m0 |= 256;
        break;
      case "_compareToSourceId":
        n++;
        m0 |= 1024;
        break;
      case "_compareToSourceExpression":
        n++;
        m0 |= 4096;
        break;
      case "_compareToSourcePath":
        n++;
        m0 |= 16384;
        break;
      case "_contentType":
        n++;
        m0 |= 65536;
        break;
      case "_expression":
        n++;
        m0 |= 262144;
        break;
      case "_headerField":
        n++;
        m0 |= 1048576;
        break;
      case "_minimumId":
        n++;
        m0 |= 4194304;
        break;
      case "_navigationLinks":
        n++;
        m0 |= 16777216;
        break;
      case "_operator":
        n++;
        m0 |= 67108864;
        break;
      case "_path":
        n++;
        m0 |= 268435456;
        break;
      case "_requestMethod":
        n++;
        m0 |= 1073741824;
        break;
      case "_requestURL":
        n++;
        m1 |= 2;
        break;
      case "_resource":
        n++;
        m1 |= 8;
        break;
      case "_response":
        n++;
        m1 |= 32;
        break;
      case "_responseCode":
        n++;
        m1 |= 128;
        break;
      case "_sourceId":
        n++;
        m1 |= 2048;
        break;
      case "_validateProfileId":
        n++;
        m1 |= 8192;
        break;
      case "_value":
        n++;
        m1 |= 32768;
        break;
      case "_warningOnly":
        n++;
        m1 |= 131072;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_20, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_20, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._direction, x, p, "direction", d, 0, vrt.isValidCode, "code", OWNER_20) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e5, vcodes.inCodes313)) {
      if (!vrt.eachWith(e5, false, x, p, "direction", vrt.checkCode, BINDING_7) && x.c === null) return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._compareToSourceId, x, p, "compareToSourceId", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(
        e7,
        o._compareToSourceExpression,
        x,
        p,
        "compareToSourceExpression",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_20
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        e8,
        o._compareToSourcePath,
        x,
        p,
        "compareToSourcePath",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_20
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e9, o._contentType, x, p, "contentType", d, 0, vrt.isValidCode, "code", OWNER_20) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes312)) {
      if (!vrt.eachWith(e9, false, x, p, "contentType", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e11, o._headerField, x, p, "headerField", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e12, o._minimumId, x, p, "minimumId", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidBoolean(e13) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e13, o._navigationLinks, x, p, "navigationLinks", d, 0, vrt.isValidBoolean, "boolean", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidCode(e14) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e14, o._operator, x, p, "operator", d, 0, vrt.isValidCode, "code", OWNER_20) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e14, vcodes.inCodes314)) {
      if (!vrt.eachWith(e14, false, x, p, "operator", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e15, o._path, x, p, "path", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidCode(e16) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e16, o._requestMethod, x, p, "requestMethod", d, 0, vrt.isValidCode, "code", OWNER_20) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e16, vcodes.inCodes315)) {
      if (!vrt.eachWith(e16, false, x, p, "requestMethod", vrt.checkCode, BINDING_9) && x.c === null) return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(e17) && (m1 & 2) === 0)) {
      if (!vrt.prim(e17, o._requestURL, x, p, "requestURL", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidCode(e18) && (m1 & 8) === 0)) {
      if (!vrt.prim(e18, o._resource, x, p, "resource", d, 0, vrt.isValidCode, "code", OWNER_20) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e18, vcodes.inCodes157)) {
      if (!vrt.eachWith(e18, false, x, p, "resource", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidCode(e19) && (m1 & 32) === 0)) {
      if (!vrt.prim(e19, o._response, x, p, "response", d, 0, vrt.isValidCode, "code", OWNER_20) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e19, vcodes.inCodes316)) {
      if (!vrt.eachWith(e19, false, x, p, "response", vrt.checkCode, BINDING_10) && x.c === null) return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidString(e20) && (m1 & 128) === 0)) {
      if (!vrt.prim(e20, o._responseCode, x, p, "responseCode", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e21, x, p, "rule", d, 0, checkTestScriptSetupActionAssertRule) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e22, x, p, "ruleset", d, 0, checkTestScriptSetupActionAssertRuleset) && x.c === null) return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidId(e23) && (m1 & 2048) === 0)) {
      if (!vrt.prim(e23, o._sourceId, x, p, "sourceId", d, 0, vrt.isValidId, "id", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidId(e24) && (m1 & 8192) === 0)) {
      if (!vrt.prim(e24, o._validateProfileId, x, p, "validateProfileId", d, 0, vrt.isValidId, "id", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidString(e25) && (m1 & 32768) === 0)) {
      if (!vrt.prim(e25, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_20) && x.c === null)
        return false;
    }
  }
  if ((m1 & 196608) !== 0) {
    if (!(vrt.isValidBoolean(e26) && (m1 & 131072) === 0)) {
      if (!vrt.prim(e26, o._warningOnly, x, p, "warningOnly", d, 0, vrt.isValidBoolean, "boolean", OWNER_20) && x.c === null)
        return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpSizeOfValue(o["_contentType"], o["contentType"]) + vrt.fpSizeOfValue(o["_expression"], o["expression"]) + vrt.fpSizeOfValue(o["_headerField"], o["headerField"]) + vrt.fpSizeOfValue(o["_minimumId"], o["minimumId"]) + vrt.fpSizeOfValue(o["_navigationLinks"], o["navigationLinks"]) + vrt.fpSizeOfValue(o["_path"], o["path"]) + vrt.fpSizeOfValue(o["_requestMethod"], o["requestMethod"]) + vrt.fpSizeOfValue(o["_resource"], o["resource"]) + vrt.fpSizeOfValue(o["_responseCode"], o["responseCode"]) + vrt.fpSizeOfValue(o["_response"], o["response"]) + vrt.fpSizeOfValue(o["_rule"], o["rule"]) + vrt.fpSizeOfValue(o["_ruleset"], o["ruleset"]) + vrt.fpSizeOfValue(o["_validateProfileId"], o["validateProfileId"]) <= 1;
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_10) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpXor3(
        vrt.fpSizeOfValue(o["_compareToSourceId"], o["compareToSourceId"]) === 0,
        vrt.fpOr3(
          vrt.fpSizeOfValue(o["_compareToSourceExpression"], o["compareToSourceExpression"]) > 0,
          vrt.fpSizeOfValue(o["_compareToSourcePath"], o["compareToSourcePath"]) > 0
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_11) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpAnd3(
              vrt.fpAnd3(
                vrt.fpSizeOfValue(o["_response"], o["response"]) === 0,
                vrt.fpSizeOfValue(o["_responseCode"], o["responseCode"]) === 0
              ),
              vrt.fpEqValue(vrt.fpOneValue(o["_direction"], o["direction"]), "request")
            ),
            vrt.fpSizeOfValue(o["_direction"], o["direction"]) === 0
          ),
          vrt.fpEqValue(vrt.fpOneValue(o["_direction"], o["direction"]), "response")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_12) && x.c === null) return false;
    }
  }
  return true;
}
function checkTestScriptSetupActionOperationRequestHeader(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action.operation.requestHeader");
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
      case "field":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "value":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_field":
        n++;
        m0 |= 16;
        break;
      case "_value":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_21, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_21, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._field, x, p, "field", d, 1, vrt.isValidString, "string", OWNER_21) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_21) && x.c === null)
      return false;
  }
  return true;
}
function checkTestScriptSetupActionAssertRule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action.assert.rule");
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
      case "ruleId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "param":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_ruleId":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_22, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_22, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._ruleId, x, p, "ruleId", d, 1, vrt.isValidId, "id", OWNER_22) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e4, x, p, "param", d, 0, -1, checkTestScriptSetupActionAssertRuleParam) && x.c === null) return false;
  }
  return true;
}
function checkTestScriptSetupActionAssertRuleset(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action.assert.ruleset");
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
      case "rulesetId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "rule":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_rulesetId":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_23, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_23, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._rulesetId, x, p, "rulesetId", d, 1, vrt.isValidId, "id", OWNER_23) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e4, x, p, "rule", d, 0, -1, checkTestScriptSetupActionAssertRulesetRule) && x.c === null)
      return false;
  }
  return true;
}
function checkTestScriptSetupActionAssertRuleParam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action.assert.rule.param");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "value":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_value":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_24, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_24, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_24) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_24) && x.c === null)
      return false;
  }
  return true;
}
function checkTestScriptSetupActionAssertRulesetRule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action.assert.ruleset.rule");
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
      case "ruleId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "param":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_ruleId":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_25, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_25, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._ruleId, x, p, "ruleId", d, 1, vrt.isValidId, "id", OWNER_25) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e4, x, p, "param", d, 0, -1, checkTestScriptSetupActionAssertRulesetRuleParam) && x.c === null)
      return false;
  }
  return true;
}
function checkTestScriptSetupActionAssertRulesetRuleParam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestScript.setup.action.assert.ruleset.rule.param");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "value":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_value":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_26, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_26, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_26) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_26) && x.c === null)
      return false;
  }
  return true;
}
function validateTestScript(value, options) {
  return vrt.validateWith(value, "TestScript", checkTestScript, true, options, REGISTRY_0);
}
function isTestScript(value, options) {
  return vrt.testWith(value, checkTestScript, true, options, REGISTRY_0);
}
function buildTestScript(input) {
  return fillAndCheck(input, { resourceType: "TestScript" }, isTestScript, validateTestScript, "TestScript");
}
export {
  buildTestScript,
  checkTestScript,
  checkTestScriptDestination,
  checkTestScriptFixture,
  checkTestScriptMetadata,
  checkTestScriptMetadataCapability,
  checkTestScriptMetadataLink,
  checkTestScriptOrigin,
  checkTestScriptRule,
  checkTestScriptRuleParam,
  checkTestScriptRuleset,
  checkTestScriptRulesetRule,
  checkTestScriptRulesetRuleParam,
  checkTestScriptSetup,
  checkTestScriptSetupAction,
  checkTestScriptSetupActionAssert,
  checkTestScriptSetupActionAssertRule,
  checkTestScriptSetupActionAssertRuleParam,
  checkTestScriptSetupActionAssertRuleset,
  checkTestScriptSetupActionAssertRulesetRule,
  checkTestScriptSetupActionAssertRulesetRuleParam,
  checkTestScriptSetupActionOperation,
  checkTestScriptSetupActionOperationRequestHeader,
  checkTestScriptTeardown,
  checkTestScriptTeardownAction,
  checkTestScriptTest,
  checkTestScriptTestAction,
  checkTestScriptVariable,
  isTestScript,
  validateTestScript
};
