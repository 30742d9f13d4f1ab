import { fillAndCheckPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set(["_valueString", "extension", "id", "url", "valueString"]);
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants(["valueString"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus",
      check: checkValuesetWorkflowStatus,
      contexts: ["ValueSet"],
      contextTypes: ["ValueSet"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkValuesetWorkflowStatus(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(
    o.url,
    false,
    x,
    p,
    "url",
    vrt.checkFixed,
    "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus"
  ) && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function validateValuesetWorkflowStatus(value, options) {
  return vrt.validateWith(value, "Extension", checkValuesetWorkflowStatus, false, options, REGISTRY_0);
}
function isValuesetWorkflowStatus(value, options) {
  return vrt.testWith(value, checkValuesetWorkflowStatus, false, options, REGISTRY_0);
}
function buildValuesetWorkflowStatus(input) {
  return fillAndCheckPart(
    input,
    { set: { url: "http://hl7.org/fhir/StructureDefinition/valueset-workflowStatus" } },
    isValuesetWorkflowStatus,
    validateValuesetWorkflowStatus,
    "ValuesetWorkflowStatus"
  );
}
export {
  buildValuesetWorkflowStatus,
  checkValuesetWorkflowStatus,
  isValuesetWorkflowStatus,
  validateValuesetWorkflowStatus
};
