import { GeneratorError } from '../errors.js';

/** A FHIR package named as `id#version` (the FHIR package cache convention). */
export interface PackageRef {
  readonly id: string;
  readonly version: string;
}

// FHIR package ids are npm-like names: lower-case letters, digits, dots, dashes, underscores, an optional @scope/.
const PACKAGE_ID = /^(?:@[a-z0-9._-]+\/)?[a-zA-Z0-9._-]+$/;
const PACKAGE_VERSION = /^[A-Za-z0-9._+-]+$/;

/** True when `id` and `version` can name a package (and, in a cache, a folder: no path separators). */
export function isValidPackageRef(id: string, version: string): boolean {
  return PACKAGE_ID.test(id) && PACKAGE_VERSION.test(version) && id !== '.' && id !== '..';
}

export function parsePackageRef(text: string): PackageRef {
  const hash = text.indexOf('#');
  const id = hash < 0 ? text : text.slice(0, hash);
  const version = hash < 0 ? '' : text.slice(hash + 1);
  if (!isValidPackageRef(id, version)) {
    throw new GeneratorError('GPC003', `'${text}' is not of the form id#version (e.g. nhsconnect.gpconnect-fhir#1.5.0)`);
  }
  return { id, version };
}

export function formatPackageRef(ref: PackageRef): string {
  return `${ref.id}#${ref.version}`;
}
