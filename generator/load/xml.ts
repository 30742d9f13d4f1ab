/**
 * STU3 XML in: turns a FHIR STU3 XML resource (StructureDefinition, ValueSet, CodeSystem...) into
 * the same JSON object its JSON form parses to, with FHIR.js and the STU3 base definitions.
 *
 * FHIR.js is lenient: it accepts XML that is not well-formed, resolves nothing but also refuses
 * nothing, turns comments into DSTU2-style `fhir_comments`, and silently drops elements, attributes
 * and text it has no property for. So every document is first read here with sax (the parser
 * FHIR.js's xml-js uses) in strict, namespace-aware mode, and anything FHIR.js would get wrong is
 * reported as GPC105 with the file, line and column. Only the root element, without the comments
 * FHIR.js would misread, is then handed to FHIR.js.
 */
import { createRequire } from 'node:module';

import type { ParseConformance } from 'fhir';
import convertToJsModule from 'fhir/convertToJs.js';

import { GeneratorError } from '../errors.js';
import {
  assertStu3Definitions,
  buildStu3Parser,
  type ElementModel,
  PRIMITIVE_VALUE_PATTERNS,
  selectXmlDefinitionResources,
  Stu3XmlModel,
} from './xml-definitions.js';

export { selectXmlDefinitionResources } from './xml-definitions.js';

/** Converts STU3 XML resources to JSON objects. */
export interface Stu3XmlConverter {
  /**
   * Converts one XML document holding one resource. `file` is only used in error locations.
   * @throws GeneratorError GPC105 if the XML is not well-formed, has a DOCTYPE, is not a FHIR STU3
   *   resource in the FHIR namespace, or holds elements, attributes or text FHIR.js would drop.
   */
  toJson(xml: string, file: string): Record<string, unknown>;
}

/**
 * Builds (once, lazily, on the first `toJson`) a converter from the STU3 core definitions.
 * `coreStructureResources` are parsed JSON resources of `hl7.fhir.core#3.0.1`; only the base
 * StructureDefinitions are kept (see `selectXmlDefinitionResources`), so passing them all works.
 * @throws GeneratorError GPC106 if the definitions are not STU3.
 */
export function createStu3XmlConverter(coreStructureResources: readonly unknown[]): Stu3XmlConverter {
  const definitions = selectXmlDefinitionResources(coreStructureResources);
  assertStu3Definitions(definitions);
  let built: { readonly converter: XmlToJson; readonly model: Stu3XmlModel } | undefined;
  return {
    toJson(xml, file) {
      if (!built) {
        const parser = buildStu3Parser(definitions);
        built = { converter: createXmlToJson(parser), model: new Stu3XmlModel(parser, definitions) };
      }
      const root = checkXml(xml, file, built.model);
      return convert(built.converter, root, file);
    },
  };
}

/** FHIR.js's XML -> JSON text conversion (`ConvertToJs.convertToJSON`, which `Fhir.xmlToJson` wraps). */
interface XmlToJson {
  convertToJSON(xml: string): string | undefined;
}

/**
 * `new Fhir(parser).xmlToJson(xml)`, minus a FHIR.js 4.12 crash: to keep decimals' exact text it
 * wraps them in a run of `D`s longer than any in the document, found by `maxLengthOfDs`, which calls
 * `Object.keys(null)` and throws on the `null` placeholders of a repeating primitive whose later item
 * has an id or extension (`"_aggregation": [null, {"id": "a"}]`). Same computation, null-safe.
 */
function createXmlToJson(parser: ParseConformance): XmlToJson {
  const converter = new convertToJsModule.ConvertToJs(parser);
  (converter as unknown as { maxLengthOfDs: (value: unknown) => number }).maxLengthOfDs = longestRunOfDs;
  return converter;
}

function longestRunOfDs(value: unknown): number {
  if (typeof value === 'string') {
    let longest = 0;
    for (const [run] of value.matchAll(/D+/g)) longest = Math.max(longest, run.length);
    return longest;
  }
  if (typeof value !== 'object' || value === null) return 0;
  let longest = 0;
  for (const [key, item] of Object.entries(value)) longest = Math.max(longest, longestRunOfDs(key), longestRunOfDs(item));
  return longest;
}

