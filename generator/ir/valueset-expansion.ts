/**
 * Expands a ValueSet into a finite list of codes when that is possible from the loaded packages alone
 * (no terminology server is ever asked): a shipped `expansion`, or a `compose` whose includes list
 * concepts or name whole CodeSystems that are in the packages with complete content. Anything else
 * (filters over SNOMED CT, external code systems, very large sets) is reported as not enumerable, with
 * the reason, so validators can say "not checked" instead of raising false errors.
 */
import type { JsonObject } from '../load/types.js';
import { asArray, asObject, asString as str } from './json-read.js';
import type { CanonicalIndex } from './canonical.js';
import type { IrCode } from './types.js';

/** Beyond this many codes a literal union stops helping anyone and slows the compiler. */
export const MAX_EXPANSION = 1000;

export type Expansion = { readonly codes: readonly IrCode[] } | { readonly notEnumerable: string };


function flattenContains(items: readonly unknown[], out: IrCode[]): void {
  for (const item of items) {
    const entry = asObject(item);
    if (!entry) continue;
    const code = str(entry['code']);
    if (code !== undefined && entry['abstract'] !== true) out.push({ system: str(entry['system']), code, display: str(entry['display']) });
    flattenContains(asArray(entry['contains']), out);
  }
}

function flattenConcepts(system: string, items: readonly unknown[], out: IrCode[]): void {
  for (const item of items) {
    const concept = asObject(item);
    if (!concept) continue;
    const code = str(concept['code']);
    if (code !== undefined) out.push({ system, code, display: str(concept['display']) });
    flattenConcepts(system, asArray(concept['concept']), out);
  }
}

export class ValueSetExpander {
  private readonly cache = new Map<string, Expansion>();

  constructor(private readonly index: CanonicalIndex) {}

  expand(valueSetUrl: string, usedBy: string): Expansion {
    const cached = this.cache.get(valueSetUrl);
    if (cached) return cached;
    // Mark in progress so a ValueSet that includes itself (directly or not) ends instead of recursing.
    this.cache.set(valueSetUrl, { notEnumerable: `ValueSet ${valueSetUrl} includes itself` });
    const result = this.compute(valueSetUrl, usedBy);
    this.cache.set(valueSetUrl, result);
    return result;
  }

  private compute(valueSetUrl: string, usedBy: string): Expansion {
    const resource = this.index.resolveOrReport(valueSetUrl, 'ValueSet', 'binding.valueSet', usedBy, 'codes not checked; typed as the unbound type');
    if (!resource) return { notEnumerable: `ValueSet ${valueSetUrl} is not in the loaded packages` };
    const vs = resource.json;
    const expansion = asObject(vs['expansion']);
    if (expansion) {
      const codes: IrCode[] = [];
      flattenContains(asArray(expansion['contains']), codes);
      return this.bounded(codes, valueSetUrl);
    }
    const compose = asObject(vs['compose']);
    if (!compose) return { notEnumerable: `ValueSet ${valueSetUrl} has neither expansion nor compose` };
    const included: IrCode[] = [];
    for (const item of asArray(compose['include'])) {
      const part = this.expandInclude(asObject(item), valueSetUrl);
      if ('notEnumerable' in part) return part;
      included.push(...part.codes);
    }
    const excluded = new Set<string>();
    for (const item of asArray(compose['exclude'])) {
      const part = this.expandInclude(asObject(item), valueSetUrl);
      if ('notEnumerable' in part) return { notEnumerable: `exclude: ${part.notEnumerable}` };
      for (const code of part.codes) excluded.add(`${code.system ?? ''}|${code.code}`);
    }
    return this.bounded(included.filter((c) => !excluded.has(`${c.system ?? ''}|${c.code}`)), valueSetUrl);
  }

  private expandInclude(include: JsonObject | undefined, valueSetUrl: string): Expansion {
    if (!include) return { codes: [] };
    if (asArray(include['filter']).length > 0) {
      return { notEnumerable: `a filter on ${str(include['system']) ?? 'a code system'} needs a terminology server` };
    }
    const codes: IrCode[] = [];
    // STU3 spells the nested value set `valueSet` as an array of canonical strings.
    for (const nested of asArray(include['valueSet'])) {
      if (typeof nested !== 'string') continue;
      const part = this.expand(nested.trim(), valueSetUrl);
      if ('notEnumerable' in part) return part;
      codes.push(...part.codes);
    }
    const system = str(include['system'])?.trim();
    const concepts = asArray(include['concept']);
    if (system && concepts.length > 0) {
      for (const item of concepts) {
        const concept = asObject(item);
        const code = concept && str(concept['code']);
        if (code !== undefined) codes.push({ system, code, display: concept ? str(concept['display']) : undefined });
      }
    } else if (system) {
      const codeSystem = this.index.find(system, 'CodeSystem');
      if (!codeSystem) return { notEnumerable: `code system ${system} is not in the loaded packages` };
      const content = str(codeSystem.json['content']);
      if (content !== 'complete') return { notEnumerable: `code system ${system} content is '${content ?? 'unknown'}', not complete` };
      flattenConcepts(system, asArray(codeSystem.json['concept']), codes);
    }
    return { codes };
  }

  private bounded(codes: IrCode[], valueSetUrl: string): Expansion {
    const unique = new Map<string, IrCode>();
    for (const code of codes) unique.set(`${code.system ?? ''}|${code.code}`, code);
    if (unique.size > MAX_EXPANSION) return { notEnumerable: `ValueSet ${valueSetUrl} has ${unique.size} codes (over ${MAX_EXPANSION})` };
    return { codes: [...unique.values()] };
  }
}
