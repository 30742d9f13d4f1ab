/**
 * Checks on a built element tree that need the whole tree or the package set, and the one rewrite that
 * needs the canonical index: type profiles and target profiles are replaced by the canonical URL they
 * resolve to (so emitters can look them up exactly), or kept as written and reported when unresolved.
 */
import { GeneratorError } from '../errors.js';
import type { IrElement, IrType, IrUnresolved } from './types.js';

export interface CheckContext {
  readonly structureUrl: string;
  readonly file: string;
  readonly packageKey: string;
  readonly knownTypes: ReadonlySet<string>;
  readonly canonicalise: (url: string, kind: IrUnresolved['kind'], elementId: string) => string;
}

function collectPaths(element: IrElement, into: Map<string, IrElement>): void {
  if (!into.has(element.path)) into.set(element.path, element);
  for (const child of element.children) collectPaths(child, into);
}

/** FHIRPath system types (`http://hl7.org/fhirpath/System.String`) appear in R4 primitive internals. */
function isSystemType(code: string): boolean {
  return code.startsWith('http://hl7.org/fhirpath/') || code.startsWith('xs:') || code.startsWith('xsd:');
}

export function checkElementTree(root: IrElement, ctx: CheckContext): IrElement {
  const byPath = new Map<string, IrElement>();
  collectPaths(root, byPath);
  const location = (element: IrElement) => ({ package: ctx.packageKey, file: ctx.file, url: ctx.structureUrl, element: element.id });

  const visit = (element: IrElement): IrElement => {
    if (element.contentReference !== undefined) {
      const target = byPath.get(element.contentReference);
      if (!target) throw new GeneratorError('GPC204', `contentReference #${element.contentReference} names no element`, location(element));
      if (target === element || target.contentReference !== undefined) {
        throw new GeneratorError('GPC204', `contentReference #${element.contentReference} refers to itself or to another contentReference`, location(element));
      }
    }
    const types: IrType[] = element.types.map((type) => {
      if (!ctx.knownTypes.has(type.code) && !isSystemType(type.code)) {
        throw new GeneratorError('GPC206', `type code '${type.code}' is not a type of the loaded FHIR version`, location(element));
      }
      return {
        code: type.code,
        profiles: type.profiles.map((p) => ctx.canonicalise(p, 'type.profile', element.id)),
        targetProfiles: type.targetProfiles.map((p) => ctx.canonicalise(p, 'type.targetProfile', element.id)),
      };
    });
    return { ...element, types, children: element.children.map(visit), slices: element.slices.map(visit) };
  };
  return visit(root);
}
