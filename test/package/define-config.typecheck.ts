/**
 * Type test (checked by `npm run typecheck`, never run): what a `gpconnect-codegen.config.ts` may and may
 * not say. Every `@ts-expect-error` must be an error, so a loosened type fails the type check.
 */
import { defineConfig } from '../../generator/index.js';

export const full = defineConfig({
  packages: ['nhsconnect.gpconnect-fhir#1.5.0', './profiles/local', 'extra.tgz'],
  cache: '../shared/fhir-packages',
  offline: true,
  registry: 'https://packages.example.org',
  out: 'generated',
  packageName: '@acme/gpconnect-types',
  packageVersion: '1.5.0',
  description: 'GP Connect types for Acme',
  include: ['https://fhir.nhs.uk/STU3/StructureDefinition/*'],
  exclude: ['*-Example-*'],
});

export const empty = defineConfig({});

// @ts-expect-error unknown option
export const unknown = defineConfig({ outDir: 'x' });
// @ts-expect-error packages is a list
export const notAList = defineConfig({ packages: 'nhsconnect.gpconnect-fhir#1.5.0' });
// @ts-expect-error offline is a boolean
export const notBoolean = defineConfig({ offline: 'yes' });
