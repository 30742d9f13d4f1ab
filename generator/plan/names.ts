/**
 * The naming phase. Each symbol has an intended name (derived from FHIR) and a final name that is unique in
 * the generated package. Collisions are resolved deterministically: symbols are claimed in a fixed order
 * (the caller sorts), the first keeps its name, later ones get a numeric suffix, and every rename is
 * reported in the run summary.
 */
import { isSafeIdentifier } from './identifiers.js';

export interface NameCollision {
  readonly intended: string;
  readonly final: string;
  readonly owner: string;
  readonly conflictsWith: string;
}

export class NameRegistry {
  private readonly owners = new Map<string, string>();
  readonly collisions: NameCollision[] = [];

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.owners.set(name.toLowerCase(), '(reserved by the generated package)');
  }

  /**
   * Claims a unique name for `owner` (a canonical URL or element id, used in reports). When `intended` is
   * taken, `alternative` (e.g. derived from the URL instead of the name) is tried before a numeric suffix.
   */
  claim(intended: string, owner: string, alternative?: string): string {
    let final = isSafeIdentifier(intended) ? intended : `_${intended.replace(/[^A-Za-z0-9_$]/g, '')}`;
    if (this.has(final) && alternative && isSafeIdentifier(alternative) && !this.has(alternative)) final = alternative;
    const base = final;
    for (let n = 2; this.has(final); n++) final = `${base}${n}`;
    if (final !== intended) {
      this.collisions.push({ intended, final, owner, conflictsWith: this.owners.get(intended.toLowerCase()) ?? 'a reserved word' });
    }
    this.owners.set(final.toLowerCase(), owner);
    return final;
  }

  /** Names are compared without case: module files named after them must not clash on macOS or Windows. */
  has(name: string): boolean {
    return this.owners.has(name.toLowerCase());
  }
}
