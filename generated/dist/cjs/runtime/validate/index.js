var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __reExport = (target, mod, secondTarget) => (__copyProps(target, mod, "default"), secondTarget && __copyProps(secondTarget, mod, "default"));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var validate_exports = {};
module.exports = __toCommonJS(validate_exports);
__reExport(validate_exports, require("./binding.js"), module.exports);
__reExport(validate_exports, require("./cardinality.js"), module.exports);
__reExport(validate_exports, require("./context.js"), module.exports);
__reExport(validate_exports, require("./extension.js"), module.exports);
__reExport(validate_exports, require("./fhirpath.js"), module.exports);
__reExport(validate_exports, require("./fhirpath-boolean.js"), module.exports);
__reExport(validate_exports, require("./fhirpath-lite.js"), module.exports);
__reExport(validate_exports, require("./fixed-pattern.js"), module.exports);
__reExport(validate_exports, require("./guard.js"), module.exports);
__reExport(validate_exports, require("./invariant.js"), module.exports);
__reExport(validate_exports, require("./outcome.js"), module.exports);
__reExport(validate_exports, require("./paths.js"), module.exports);
__reExport(validate_exports, require("./primitive-values.js"), module.exports);
__reExport(validate_exports, require("./primitives.js"), module.exports);
__reExport(validate_exports, require("./reference.js"), module.exports);
__reExport(validate_exports, require("./registry.js"), module.exports);
__reExport(validate_exports, require("./resource.js"), module.exports);
__reExport(validate_exports, require("./shape.js"), module.exports);
__reExport(validate_exports, require("./slicing.js"), module.exports);
__reExport(validate_exports, require("./string-table.js"), module.exports);
