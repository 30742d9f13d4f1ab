import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { childPath, indexPath, newPathStack, newPathTexts, pathText, pushIndex, pushStep, ROOT_PATH, type Path } from '../../../generator/runtime/validate/paths.js';

describe('paths', () => {
  it('builds FHIRPath-style paths', () => {
    const root = childPath('', 'Patient');
    assert.equal(root, 'Patient');
    assert.equal(childPath(indexPath(childPath(root, 'identifier'), 0), 'system'), 'Patient.identifier[0].system');
    assert.equal(indexPath(childPath(indexPath(childPath(root, 'name'), 2), 'given'), 10), 'Patient.name[2].given[10]');
    assert.equal(childPath(root, '_birthDate'), 'Patient._birthDate');
    assert.equal(childPath(root, '__proto__'), 'Patient.__proto__');
  });

  it('quotes keys that are not FHIRPath identifiers as delimited identifiers', () => {
    const table: [string, string][] = [
      ['a b', 'Patient.`a b`'],
      ['', 'Patient.``'],
      ['1st', 'Patient.`1st`'],
      ['a.b', 'Patient.`a.b`'],
      ['a`b', 'Patient.`a\\`b`'],
      ['a\\b', 'Patient.`a\\\\b`'],
      ['line\nbreak', 'Patient.`line\\u000abreak`'],
      ['ünï', 'Patient.`ünï`'],
    ];
    for (const [name, path] of table) assert.equal(childPath('Patient', name), path);
  });
});

/** A tree of JSON locations to walk: element steps with children, repeating ones with items. */
type Node = { readonly step: string; readonly items: readonly (readonly Node[])[] | undefined; readonly children: readonly Node[] };

const nodeArb: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    step: fc.constantFrom('extension', 'coding', 'url', 'value.ofType(Quantity)', 'entry', 'resource'),
    items: depth <= 1 ? fc.constant(undefined) : fc.option(fc.array(fc.array(nodeArb(depth - 1), { maxLength: 3 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    children: depth <= 1 ? fc.constant([]) : fc.array(nodeArb(depth - 1), { maxLength: 3 }),
  }),
);

describe('the path stack', () => {
  it('gives, at every location of a walk, the text the strings built along the walk give', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'Bundle'), fc.array(nodeArb(4), { maxLength: 4 }), fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (root, tree, picks) => {
        const stack = newPathStack(root);
        const memo = newPathTexts();
        let reads = 0;
        // Reads the text at some locations only (the memo must stay right whatever was skipped).
        const read = (p: Path, expected: string): void => {
          if ((picks[reads++ % picks.length] ?? 0) % 3 !== 0) return;
          assert.equal(pathText(stack, memo, p), expected);
        };
        const walk = (nodes: readonly Node[], p: Path, text: string): void => {
          for (const node of nodes) {
            const q = pushStep(stack, p, node.step);
            const qText = text === '' ? node.step : `${text}.${node.step}`;
            read(q, qText);
            node.items?.forEach((children, i) => {
              const r = pushIndex(stack, q, i);
              read(r, indexPath(qText, i));
              walk(children, r, indexPath(qText, i));
              read(r, indexPath(qText, i));
            });
            walk(node.children, q, qText);
            read(q, qText);
          }
          read(p, text);
        };
        walk(tree, ROOT_PATH, root);
        assert.equal(pathText(stack, memo, ROOT_PATH), root);
      }),
      { numRuns: 2000 },
    );
  });
});
