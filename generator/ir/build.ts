/**
 * The IR phase: loaded packages in, IrModel out. Selects one StructureDefinition per canonical URL,
 * gives each a snapshot, turns it into an element tree, resolves type profiles and value sets against the
 * packages (recording what cannot be resolved), and checks what would make emitted code wrong.
 */
import { GeneratorError, isGeneratorError, withLocation } from '../errors.js';
import type { JsonObject, LoadedPackageSet, LoadedResource } from '../load/types.js';
import { CanonicalIndex } from './canonical.js';
import { checkElementTree } from './check-tree.js';
import type { RawBinding } from './element-json.js';
import { buildElementTree } from './element-tree.js';
import { SnapshotProvider } from './snapshots.js';
import type { IrBinding, IrModel, IrSkipped, IrStructure, StructureKind } from './types.js';
import { ValueSetExpander } from './valueset-expansion.js';

const KINDS: readonly StructureKind[] = ['primitive-type', 'complex-type', 'resource', 'logical'];

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Why a StructureDefinition gets no declaration, or undefined when it gets one. */
function skipReason(sd: LoadedResource): string | undefined {
  const kind = str(sd.json['kind']);
  if (kind === 'logical') return 'logical model: it has no JSON instance form to type';
  if (!KINDS.some((k) => k === kind)) return `unknown kind '${kind ?? ''}'`;
  const fhirVersion = str(sd.json['fhirVersion']);
  if (fhirVersion && !fhirVersion.startsWith('3.') && !fhirVersion.startsWith('4.')) {
    return `declares fhirVersion ${fhirVersion}, which this package set does not model`;
  }
  return undefined;
}

function extensionContext(json: JsonObject): string[] {
  const context = json['context'];
  if (!Array.isArray(context)) return [];
  // STU3: context is a list of strings; R4: a list of {type, expression}.
  return context
    .map((c: unknown) => (typeof c === 'string' ? c : c && typeof c === 'object' ? str((c as JsonObject)['expression']) : undefined))
    .filter((c): c is string => typeof c === 'string');
}

/** Runs `work` on `sd`, adding its package to the location of an error that lacks one. */
function inPackage<T>(sd: LoadedResource, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw isGeneratorError(error) && error.location.package === undefined ? withLocation(error, { package: sd.packageKey, file: sd.file }) : error;
  }
}

/** A StructureDefinition without a canonical URL cannot be referenced or named; it would vanish unnoticed. */
function assertUrls(resources: readonly LoadedResource[]): void {
  const missing = resources.find((r) => r.resourceType === 'StructureDefinition' && !r.url?.trim());
  if (missing) throw new GeneratorError('GPC208', 'the StructureDefinition has no url', { package: missing.packageKey, file: missing.file, path: 'url' });
}

export function buildIr(set: LoadedPackageSet): IrModel {
  assertUrls(set.resources);
  const index = new CanonicalIndex(set.resources);
  const expander = new ValueSetExpander(index);
  const snapshots = new SnapshotProvider(index);
  const skipped: IrSkipped[] = [];
  const structures: IrStructure[] = [];
  const warnings: string[] = [];
  const baseTypes = index.all('StructureDefinition').filter((sd) => sd.json['derivation'] !== 'constraint');
  const knownTypes = new Set(baseTypes.map((sd) => str(sd.json['type']) ?? ''));
  const kindOfType = new Map(baseTypes.map((sd) => [str(sd.json['type']) ?? '', str(sd.json['kind']) as StructureKind]));

  for (const sd of index.all('StructureDefinition')) {
    const url = sd.url ?? '';
    const reason = skipReason(sd);
    if (reason) {
      skipped.push({ url, packageKey: sd.packageKey, reason });
      continue;
    }
    snapshots.checkBaseChain(sd);
    const base = str(sd.json['baseDefinition']);
    if (base) index.resolveOrReport(base, 'StructureDefinition', 'baseDefinition', url, 'its own snapshot is used as published');
    const snapshot = snapshots.snapshotOf(sd);
    warnings.push(...snapshot.warnings.map((w) => `${url}: ${w}`));
    const resolveBinding = (raw: RawBinding, elementId: string): IrBinding => {
      const usedBy = `${url}#${elementId}`;
      const isValueSet = raw.valueSet !== undefined && raw.valueSet.includes('/ValueSet/');
      const resolved = isValueSet && raw.valueSet ? index.find(raw.valueSet, 'ValueSet') : undefined;
      let expansion: IrBinding['expansion'];
      let notEnumerable: string | undefined;
      if (!raw.valueSet) notEnumerable = 'the binding names no value set';
      else if (!isValueSet) notEnumerable = `${raw.valueSet} is not a FHIR ValueSet`;
      else if (raw.strength === 'example') notEnumerable = 'example binding: not checked';
      else {
        const result = expander.expand(resolved?.url ?? raw.valueSet, usedBy);
        if ('codes' in result) expansion = result.codes;
        else notEnumerable = result.notEnumerable;
      }
      return { strength: raw.strength, description: raw.description, valueSet: raw.valueSet, resolvedValueSet: resolved?.url, expansion, notEnumerable };
    };
    const root = inPackage(sd, () => buildElementTree(snapshot.elements, { structureUrl: url, file: sd.file, resolveBinding }));
    const canonicalRoot = checkElementTree(root, {
      structureUrl: url,
      file: sd.file,
      packageKey: sd.packageKey,
      knownTypes,
      canonicalise: (ref, kind, elementId) => {
        const found = index.resolveOrReport(ref, 'StructureDefinition', kind, `${url}#${elementId}`, kind === 'type.profile' ? 'typed as the base type' : 'typed as a reference to the base resource type');
        return found?.url ?? ref;
      },
    });
    // A profile has the kind of the type it constrains; some NHS files say otherwise (patient-birthTime
    // claims primitive-type while constraining Extension), which would mis-shape every use of it.
    let kind = str(sd.json['kind']) as StructureKind;
    const typeKind = kindOfType.get(str(sd.json['type']) ?? '');
    if (sd.json['derivation'] === 'constraint' && typeKind && typeKind !== kind) {
      warnings.push(`${url}: declares kind '${kind}' but constrains ${str(sd.json['type'])} (a ${typeKind}); treated as ${typeKind}`);
      kind = typeKind;
    }
    structures.push({
      url,
      version: sd.version,
      name: str(sd.json['name']) ?? sd.id ?? url,
      title: str(sd.json['title']),
      description: str(sd.json['description']),
      kind,
      abstract: sd.json['abstract'] === true,
      type: str(sd.json['type']) ?? root.path,
      derivation: sd.json['derivation'] === 'constraint' ? 'constraint' : 'specialization',
      baseDefinition: base?.trim(),
      packageKey: sd.packageKey,
      file: sd.file,
      fhirVersion: str(sd.json['fhirVersion']),
      snapshotGenerated: snapshot.generated,
      extensionContext: extensionContext(sd.json),
      root: canonicalRoot,
    });
  }
  return {
    packages: set.packages.map((p) => ({ key: `${p.id}#${p.version}`, fhirVersion: p.fhirVersion })),
    structures,
    unresolved: index.unresolved(),
    skipped,
    duplicates: index.duplicates(),
    warnings,
    resourceTypeNames: baseTypes
      .filter((sd) => sd.json['kind'] === 'resource' && sd.json['abstract'] !== true)
      .map((sd) => str(sd.json['type']) ?? '')
      .filter((type) => type.length > 0)
      .sort((a, b) => a.localeCompare(b, 'en-US')),
  };
}

export { GeneratorError };