function convert(converter: XmlToJson, root: CheckedRoot, file: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = converter.convertToJSON(root.xml);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw malformed(file, `FHIR.js could not convert the ${root.resourceType}: ${reason}`, undefined, error);
  }
  const resource: unknown = typeof json === 'string' ? JSON.parse(json) : undefined;
  if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) {
    throw malformed(file, `FHIR.js returned no resource for <${root.resourceType}>`);
  }
  return resource as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Strict reading with sax
// ---------------------------------------------------------------------------------------------

const FHIR_NS = 'http://hl7.org/fhir';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Deeper than any STU3 resource or narrative; stops stack-overflow bombs before FHIR.js recurses. */
const MAX_DEPTH = 128;

interface SaxAttribute {
  readonly name: string;
  readonly value: string;
  readonly prefix: string;
  readonly local: string;
  readonly uri: string;
}
interface SaxTag {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly uri: string;
  readonly attributes: Readonly<Record<string, SaxAttribute>>;
}
/** The part of sax 1.2's `SAXParser` used here (sax ships no types). */
interface SaxParser {
  readonly position: number;
  readonly startTagPosition: number;
  readonly entity: string;
  onerror: (error: Error) => void;
  ondoctype: (doctype: string) => void;
  onsgmldeclaration: (declaration: string) => void;
  onattribute: (attribute: SaxAttribute) => void;
  onopentag: (tag: SaxTag) => void;
  onclosetag: (name: string) => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  oncomment: (comment: string) => void;
  write(chunk: string): SaxParser;
  close(): SaxParser;
}
interface SaxModule {
  parser(strict: boolean, options: { xmlns: boolean; position: boolean; strictEntities: boolean }): SaxParser;
}

/** The sax that FHIR.js's xml-js parses with (not whatever `sax` the project root resolves to). */
const sax = loadFhirJsSax();

function loadFhirJsSax(): SaxModule {
  const fromHere = createRequire(import.meta.url);
  const xmlJs = createRequire(fromHere.resolve('fhir')).resolve('xml-js');
  return createRequire(xmlJs)('sax') as SaxModule;
}

/** What FHIR.js gets: the root element only, with the comments it would misread cut out. */
interface CheckedRoot {
  readonly resourceType: string;
  readonly xml: string;
}

interface Frame {
  readonly name: string;
  readonly model: ElementModel;
  /** FHIRPath-style path with indexes, for error locations: `StructureDefinition.snapshot.element[3].type[0]`. */
  readonly path: string;
  /** How many of each child element were seen (repetition check and indexes). */
  readonly children: Map<string, number>;
}

/** Thrown inside sax callbacks to stop the parse; turned into a GeneratorError by `checkXml`. */
class XmlProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly path?: string,
  ) {
    super(message);
  }
}

/**
 * Reads `xml` strictly and checks it is one STU3 resource FHIR.js converts without loss.
 * Stops at the first problem.
 */
