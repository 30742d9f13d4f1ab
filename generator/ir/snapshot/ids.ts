/**
 * STU3 element ids: the path, with `:sliceName` after the segment of each slice on the way
 * (`Patient.identifier:nhsNumber.system`). Computed from the finished snapshot rather than copied from
 * the differential, whose ids are optional in STU3 and sometimes wrong in published profiles.
 */
import type { ElementDefinitionJson } from './json-types.js';
import { lastSegment, parentPath } from './paths.js';

export function assignIds(elements: readonly ElementDefinitionJson[]): void {
  // The id of the most recent element at each path: a slice's children follow the slice.
  const latest = new Map<string, string>();
  for (const element of elements) {
    const parent = parentPath(element.path);
    const prefix = parent === undefined ? '' : `${latest.get(parent) ?? parent}.`;
    const own = lastSegment(element.path) + (element.sliceName ? `:${element.sliceName}` : '');
    element.id = prefix + own;
    latest.set(element.path, element.id);
  }
}
