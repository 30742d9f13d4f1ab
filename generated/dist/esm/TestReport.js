import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["TestReport"], type: "TestReport", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes305,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/report-status-codes"
};
const TARGETS_0 = ["TestScript"];
const BINDING_2 = {
  has: vcodes.inCodes306,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/report-result-codes"
};
const OWNER_1 = { paths: ["TestReport.participant"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes307,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/report-participant-type"
};
const OWNER_2 = { paths: ["TestReport.setup"], type: "BackboneElement", exact: true };
const OWNER_3 = { paths: ["TestReport.test"], type: "BackboneElement", exact: true };
const OWNER_4 = { paths: ["TestReport.teardown"], type: "BackboneElement", exact: true };
const OWNER_5 = { paths: ["TestReport.setup.action"], type: "BackboneElement", exact: true };
const INVARIANT_0 = vrt.invariant({
  key: "inv-1",
  path: "TestReport.setup.action",
  expression: "operation.exists() xor assert.exists()",
  severity: "error",
  human: "Setup action SHALL contain either an operation or assert but not both."
});
const OWNER_6 = { paths: ["TestReport.test.action"], type: "BackboneElement", exact: true };
const INVARIANT_1 = vrt.invariant({
  key: "inv-2",
  path: "TestReport.test.action",
  expression: "operation.exists() xor assert.exists()",
  severity: "error",
  human: "Test action SHALL contain either an operation or assert but not both."
});
const OWNER_7 = { paths: ["TestReport.teardown.action"], type: "BackboneElement", exact: true };
const OWNER_8 = {
  paths: ["TestReport.setup.action.operation"],
  type: "BackboneElement",
  exact: true
};
const BINDING_4 = {
  has: vcodes.inCodes308,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/report-action-result-codes"
};
const OWNER_9 = { paths: ["TestReport.setup.action.assert"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/TestReport",
      check: checkTestReport,
      type: "TestReport",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkTestReport(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "TestReport") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19;
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
      case "name":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "status":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "testScript":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "result":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "score":
        m0 |= 524288;
        e13 = o[k];
        break;
      case "tester":
        m0 |= 2097152;
        e14 = o[k];
        break;
      case "issued":
        m0 |= 8388608;
        e15 = o[k];
        break;
      case "participant":
        m0 |= 33554432;
        e16 = o[k];
        break;
      case "setup":
        m0 |= 67108864;
        e17 = o[k];
        break;
      case "test":
        m0 |= 134217728;
        e18 = o[k];
        break;
      case "teardown":
        m0 |= 268435456;
        e19 = o[k];
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
      case "_name":
        m0 |= 8192;
        break;
      case "_status":
        m0 |= 32768;
        break;
      case "_result":
        m0 |= 262144;
        break;
      case "_score":
        m0 |= 1048576;
        break;
      case "_tester":
        m0 |= 4194304;
        break;
      case "_issued":
        m0 |= 16777216;
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
    if (!vrt.one(e8, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e10) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes305)) {
    if (!vrt.eachWith(e10, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.one(e11, x, p, "testScript", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e11, false, x, p, "testScript", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (!(vrt.isValidCode(e12) && (m0 & 262144) === 0)) {
    if (!vrt.prim(e12, o._result, x, p, "result", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes306)) {
    if (!vrt.eachWith(e12, false, x, p, "result", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDecimal(e13) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e13, o._score, x, p, "score", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(e14) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e14, o._tester, x, p, "tester", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e15, o._issued, x, p, "issued", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e16, x, p, "participant", d, 0, -1, checkTestReportParticipant) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e17, x, p, "setup", d, 0, checkTestReportSetup) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e18, x, p, "test", d, 0, -1, checkTestReportTest) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e19, x, p, "teardown", d, 0, checkTestReportTeardown) && x.c === null) return false;
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
function checkTestReportParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.participant");
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "uri":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_uri":
        n++;
        m0 |= 64;
        break;
      case "_display":
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes307)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._uri, x, p, "uri", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkTestReportSetup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.setup");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!vrt.many(e3, x, p, "action", d, 1, -1, checkTestReportSetupAction) && x.c === null) return false;
  return true;
}
function checkTestReportTest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.test");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e5, x, p, "action", d, 1, -1, checkTestReportTestAction) && x.c === null) return false;
  return true;
}
function checkTestReportTeardown(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.teardown");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!vrt.many(e3, x, p, "action", d, 1, -1, checkTestReportTeardownAction) && x.c === null) return false;
  return true;
}
function checkTestReportSetupAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.setup.action");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "operation", d, 0, checkTestReportSetupActionOperation) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "assert", d, 0, checkTestReportSetupActionAssert) && x.c === null) return false;
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
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkTestReportTestAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.test.action");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "operation", d, 0, checkTestReportSetupActionOperation) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "assert", d, 0, checkTestReportSetupActionAssert) && x.c === null) return false;
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
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkTestReportTeardownAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.teardown.action");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "operation", d, 1, checkTestReportSetupActionOperation) && x.c === null) return false;
  return true;
}
function checkTestReportSetupActionOperation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.setup.action.operation");
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
      case "result":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "message":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_result":
        n++;
        m0 |= 16;
        break;
      case "_message":
        n++;
        m0 |= 64;
        break;
      case "_detail":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._result, x, p, "result", d, 1, vrt.isValidCode, "code", OWNER_8) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes308)) {
    if (!vrt.eachWith(e3, false, x, p, "result", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidMarkdown(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._message, x, p, "message", d, 0, vrt.isValidMarkdown, "markdown", OWNER_8) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidUri(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._detail, x, p, "detail", d, 0, vrt.isValidUri, "uri", OWNER_8) && x.c === null) return false;
    }
  }
  return true;
}
function checkTestReportSetupActionAssert(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "TestReport.setup.action.assert");
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
      case "result":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "message":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_result":
        n++;
        m0 |= 16;
        break;
      case "_message":
        n++;
        m0 |= 64;
        break;
      case "_detail":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._result, x, p, "result", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes308)) {
    if (!vrt.eachWith(e3, false, x, p, "result", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidMarkdown(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._message, x, p, "message", d, 0, vrt.isValidMarkdown, "markdown", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._detail, x, p, "detail", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateTestReport(value, options) {
  return vrt.validateWith(value, "TestReport", checkTestReport, true, options, REGISTRY_0);
}
function isTestReport(value, options) {
  return vrt.testWith(value, checkTestReport, true, options, REGISTRY_0);
}
function buildTestReport(input) {
  return fillAndCheck(input, { resourceType: "TestReport" }, isTestReport, validateTestReport, "TestReport");
}
export {
  buildTestReport,
  checkTestReport,
  checkTestReportParticipant,
  checkTestReportSetup,
  checkTestReportSetupAction,
  checkTestReportSetupActionAssert,
  checkTestReportSetupActionOperation,
  checkTestReportTeardown,
  checkTestReportTeardownAction,
  checkTestReportTest,
  checkTestReportTestAction,
  isTestReport,
  validateTestReport
};