function checkXml(xml: string, file: string, model: Stu3XmlModel): CheckedRoot {
  const text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  if (text.trim() === '') throw malformed(file, 'the file is empty');

  const parser = sax.parser(true, { xmlns: true, position: true, strictEntities: true });
  const stack: Frame[] = [];
  const cuts: Array<readonly [number, number]> = [];
  const attributeNames = new Set<string>();
  let resourceType: string | undefined;
  let rootStart = -1;
  let rootEnd = -1;

  const tagOffset = () => parser.startTagPosition - 1;
  const fail: Fail = (message, offset = tagOffset(), path) => {
    throw new XmlProblem(message, offset, path);
  };

  parser.onerror = (error) => {
    let reason = error.message.split('\n')[0] ?? error.message;
    if (reason === 'Invalid character entity') {
      reason = `undefined entity &${parser.entity}; (XML knows only &lt; &gt; &amp; &quot; &apos; and numeric references)`;
    } else if (reason === 'Unclosed root tag' || reason === 'Unexpected end') {
      reason = `${reason}: the document ends before the root element is closed (truncated file?)`;
    }
    fail(`not well-formed: ${reason}`, parser.position - 1);
  };
  parser.ondoctype = () => fail('DOCTYPE not allowed: entity declarations and external entities are refused, never resolved');
  parser.onsgmldeclaration = (declaration) => fail(`<!${declaration.split(/\s/)[0] ?? ''}> declaration not allowed`);
  parser.onattribute = (attribute) => {
    if (attributeNames.has(attribute.name)) fail(`not well-formed: duplicate attribute ${attribute.name}`);
    attributeNames.add(attribute.name);
  };

  parser.onopentag = (tag) => {
    attributeNames.clear();
    // sax accepts a raw `<` in an attribute value (XML forbids it; FHIR.js then reads it leniently, notes
    // on ValueSet-CareConnect-ObservationInterpretation-1), and decodes `&lt;` to the same character, so
    // the check is on the tag's source text.
    if (/=\s*(?:"[^"]*<[^"]*"|'[^']*<[^']*')/.test(text.slice(tagOffset(), parser.position))) {
      fail(`not well-formed: '<' in an attribute value of <${tag.name}> (write &lt;)`);
    }
    const parent = stack[stack.length - 1];
    if (stack.length >= MAX_DEPTH) fail(`elements nested deeper than ${MAX_DEPTH} levels`);
    if (!parent) {
      if (rootEnd >= 0) fail(`a second root element <${tag.name}> after </${resourceType}>`);
      const frame = openRoot(tag, model, fail);
      resourceType = frame.name;
      rootStart = tagOffset();
      checkAttributes(tag, frame, fail);
      stack.push(frame);
      return;
    }
    const frame = openChild(tag, parent, model, fail);
    if (frame.model.kind !== 'xhtml') checkAttributes(tag, frame, fail);
    stack.push(frame);
  };
  parser.onclosetag = () => {
    stack.pop();
    if (stack.length === 0) rootEnd = parser.position;
  };
  const onText = (content: string) => {
    const frame = stack[stack.length - 1];
    if (frame && frame.model.kind !== 'xhtml' && content.trim() !== '') {
      fail(
        `text "${abbreviate(content.trim())}" inside <${frame.name}> would be dropped: FHIR XML puts values in value="..." attributes`,
        parser.position - 1,
        frame.path,
      );
    }
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.oncomment = () => {
    // FHIR.js turns comments before an element into `fhir_comments` (a DSTU2 JSON property that STU3
    // dropped), so cut them out. Comments inside narrative XHTML are kept: FHIR.js copies the div verbatim.
    const frame = stack[stack.length - 1];
    if (!frame || frame.model.kind === 'xhtml') return;
    const start = tagOffset();
    cuts.push([start, text.indexOf('-->', start) + 3]);
  };

  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof XmlProblem)) throw error;
    const { line, column } = lineAndColumn(text, error.offset);
    const location = error.path === undefined ? { file } : { file, path: error.path };
    throw malformed(file, `${error.message} (line ${line}, column ${column})`, location);
  }
  if (resourceType === undefined || rootEnd < 0) throw malformed(file, 'no root element: the file holds no FHIR resource');

  let root = '';
  let from = rootStart;
  for (const [start, end] of cuts) {
    root += text.slice(from, start);
    from = end;
  }
  root += text.slice(from, rootEnd);
  return { resourceType, xml: root };
}

type Fail = (message: string, offset?: number, path?: string) => never;

function openRoot(tag: SaxTag, model: Stu3XmlModel, fail: Fail): Frame {
  checkNamespace(tag, FHIR_NS, `the root element <${tag.name}>`, fail);
  const resource = model.resource(tag.local);
  if (!resource) return fail(`the root element <${tag.name}> is not a FHIR STU3 resource type`);
  return { name: tag.local, model: resource, path: tag.local, children: new Map() };
}

