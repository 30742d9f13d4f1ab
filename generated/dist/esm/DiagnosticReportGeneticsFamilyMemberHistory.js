import { checkReference } from "./Reference.js";
import { fillAndCheckPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants(["valueReference"]);
const TARGETS_0 = ["FamilyMemberHistory"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory",
      check: checkDiagnosticReportGeneticsFamilyMemberHistory,
      contexts: ["DiagnosticReport"],
      contextTypes: ["DiagnosticReport"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDiagnosticReportGeneticsFamilyMemberHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueReference":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!(e2 === "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 8) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "value.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!((m0 & 8) !== 0 && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function validateDiagnosticReportGeneticsFamilyMemberHistory(value, options) {
  return vrt.validateWith(
    value,
    "Extension",
    checkDiagnosticReportGeneticsFamilyMemberHistory,
    false,
    options,
    REGISTRY_0
  );
}
function isDiagnosticReportGeneticsFamilyMemberHistory(value, options) {
  return vrt.testWith(value, checkDiagnosticReportGeneticsFamilyMemberHistory, false, options, REGISTRY_0);
}
function buildDiagnosticReportGeneticsFamilyMemberHistory(input) {
  return fillAndCheckPart(
    input,
    { set: { url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport-geneticsFamilyMemberHistory" } },
    isDiagnosticReportGeneticsFamilyMemberHistory,
    validateDiagnosticReportGeneticsFamilyMemberHistory,
    "DiagnosticReportGeneticsFamilyMemberHistory"
  );
}
export {
  buildDiagnosticReportGeneticsFamilyMemberHistory,
  checkDiagnosticReportGeneticsFamilyMemberHistory,
  isDiagnosticReportGeneticsFamilyMemberHistory,
  validateDiagnosticReportGeneticsFamilyMemberHistory
};
