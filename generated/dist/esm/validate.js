import * as vrt from "./runtime/validate/index.js";
import { registry } from "./validators/dispatch.js";
import { registry as registry2 } from "./validators/dispatch.js";
function validate(resource, options) {
  return vrt.validateValue(resource, options, registry);
}
function isValid(resource, options) {
  return vrt.testValue(resource, options, registry);
}
export {
  isValid,
  registry2 as registry,
  validate
};
