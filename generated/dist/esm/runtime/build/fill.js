import { BuildError } from "./error.js";
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function fillValue(value, spec) {
  return spec && isObject(value) ? fillObject(value, spec) : value;
}
function withSystem(coding, system) {
  if (!isObject(coding) || coding["system"] !== void 0 || typeof coding["code"] !== "string") return coding;
  const { system: _absent, ...rest } = coding;
  return { system, ...rest };
}
function fillSystem(value, system) {
  if (!isObject(value)) return value;
  const codings = value["coding"];
  if (Array.isArray(codings)) return { ...value, coding: codings.map((c) => withSystem(c, system)) };
  return withSystem(value, system);
}
function withProfile(filled, resourceType, profile) {
  if (resourceType === void 0 && profile === void 0) return filled;
  const head = [["resourceType", filled["resourceType"] ?? resourceType]];
  if (filled["id"] !== void 0) head.push(["id", filled["id"]]);
  if (profile !== void 0) {
    const meta = isObject(filled["meta"]) ? filled["meta"] : {};
    const profiles = Array.isArray(meta["profile"]) ? meta["profile"] : [];
    head.push(["meta", profiles.includes(profile) ? meta : { ...meta, profile: [...profiles, profile] }]);
  } else if (filled["meta"] !== void 0) head.push(["meta", filled["meta"]]);
  const rest = Object.entries(filled).filter(([key]) => key !== "resourceType" && key !== "id" && key !== "meta");
  return Object.fromEntries([...head, ...rest]);
}
function fillObject(input, spec) {
  let out = { ...input };
  if (spec.set) {
    const missing = Object.entries(spec.set).filter(([key]) => out[key] === void 0);
    if (missing.length > 0) {
      for (const [key] of missing) delete out[key];
      out = { ...Object.fromEntries(missing), ...out };
    }
  }
  if (spec.each) {
    for (const [key, inner] of Object.entries(spec.each)) {
      const value = out[key];
      if (value !== void 0) out[key] = Array.isArray(value) ? value.map((item) => fillValue(item, inner)) : fillValue(value, inner);
    }
  }
  if (spec.lead) {
    for (const [key, specs] of Object.entries(spec.lead)) {
      const value = out[key];
      if (Array.isArray(value)) out[key] = value.map((item, index) => fillValue(item, specs[index]));
    }
  }
  if (spec.system) {
    for (const [key, system] of Object.entries(spec.system)) {
      const value = out[key];
      if (value !== void 0) out[key] = Array.isArray(value) ? value.map((item) => fillSystem(item, system)) : fillSystem(value, system);
    }
  }
  return withProfile(out, spec.resourceType, spec.profile);
}
function fillPart(input, spec) {
  return fillObject(input, spec);
}
function fillThenCheck([input, spec, is, validate, typeName], tolerated) {
  const value = fillObject(input, spec);
  if (is(value)) return value;
  const outcome = validate(value);
  if (tolerated(outcome)) return value;
  throw new BuildError(typeName, outcome);
}
function fillAndCheck(...args) {
  return fillThenCheck(args, () => false);
}
function onlyInvariantsFailed(outcome) {
  return !outcome.issue.some((i) => (i.severity === "error" || i.severity === "fatal") && i.code !== "invariant");
}
function fillAndCheckPart(...args) {
  return fillThenCheck(args, onlyInvariantsFailed);
}
export {
  fillAndCheck,
  fillAndCheckPart,
  fillObject,
  fillPart
};
