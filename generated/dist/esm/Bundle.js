import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSignature } from "./Signature.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Bundle"], type: "Bundle", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes47,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/bundle-type"
};
const CHILD_SIZE_0 = (o) => vrt.fpSizeOfValue(o["_system"], o["system"]);
const CHILD_SIZE_1 = (o) => vrt.fpSizeOfValue(o["_value"], o["value"]);
const INVARIANT_0 = vrt.invariant({
  key: "bdl-9",
  path: "Bundle",
  expression: "type = 'document' implies (identifier.system.exists() and identifier.value.exists())",
  severity: "error",
  human: "A document must have an identifier with a system and a value"
});
const CHILD_SIZE_2 = (o) => vrt.fpSizeOfValue(o["_request"], o["request"]);
const INVARIANT_1 = vrt.invariant({
  key: "bdl-3",
  path: "Bundle",
  expression: "entry.request.empty() or type = 'batch' or type = 'transaction' or type = 'history'",
  severity: "error",
  human: "entry.request only for some types of bundles"
});
const CHILD_SIZE_3 = (o) => vrt.fpSizeOfValue(o["_response"], o["response"]);
const INVARIANT_2 = vrt.invariant({
  key: "bdl-4",
  path: "Bundle",
  expression: "entry.response.empty() or type = 'batch-response' or type = 'transaction-response'",
  severity: "error",
  human: "entry.response only for some types of bundles"
});
const INVARIANT_3 = vrt.invariant({
  key: "bdl-1",
  path: "Bundle",
  expression: "total.empty() or (type = 'searchset') or (type = 'history')",
  severity: "error",
  human: "total only when a search or history"
});
const CHILD_SIZE_4 = (o) => vrt.fpSizeOfValue(o["_search"], o["search"]);
const INVARIANT_4 = vrt.invariant({
  key: "bdl-2",
  path: "Bundle",
  expression: "entry.search.empty() or (type = 'searchset')",
  severity: "error",
  human: "entry.search only when a search"
});
const OWNER_1 = { paths: ["Bundle.link"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["Bundle.entry"], type: "BackboneElement", exact: true };
const INVARIANT_5 = vrt.invariant({
  key: "bdl-8",
  path: "Bundle.entry",
  expression: "fullUrl.contains('/_history/').not()",
  severity: "error",
  human: "fullUrl cannot be a version specific reference"
});
const INVARIANT_6 = vrt.invariant({
  key: "bdl-5",
  path: "Bundle.entry",
  expression: "resource.exists() or request.exists() or response.exists()",
  severity: "error",
  human: "must be a resource unless there's a request or response"
});
const OWNER_3 = { paths: ["Bundle.entry.search"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes48,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/search-entry-mode"
};
const OWNER_4 = { paths: ["Bundle.entry.request"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes49,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/http-verb"
};
const OWNER_5 = { paths: ["Bundle.entry.response"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Bundle", check: checkBundle, type: "Bundle", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkBundle(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Bundle");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Bundle") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "identifier":
        m0 |= 128;
        e4 = o[k];
        break;
      case "type":
        m0 |= 256;
        e5 = o[k];
        break;
      case "total":
        m0 |= 1024;
        e6 = o[k];
        break;
      case "link":
        m0 |= 4096;
        e7 = o[k];
        break;
      case "entry":
        m0 |= 8192;
        e8 = o[k];
        break;
      case "signature":
        m0 |= 16384;
        e9 = o[k];
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
      case "_type":
        m0 |= 512;
        break;
      case "_total":
        m0 |= 2048;
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
    if (!vrt.one(e4, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e5, vcodes.inCodes47)) {
    if (!vrt.eachWith(e5, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidUnsignedInt(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._total, x, p, "total", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e7, x, p, "link", d, 0, -1, checkBundleLink) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e8, x, p, "entry", d, 0, -1, checkBundleEntry) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e9, x, p, "signature", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.checkBdl7(o, x, p) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "document"),
        vrt.fpAnd3(
          vrt.fpSizeOfEach(vrt.fpChildOf(o, "identifier", "_identifier"), CHILD_SIZE_0) > 0,
          vrt.fpSizeOfEach(vrt.fpChildOf(o, "identifier", "_identifier"), CHILD_SIZE_1) > 0
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpOr3(
              vrt.fpSizeOfEach(vrt.fpChildOf(o, "entry", "_entry"), CHILD_SIZE_2) === 0,
              vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "batch")
            ),
            vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "transaction")
          ),
          vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "history")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpSizeOfEach(vrt.fpChildOf(o, "entry", "_entry"), CHILD_SIZE_3) === 0,
            vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "batch-response")
          ),
          vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "transaction-response")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpSizeOfValue(o["_total"], o["total"]) === 0,
            vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "searchset")
          ),
          vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "history")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfEach(vrt.fpChildOf(o, "entry", "_entry"), CHILD_SIZE_4) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "searchset")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_4) && x.c === null) return false;
    }
  }
  return true;
}
function checkBundleLink(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Bundle.link");
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
      case "relation":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "url":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_relation":
        n++;
        m0 |= 16;
        break;
      case "_url":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._relation, x, p, "relation", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  return true;
}
function checkBundleEntry(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Bundle.entry");
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
      case "fullUrl":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "resource":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "search":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "request":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "response":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "_fullUrl":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "link", d, 0, -1, checkBundleLink) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._fullUrl, x, p, "fullUrl", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "resource", d, 0, vrt.checkEntryResource) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "search", d, 0, checkBundleEntrySearch) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "request", d, 0, checkBundleEntryRequest) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "response", d, 0, checkBundleEntryResponse) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpNot3(vrt.fpContainsValue(vrt.fpOneValue(o["_fullUrl"], o["fullUrl"]), "/_history/"));
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_5) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(
          vrt.fpSizeOfValue(o["_resource"], o["resource"]) > 0,
          vrt.fpSizeOfValue(o["_request"], o["request"]) > 0
        ),
        vrt.fpSizeOfValue(o["_response"], o["response"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_6) && x.c === null) return false;
  }
  return true;
}
function checkBundleEntrySearch(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Bundle.entry.search");
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
      case "mode":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "score":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_mode":
        n++;
        m0 |= 16;
        break;
      case "_score":
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
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._mode, x, p, "mode", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes48)) {
      if (!vrt.eachWith(e3, false, x, p, "mode", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDecimal(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._score, x, p, "score", d, 0, vrt.isValidDecimal, "decimal", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkBundleEntryRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Bundle.entry.request");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "method":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "url":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "ifNoneMatch":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "ifModifiedSince":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "ifMatch":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "ifNoneExist":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "_method":
        n++;
        m0 |= 16;
        break;
      case "_url":
        n++;
        m0 |= 64;
        break;
      case "_ifNoneMatch":
        n++;
        m0 |= 256;
        break;
      case "_ifModifiedSince":
        n++;
        m0 |= 1024;
        break;
      case "_ifMatch":
        n++;
        m0 |= 4096;
        break;
      case "_ifNoneExist":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._method, x, p, "method", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes49)) {
    if (!vrt.eachWith(e3, false, x, p, "method", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._url, x, p, "url", d, 1, vrt.isValidUri, "uri", OWNER_4) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._ifNoneMatch, x, p, "ifNoneMatch", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidInstant(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._ifModifiedSince, x, p, "ifModifiedSince", d, 0, vrt.isValidInstant, "instant", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._ifMatch, x, p, "ifMatch", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._ifNoneExist, x, p, "ifNoneExist", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkBundleEntryResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Bundle.entry.response");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "status":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "location":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "etag":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "lastModified":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "outcome":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "_status":
        n++;
        m0 |= 16;
        break;
      case "_location":
        n++;
        m0 |= 64;
        break;
      case "_etag":
        n++;
        m0 |= 256;
        break;
      case "_lastModified":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._status, x, p, "status", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._location, x, p, "location", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._etag, x, p, "etag", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidInstant(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._lastModified, x, p, "lastModified", d, 0, vrt.isValidInstant, "instant", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e7, x, p, "outcome", d, 0, vrt.checkEntryResource) && x.c === null) return false;
  }
  return true;
}
function validateBundle(value, options) {
  return vrt.validateWith(value, "Bundle", checkBundle, true, options, REGISTRY_0);
}
function isBundle(value, options) {
  return vrt.testWith(value, checkBundle, true, options, REGISTRY_0);
}
function buildBundle(input) {
  return fillAndCheck(input, { resourceType: "Bundle" }, isBundle, validateBundle, "Bundle");
}
export {
  buildBundle,
  checkBundle,
  checkBundleEntry,
  checkBundleEntryRequest,
  checkBundleEntryResponse,
  checkBundleEntrySearch,
  checkBundleLink,
  isBundle,
  validateBundle
};