function openChild(tag: SaxTag, parent: Frame, model: Stu3XmlModel, fail: Fail): Frame {
  const { kind } = parent.model;
  if (kind === 'xhtml') return { name: tag.name, model: parent.model, path: parent.path, children: parent.children };

  if (kind === 'resource') {
    checkNamespace(tag, FHIR_NS, `<${tag.name}> inside <${parent.name}>`, fail);
    if (parent.children.size > 0) fail(`<${parent.name}> holds more than one resource`, undefined, parent.path);
    const resource = model.resource(tag.local);
    if (!resource) return fail(`<${tag.name}> inside <${parent.name}> is not a FHIR STU3 resource type`, undefined, parent.path);
    parent.children.set(tag.local, 1);
    return { name: tag.local, model: resource, path: parent.path, children: new Map() };
  }

  const property =
    kind === 'primitive' ? (tag.local === 'extension' ? model.primitiveExtension() : undefined)
    : kind === 'complex' ? parent.model.properties.get(tag.local)
    : undefined;
  if (!property) {
    const expected = kind === 'primitive' ? ': a primitive holds only <extension> elements' : '';
    return fail(`unknown element <${tag.name}> inside <${parent.name}>${expected}`, undefined, `${parent.path}.${tag.local}`);
  }
  const childModel = model.childModel(property);
  const where = `<${tag.name}> inside <${parent.name}>`;
  checkNamespace(tag, childModel.kind === 'xhtml' ? XHTML_NS : FHIR_NS, where, fail);

  const index = parent.children.get(tag.local) ?? 0;
  parent.children.set(tag.local, index + 1);
  const path = `${parent.path}.${tag.local}${property._multiple ? `[${index}]` : ''}`;
  if (index > 0 && !property._multiple) fail(`<${tag.name}> repeats inside <${parent.name}> but allows one`, undefined, path);
  if (childModel.kind === 'unsupported') {
    fail(`FHIR.js has no definition of type ${childModel.type} for ${where} and would drop it`, undefined, path);
  }
  return { name: tag.local, model: childModel, path, children: new Map() };
}

function checkNamespace(tag: SaxTag, expected: string, what: string, fail: Fail): void {
  if (tag.uri !== expected) {
    const found = tag.uri === '' ? 'no namespace' : `namespace ${tag.uri}`;
    fail(`${what} is in ${found}; expected xmlns="${expected}"`);
  }
  if (tag.prefix !== '') {
    fail(`${what} uses a namespace prefix, which FHIR.js does not read; use xmlns="${expected}"`);
  }
}

/**
 * Unprefixed attributes must be ones FHIR.js reads, and primitive values must parse as their type;
 * namespace declarations and foreign annotations (`xsi:schemaLocation`, `xml:lang`) are ignored.
 */
function checkAttributes(tag: SaxTag, frame: Frame, fail: Fail): void {
  const { model } = frame;
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.uri === XMLNS_NS || attribute.prefix !== '') continue;
    const { name, value } = attribute;
    const known =
      model.kind === 'primitive' ? name === 'value' || name === 'id'
      : model.kind === 'complex' ? model.properties.has(name)
      : false;
    if (!known) fail(`unknown attribute ${name}="${abbreviate(value)}" on <${tag.name}>`, undefined, frame.path);
    if (value === '') fail(`empty ${name}="" on <${tag.name}>: FHIR forbids empty values and FHIR.js would drop it`, undefined, frame.path);
    if (model.kind !== 'primitive' || name !== 'value') continue;
    const rule = PRIMITIVE_VALUE_PATTERNS.get(model.type);
    if (rule && !rule.pattern.test(value)) {
      fail(`value="${abbreviate(value)}" on <${tag.name}> is not ${rule.expected} (FHIR type ${model.type})`, undefined, frame.path);
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

function abbreviate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}...` : value;
}

function malformed(
  file: string,
  detail: string,
  location: { file: string; path?: string } = { file },
  cause?: unknown,
): GeneratorError {
  return new GeneratorError('GPC105', detail, location, cause === undefined ? undefined : { cause });
}
